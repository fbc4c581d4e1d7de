import type { Client } from 'pg';
import { RequestContext } from '../../src/context';
import { createLogger } from '../../src/logger';
import { companyCardTokens } from '../../src/modules/company/company-card-link.service';
import { openInvoiceHolds } from '../../src/modules/company/invoice.service';
import { isValidReference } from '../../src/modules/company/invoice-reference';
import { OutboxDelivery } from '../../src/modules/outbox/outbox.delivery';
import {
  ChangeInvoiceStatusDocument,
  CompaniesDocument,
  CompanyCardReportDocument,
  CompanyDocument,
  CreateCompanyDocument,
  CreateInvoiceDocument,
  InvoiceDocument,
  InvoicesDocument,
  SendCompanyCardLinkDocument,
  UpdateCompanyDocument,
  type CreateCompanyInput,
  type InvoiceStatus,
} from '../generated/graphql';
import { inTenant } from '../isolation/sql';
import { MAIL_FROM, startSmtpSink, type SmtpSink } from '../outbox/outbox-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { count, daysFromNow } from '../training/training.support';
import {
  addCompany,
  addHolder,
  addObjection,
  addRestriction,
  businessId,
  logEntries,
  tokenIn,
  type Holder,
} from '../marketing/marketing.support';

// Companies and invoices (issue 3 item 10): OFFICE edits companies (Y-tunnus checked); the company's
// contact opens an emailed link to its employees' cards, each view a logged disclosure; the invoice ledger
// refuses transitions its state machine does not have, and open or collected invoices hold erasure.

const tenant = 'eduro-training';
let kaira: Kaira;
let owner: Client;
let tid: string;
const asOffice = { tenant, token: '' };

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tid = kaira.registry.bySlug(tenant)!.id;
  asOffice.token = await kaira.tokenFor(USERS.office);
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const newCompany = (n: number, patch: Partial<CreateCompanyInput> = {}): CreateCompanyInput => ({
  name: `Asennus ${n} Oy`,
  businessId: businessId(100 + n),
  contactName: 'Kaisa Yhteyshenkilö',
  contactEmail: `kaisa@asennus${n}.example.fi`,
  contactPhone: '+358 40 765 4321',
  eInvoiceAddress: '003712345678',
  eInvoiceOperator: 'E204503',
  ...patch,
});

