import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import {
  AddEntryDocument,
  ClientEntriesDocument,
  CorrectEntryDocument,
  ReleasedStatementsDocument,
  ReleaseStatementDocument,
} from '../generated/graphql';
import { createClient, TE_OFFICE } from '../guidance/factories';
import { idOf } from '../guidance/guidance.support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';

// Every entry and statement operation × every demo principal × every tenant: allowed, or FORBIDDEN.
// Expectations are written out here from DOMAIN.md §3 and issue 4, not derived from the rules under test.

const oversight: Record<Tenant, User[]> = {
  'eduro-training': [],
  'eduro-guidance': ['eduroDpo'],
  // Eduro is only the processor of the city's register: the city oversees it, not Eduro's DPO.
  'rovaniemi-guidance': ['cityOfficer', 'cityDpo'],
};
const guidance = (tenant: Tenant, users: User[]): User[] => (tenant === 'eduro-training' ? [] : users);
// Only the coach with a client relationship writes; the controller oversees but writes no coaching.
const writers = (tenant: Tenant): User[] => guidance(tenant, ['coach']);
// Office never sees coaching content; the referrer only released statements.
const entryReaders = (tenant: Tenant): User[] => [...writers(tenant), ...oversight[tenant]];
const statementReaders = (tenant: Tenant): User[] => [...entryReaders(tenant), ...guidance(tenant, ['referrer'])];
// A disclosure is the controller's decision: Eduro's coach or DPO in eduro-guidance; the city in
// rovaniemi-guidance, where Eduro (processor) cannot decide.
const releasers: Record<Tenant, User[]> = {
  'eduro-training': [],
  'eduro-guidance': ['coach', 'eduroDpo'],
  'rovaniemi-guidance': ['cityOfficer', 'cityDpo'],
};

let kaira: Kaira;
let teOffice: string;
const clients = new Map<Tenant, string>();

beforeAll(async () => {
  kaira = await startKaira();
  const owner: Client = await connect(kaira.db.ownerUrl);
  teOffice = await idOf(owner, TE_OFFICE);
  await owner.end();
  for (const tenant of ['eduro-guidance', 'rovaniemi-guidance'] as const) {
    clients.set(
      tenant,
      await createClient(kaira, {
        tenant,
        coach: USERS.coach,
        referredBy: TE_OFFICE,
        consent: { categories: ['employment', 'observation'], disclosesToPurchaser: true },
      }),
    );
  }
});
afterAll(() => kaira.close());

/** A fresh entry of the tenant's client, written by its coach (random ids in eduro-training: refused before use). */
async function freshEntry(tenant: Tenant, kind: 'COACHING' | 'STATEMENT'): Promise<string> {
  if (tenant === 'eduro-training') return randomUUID();
  const result = await kaira.gql(
    AddEntryDocument,
    {
      input: {
        personId: clients.get(tenant)!,
        kind,
        category: kind === 'STATEMENT' ? 'statement' : 'coaching',
        content: `${kind} for the rules test`,
      },
    },
    { token: await kaira.tokenFor(USERS.coach), tenant },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.addEntry.id;
}

const personOf = (tenant: Tenant): string => clients.get(tenant) ?? randomUUID();

const operations = {
  addEntry: {
    allowed: writers,
    run: async (t: Tenant) => ({
      doc: AddEntryDocument,
      vars: { input: { personId: personOf(t), kind: 'COACHING', category: 'coaching', content: 'Met the client.' } },
    }),
  },
  correctEntry: {
    allowed: writers,
    run: async (t: Tenant) => ({
      doc: CorrectEntryDocument,
      vars: { input: { entryId: await freshEntry(t, 'COACHING'), content: 'Corrected.', reason: 'typo in the date' } },
    }),
  },
  clientEntries: {
    allowed: entryReaders,
    run: async (t: Tenant) => ({ doc: ClientEntriesDocument, vars: { personId: personOf(t) } }),
  },
  releasedStatements: {
    allowed: statementReaders,
    run: async (t: Tenant) => ({ doc: ReleasedStatementsDocument, vars: { personId: personOf(t) } }),
  },
  releaseStatement: {
    allowed: (t: Tenant) => releasers[t],
    run: async (t: Tenant) => ({
      doc: ReleaseStatementDocument,
      vars: { input: { entryId: await freshEntry(t, 'STATEMENT'), organisationId: teOffice } },
    }),
  },
} as const;

test.each(matrixCases(operations))('$operation in $tenant by $user: allowed $allowed', async (c) => {
  const { doc, vars } = await operations[c.operation as keyof typeof operations].run(c.tenant);
  await expectDecision(kaira, c, doc, vars);
});

test.each(Object.keys(operations))('%s without credentials is UNAUTHENTICATED', async (operation) => {
  const { doc, vars } = await operations[operation as keyof typeof operations].run('eduro-guidance');
  expect(codeOf(await kaira.gql(doc as never, vars as never, { tenant: 'eduro-guidance' }))).toBe('UNAUTHENTICATED');
});

test.each(Object.keys(operations))('%s by a coach without a client relationship is FORBIDDEN', async (operation) => {
  // The coach's own client in the other guidance tenant: same coach, no assignment here.
  const unassigned = await createClient(kaira, { referredBy: TE_OFFICE, consent: { categories: ['employment'] } });
  const { doc, vars } = await operations[operation as keyof typeof operations].run('eduro-guidance');
  const swap = JSON.parse(JSON.stringify(vars).replaceAll(clients.get('eduro-guidance')!, unassigned));
  // correctEntry and releaseStatement name an entry of the assigned client: move it out of reach instead.
  if ('input' in swap && 'entryId' in swap.input) {
    const other = await createClient(kaira, { coach: USERS.coach, referredBy: TE_OFFICE });
    const entry = await kaira.gql(
      AddEntryDocument,
      { input: { personId: other, kind: 'STATEMENT', category: 'statement', content: 'Written while assigned.' } },
      { token: await kaira.tokenFor(USERS.coach), tenant: 'eduro-guidance' },
    );
    swap.input.entryId = entry.data!.addEntry.id;
    await endAssignments(other);
  }
  const result = await kaira.gql(doc as never, swap as never, {
    token: await kaira.tokenFor(USERS.coach),
    tenant: 'eduro-guidance',
  });
  expect(codeOf(result)).toBe('FORBIDDEN');
  expect(result.data).toBeNull();
});

test.each(Object.keys(operations))('%s of a client of another tenant is NOT_FOUND', async (operation) => {
  const { doc, vars } = await operations[operation as keyof typeof operations].run('rovaniemi-guidance');
  const result = await kaira.gql(doc as never, vars as never, {
    token: await kaira.tokenFor(USERS.coach),
    tenant: 'eduro-guidance',
  });
  expect(codeOf(result)).toBe('NOT_FOUND');
  expect(result.data).toBeNull();
});

/** Ends the client's assignments yesterday (as the owner: the API for it is another module's). */
async function endAssignments(personId: string): Promise<void> {
  const owner = await connect(kaira.db.ownerUrl);
  try {
    await owner.query('begin');
    await owner.query("select set_config('kaira.tenant_id', $1, true)", [kaira.registry.bySlug('eduro-guidance')!.id]);
    await owner.query(
      'update assignment set starts_on = current_date - 10, ends_on = current_date - 1 where person_id = $1',
      [personId],
    );
    await owner.query('commit');
  } finally {
    await owner.end();
  }
}
