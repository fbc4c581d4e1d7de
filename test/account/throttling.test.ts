import type { Client } from 'pg';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { backdateLastFailure, DEMO_PASSWORD, login, loginState, reasonOf } from './account.support';

// Failed sign-ins slow down from the third (1 s, 2 s, 4 s… between tries) and lock the account for
// 15 minutes at the sixth. Each test uses its own demo user, so the counters do not interfere. Instead of
// waiting for a backoff window to pass, the tests move last_failed_login_at back as the owner.

const WRONG = 'wrong-password-2026';

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

test('the failure counter is kept although the failed login mutation rolls back', async () => {
  const email = USERS.coach;
  expect(await loginState(owner, email)).toEqual({ failed_logins: 0, last_failed_login_at: null, locked_until: null });

  const first = await login(kaira, email, WRONG);
  expect(codeOf(first)).toBe('UNAUTHENTICATED');
  const afterOne = await loginState(owner, email);
  expect(afterOne.failed_logins).toBe(1);
  expect(afterOne.last_failed_login_at).toBeInstanceOf(Date);
  expect(Math.abs(afterOne.last_failed_login_at!.getTime() - Date.now())).toBeLessThan(60_000);
  expect(afterOne.locked_until).toBeNull();

  expect(codeOf(await login(kaira, email, WRONG))).toBe('UNAUTHENTICATED');
  expect((await loginState(owner, email)).failed_logins).toBe(2);
});

test('from the third failure, an attempt inside the backoff window gets TOO_MANY_ATTEMPTS', async () => {
  const email = USERS.office;
  for (let i = 1; i <= 3; i++) {
    const result = await login(kaira, email, WRONG);
    expect({ attempt: i, code: codeOf(result), reason: reasonOf(result) }).toEqual({
      attempt: i,
      code: 'UNAUTHENTICATED',
      reason: 'WRONG_CREDENTIALS',
    });
  }
  expect((await loginState(owner, email)).failed_logins).toBe(3);

  // Three failures: the next try must wait 1 s. Restart the window now, so the test does not race it.
  await owner.query('update user_account set last_failed_login_at = now() where lower(email) = $1', [email]);
  const throttled = await login(kaira, email, WRONG);
  expect(codeOf(throttled)).toBe('TOO_MANY_ATTEMPTS');
  expect(throttled.errors![0]!.extensions!.retryAfterSeconds).toBe(1);
  expect(throttled.data).toBeNull();
  // Even the right password is refused inside the window, and a refused attempt is not counted.
  await owner.query('update user_account set last_failed_login_at = now() where lower(email) = $1', [email]);
  expect(codeOf(await login(kaira, email, DEMO_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
  expect((await loginState(owner, email)).failed_logins).toBe(3);

  // Past the window, the password is checked again; a fourth failure doubles the wait to 2 s.
  await backdateLastFailure(owner, email);
  expect(reasonOf(await login(kaira, email, WRONG))).toBe('WRONG_CREDENTIALS');
  expect((await loginState(owner, email)).failed_logins).toBe(4);
  await owner.query('update user_account set last_failed_login_at = now() where lower(email) = $1', [email]);
  const doubled = await login(kaira, email, WRONG);
  expect(codeOf(doubled)).toBe('TOO_MANY_ATTEMPTS');
  expect(doubled.errors![0]!.extensions!.retryAfterSeconds).toBe(2);
});

test('after six failures the account is locked, even for the right password, until the lock ends', async () => {
  const email = USERS.trainer;
  for (let i = 1; i <= 6; i++) {
    const result = await login(kaira, email, WRONG);
    expect({ attempt: i, code: codeOf(result), reason: reasonOf(result) }).toEqual({
      attempt: i,
      code: 'UNAUTHENTICATED',
      reason: 'WRONG_CREDENTIALS',
    });
    const state = await loginState(owner, email);
    expect(state.failed_logins).toBe(i);
    // Locked at the sixth failure, not before.
    if (i < 6) expect(state.locked_until).toBeNull();
    await backdateLastFailure(owner, email);
  }
  const locked = await loginState(owner, email);
  const lockMinutes = (locked.locked_until!.getTime() - Date.now()) / 60_000;
  expect(lockMinutes).toBeGreaterThan(14);
  expect(lockMinutes).toBeLessThanOrEqual(15);

  const refused = await login(kaira, email, WRONG);
  expect(codeOf(refused)).toBe('ACCOUNT_LOCKED');
  const retryAfter = refused.errors![0]!.extensions!.retryAfterSeconds as number;
  expect(retryAfter).toBeGreaterThan(14 * 60);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);

  // The right password does not open a locked account, and the refusals do not add to the count.
  const rightPassword = await login(kaira, email, DEMO_PASSWORD);
  expect(codeOf(rightPassword)).toBe('ACCOUNT_LOCKED');
  expect(rightPassword.data).toBeNull();
  expect(rightPassword.errors![0]!.extensions!.retryAfterSeconds).toEqual(expect.any(Number));
  expect((await loginState(owner, email)).failed_logins).toBe(6);
  const { rows } = await owner.query<{ n: string }>(
    'select count(*) as n from auth_session s join user_account u on u.id = s.user_id where lower(u.email) = $1',
    [email],
  );
  expect(Number(rows[0]!.n)).toBe(0);

  // Once the lock has ended, the right password works and clears the counter and the lock.
  await owner.query(`update user_account set locked_until = now() - interval '1 second' where lower(email) = $1`, [
    email,
  ]);
  const afterLock = await login(kaira, email, DEMO_PASSWORD);
  expect(afterLock.errors).toBeUndefined();
  expect(afterLock.data!.login.refreshToken).toMatch(/^krt_/);
  expect(await loginState(owner, email)).toEqual({ failed_logins: 0, last_failed_login_at: null, locked_until: null });
});

test('a successful login resets the failure counter', async () => {
  const email = USERS.cityOfficer;
  expect(codeOf(await login(kaira, email, WRONG))).toBe('UNAUTHENTICATED');
  expect(codeOf(await login(kaira, email, WRONG))).toBe('UNAUTHENTICATED');
  expect((await loginState(owner, email)).failed_logins).toBe(2);

  const ok = await login(kaira, email, DEMO_PASSWORD);
  expect(ok.errors).toBeUndefined();
  expect(await loginState(owner, email)).toEqual({ failed_logins: 0, last_failed_login_at: null, locked_until: null });

  // The count starts again from zero: two more failures do not throttle.
  expect(reasonOf(await login(kaira, email, WRONG))).toBe('WRONG_CREDENTIALS');
  expect(reasonOf(await login(kaira, email, WRONG))).toBe('WRONG_CREDENTIALS');
  expect(reasonOf(await login(kaira, email, WRONG))).toBe('WRONG_CREDENTIALS');
  expect((await loginState(owner, email)).failed_logins).toBe(3);
});

test('failures for an unknown email write nothing', async () => {
  const before = await owner.query(
    'select id, failed_logins, last_failed_login_at, locked_until from user_account order by id',
  );
  for (let i = 0; i < 7; i++) {
    const result = await login(kaira, 'nobody@eduro.example', WRONG);
    expect(reasonOf(result)).toBe('WRONG_CREDENTIALS');
  }
  const after = await owner.query(
    'select id, failed_logins, last_failed_login_at, locked_until from user_account order by id',
  );
  expect(after.rows).toEqual(before.rows);
});
