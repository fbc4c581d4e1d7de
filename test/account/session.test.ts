import type { Client } from 'pg';
import { hashRefreshToken } from '../../src/auth/tokens';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { LOGOUT, me, reasonOf, refresh, signIn } from './account.support';

// Sessions: refresh tokens rotate and are single-use; a reused one ends the whole session; logout ends it.

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

async function revokedAt(sessionOfRefreshToken: string): Promise<Date | null> {
  const { rows } = await owner.query<{ revoked_at: Date | null }>(
    `select s.revoked_at from auth_session s join refresh_token r on r.session_id = s.id where r.token_hash = $1`,
    [hashRefreshToken(sessionOfRefreshToken)],
  );
  if (!rows[0]) throw new Error('no session for that refresh token');
  return rows[0].revoked_at;
}

test('refreshSession rotates: new tokens for the same session, each refresh token usable once', async () => {
  const first = await signIn(kaira, USERS.coach);

  const second = await refresh(kaira, first.refreshToken);
  expect(second.errors).toBeUndefined();
  const rotated = second.data!.refreshSession;
  expect(rotated.refreshToken).toMatch(/^krt_/);
  expect(rotated.refreshToken).not.toBe(first.refreshToken);
  expect(rotated.user).toEqual({ id: first.user.id, email: USERS.coach });
  // The new access token works, and so does the old one: both name the same live session.
  expect((await me(kaira, { token: rotated.accessToken })).data?.me.user.id).toBe(first.user.id);
  expect((await me(kaira, { token: first.accessToken })).data?.me.user.id).toBe(first.user.id);

  // The new refresh token works once more, and rotates again.
  const third = await refresh(kaira, rotated.refreshToken);
  expect(third.errors).toBeUndefined();
  expect(third.data!.refreshSession.refreshToken).not.toBe(rotated.refreshToken);

  // One session, three refresh tokens, the first two marked used.
  const { rows } = await owner.query<{ sessions: string; tokens: string; used: string }>(
    `select count(distinct r.session_id) as sessions, count(*) as tokens, count(r.used_at) as used
       from refresh_token r join auth_session s on s.id = r.session_id
      where s.user_id = $1`,
    [first.user.id],
  );
  expect(rows[0]).toEqual({ sessions: '1', tokens: '3', used: '2' });
});

test('presenting a used refresh token again is TOKEN_REUSED and ends the whole session', async () => {
  const first = await signIn(kaira, USERS.office);
  const second = (await refresh(kaira, first.refreshToken)).data!.refreshSession;
  const third = (await refresh(kaira, second.refreshToken)).data!.refreshSession;
  expect(await revokedAt(third.refreshToken)).toBeNull();

  // The first token was used already: someone copied it.
  const reused = await refresh(kaira, first.refreshToken);
  expect(codeOf(reused)).toBe('UNAUTHENTICATED');
  expect(reasonOf(reused)).toBe('TOKEN_REUSED');
  expect(reused.data).toBeNull();
  // The session end sticks although the mutation failed and rolled back.
  expect(await revokedAt(third.refreshToken)).toBeInstanceOf(Date);

  // Every access token of the session is dead, whichever refresh produced it.
  for (const token of [first.accessToken, second.accessToken, third.accessToken]) {
    const result = await me(kaira, { token });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(reasonOf(result)).toBe('SESSION_ENDED');
  }
  // And so is the newest refresh token, which had never been used.
  const newest = await refresh(kaira, third.refreshToken);
  expect(codeOf(newest)).toBe('UNAUTHENTICATED');
  expect(reasonOf(newest)).toBe('SESSION_ENDED');
  // No new refresh token was issued by the refused attempts.
  const { rows } = await owner.query<{ n: string }>(
    'select count(*) as n from refresh_token r join auth_session s on s.id = r.session_id where s.user_id = $1',
    [first.user.id],
  );
  expect(Number(rows[0]!.n)).toBe(3);
});

test("a reused refresh token ends only its own session, not the user's other sessions", async () => {
  const phone = await signIn(kaira, USERS.cityOfficer);
  const laptop = await signIn(kaira, USERS.cityOfficer);
  await refresh(kaira, phone.refreshToken);
  expect(reasonOf(await refresh(kaira, phone.refreshToken))).toBe('TOKEN_REUSED');

  expect(reasonOf(await me(kaira, { token: phone.accessToken }))).toBe('SESSION_ENDED');
  const stillIn = await me(kaira, { token: laptop.accessToken });
  expect(stillIn.errors).toBeUndefined();
  expect((await refresh(kaira, laptop.refreshToken)).errors).toBeUndefined();
});

