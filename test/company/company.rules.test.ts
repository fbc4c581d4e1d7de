import type { Client } from 'pg';
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
} from '../generated/graphql';
import { companyCardTokens } from '../../src/modules/company/company-card-link.service';
import { connect } from '../support/database';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { daysFromNow } from '../training/training.support';
import { addCompany, addHolder, businessId } from '../marketing/marketing.support';

// Every company and invoice operation × every demo principal × every tenant: allowed, or FORBIDDEN.
// Written out from DOMAIN.md §2.1 and §3: OFFICE keeps companies and billing; the controller's DPO (Eduro's,
// in eduro-training) reads them for rights requests; a TRAINER never sees billing or companies' billing
// details; everyone else, and every user in both guidance tenants, is refused.

const training = (tenant: Tenant, users: User[]): User[] => (tenant === 'eduro-training' ? users : []);
const readers = (t: Tenant) => training(t, ['office', 'eduroDpo']);
const office = (t: Tenant) => training(t, ['office']);

interface Fixture {
  company: string;
  enrolment: string;
  invoice: string;
}

let kaira: Kaira;
let owner: Client;
const NOBODY = '00000000-0000-4000-8000-0000000000aa';
const fixtures = new Map<Tenant, Fixture>();

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  const tid = kaira.registry.bySlug('eduro-training')!.id;
  const company = await addCompany(owner, tid, 40, 'yhteys@yritys40.example.fi');
  const billed = await addHolder(owner, tid, { lastName: 'Laskutettu', validForDays: 100, companyId: company });
  const unbilled = await addHolder(owner, tid, { lastName: 'Laskuton', validForDays: 100, companyId: company });
  const created = await kaira.gql(
    CreateInvoiceDocument,
    { input: { enrolmentId: billed.enrolmentId, amountCents: 1000, dueDate: daysFromNow(14) } },
    { tenant: 'eduro-training', token: await kaira.tokenFor(USERS.office) },
  );
  fixtures.set('eduro-training', { company, enrolment: unbilled.enrolmentId, invoice: created.data!.createInvoice.id });
  // In the guidance registers the rules refuse before any id is looked at.
  const none = { company: NOBODY, enrolment: NOBODY, invoice: NOBODY };
  fixtures.set('eduro-guidance', none);
  fixtures.set('rovaniemi-guidance', none);
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const f = (t: Tenant): Fixture => fixtures.get(t)!;

const operations = {
  companies: { allowed: readers, run: () => ({ doc: CompaniesDocument, vars: {} }) },
  company: { allowed: readers, run: (t: Tenant) => ({ doc: CompanyDocument, vars: { id: f(t).company } }) },
  createCompany: {
    allowed: office,
    run: () => ({
      doc: CreateCompanyDocument,
      vars: {
        input: {
          name: 'Sääntö Oy',
          businessId: businessId(41),
          contactName: 'Kaisa',
          contactEmail: 'kaisa@saanto.example.fi',
          contactPhone: '+358 40 111 2222',
          billingEmail: 'laskut@saanto.example.fi',
        },
      },
    }),
  },
  updateCompany: {
    allowed: office,
    run: (t: Tenant) => ({ doc: UpdateCompanyDocument, vars: { input: { id: f(t).company, contactName: 'Uusi' } } }),
  },
  sendCompanyCardLink: {
    allowed: office,
    run: (t: Tenant) => ({ doc: SendCompanyCardLinkDocument, vars: { input: { companyId: f(t).company } } }),
  },
  invoices: { allowed: readers, run: () => ({ doc: InvoicesDocument, vars: {} }) },
  invoice: { allowed: readers, run: (t: Tenant) => ({ doc: InvoiceDocument, vars: { id: f(t).invoice } }) },
  createInvoice: {
    allowed: office,
    run: (t: Tenant) => ({
      doc: CreateInvoiceDocument,
      vars: { input: { enrolmentId: f(t).enrolment, amountCents: 5000, dueDate: daysFromNow(30) } },
    }),
  },
  changeInvoiceStatus: {
    allowed: office,
    run: (t: Tenant) => ({
      doc: ChangeInvoiceStatusDocument,
      vars: { input: { invoiceId: f(t).invoice, status: 'PAID' as const } },
    }),
  },
} as const;

test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
  const { doc, vars } = operations[c.operation as keyof typeof operations].run(c.tenant);
  await expectDecision(kaira, c, doc, vars);
});

test.each(Object.keys(operations))('%s without credentials is UNAUTHENTICATED', async (operation) => {
  const { doc, vars } = operations[operation as keyof typeof operations].run('eduro-training');
  expect(codeOf(await kaira.gql(doc as never, vars as never, { tenant: 'eduro-training' }))).toBe('UNAUTHENTICATED');
});

test('FORBIDDEN in a guidance tenant names the card-training register; for a trainer it names the roles', async () => {
  const guidance = await kaira.gql(
    CompaniesDocument,
    {},
    { token: await kaira.tokenFor(USERS.office), tenant: 'eduro-guidance' },
  );
  expect(codeOf(guidance)).toBe('FORBIDDEN');
  expect(guidance.errors?.[0]?.message).toMatch(/card-training register/);
  const trainer = await kaira.gql(
    InvoicesDocument,
    {},
    { token: await kaira.tokenFor(USERS.trainer), tenant: 'eduro-training' },
  );
  expect(codeOf(trainer)).toBe('FORBIDDEN');
  expect(trainer.errors?.[0]?.message).toMatch(/roles/);
});

// Public: the token decides. Whoever asks, with whatever tenant header, an unknown link reveals nothing.
test.each(TENANTS.flatMap((tenant) => [null, ...Object.values(USERS)].map((user) => [tenant, user] as const)))(
  'companyCardReport in %s as %s: an unknown link is NOT_FOUND',
  async (tenant, user) => {
    const token = companyCardTokens.create(kaira.registry.bySlug('eduro-training')!.id).token;
    const result = await kaira.gql(
      CompanyCardReportDocument,
      { token },
      { tenant, ...(user ? { token: await kaira.tokenFor(user) } : {}) },
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(result.data).toBeNull();
  },
);
