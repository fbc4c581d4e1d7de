import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { createLogger } from '../../src/logger';
import { OutboxDelivery } from '../../src/modules/outbox/outbox.delivery';
import { EnrolDocument, type EnrolInput } from '../generated/graphql';
import { capturedLogger, MAIL_FROM, startSmtpSink, type SmtpSink } from '../outbox/outbox-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { form, identityCode, newSession, ownerRows, tenantIdOf, writtenRows } from './enrolment.support';

// The public enrolment form (issue 3 item 3): no login, the Kaira-Tenant header names the register. Bad
// input names the field and writes nothing; resubmission is idempotent; capacity holds under a race; an
// existing henkilötunnus attaches without revealing or overwriting; the confirmation goes out over SMTP.

const tenant = 'eduro-training';
let kaira: Kaira;
let owner: Client;
let tid: string;
const log = capturedLogger();

beforeAll(async () => {
  // The per-address limit has its own file (enrolment.rate-limit.test.ts); here every request is loopback.
  kaira = await startKaira({ logger: log.logger, env: { KAIRA_ENROL_RATE_LIMIT: '1000' } });
  owner = await connect(kaira.db.ownerUrl);
  tid = tenantIdOf(kaira, tenant);
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

const enrol = (input: EnrolInput, slug: string | null = tenant) =>
  kaira.gql(EnrolDocument, { input }, slug ? { tenant: slug } : {});

describe('bad input: BAD_USER_INPUT naming the field, nothing written', () => {
  let session: string;
  beforeAll(async () => {
    session = await newSession(owner, tid, 10);
  });

  const company = (patch: Partial<EnrolInput['company']>) => (input: EnrolInput) => ({
    ...input,
    company: { ...input.company, ...patch },
  });
  const set = (patch: Partial<EnrolInput>) => (input: EnrolInput) => ({ ...input, ...patch });
  const cases: Array<[string, string, (input: EnrolInput) => EnrolInput]> = [
    ['empty first name', 'firstName', set({ firstName: '  ' })],
    ['empty last name', 'lastName', set({ lastName: '' })],
    ['henkilötunnus check character', 'personalIdentityCode', set({ personalIdentityCode: '010190-999K' })],
    ['henkilötunnus 31 February', 'personalIdentityCode', set({ personalIdentityCode: '310290-123T' })],
    ['email', 'email', set({ email: 'aino.example.fi' })],
    ['missing mobile', 'mobile', set({ mobile: '' })],
    ['mobile', 'mobile', set({ mobile: 'soita minulle' })],
    ['position', 'position', set({ position: '' })],
    ['session id', 'sessionId', set({ sessionId: 'not-an-id' })],
    ['unknown session', 'sessionId', set({ sessionId: randomUUID() })],
    ['idempotency key too short', 'idempotencyKey', set({ idempotencyKey: 'abc' })],
    ['idempotency key characters', 'idempotencyKey', set({ idempotencyKey: 'avain ja välilyönti' })],
    ['company name', 'company.name', company({ name: '' })],
    ['Y-tunnus check digit', 'company.businessId', company({ businessId: '1508035-8' })],
    ['Y-tunnus format', 'company.businessId', company({ businessId: '15080357' })],
    ['contact name', 'company.contactName', company({ contactName: '' })],
    ['contact email', 'company.contactEmail', company({ contactEmail: 'pekka@' })],
    ['contact phone', 'company.contactPhone', company({ contactPhone: 'x' })],
    ['e-invoice address', 'company.eInvoiceAddress', company({ eInvoiceAddress: 'ÄÄ-!!' })],
    ['e-invoice address without operator', 'company.eInvoiceOperator', company({ eInvoiceOperator: null })],
    ['operator without address', 'company.eInvoiceAddress', company({ eInvoiceAddress: null })],
    ['no billing at all', 'company.billingEmail', company({ eInvoiceAddress: null, eInvoiceOperator: null })],
    [
      'billing email',
      'company.billingEmail',
      company({ eInvoiceAddress: null, eInvoiceOperator: null, billingEmail: 'laskut@' }),
    ],
  ];

  test.each(cases)('%s → %s', async (_name, field, broken) => {
    const before = await writtenRows(owner, tid);
    const result = await enrol(broken(form(session, 1)));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.data?.enrol ?? null).toBeNull();
    expect(await writtenRows(owner, tid)).toEqual(before);
  });

  test('a session that has already started → sessionId', async () => {
    const started = await newSession(owner, tid, 10, -1);
    const before = await writtenRows(owner, tid);
    const result = await enrol(form(started, 2));
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sessionId' });
    expect(await writtenRows(owner, tid)).toEqual(before);
  });

  test('billing by email alone is enough', async () => {
    const result = await enrol(
      company({ eInvoiceAddress: null, eInvoiceOperator: null, billingEmail: 'laskut@rakennus.example.fi' })(
        form(session, 3, { company: { ...form(session, 3).company, businessId: '1978283-1' } }),
      ),
    );
    expect(result.errors).toBeUndefined();
    const [row] = await ownerRows<{ billing_email: string; e_invoice_address: string | null }>(
      owner,
      tid,
      "select billing_email, e_invoice_address from company where business_id = '1978283-1'",
    );
    expect(row).toEqual({ billing_email: 'laskut@rakennus.example.fi', e_invoice_address: null });
  });
});

describe('who may use the form', () => {
  test('FORBIDDEN in both guidance registers, nothing written', async () => {
    const session = await newSession(owner, tid, 10);
    for (const slug of ['eduro-guidance', 'rovaniemi-guidance']) {
      const other = tenantIdOf(kaira, slug);
      const before = await writtenRows(owner, other);
      const result = await enrol(form(session, 4), slug);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(await writtenRows(owner, other)).toEqual(before);
    }
  });

  test('without the Kaira-Tenant header: BAD_USER_INPUT naming it; an unknown tenant likewise', async () => {
    const session = await newSession(owner, tid, 10);
    for (const slug of [null, 'no-such-register']) {
      const result = await enrol(form(session, 5), slug);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Kaira-Tenant' });
    }
  });
});

describe('resubmission', () => {
  test('the same idempotency key returns the same enrolment, and nothing more is written', async () => {
    const session = await newSession(owner, tid, 10);
    const input = form(session, 10);
    const first = await enrol(input);
    expect(first.errors).toBeUndefined();
    expect(first.data?.enrol).toEqual({
      enrolmentId: expect.any(String),
      status: 'ENROLLED',
      session: { starts: expect.any(String), place: 'Eduro, Opastinsilta 6, Helsinki' },
    });
    const before = await writtenRows(owner, tid);
    const again = await enrol(input);
    expect(again.data?.enrol).toEqual(first.data?.enrol);
    expect(await writtenRows(owner, tid)).toEqual(before);
  });

  test('the same person and session with a new key returns the existing enrolment', async () => {
    const session = await newSession(owner, tid, 10);
    const first = await enrol(form(session, 11));
    const before = await writtenRows(owner, tid);
    const again = await enrol(form(session, 11));
    expect(again.errors).toBeUndefined();
    expect(again.data?.enrol.enrolmentId).toBe(first.data?.enrol.enrolmentId);
    expect(await writtenRows(owner, tid)).toEqual(before);
  });

  test('a key already used for another session is refused', async () => {
    const [a, b] = [await newSession(owner, tid, 10), await newSession(owner, tid, 10)];
    const input = form(a, 12);
    await enrol(input);
    const result = await enrol({ ...input, sessionId: b });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
  });
});

test('capacity race: 5 seats left, 20 at once → exactly 5 enrolled and 15 SESSION_FULL', async () => {
  const session = await newSession(owner, tid, 6);
  expect((await enrol(form(session, 100))).errors).toBeUndefined(); // one seat taken: 5 left
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => enrol(form(session, 200 + i))));
  const enrolled = results.filter((r) => r.data?.enrol?.status === 'ENROLLED');
  const full = results.filter((r) => codeOf(r) === 'SESSION_FULL');
  expect({ enrolled: enrolled.length, full: full.length }).toEqual({ enrolled: 5, full: 15 });
  expect(full[0]!.errors![0]!.message).toMatch(/full/);
  const [row] = await ownerRows<{ n: string }>(
    owner,
    tid,
    'select count(*) as n from enrolment where session_id = $1',
    [session],
  );
  expect(Number(row!.n)).toBe(6);
  // The losers wrote nothing: one person and one confirmation per enrolment.
  const [people] = await ownerRows<{ n: string }>(
    owner,
    tid,
    "select count(*) as n from person where last_name like 'Osallistuja2__'",
  );
  expect(Number(people!.n)).toBe(5);
});

