import { DEMO_PASSWORD } from '../../src/cli/demo-data';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';

// Regressions: a principal loaded after the operation's transaction opened, and sign-in bookkeeping
// asked for while the operation already holds a connection.
let kaira: Kaira;
beforeAll(async () => {
  kaira = await startKaira();
});
afterAll(() => kaira.close());

test('logout in the same mutation as a login works: the user is set on the open transaction', async () => {
  const token = await kaira.tokenFor(USERS.coach);
  const result = await kaira.gql<{ login: { accessToken: string }; logout: boolean }>(
    'mutation($input: LoginInput!) { login(input: $input) { accessToken } logout }',
    { input: { email: USERS.coach, password: DEMO_PASSWORD } },
    { token },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.logout).toBe(true);
  expect(codeOf(await kaira.gql('{ me { user { id } } }', {}, { token }))).toBe('UNAUTHENTICATED');
  const fresh = result.data!.login.accessToken;
  expect((await kaira.gql('{ me { user { email } } }', {}, { token: fresh })).errors).toBeUndefined();
});

test('a sign-in after other work in one operation is refused with a clear code, nothing written', async () => {
  const token = await kaira.tokenFor(USERS.office);
  const result = await kaira.gql(
    'mutation($input: LoginInput!) { logout login(input: $input) { accessToken } }',
    { input: { email: USERS.office, password: DEMO_PASSWORD } },
    { token },
  );
  expect(codeOf(result)).toBe('BAD_USER_INPUT');
  expect(result.errors![0]!.message).toMatch(/operation of its own/);
  // The failed mutation rolled back: the logout did not happen either.
  expect((await kaira.gql('{ me { user { email } } }', {}, { token })).errors).toBeUndefined();
});