test('an unknown refresh token is UNAUTHENTICATED and writes nothing', async () => {
  const before = await owner.query('select * from auth_session order by id');
  for (const token of ['krt_not-a-token-at-all-0000000000000000000000000', 'garbage', '']) {
    const result = await refresh(kaira, token);
    expect({ token, code: codeOf(result), reason: reasonOf(result) }).toEqual({
      token,
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN_INVALID',
    });
  }
  // An access token is not a refresh token.
  const session = await signIn(kaira, USERS.eduroDpo);
  expect(codeOf(await refresh(kaira, session.accessToken))).toBe('UNAUTHENTICATED');
  const after = await owner.query('select * from auth_session where user_id <> $1 order by id', [session.user.id]);
  expect(after.rows).toEqual(before.rows.filter((r: { user_id: string }) => r.user_id !== session.user.id));
});

test('logout ends the session: its access token and its refresh token stop working', async () => {
  const session = await signIn(kaira, USERS.admin);
  expect((await me(kaira, { token: session.accessToken })).errors).toBeUndefined();

  const out = await kaira.gql<{ logout: boolean }>(LOGOUT, {}, { token: session.accessToken });
  expect(out.errors).toBeUndefined();
  expect(out.data).toEqual({ logout: true });
  expect(await revokedAt(session.refreshToken)).toBeInstanceOf(Date);

  const after = await me(kaira, { token: session.accessToken });
  expect(codeOf(after)).toBe('UNAUTHENTICATED');
  expect(reasonOf(after)).toBe('SESSION_ENDED');
  expect(after.data).toBeNull();

  const refreshed = await refresh(kaira, session.refreshToken);
  expect(codeOf(refreshed)).toBe('UNAUTHENTICATED');
  expect(reasonOf(refreshed)).toBe('SESSION_ENDED');

  // Logging out again with the dead token is refused, not a second success.
  const again = await kaira.gql(LOGOUT, {}, { token: session.accessToken });
  expect(codeOf(again)).toBe('UNAUTHENTICATED');
  expect(reasonOf(again)).toBe('SESSION_ENDED');
});

test('logout ends only the current session', async () => {
  const one = await signIn(kaira, USERS.trainer);
  const two = await signIn(kaira, USERS.trainer);
  expect((await kaira.gql(LOGOUT, {}, { token: one.accessToken })).errors).toBeUndefined();
  expect(reasonOf(await me(kaira, { token: one.accessToken }))).toBe('SESSION_ENDED');
  expect((await me(kaira, { token: two.accessToken })).errors).toBeUndefined();
});

test('logout without a token is UNAUTHENTICATED', async () => {
  const result = await kaira.gql(LOGOUT);
  expect(codeOf(result)).toBe('UNAUTHENTICATED');
  expect(result.data).toBeNull();
});

test('a session past its expiry no longer works, for access or refresh', async () => {
  const session = await signIn(kaira, USERS.cityDpo);
  await owner.query(
    `update auth_session set expires_at = now() - interval '1 second'
      where id = (select session_id from refresh_token where token_hash = $1)`,
    [hashRefreshToken(session.refreshToken)],
  );
  expect(reasonOf(await me(kaira, { token: session.accessToken }))).toBe('SESSION_ENDED');
  expect(reasonOf(await refresh(kaira, session.refreshToken))).toBe('SESSION_ENDED');
});

test('refresh tokens are stored only as hashes', async () => {
  const issued: string[] = [];
  for (const email of [USERS.referrer, USERS.coach]) {
    const session = await signIn(kaira, email);
    issued.push(session.refreshToken);
    const rotated = (await refresh(kaira, session.refreshToken)).data!.refreshSession;
    issued.push(rotated.refreshToken);
  }
  const { rows } = await owner.query<{ token_hash: string; row: string }>(
    'select token_hash, row_to_json(r)::text as row from refresh_token r',
  );
  const hashes = new Set(rows.map((r) => r.token_hash));
  for (const token of issued) {
    // The row is there, under the token's SHA-256…
    expect(hashes.has(hashRefreshToken(token))).toBe(true);
    // …and no column of any row holds the token, with or without its prefix.
    for (const { row } of rows) {
      expect(row).not.toContain(token);
      expect(row).not.toContain(token.slice('krt_'.length));
    }
  }
  for (const hash of hashes) expect(hash).not.toMatch(/^krt_/);
});

test("a disabled account's sessions end: its access and refresh tokens stop working", async () => {
  const session = await signIn(kaira, USERS.referrer);
  await owner.query('update user_account set disabled_at = now() where id = $1', [session.user.id]);
  try {
    expect(reasonOf(await me(kaira, { token: session.accessToken }))).toBe('SESSION_ENDED');
    // A refresh must not hand a disabled account new tokens.
    const refreshed = await refresh(kaira, session.refreshToken);
    expect({ code: codeOf(refreshed), issued: Boolean(refreshed.data?.refreshSession) }).toEqual({
      code: 'UNAUTHENTICATED',
      issued: false,
    });
  } finally {
    await owner.query('update user_account set disabled_at = null where id = $1', [session.user.id]);
  }
});
