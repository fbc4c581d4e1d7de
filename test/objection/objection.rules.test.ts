import type { Client as Pg } from 'pg';
import { DecideObjectionDocument, PersonObjectionsDocument, RecordObjectionDocument } from '../generated/graphql';
import { tenantId } from '../guidance/guidance.support';
import { connect } from '../support/database';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { pendingObjection, unrestrictedPerson } from './rights-fixtures';

// Every objection operation × every demo principal × every tenant, written out from GDPR 21 and DOMAIN.md §3:
// any staff role working with people records an objection; only the controller decides one (Eduro's DPO in
// Eduro's registers; the city's officer or DPO in rovaniemi-guidance, never Eduro's DPO, coach or office).

const staff = (t: Tenant): User[] =>
  t === 'eduro-training'
    ? ['office', 'eduroDpo']
    : t === 'eduro-guidance'
      ? ['coach', 'office', 'eduroDpo']
      : ['coach', 'office', 'eduroDpo', 'cityOfficer', 'cityDpo'];
const controller = (t: Tenant): User[] => (t === 'rovaniemi-guidance' ? ['cityOfficer', 'cityDpo'] : ['eduroDpo']);
const readers = (t: Tenant): User[] => ['office', ...controller(t)];

let kaira: Kaira;
let owner: Pg;
const people = new Map<Tenant, string>();

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  for (const t of TENANTS) people.set(t, await unrestrictedPerson(owner, tenantId(kaira, t), 2));
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const operations = {
  recordObjection: {
    allowed: staff,
    run: async (t: Tenant) => ({
      doc: RecordObjectionDocument,
      vars: { input: { personId: people.get(t)!, kind: 'DIRECT_MARKETING' as const } },
    }),
  },
  decideObjection: {
    allowed: controller,
    run: async (t: Tenant) => ({
      doc: DecideObjectionDocument,
      vars: {
        input: {
          objectionId: await pendingObjection(owner, tenantId(kaira, t), people.get(t)!),
          upheld: true,
          reason: 'processing on this basis stops',
        },
      },
    }),
  },
  personObjections: {
    allowed: readers,
    run: async (t: Tenant) => ({ doc: PersonObjectionsDocument, vars: { personId: people.get(t)! } }),
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

test('an objection of another tenant is NOT_FOUND for the controller here (other tenants see nothing)', async () => {
  const other = await pendingObjection(owner, tenantId(kaira, 'eduro-training'), people.get('eduro-training')!);
  const result = await kaira.gql(
    DecideObjectionDocument,
    { input: { objectionId: other, upheld: true, reason: 'not ours' } },
    { token: await kaira.tokenFor(USERS.eduroDpo), tenant: 'eduro-guidance' },
  );
  expect(codeOf(result)).toBe('NOT_FOUND');
});