test('an existing henkilötunnus attaches the enrolment; nothing is revealed or overwritten', async () => {
  const code = identityCode(700);
  const office = await kaira.tokenFor(USERS.office);
  const registered = await kaira.gql<{ registerPerson: { id: string } }>(
    'mutation R($input: RegisterPersonInput!) { registerPerson(input: $input) { id } }',
    {
      input: {
        firstName: 'Veikko',
        lastName: 'Rekisterissä',
        personalIdentityCode: code,
        email: 'veikko.vanha@example.fi',
        phone: '+358 50 765 4321',
      },
    },
    { token: office, tenant },
  );
  const personId = registered.data!.registerPerson.id;
  const session = await newSession(owner, tid, 10);
  const before = await writtenRows(owner, tid);

  const result = await enrol(
    form(session, 700, { firstName: 'Joku', lastName: 'Muu', email: 'uusi.osoite@example.fi', mobile: '040 999 8888' }),
  );
  expect(result.errors).toBeUndefined();
  const body = JSON.stringify(result.data);
  for (const stored of ['Veikko', 'Rekisterissä', 'veikko.vanha', '765 4321', code]) expect(body).not.toContain(stored);

  const after = await writtenRows(owner, tid);
  expect(after.person).toBe(before.person);
  expect(after.enrolment).toBe(before.enrolment! + 1);
  const [person] = await ownerRows(owner, tid, 'select first_name, last_name, email, phone from person where id = $1', [
    personId,
  ]);
  expect(person).toEqual({
    first_name: 'Veikko',
    last_name: 'Rekisterissä',
    email: 'veikko.vanha@example.fi',
    phone: '+358 50 765 4321',
  });
  const [enrolment] = await ownerRows<{ person_id: string }>(
    owner,
    tid,
    'select person_id from enrolment where id = $1',
    [result.data!.enrol.enrolmentId],
  );
  expect(enrolment!.person_id).toBe(personId);
  const pending = await ownerRows(
    owner,
    tid,
    'select proposed_email, proposed_mobile, enrolment_id from pending_contact_change where person_id = $1',
    [personId],
  );
  expect(pending).toEqual([
    {
      proposed_email: 'uusi.osoite@example.fi',
      proposed_mobile: '040 999 8888',
      enrolment_id: result.data!.enrol.enrolmentId,
    },
  ]);
});

