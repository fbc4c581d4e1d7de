import { randomUUID } from 'node:crypto';
import { decodeJwt, SignJWT } from 'jose';
import { signAccessToken } from '../../src/auth/tokens';
import { codeOf, startKaira, USERS, type GraphQLResult, type Kaira } from '../support/kaira';
import { me, reasonOf, signIn, type AuthPayload } from './account.support';

// What the server makes of the Authorization header: only a token it signed, for a live session, counts.

let kaira: Kaira;
let session: AuthPayload;
let sessionId: string;
beforeAll(async () => {
  kaira = await startKaira();
  session = await signIn(kaira, USERS.coach);
  sessionId = decodeJwt(session.accessToken).sid as string;
});
afterAll(() => kaira.close());

const ME = '{ me { user { id } } }';

function withAuthorization(authorization: string): Promise<GraphQLResult> {
  return kaira.gql(ME, {}, { headers: { authorization } });
}

function expectRefused(result: GraphQLResult<unknown>, reason: string | undefined): void {
  expect(result.data).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect({ code: codeOf(result), reason: reasonOf(result) }).toEqual({ code: 'UNAUTHENTICATED', reason });
}

/** Replaces one character in the middle of a base64url segment with a different one. */
function flipChar(segment: string): string {
  const i = Math.floor(segment.length / 2);
  return segment.slice(0, i) + (segment[i] === 'A' ? 'B' : 'A') + segment.slice(i + 1);
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

test('the genuine token works', async () => {
  const result = await me(kaira, { token: session.accessToken });
  expect(result.errors).toBeUndefined();
  expect(result.data!.me.user.id).toBe(session.user.id);
});

test('no token on me is UNAUTHENTICATED', async () => {
  const result = await kaira.gql(ME);
  expectRefused(result, undefined);
  expect(result.errors![0]!.message).toBe('sign in first');
});

test('an Authorization header that is not a Bearer token counts as no token', async () => {
  expectRefused(await withAuthorization(`Basic ${Buffer.from('coach:kaira-demo-2026').toString('base64')}`), undefined);
  expectRefused(await withAuthorization(session.accessToken), undefined);
  expectRefused(await withAuthorization('Bearer'), undefined);
});

test('Bearer garbage is TOKEN_INVALID', async () => {
  expectRefused(await withAuthorization('Bearer garbage'), 'TOKEN_INVALID');
  expectRefused(await withAuthorization('Bearer a.b.c'), 'TOKEN_INVALID');
});

test('a token with a changed signature is TOKEN_INVALID', async () => {
  const [header, payload, signature] = session.accessToken.split('.') as [string, string, string];
  const tampered = `${header}.${payload}.${flipChar(signature)}`;
  expect(tampered).not.toBe(session.accessToken);
  const result = await me(kaira, { token: tampered });
  expectRefused(result, 'TOKEN_INVALID');
  expect(result.errors![0]!.message).toBe('invalid access token');
  // The token is not echoed back.
  expect(JSON.stringify(result.errors)).not.toContain(signature);
});

test('a token with a changed payload is TOKEN_INVALID', async () => {
  const [header, payload, signature] = session.accessToken.split('.') as [string, string, string];
  const claims = decodeJwt(session.accessToken);
  // Another user's id under the coach's signature; a later expiry under the same signature.
  const officeId = (await signIn(kaira, USERS.office)).user.id;
  for (const changed of [
    { ...claims, sub: officeId },
    { ...claims, exp: (claims.exp ?? 0) + 86_400 },
  ]) {
    expect(base64url(changed)).not.toBe(payload);
    expectRefused(await me(kaira, { token: `${header}.${base64url(changed)}.${signature}` }), 'TOKEN_INVALID');
  }
});

test('an unsigned token (alg none) is TOKEN_INVALID', async () => {
  const [, payload] = session.accessToken.split('.') as [string, string];
  const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`;
  expectRefused(await me(kaira, { token: unsigned }), 'TOKEN_INVALID');
});

test('an expired token is TOKEN_EXPIRED', async () => {
  const { token } = await signAccessToken(kaira.config.keys.tokenSecret, { userId: session.user.id, sessionId }, -10);
  const result = await me(kaira, { token });
  expectRefused(result, 'TOKEN_EXPIRED');
  expect(result.errors![0]!.message).toBe('the access token has expired');
});

test('a token signed with another secret is TOKEN_INVALID', async () => {
  const { token } = await signAccessToken(Buffer.alloc(32, 9), { userId: session.user.id, sessionId }, 600);
  expectRefused(await me(kaira, { token }), 'TOKEN_INVALID');
  // Even when it has also expired: a bad signature is not reported as expiry.
  const expired = await signAccessToken(Buffer.alloc(32, 9), { userId: session.user.id, sessionId }, -10);
  expectRefused(await me(kaira, { token: expired.token }), 'TOKEN_INVALID');
});

test('a token signed with the right secret but for another issuer or audience, or without a session, is TOKEN_INVALID', async () => {
  const secret = kaira.config.keys.tokenSecret;
  const now = Math.floor(Date.now() / 1000);
  const sign = (claims: Record<string, unknown>, issuer: string, audience: string): Promise<string> =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(session.user.id)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(secret);
  // The control: the same construction with Kaira's issuer and audience is accepted.
  expect((await me(kaira, { token: await sign({ sid: sessionId }, 'kaira', 'kaira-api') })).errors).toBeUndefined();
  expectRefused(
    await me(kaira, { token: await sign({ sid: sessionId }, 'someone-else', 'kaira-api') }),
    'TOKEN_INVALID',
  );
  expectRefused(await me(kaira, { token: await sign({ sid: sessionId }, 'kaira', 'other-api') }), 'TOKEN_INVALID');
  expectRefused(await me(kaira, { token: await sign({}, 'kaira', 'kaira-api') }), 'TOKEN_INVALID');
  // Another algorithm with the same secret is not accepted either.
  const hs512 = await new SignJWT({ sid: sessionId })
    .setProtectedHeader({ alg: 'HS512' })
    .setSubject(session.user.id)
    .setIssuer('kaira')
    .setAudience('kaira-api')
    .setExpirationTime(now + 600)
    .sign(secret);
  expectRefused(await me(kaira, { token: hs512 }), 'TOKEN_INVALID');
});

test('a well-signed token naming no live session of its user is SESSION_ENDED', async () => {
  const secret = kaira.config.keys.tokenSecret;
  // A session that does not exist.
  const unknown = await signAccessToken(secret, { userId: session.user.id, sessionId: randomUUID() }, 600);
  expectRefused(await me(kaira, { token: unknown.token }), 'SESSION_ENDED');
  // The coach's live session, claimed for another user.
  const officeId = (await signIn(kaira, USERS.office)).user.id;
  const borrowed = await signAccessToken(secret, { userId: officeId, sessionId }, 600);
  expectRefused(await me(kaira, { token: borrowed.token }), 'SESSION_ENDED');
});
