import { RetentionRunsDocument } from '../generated/graphql';
import { createLogger } from '../../src/logger';
import { runRetention } from '../../src/modules/retention/retention.job';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { insertClient } from './retention.support';

// The record of retention runs, for the controller's DPO and officers (in rovaniemi-guidance the city's):
// counts per category and hold, never a person.

const controller = (t: Tenant): User[] => (t === 'rovaniemi-guidance' ? ['cityOfficer', 'cityDpo'] : ['eduroDpo']);
let kaira: Kaira;

beforeAll(async () => {
  kaira = await startKaira();
  const owner = await connect(kaira.db.ownerUrl);
  try {
    await insertClient(owner, kaira.registry.bySlug('rovaniemi-guidance')!.id, {
      periods: [['closed', '2009-12-31']],
    });
  } finally {
    await owner.end();
  }
  await runRetention({ ...kaira, logger: createLogger('silent') }, { apply: false, trigger: 'api' });
});
afterAll(async () => {
  await kaira?.close();
});

test.each(matrixCases({ retentionRuns: { allowed: controller } }))(
  '$operation in $tenant by $user: allowed $allowed',
  async (c) => {
    await expectDecision(kaira, c, RetentionRunsDocument, {});
  },
);

test('without credentials it is UNAUTHENTICATED', async () => {
  expect(codeOf(await kaira.gql(RetentionRunsDocument, {}, { tenant: 'rovaniemi-guidance' }))).toBe('UNAUTHENTICATED');
});

test('the city sees its own run: what was due per category, and how many persons, no ids', async () => {
  const result = await kaira.gql(
    RetentionRunsDocument,
    { first: 5 },
    { token: await kaira.tokenFor(USERS.cityOfficer), tenant: 'rovaniemi-guidance' },
  );
  const [run, ...others] = result.data!.retentionRuns;
  expect(others).toEqual([]);
  expect(run).toMatchObject({ dryRun: true, trigger: 'api', personCount: 1, kept: [] });
  expect(run!.removed).toEqual(
    expect.arrayContaining([
      { key: 'name', count: 1 },
      { key: 'outboxMessages', count: 0 },
    ]),
  );
  expect(JSON.stringify(result.data)).not.toMatch(/personIds|person_ids/);
});

test('first is bounded', async () => {
  const result = await kaira.gql(
    RetentionRunsDocument,
    { first: 1000 },
    { token: await kaira.tokenFor(USERS.cityOfficer), tenant: 'rovaniemi-guidance' },
  );
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
});
