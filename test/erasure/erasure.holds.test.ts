import type { Client as Pg } from 'pg';
import {
  ChangeInvoiceStatusDocument,
  CreateInvoiceDocument,
  EraseOnRequestDocument,
  LegalHoldsDocument,
  RecordLegalHoldDocument,
} from '../generated/graphql';
import { tenantId } from '../guidance/guidance.support';
import { inTenant, sqlError } from '../isolation/sql';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { rightsRequest } from '../objection/rights-fixtures';
import { richTrainee } from './erasure.support';

// Erasure under each kind of legal hold (GDPR 17(3); the card-training notice: law, open invoices, debt
// collection, an authority's process, a court protection order): what the hold names stays, the outcome
// says so naming the hold, the rest goes; a hold past its end date keeps nothing.

let kaira: Kaira;
let owner: Pg;
let app: Pg;
const SLUG = 'eduro-training';
const KINDS = ['LAW', 'OPEN_INVOICE', 'DEBT_COLLECTION', 'AUTHORITY_PROCESS', 'COURT_ORDER'] as const;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const as = async (user: keyof typeof USERS, tenant = SLUG) => ({ token: await kaira.tokenFor(USERS[user]), tenant });

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  app = await connect(kaira.db.appUrl);
});
afterAll(async () => {
  await app?.end();
  await owner?.end();
  await kaira?.close();
});

test.each(KINDS)('a %s hold keeps what it names until its end date; the rest is erased', async (kind) => {
  const p = await richTrainee(kaira, owner);
  const held = ['name', 'companyAndPosition', 'companyBillingDetails'];
  const hold = await kaira.gql(
    RecordLegalHoldDocument,
    { input: { personId: p.personId, kind, reference: `REF-${kind}-1`, endsOn: day(0), categories: held } },
    await as('office'),
  );
  expect(hold.errors).toBeUndefined();
  expect(hold.data?.recordLegalHold).toMatchObject({ kind, active: true, endsOn: day(0) });
  const result = await kaira.gql(
    EraseOnRequestDocument,
    { input: { requestId: p.requestId, reason: 'erasure asked; the hold keeps what it must' } },
    await as('eduroDpo'),
  );
  expect(result.errors).toBeUndefined();
  const certificate = result.data!.eraseOnRequest;
  expect(certificate.complete).toBe(false);
  const holdRef = [{ kind, reference: `REF-${kind}-1`, endsOn: day(0) }];
  for (const category of held) {
    expect(certificate.kept).toContainEqual({
      category,
      reason: expect.stringContaining(`REF-${kind}-1`),
      holds: holdRef,
    });
  }
  // The enrolment record also holds the card training: it stays with the held company and position.
  expect(certificate.kept).toContainEqual({
    category: 'cardTrainings',
    reason: expect.stringContaining('kept'),
    holds: [],
  });
  expect(certificate.erased.map((e) => e.category)).toEqual(
    expect.arrayContaining(['personalIdentityCode', 'email', 'mobilePhone']),
  );
  const row = await inTenant(owner, tenantId(kaira, SLUG), async () => {
    const person = (
      await owner.query('select first_name, email, phone, identity_code_lookup from person where id = $1', [p.personId])
    ).rows;
    const enrolments = (
      await owner.query('select count(*)::int as n from enrolment where person_id = $1', [p.personId])
    ).rows[0].n;
    const pending = (
      await owner.query('select count(*)::int as n from pending_contact_change where person_id = $1', [p.personId])
    ).rows[0].n;
    return { person, enrolments, pending };
  });
  expect(row).toEqual({
    person: [{ first_name: p.firstName, email: null, phone: null, identity_code_lookup: null }],
    enrolments: 1,
    pending: 0,
  });
});

test('a hold past its end date keeps nothing: the erasure is complete', async () => {
  const p = await richTrainee(kaira, owner);
  const office = (await owner.query("select id from user_account where email = 'office@eduro.example'")).rows[0].id;
  await inTenant(
    owner,
    tenantId(kaira, SLUG),
    () =>
      owner.query(
        `insert into legal_hold (id, tenant_id, person_id, kind, reference, ends_on, categories, recorded_by)
         values (gen_random_uuid(), $1, $2, 'open_invoice', 'INV-PAID', $3, '{name,companyBillingDetails}', $4)`,
        [tenantId(kaira, SLUG), p.personId, day(-1), office],
      ),
    { commit: true },
  );
  const holds = await kaira.gql(LegalHoldsDocument, { personId: p.personId }, await as('office'));
  expect(holds.data?.legalHolds).toEqual([expect.objectContaining({ kind: 'OPEN_INVOICE', active: false })]);
  const result = await kaira.gql(
    EraseOnRequestDocument,
    { input: { requestId: p.requestId, reason: 'the invoice has been paid' } },
    await as('eduroDpo'),
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.eraseOnRequest).toMatchObject({ complete: true, kept: [] });
});

