import {
  PeopleDocument,
  PersonDocument,
  RegisterPersonDocument,
  RevealPersonalIdentityCodeDocument,
  UpdatePersonContactDocument,
} from '../generated/graphql';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';

// Every person operation × every demo principal × every tenant: allowed, or refused with FORBIDDEN.
// Expectations are written out here from DOMAIN.md §3, not derived from the rules under test.

const oversight: Record<Tenant, User[]> = {
  'eduro-training': ['eduroDpo'],
  'eduro-guidance': ['eduroDpo'],
  // Eduro is only the processor of the city's register: its DPO does not oversee it, the city does.
  'rovaniemi-guidance': ['cityOfficer', 'cityDpo'],
};
const readers = (tenant: Tenant): User[] => ['office', ...oversight[tenant]];
const keepers = (): User[] => ['office'];

let kaira: Kaira;
const personIds = new Map<Tenant, string>();

beforeAll(async () => {
  kaira = await startKaira();
  const token = await kaira.tokenFor(USERS.office);
  for (const tenant of TENANTS) {
    const page = await kaira.gql(PeopleDocument, { first: 1 }, { token, tenant });
    personIds.set(tenant, page.data!.people.nodes[0]!.id);
  }
});
afterAll(() => kaira.close());

const operations = {
  people: { allowed: readers, run: (_t: Tenant) => ({ doc: PeopleDocument, vars: { first: 2 } }) },
  person: { allowed: readers, run: (t: Tenant) => ({ doc: PersonDocument, vars: { id: personIds.get(t)! } }) },
  revealPersonalIdentityCode: {
    allowed: readers,
    run: (t: Tenant) => ({
      doc: RevealPersonalIdentityCodeDocument,
      vars: { input: { personId: personIds.get(t)!, purpose: 'checking the rules of the register' } },
    }),
  },
  registerPerson: {
    allowed: keepers,
    run: (_t: Tenant) => ({ doc: RegisterPersonDocument, vars: { input: { firstName: 'Uusi', lastName: 'Henkilö' } } }),
  },
  updatePersonContact: {
    allowed: keepers,
    run: (t: Tenant) => ({
      doc: UpdatePersonContactDocument,
      vars: { input: { personId: personIds.get(t)!, phone: '+358 40 1234567', reason: 'the person called' } },
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

test('a member who names no tenant is told to name one', async () => {
  const result = await kaira.gql(PeopleDocument, { first: 1 }, { token: await kaira.tokenFor(USERS.office) });
  expect(codeOf(result)).toBe('BAD_USER_INPUT');
});
