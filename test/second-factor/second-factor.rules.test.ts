import { MySecondFactorDocument } from '../generated/graphql';
import { codeOf, startKaira, type Kaira } from '../support/kaira';
import { expectDecision, matrixCases, type Tenant, type User } from '../support/rules-matrix';
import { post } from '../api-key/api-key.support';

// The second-factor operations act on the signed-in user only (no id in their input), so every demo user
// may call them in each tenant they are a member of (the header's usual rule); without credentials they are UNAUTHENTICATED, and an API key has no
// second factor (its requests are held to persisted operations).

let kaira: Kaira;
beforeAll(async () => {
  kaira = await startKaira();
});
afterAll(async () => {
  await kaira?.close();
});

// Memberships of the demo users (README): a tenant named in the header must be one of the user's.
const members = (tenant: Tenant): User[] =>
  tenant === 'eduro-training'
    ? ['office', 'trainer', 'eduroDpo', 'admin']
    : tenant === 'eduro-guidance'
      ? ['coach', 'office', 'eduroDpo', 'admin', 'referrer']
      : ['coach', 'office', 'eduroDpo', 'admin', 'cityOfficer', 'cityDpo', 'referrer'];

test.each(matrixCases({ mySecondFactor: { allowed: members } }))(
  '$operation in $tenant as $user: allowed $allowed',
  async (c) => {
    await expectDecision(kaira, c, MySecondFactorDocument, {});
  },
);

test('anonymous callers and API keys cannot reach the second-factor operations', async () => {
  expect(codeOf(await kaira.gql(MySecondFactorDocument, {}))).toBe('UNAUTHENTICATED');
  const keyed = await post(
    kaira,
    { query: 'mutation { beginSecondFactorEnrolment { secret } }' },
    { authorization: `ApiKey kaira_live_${'0'.repeat(32)}_${'A'.repeat(43)}`, 'kaira-tenant': 'eduro-training' },
  );
  expect(codeOf(keyed)).toBe('UNAUTHENTICATED');
});
