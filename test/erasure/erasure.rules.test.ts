import { randomUUID } from 'node:crypto';
import type { Client as Pg } from 'pg';
import {
  EraseOnRequestDocument,
  ErasureCertificateDocument,
  LegalHoldsDocument,
  RecordLegalHoldDocument,
} from '../generated/graphql';
import { connect } from '../support/database';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { unrestrictedPerson } from '../objection/rights-fixtures';
import { richGuidanceClient, richTrainee } from './erasure.support';

// Every erasure operation × every demo principal × every tenant, written out from GDPR 17 and DOMAIN.md §3:
// the controller decides an erasure — Eduro's DPO in Eduro's registers, the city's officer or DPO in
// rovaniemi-guidance (Eduro's DPO, coach and office are FORBIDDEN there); legal holds are the controller's
// own staff's (Eduro's office and DPO in its registers, the city in rovaniemi-guidance).

const controller = (t: Tenant): User[] => (t === 'rovaniemi-guidance' ? ['cityOfficer', 'cityDpo'] : ['eduroDpo']);
const controllersStaff = (t: Tenant): User[] =>
  t === 'rovaniemi-guidance' ? ['cityOfficer', 'cityDpo'] : ['office', 'eduroDpo'];

let kaira: Kaira;
let owner: Pg;
const people = new Map<Tenant, string>();
const certificates = new Map<Tenant, string>();
const rich = (t: Tenant) => (t === 'eduro-training' ? richTrainee(kaira, owner) : richGuidanceClient(kaira, owner, t));

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  for (const t of TENANTS) {
    people.set(t, await unrestrictedPerson(owner, kaira.registry.bySlug(t)!.id, 3));
    const p = await rich(t);
    const done = await kaira.gql(
      EraseOnRequestDocument,
      { input: { requestId: p.requestId, reason: 'asked' } },
      { token: await kaira.tokenFor(USERS[controller(t)[0]!]), tenant: t },
    );
    expect(done.errors).toBeUndefined();
    certificates.set(t, p.requestId);
  }
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const in30 = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

const operations = {
  eraseOnRequest: {
    allowed: controller,
    run: async (t: Tenant, allowed: boolean) => ({
      doc: EraseOnRequestDocument,
      vars: { input: { requestId: allowed ? (await rich(t)).requestId : randomUUID(), reason: 'the person asked' } },
    }),
  },
  recordLegalHold: {
    allowed: controllersStaff,
    run: async (t: Tenant) => ({
      doc: RecordLegalHoldDocument,
      vars: {
        input: {
          personId: people.get(t)!,
          kind: 'LAW' as const,
          reference: 'KPL 2:10',
          endsOn: in30,
          categories: ['name'],
        },
      },
    }),
  },
  legalHolds: {
    allowed: controllersStaff,
    run: async (t: Tenant) => ({ doc: LegalHoldsDocument, vars: { personId: people.get(t)! } }),
  },
  erasureCertificate: {
    allowed: controller,
    run: async (t: Tenant) => ({ doc: ErasureCertificateDocument, vars: { requestId: certificates.get(t)! } }),
  },
} as const;

test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
  const { doc, vars } = await operations[c.operation as keyof typeof operations].run(c.tenant, c.allowed);
  if (c.operation === 'legalHolds' && c.allowed) {
    // An empty list is a decision too: the call succeeds with data.
    const result = await kaira.gql(doc as never, vars as never, {
      token: await kaira.tokenFor(USERS[c.user]),
      tenant: c.tenant,
    });
    expect(result.errors).toBeUndefined();
    expect(Array.isArray((result.data as Record<string, unknown>).legalHolds)).toBe(true);
    return;
  }
  await expectDecision(kaira, c, doc, vars);
});

test.each(Object.keys(operations))('%s without credentials is UNAUTHENTICATED', async (operation) => {
  const { doc, vars } = await operations[operation as keyof typeof operations].run('eduro-guidance', false);
  expect(codeOf(await kaira.gql(doc as never, vars as never, { tenant: 'eduro-guidance' }))).toBe('UNAUTHENTICATED');
});

test("another tenant's erasure request and certificate are NOT_FOUND (other tenants see nothing)", async () => {
  const p = await richTrainee(kaira, owner);
  const elsewhere = await kaira.gql(
    EraseOnRequestDocument,
    { input: { requestId: p.requestId, reason: 'asked' } },
    { token: await kaira.tokenFor(USERS.eduroDpo), tenant: 'eduro-guidance' },
  );
  expect(codeOf(elsewhere)).toBe('NOT_FOUND');
  const certificate = await kaira.gql(
    ErasureCertificateDocument,
    { requestId: certificates.get('eduro-training')! },
    { token: await kaira.tokenFor(USERS.eduroDpo), tenant: 'eduro-guidance' },
  );
  expect(codeOf(certificate)).toBe('NOT_FOUND');
});