test('refusals: an unchecked identity, a restricted person, another kind of request, a hold in the past', async () => {
  const tid = tenantId(kaira, SLUG);
  const office = (await owner.query("select id from user_account where email = 'office@eduro.example'")).rows[0].id;
  const p = await richTrainee(kaira, owner);
  const unchecked = await rightsRequest(owner, tid, p.personId, { registeredBy: office, identityChecked: false });
  expect(
    codeOf(
      await kaira.gql(
        EraseOnRequestDocument,
        { input: { requestId: unchecked, reason: 'asked' } },
        await as('eduroDpo'),
      ),
    ),
  ).toBe('IDENTITY_NOT_VERIFIED');
  const access = await rightsRequest(owner, tid, p.personId, { registeredBy: office, kind: 'access' });
  expect(
    codeOf(
      await kaira.gql(EraseOnRequestDocument, { input: { requestId: access, reason: 'asked' } }, await as('eduroDpo')),
    ),
  ).toBe('BAD_USER_INPUT');
  const past = await kaira.gql(
    RecordLegalHoldDocument,
    { input: { personId: p.personId, kind: 'LAW', reference: 'KPL 2:10', endsOn: day(-1), categories: ['name'] } },
    await as('office'),
  );
  expect(codeOf(past)).toBe('BAD_USER_INPUT');
  const unknown = await kaira.gql(
    RecordLegalHoldDocument,
    { input: { personId: p.personId, kind: 'LAW', reference: 'KPL 2:10', endsOn: day(30), categories: ['shoeSize'] } },
    await as('office'),
  );
  expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
  await inTenant(
    owner,
    tid,
    () =>
      owner.query(
        `insert into person_restriction (id, tenant_id, person_id, reason, restricted_by) values (gen_random_uuid(), $1, $2, 'legal claims', $3)`,
        [tid, p.personId, office],
      ),
    { commit: true },
  );
  const restricted = await kaira.gql(
    EraseOnRequestDocument,
    { input: { requestId: p.requestId, reason: 'asked' } },
    await as('eduroDpo'),
  );
  expect(codeOf(restricted)).toBe('RESTRICTED');
  // Nothing was decided: the case is still open.
  const status = await inTenant(
    owner,
    tid,
    async () => (await owner.query('select status from rights_request where id = $1', [p.requestId])).rows[0].status,
  );
  expect(status).toBe('received');
});

test('the app cannot erase on its own: the SQL function wants a decided erasure request of the person', async () => {
  const p = await richTrainee(kaira, owner);
  const tid = tenantId(kaira, SLUG);
  const plan = JSON.stringify([{ op: 'delete', table: 'enrolment' }]);
  const undecided = await inTenant(app, tid, () =>
    sqlError(app.query('select kaira.erase_person_data($1, $2, $3::jsonb, true)', [p.requestId, p.personId, plan])),
  );
  expect(undecided.code).toBe('42501');
  const direct = await inTenant(app, tid, () =>
    sqlError(app.query('delete from enrolment where person_id = $1', [p.personId])),
  );
  expect(direct.code).toBe('42501'); // no DELETE grant
  await inTenant(
    owner,
    tid,
    () =>
      owner.query(
        `update rights_request set status = 'completed', decision = 'x', decided_by = registered_by, decided_at = now() where id = $1`,
        [p.requestId],
      ),
    { commit: true },
  );
  const logs = await inTenant(app, tid, () =>
    sqlError(
      app.query('select kaira.erase_person_data($1, $2, $3::jsonb, false)', [
        p.requestId,
        p.personId,
        JSON.stringify([{ op: 'delete', table: 'use_log' }]),
      ]),
    ),
  );
  expect(logs.code).toBe('42501');
  const users = await inTenant(app, tid, () =>
    sqlError(
      app.query('select kaira.erase_person_data($1, $2, $3::jsonb, false)', [
        p.requestId,
        p.personId,
        JSON.stringify([{ op: 'orphans', table: 'user_account', via: 'enrolment', column: 'company_id' }]),
      ]),
    ),
  );
  expect(users.code).toBe('42501');
});

test.each([
  ['OPEN_INVOICE', 'an open invoice', false],
  ['DEBT_COLLECTION', 'an invoice in debt collection', true],
] as const)('%s: %s keeps the billing record without a recorded hold', async (kind, _what, collected) => {
  const p = await richTrainee(kaira, owner);
  const office = await as('office');
  const enrolmentId = await inTenant(owner, tenantId(kaira, SLUG), async () => {
    const { rows } = await owner.query<{ id: string }>('select id from enrolment where person_id = $1', [p.personId]);
    return rows[0]!.id;
  });
  const invoice = await kaira.gql(
    CreateInvoiceDocument,
    { input: { enrolmentId, amountCents: 24_900, dueDate: day(14) } },
    office,
  );
  expect(invoice.errors).toBeUndefined();
  const { id: invoiceId, reference } = invoice.data!.createInvoice;
  if (collected) {
    const change = { invoiceId, status: 'IN_COLLECTION' as const, note: 'perintään' };
    expect((await kaira.gql(ChangeInvoiceStatusDocument, { input: change }, office)).errors).toBeUndefined();
  }
  const result = await kaira.gql(
    EraseOnRequestDocument,
    { input: { requestId: p.requestId, reason: 'erasure asked; billing has an unsettled invoice' } },
    await as('eduroDpo'),
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.eraseOnRequest.complete).toBe(false);
  for (const category of ['name', 'companyAndPosition', 'companyBillingDetails']) {
    expect(result.data?.eraseOnRequest.kept).toContainEqual({
      category,
      reason: expect.stringContaining(reference),
      holds: [expect.objectContaining({ kind, reference: expect.stringContaining(reference) })],
    });
  }
  // What the invoice does not need is gone.
  expect(result.data?.eraseOnRequest.erased.map((e) => e.category)).toContain('email');
});
