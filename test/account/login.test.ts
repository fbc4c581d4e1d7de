import type { Client } from 'pg';
import { DEMO_USERS } from '../../src/cli/demo-data';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { DEMO_PASSWORD, login, loginState, me, reasonOf } from './account.support';

type Errors = Array<{ extensions?: Record<string, unknown> }> | undefined;
/** The answer without its request id, which every error carries and which differs per request. */
const sameAnswer = (errors: Errors) =>
  errors?.map(({ extensions: { requestId: _id, ...extensions } = {}, ...error }) => ({ ...error, extensions }));

let kaira: Kaira;
let owner: Client;
beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

async function sessionCount(): Promise<number> {
  const { rows } = await owner.query<{ n: string }>('select count(*) as n from auth_session');
  return Number(rows[0]!.n);
}

test.each(DEMO_USERS.map((u) => u.email))('%s signs in with the demo password', async (email) => {
  const result = await login(kaira, email, DEMO_PASSWORD);
  expect(result.errors).toBeUndefined();
  const payload = result.data!.login;
  expect(payload.accessToken.split('.')).toHaveLength(3);
  expect(payload.refreshToken).toMatch(/^krt_[A-Za-z0-9_-]{43}$/);
  expect(payload.user.email).toBe(email);
  expect(payload.user.displayName).toBe(DEMO_USERS.find((u) => u.email === email)!.displayName);
  expect(new Date(payload.accessTokenExpiresAt).getTime()).toBeGreaterThan(Date.now());

  // The access token works at once and names the same user.
  const whoami = await me(kaira, { token: payload.accessToken });
  expect(whoami.errors).toBeUndefined();
  expect(whoami.data!.me.user).toEqual({ id: payload.user.id, email });
});

test('the email is matched without regard to case or surrounding spaces', async () => {
  const result = await login(kaira, `  ${USERS.coach.toUpperCase()} `, DEMO_PASSWORD);
  expect(result.errors).toBeUndefined();
  expect(result.data!.login.user.email).toBe(USERS.coach);
});

test('a wrong password and an unknown email get the same UNAUTHENTICATED answer', async () => {
  const wrongPassword = await login(kaira, USERS.eduroDpo, 'not-the-password-2026');
  const unknownEmail = await login(kaira, 'nobody@eduro.example', 'not-the-password-2026');
  expect(codeOf(wrongPassword)).toBe('UNAUTHENTICATED');
  expect(wrongPassword.data).toBeNull();
  // Same message and extensions: the answer does not tell whether the account exists.
  expect(sameAnswer(unknownEmail.errors)).toEqual(sameAnswer(wrongPassword.errors));
  expect(wrongPassword.errors).toHaveLength(1);
  expect(wrongPassword.errors![0]!.message).toBe('wrong email or password');
  expect(reasonOf(wrongPassword)).toBe('WRONG_CREDENTIALS');
  // The message carries neither the email nor the password.
  expect(JSON.stringify(wrongPassword.errors)).not.toContain(USERS.eduroDpo);
  expect(JSON.stringify(unknownEmail.errors)).not.toContain('nobody@');
  expect(JSON.stringify(wrongPassword.errors)).not.toContain('not-the-password');
});

test('LIKE wildcards in the email do not match another account', async () => {
  for (const email of ['%', '%@eduro.example', 'coach@eduro_example', 'c_ach@eduro.example', '_%']) {
    const result = await login(kaira, email, DEMO_PASSWORD);
    expect({ email, code: codeOf(result), reason: reasonOf(result) }).toEqual({
      email,
      code: 'UNAUTHENTICATED',
      reason: 'WRONG_CREDENTIALS',
    });
  }
});

test.each([
  { name: 'an empty email', email: '', password: DEMO_PASSWORD, field: 'email' },
  { name: 'a blank email', email: '   ', password: DEMO_PASSWORD, field: 'email' },
  { name: 'an empty password', email: USERS.admin, password: '', field: 'password' },
])('$name is BAD_USER_INPUT naming the field, and nothing is written', async ({ email, password, field }) => {
  const sessionsBefore = await sessionCount();
  const stateBefore = await loginState(owner, USERS.admin);

  const result = await login(kaira, email, password);

  expect(codeOf(result)).toBe('BAD_USER_INPUT');
  expect(result.errors![0]!.extensions!.field).toBe(field);
  expect(result.errors![0]!.message).toMatch(new RegExp(`^${field}:`));
  expect(result.data).toBeNull();
  expect(await sessionCount()).toBe(sessionsBefore);
  expect(await loginState(owner, USERS.admin)).toEqual(stateBefore);
});

test('a successful login creates one session and one refresh token, and writes no failure', async () => {
  const sessionsBefore = await sessionCount();
  const result = await login(kaira, USERS.cityDpo, DEMO_PASSWORD);
  expect(result.errors).toBeUndefined();
  expect(await sessionCount()).toBe(sessionsBefore + 1);
  const { rows } = await owner.query<{ tokens: string; revoked_at: Date | null; expires_at: Date }>(
    `select s.revoked_at, s.expires_at, (select count(*) from refresh_token r where r.session_id = s.id) as tokens
       from auth_session s join user_account u on u.id = s.user_id
      where lower(u.email) = $1 order by s.created_at desc limit 1`,
    [USERS.cityDpo],
  );
  expect(rows[0]!.revoked_at).toBeNull();
  expect(Number(rows[0]!.tokens)).toBe(1);
  // The session lives as long as the configured refresh-token lifetime.
  const days = (rows[0]!.expires_at.getTime() - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(kaira.config.refreshTokenDays - 0.01);
  expect(days).toBeLessThanOrEqual(kaira.config.refreshTokenDays);
  expect((await loginState(owner, USERS.cityDpo)).failed_logins).toBe(0);
});

test('a disabled account cannot sign in, and gets the same answer as an unknown one', async () => {
  await owner.query('update user_account set disabled_at = now() where lower(email) = $1', [USERS.referrer]);
  try {
    const result = await login(kaira, USERS.referrer, DEMO_PASSWORD);
    const unknown = await login(kaira, 'nobody@te.example', DEMO_PASSWORD);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(sameAnswer(result.errors)).toEqual(sameAnswer(unknown.errors));
  } finally {
    await owner.query('update user_account set disabled_at = null where lower(email) = $1', [USERS.referrer]);
  }
});

test('passwords are stored as argon2id hashes, never in clear', async () => {
  const { rows } = await owner.query<{ email: string; password_hash: string }>(
    'select email, password_hash from user_account order by email',
  );
  expect(rows.map((r) => r.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
  for (const row of rows) {
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(row.password_hash).not.toContain(DEMO_PASSWORD);
  }
});