describe('companies', () => {
  test('OFFICE adds, lists, reads and edits a company', async () => {
    const created = await kaira.gql(CreateCompanyDocument, { input: newCompany(1) }, asOffice);
    expect(created.errors).toBeUndefined();
    const company = created.data!.createCompany;
    expect(company).toMatchObject({ name: 'Asennus 1 Oy', businessId: businessId(101), billingEmail: null });

    const list = await kaira.gql(CompaniesDocument, {}, asOffice);
    expect(list.data!.companies.map((c) => c.id)).toContain(company.id);

    const updated = await kaira.gql(
      UpdateCompanyDocument,
      {
        input: {
          id: company.id,
          contactName: 'Pertti Uusi',
          eInvoiceAddress: null,
          eInvoiceOperator: null,
          billingEmail: 'laskut@asennus1.example.fi',
        },
      },
      asOffice,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateCompany).toMatchObject({
      contactName: 'Pertti Uusi',
      contactEmail: 'kaisa@asennus1.example.fi',
      eInvoiceAddress: null,
      billingEmail: 'laskut@asennus1.example.fi',
    });
    expect(updated.data!.updateCompany.updatedAt).not.toBeNull();
    const read = await kaira.gql(CompanyDocument, { id: company.id }, asOffice);
    expect(read.data!.company.contactName).toBe('Pertti Uusi');
    // The earlier values of what changed are kept, with who changed them.
    const revisions = await inTenant(owner, tid, async () => {
      const { rows } = await owner.query('select previous from company_revision where company_id = $1', [company.id]);
      return rows.map((r: { previous: unknown }) => r.previous);
    });
    expect(revisions).toEqual([
      {
        contactName: 'Kaisa Yhteyshenkilö',
        eInvoiceAddress: '003712345678',
        eInvoiceOperator: 'E204503',
        billingEmail: null,
      },
    ]);
  });

  test.each([
    ['Y-tunnus check digit', 'businessId', { businessId: '1508035-8' }],
    ['Y-tunnus format', 'businessId', { businessId: '15080357' }],
    ['name', 'name', { name: '' }],
    ['contact email', 'contactEmail', { contactEmail: 'kaisa@' }],
    ['contact phone', 'contactPhone', { contactPhone: 'soita' }],
    ['operator without address', 'eInvoiceAddress', { eInvoiceAddress: null }],
    ['no billing', 'billingEmail', { eInvoiceAddress: null, eInvoiceOperator: null }],
  ])('a new company with a bad %s is BAD_USER_INPUT naming %s, nothing written', async (_name, field, patch) => {
    const before = await count(owner, tid, 'company');
    const result = await kaira.gql(CreateCompanyDocument, { input: newCompany(2, patch) }, asOffice);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(owner, tid, 'company')).toBe(before);
  });

  test('an edit that breaks the billing rules or reuses a Y-tunnus is refused and changes nothing', async () => {
    const a = (await kaira.gql(CreateCompanyDocument, { input: newCompany(3) }, asOffice)).data!.createCompany;
    const b = (await kaira.gql(CreateCompanyDocument, { input: newCompany(4) }, asOffice)).data!.createCompany;
    const noBilling = await kaira.gql(
      UpdateCompanyDocument,
      { input: { id: a.id, eInvoiceAddress: null, eInvoiceOperator: null } },
      asOffice,
    );
    expect(noBilling.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'billingEmail' });
    const taken = await kaira.gql(UpdateCompanyDocument, { input: { id: a.id, businessId: b.businessId } }, asOffice);
    expect(codeOf(taken)).toBe('CONFLICT');
    const again = await kaira.gql(CreateCompanyDocument, { input: newCompany(3) }, asOffice);
    expect(codeOf(again)).toBe('CONFLICT');
    const badId = await kaira.gql(UpdateCompanyDocument, { input: { id: a.id, businessId: '1234567-0' } }, asOffice);
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'businessId' });
    expect((await kaira.gql(CompanyDocument, { id: a.id }, asOffice)).data!.company).toEqual(a);
  });

  test('an unknown company is NOT_FOUND', async () => {
    const result = await kaira.gql(CompanyDocument, { id: '00000000-0000-4000-8000-000000000003' }, asOffice);
    expect(codeOf(result)).toBe('NOT_FOUND');
  });
});

