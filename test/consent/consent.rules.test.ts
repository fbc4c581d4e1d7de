import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import {
  ConsentLedgerDocument,
  ConsentStatusDocument,
  RecordConsentDocument,
  WithdrawConsentDocument,
} from '../generated/graphql';
import { createClient, TE_OFFICE } from '../guidance/factories';
import { today } from '../guidance/guidance.support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';

// Every consent operation × every demo principal × every tenant: allowed, or refused with FORBIDDEN.
// Expectations are written out here from DOMAIN.md §3 and issue 4, not derived from the rules under test.

const oversight: Record<Tenant, User[]> = {
  'eduro-training': [],
  'eduro-guidance': ['eduroDpo'],
  // Eduro is only the processor of the city's register: the city oversees it, not Eduro's DPO.
  'rovaniemi-guidance': ['cityOfficer', 'cityDpo'],
};
// The coach is assigned to the client; office keeps administrative data in both guidance registers.
const keepers = (tenant: Tenant): User[] => (tenant === 'eduro-training' ? [] : ['coach', 'office']);
const readers = (tenant: Tenant): User[] => [...keepers(tenant), ...oversight[tenant]];

let kaira: Kaira;
const clients = new Map<Tenant, string>();

beforeAll(async () => {
  kaira = await startKaira();
  for (const tenant of ['eduro-guidance', 'rovaniemi-guidance'] as const) {
    clients.set(
      tenant,
      await createClient(kaira, {
        tenant,
        coach: USERS.coach,
        referredBy: TE_OFFICE,
        consent: { categories: ['employment', 'guidance', 'observation'], disclosesToPurchaser: true },
      }),
    );
  }
  // eduro-training has no clients: any person of it (the rules refuse before the service looks).
  const owner: Client = await connect(kaira.db.ownerUrl);
  await owner.query('begin');
  await owner.query("select set_config('kaira.tenant_id', $1, true)", [kaira.registry.bySlug('eduro-training')!.id]);
  clients.set('eduro-training', (await owner.query<{ id: string }>('select id from person limit 1')).rows[0]!.id);
  await owner.query('rollback');
  await owner.end();
});
afterAll(() => kaira.close());

const evidence = 'signed form, archive ref RULES-1';
const operations = {
  recordConsent: {
    allowed: keepers,
    run: (personId: string) => ({
      doc: RecordConsentDocument,
      vars: {
        input: { personId, categories: ['rehabilitation'], disclosesToPurchaser: true, signedOn: today(), evidence },
      },
    }),
  },
  withdrawConsent: {
    allowed: keepers,
    run: (personId: string) => ({
      doc: WithdrawConsentDocument,
      vars: { input: { personId, categories: ['observation'], evidence } },
    }),
  },
  consentLedger: { allowed: readers, run: (personId: string) => ({ doc: ConsentLedgerDocument, vars: { personId } }) },
  consentStatus: { allowed: readers, run: (personId: string) => ({ doc: ConsentStatusDocument, vars: { personId } }) },
} as const;

test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
  const { doc, vars } = operations[c.operation as keyof typeof operations].run(clients.get(c.tenant)!);
  await expectDecision(kaira, c, doc, vars);
});

test.each(Object.keys(operations))('%s without credentials is UNAUTHENTICATED', async (operation) => {
  const { doc, vars } = operations[operation as keyof typeof operations].run(clients.get('eduro-guidance')!);
  expect(codeOf(await kaira.gql(doc as never, vars as never, { tenant: 'eduro-guidance' }))).toBe('UNAUTHENTICATED');
});

test.each(Object.keys(operations))('%s of a client of another tenant is NOT_FOUND', async (operation) => {
  const { doc, vars } = operations[operation as keyof typeof operations].run(clients.get('rovaniemi-guidance')!);
  const result = await kaira.gql(doc as never, vars as never, {
    token: await kaira.tokenFor(USERS.office),
    tenant: 'eduro-guidance',
  });
  expect(codeOf(result)).toBe('NOT_FOUND');
});

test.each(Object.keys(operations))('%s by a coach without a client relationship is FORBIDDEN', async (operation) => {
  const unassigned = await createClient(kaira, { referredBy: TE_OFFICE, consent: { categories: ['employment'] } });
  const { doc, vars } = operations[operation as keyof typeof operations].run(unassigned);
  const result = await kaira.gql(doc as never, vars as never, {
    token: await kaira.tokenFor(USERS.coach),
    tenant: 'eduro-guidance',
  });
  expect(codeOf(result)).toBe('FORBIDDEN');
  expect(result.data).toBeNull();
});

test('an unknown client is NOT_FOUND, not a hint about rules', async () => {
  const result = await kaira.gql(
    ConsentStatusDocument,
    { personId: randomUUID() },
    { token: await kaira.tokenFor(USERS.office), tenant: 'eduro-guidance' },
  );
  expect(codeOf(result)).toBe('NOT_FOUND');
});