describe('confirmation email', () => {
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await smtp.close();
  });

  test('is queued with the enrolment and really sent over SMTP: Finnish, time and place, no henkilötunnus', async () => {
    const session = await newSession(owner, tid, 10);
    const input = form(session, 800, { email: 'vahvistus@example.fi' });
    const result = await enrol(input);
    expect(result.errors).toBeUndefined();

    const delivery = new OutboxDelivery({
      orm: kaira.orm,
      registry: kaira.registry,
      logger: createLogger('silent'),
      config: { smtpUrl: smtp.url, mailFrom: MAIL_FROM },
    });
    await delivery.deliverDue();
    await delivery.stop();
    const received = smtp.received.filter((r) => r.envelopeTo.includes('vahvistus@example.fi'));
    expect(received).toHaveLength(1);
    const mail = received[0]!.mail;
    expect(mail.subject).toMatch(/^Ilmoittautuminen vastaanotettu: /);
    expect(mail.text).toContain('Hei Aino,');
    expect(mail.text).toContain('Paikka: Eduro, Opastinsilta 6, Helsinki');
    expect(mail.text).toMatch(/Aika: .*\d{1,2}\.\d{1,2}\.\d{4}.*\d{2}\.\d{2}–\d{2}\.\d{2}/);
    expect(mail.text).not.toContain(input.personalIdentityCode);
    expect(mail.text).not.toContain(input.personalIdentityCode.slice(0, 6));
  });
});

test('no log line carries what the forms submitted', () => {
  const all = log.lines.join('\n');
  expect(log.lines.length).toBeGreaterThan(0);
  for (const submitted of [
    identityCode(10),
    identityCode(700),
    'osallistuja10@example.fi',
    'uusi.osoite',
    'Osallistuja',
  ]) {
    expect(all).not.toContain(submitted);
  }
});