describe('invoices', () => {
  let company: string;
  let holder: Holder;
  beforeAll(async () => {
    company = await addCompany(owner, tid, 20, 'yhteys@yritys20.example.fi');
    holder = await addHolder(owner, tid, { lastName: 'Laskutettava', validForDays: 300, companyId: company });
  });

  const create = (enrolmentId: string, amountCents = 24_900) =>
    kaira.gql(CreateInvoiceDocument, { input: { enrolmentId, amountCents, dueDate: daysFromNow(14) } }, asOffice);
  const change = (invoiceId: string, status: InvoiceStatus, note?: string) =>
    kaira.gql(ChangeInvoiceStatusDocument, { input: { invoiceId, status, note } }, asOffice);

  test('an invoice bills the enrolment’s company for its participant, with a valid reference and history', async () => {
    const result = await create(holder.enrolmentId);
    expect(result.errors).toBeUndefined();
    const invoice = result.data!.createInvoice;
    expect(invoice).toMatchObject({
      companyId: company,
      companyName: 'Yritys 20 Oy',
      personId: holder.personId,
      amountCents: 24_900,
      status: 'OPEN',
    });
    expect(isValidReference(invoice.reference)).toBe(true);
    expect(invoice.history).toEqual([expect.objectContaining({ from: null, to: 'OPEN' })]);
    // A second live invoice for the same enrolment is refused until the first is credited.
    expect(codeOf(await create(holder.enrolmentId))).toBe('CONFLICT');
    const log = await logEntries(owner, tid, 'use_log', holder.personId);
    expect(log.at(-1)).toMatchObject({ operation: 'createInvoice', basis: 'ADMINISTRATION' });
  });

  test('open → in collection → paid, each change in the history; then nothing moves a paid invoice', async () => {
    const [invoice] = (await kaira.gql(InvoicesDocument, { personId: holder.personId }, asOffice)).data!.invoices;
    expect((await change(invoice!.id, 'IN_COLLECTION', 'perintätoimisto')).errors).toBeUndefined();
    const paid = await change(invoice!.id, 'PAID');
    expect(paid.errors).toBeUndefined();
    expect(paid.data!.changeInvoiceStatus.history.map((h) => [h.from, h.to, h.note])).toEqual([
      [null, 'OPEN', null],
      ['OPEN', 'IN_COLLECTION', 'perintätoimisto'],
      ['IN_COLLECTION', 'PAID', null],
    ]);
    for (const status of ['OPEN', 'IN_COLLECTION', 'CREDITED'] as const) {
      const refused = await change(invoice!.id, status);
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0]?.message).toBe(`an invoice that is paid cannot become ${status.toLowerCase()}`);
    }
    const read = await kaira.gql(InvoiceDocument, { id: invoice!.id }, asOffice);
    expect(read.data!.invoice.status).toBe('PAID');
    expect(read.data!.invoice.history).toHaveLength(3);
  });

  test('credited is final; a credited invoice lets the enrolment be invoiced again', async () => {
    const other = await addHolder(owner, tid, { lastName: 'Hyvitetty', validForDays: 300, companyId: company });
    const first = (await create(other.enrolmentId)).data!.createInvoice;
    expect(codeOf(await change(first.id, 'OPEN'))).toBe('CONFLICT');
    expect((await change(first.id, 'CREDITED', 'hyvityslasku 17')).errors).toBeUndefined();
    for (const status of ['OPEN', 'PAID', 'IN_COLLECTION'] as const)
      expect(codeOf(await change(first.id, status))).toBe('CONFLICT');
    const second = await create(other.enrolmentId, 19_900);
    expect(second.errors).toBeUndefined();
    expect(second.data!.createInvoice.reference).not.toBe(first.reference);
  });

  test('two changes at once are decided in turn: paid and credited on one open invoice, one wins', async () => {
    const other = await addHolder(owner, tid, { lastName: 'Kilpa', validForDays: 300, companyId: company });
    const invoice = (await create(other.enrolmentId)).data!.createInvoice;
    const results = await Promise.all([change(invoice.id, 'PAID'), change(invoice.id, 'CREDITED')]);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
    const history = (await kaira.gql(InvoiceDocument, { id: invoice.id }, asOffice)).data!.invoice.history;
    expect(history).toHaveLength(2);
  });

  test('the database refuses a bad transition even when the app is bypassed', async () => {
    const other = await addHolder(owner, tid, { lastName: 'Ohitus', validForDays: 300, companyId: company });
    const invoice = (await create(other.enrolmentId)).data!.createInvoice;
    await change(invoice.id, 'PAID');
    await expect(
      inTenant(owner, tid, () => owner.query(`update invoice set status = 'open' where id = $1`, [invoice.id])),
    ).rejects.toThrow(/cannot change from paid to open/);
  });

  test.each([
    ['amountCents', { amountCents: 0 }],
    ['dueDate', { dueDate: '2026-02-30' }],
    ['dueDate', { dueDate: '2020-01-01' }],
    ['enrolmentId', { enrolmentId: '00000000-0000-4000-8000-000000000004' }],
  ])('bad %s is BAD_USER_INPUT, nothing written', async (field, patch) => {
    const before = await count(owner, tid, 'invoice');
    const result = await kaira.gql(
      CreateInvoiceDocument,
      { input: { enrolmentId: holder.enrolmentId, amountCents: 100, dueDate: daysFromNow(10), ...patch } },
      asOffice,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await count(owner, tid, 'invoice')).toBe(before);
  });

  test('open invoices and collection hold erasure; paid and credited do not', async () => {
    const debtor = await addHolder(owner, tid, { lastName: 'Velallinen', validForDays: 300, companyId: company });
    const second = await addHolder(owner, tid, {
      lastName: 'Velallinen',
      personId: debtor.personId,
      validForDays: 600,
      companyId: company,
    });
    const open = (await create(debtor.enrolmentId)).data!.createInvoice;
    const collected = (await create(second.enrolmentId)).data!.createInvoice;
    await change(collected.id, 'IN_COLLECTION');
    const holds = async (personId: string) => {
      const ctx = new RequestContext(
        { orm: kaira.orm, config: kaira.config, registry: kaira.registry, logger: createLogger('silent') },
        { tenantSlug: tenant },
      );
      try {
        return await openInvoiceHolds(ctx, personId);
      } finally {
        await ctx.tx.finish(true);
      }
    };
    expect(await holds(debtor.personId)).toEqual([
      expect.objectContaining({ invoiceId: open.id, status: 'open', reason: expect.stringMatching(/open invoice/) }),
      expect.objectContaining({
        invoiceId: collected.id,
        status: 'in_collection',
        reason: expect.stringMatching(/collection/),
      }),
    ]);
    await change(open.id, 'PAID');
    await change(collected.id, 'CREDITED');
    expect(await holds(debtor.personId)).toEqual([]);
  });
});

describe("the company's card report", () => {
  let smtp: SmtpSink;
  let company: string;
  let token: string;
  const staff: Record<string, Holder> = {};
  beforeAll(async () => {
    smtp = await startSmtpSink();
    company = await addCompany(owner, tid, 30, 'kaisa@yritys30.example.fi');
    const other = await addCompany(owner, tid, 31, 'muu@yritys31.example.fi');
    staff.a = await addHolder(owner, tid, {
      firstName: 'Eero',
      lastName: 'Ahonen',
      validForDays: 120,
      companyId: company,
    });
    staff.b = await addHolder(owner, tid, {
      firstName: 'Helmi',
      lastName: 'Berg',
      validForDays: null,
      cardType: 'hygieniapassi',
      companyId: company,
    });
    staff.restricted = await addHolder(owner, tid, { lastName: 'Rajattu', validForDays: 120, companyId: company });
    staff.objects = await addHolder(owner, tid, { lastName: 'Vastustaja', validForDays: 120, companyId: company });
    staff.otherCompany = await addHolder(owner, tid, { lastName: 'Muualla', validForDays: 120, companyId: other });
    await addRestriction(owner, tid, staff.restricted.personId);
    await addObjection(owner, tid, staff.objects.personId, 'processing', 'pending');
  });
  afterAll(async () => {
    await smtp.close();
  });

  test("OFFICE emails the contact a link; it really goes over SMTP to the contact's address only", async () => {
    const sent = await kaira.gql(SendCompanyCardLinkDocument, { input: { companyId: company } }, asOffice);
    expect(sent.errors).toBeUndefined();
    const delivery = new OutboxDelivery({
      orm: kaira.orm,
      registry: kaira.registry,
      logger: createLogger('silent'),
      config: { smtpUrl: smtp.url, mailFrom: MAIL_FROM },
    });
    await delivery.deliverDue();
    await delivery.stop();
    const mails = smtp.received.filter((r) => r.envelopeTo.includes('kaisa@yritys30.example.fi'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.envelopeTo).toEqual(['kaisa@yritys30.example.fi']);
    // The email carries the link, not the employees' data.
    expect(mails[0]!.mail.text).not.toContain('Ahonen');
    token = tokenIn(mails[0]!.mail.text!, 'company-cards');
    expect(await count(owner, tid, 'company_card_link', 'token_hash = $1', [token])).toBe(0);
  });

  test('the report shows names, card types, numbers and validity only, and each view is a logged disclosure', async () => {
    const before = await logEntries(owner, tid, 'disclosure_log', staff.a!.personId);
    const result = await kaira.gql(CompanyCardReportDocument, { token });
    expect(result.errors).toBeUndefined();
    const report = result.data!.companyCardReport;
    expect(report.companyName).toBe('Yritys 30 Oy');
    expect(report.employees.map((e) => e.lastName)).toEqual(['Ahonen', 'Berg']);
    expect(report.employees[0]!.cards).toEqual([
      { cardTypeName: expect.any(String), cardNumber: expect.stringMatching(/^K-/), validUntil: daysFromNow(120) },
    ]);
    expect(report.employees[1]!.cards[0]!.validUntil).toBeNull();
    // The token names its tenant: a header naming another one, or a signed-in guidance user, changes nothing.
    const elsewhere = await kaira.gql(
      CompanyCardReportDocument,
      { token },
      { tenant: 'eduro-guidance', token: await kaira.tokenFor(USERS.coach) },
    );
    expect(elsewhere.data!.companyCardReport).toEqual(report);
    const after = await logEntries(owner, tid, 'disclosure_log', staff.a!.personId);
    expect(after).toHaveLength(before.length + 2);
    expect(after.at(-1)).toMatchObject({
      operation: 'companyCardReport',
      recipient: { name: 'Yritys 30 Oy', businessId: businessId(30), country: 'FI' },
      dataSet: ['firstName', 'lastName', 'cardType', 'cardNumber', 'validUntil'],
      contentSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(after.at(-1)!.personIds).toEqual([staff.a!.personId, staff.b!.personId]);
    // Restricted people, objectors and another company's staff are neither shown nor disclosed.
    for (const p of [staff.restricted, staff.objects, staff.otherCompany]) {
      expect(await logEntries(owner, tid, 'disclosure_log', p!.personId)).toEqual([]);
    }
  });

  test('the page at /company-cards/<token> shows the same table, and logs the view', async () => {
    const before = (await logEntries(owner, tid, 'disclosure_log', staff.a!.personId)).length;
    const base = kaira.server.url.replace('/graphql', '');
    const page = await fetch(`${base}/company-cards/${token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const body = await page.text();
    expect(body).toContain('<table>');
    expect(body).toContain('Ahonen Eero');
    expect(body).not.toContain('Rajattu');
    expect(await logEntries(owner, tid, 'disclosure_log', staff.a!.personId)).toHaveLength(before + 1);
    expect((await fetch(`${base}/company-cards/nonsense`)).status).toBe(404);
  });

  test('an expired link is TOKEN_EXPIRED (410 on the page) and discloses nothing; an unknown one NOT_FOUND', async () => {
    const unknown = companyCardTokens.create(tid).token;
    expect(codeOf(await kaira.gql(CompanyCardReportDocument, { token: unknown }))).toBe('NOT_FOUND');
    const guidance = companyCardTokens.create(kaira.registry.bySlug('eduro-guidance')!.id).token;
    expect(codeOf(await kaira.gql(CompanyCardReportDocument, { token: guidance }))).toBe('NOT_FOUND');
    await inTenant(
      owner,
      tid,
      () =>
        owner.query(
          `update company_card_link set created_at = now() - interval '15 days', expires_at = now() - interval '1 day'`,
        ),
      { commit: true },
    );
    const before = (await logEntries(owner, tid, 'disclosure_log', staff.a!.personId)).length;
    expect(codeOf(await kaira.gql(CompanyCardReportDocument, { token }))).toBe('TOKEN_EXPIRED');
    const base = kaira.server.url.replace('/graphql', '');
    expect((await fetch(`${base}/company-cards/${token}`)).status).toBe(410);
    expect(await logEntries(owner, tid, 'disclosure_log', staff.a!.personId)).toHaveLength(before);
  });
});

test('the demo register has two companies with contacts, an invoice in each state with its history, an opt-out', async () => {
  const rows = await inTenant(owner, tid, async () => {
    const { rows } = await owner.query<{ status: string; changes: string; company: string }>(
      `select i.status, c.name as company, (select count(*) from invoice_status_change h where h.invoice_id = i.id) as changes
         from invoice i join company c on c.id = i.company_id
        where c.business_id in ('2934561-9', '3120487-4') order by i.status`,
    );
    const optOuts = await owner.query(`select 1 from objection where kind = 'direct_marketing' and channel = 'staff'`);
    return { invoices: rows, optOuts: optOuts.rowCount };
  });
  expect(rows.invoices.map((r) => [r.status, Number(r.changes)])).toEqual([
    ['credited', 2],
    ['in_collection', 2],
    ['open', 1],
    ['paid', 2],
  ]);
  expect(new Set(rows.invoices.map((r) => r.company))).toEqual(new Set(['Rakennus Lappi Oy', 'Napapiirin Sähkö Oy']));
  expect(rows.optOuts).toBe(1);
});
