import { request } from 'node:http';
import { isPublic } from '../../src/auth/rules';
import { publicOperationPolicies } from '../../src/http/rate-limit';
import { permissions } from '../../src/schema';
import { startServer, type RunningServer } from '../../src/server';
import { createLogger } from '../../src/logger';
import { DEMO_PASSWORD } from '../../src/cli/demo-data';
import { codeOf, startKaira, USERS, type GraphQLResult, type Kaira } from '../support/kaira';

// The shared rate limiter (issue 6 item 3): login per address and per account, every other public
// operation per address, counted in PostgreSQL so that two Kaira processes share one window.

const LIMIT = 3;
let kaira: Kaira;
let second: RunningServer;

beforeAll(async () => {
  kaira = await startKaira({ env: { KAIRA_LOGIN_RATE_LIMIT: String(LIMIT), KAIRA_PUBLIC_RATE_LIMIT: String(LIMIT) } });
  // A second Kaira process on the same database (its own limiter object, the same table).
  second = await startServer({
    config: kaira.config,
    orm: kaira.orm,
    registry: kaira.registry,
    logger: createLogger('silent'),
    port: 0,
  });
});
afterAll(async () => {
  await second.close();
  await kaira.close();
});

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }';

/** POSTs an operation from a chosen loopback address (the limiter keys on the socket's address). */
function from(
  address: string,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResult & { retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query, variables });
    const req = request(
      url,
      { method: 'POST', localAddress: address, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          const parsed = JSON.parse(text) as Pick<GraphQLResult, 'data' | 'errors'>;
          resolve({
            ...parsed,
            status: res.statusCode ?? 0,
            headers: new Headers(),
            retryAfter: res.headers['retry-after'] as string | undefined,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const login = (address: string, email: string, url = kaira.server.url) =>
  from(address, url, LOGIN, { input: { email, password: DEMO_PASSWORD } });

test('every public operation has a rate limit', () => {
  const rules = permissions() as Record<string, Record<string, unknown>>;
  const publicFields = ['Query', 'Mutation'].flatMap((type) =>
    Object.entries(rules[type] ?? {})
      .filter(([, rule]) => containsPublic(rule))
      .map(([field]) => field),
  );
  expect(publicFields.length).toBeGreaterThanOrEqual(5);
  const policies = publicOperationPolicies(kaira.config);
  expect(publicFields.filter((f) => !policies[f]?.length)).toEqual([]);
});

function containsPublic(rule: unknown): boolean {
  if (rule === isPublic) return true;
  const inner = (rule as { rules?: unknown[] } | null)?.rules;
  return Array.isArray(inner) && inner.some(containsPublic);
}

test('sign-ins from one address: the fourth in a minute is RATE_LIMITED (429, Retry-After), across processes', async () => {
  const accounts = [USERS.coach, USERS.trainer, USERS.cityDpo];
  // Alternating between the two processes: they count in one window.
  for (const [i, email] of accounts.entries()) {
    const result = await login('127.0.0.10', email, i % 2 ? second.url : kaira.server.url);
    expect(result.errors).toBeUndefined();
  }
  const limited = await login('127.0.0.10', USERS.referrer, second.url);
  expect(codeOf(limited)).toBe('RATE_LIMITED');
  expect(limited.status).toBe(429);
  expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(limited.errors![0]!.extensions!.retryAfterSeconds).toBe(Number(limited.retryAfter));
  expect(limited.errors![0]!.message).toMatch(/sign-in attempts from this address/);
  // Another address is not affected.
  expect((await login('127.0.0.11', USERS.referrer)).errors).toBeUndefined();
});

test('sign-ins for one account from many addresses: the fourth is RATE_LIMITED, wrong passwords count too', async () => {
  expect((await login('127.0.0.20', USERS.office)).errors).toBeUndefined();
  const wrong = await from('127.0.0.21', kaira.server.url, LOGIN, {
    input: { email: USERS.office.toUpperCase(), password: 'not-the-password' },
  });
  expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
  expect((await login('127.0.0.22', USERS.office)).errors).toBeUndefined();
  const limited = await login('127.0.0.23', ` ${USERS.office} `);
  expect(codeOf(limited)).toBe('RATE_LIMITED');
  expect(limited.errors![0]!.message).toMatch(/for this account/);
});

test('two logins in one operation (aliases) count twice', async () => {
  const twice = `mutation { a: login(input: {email: "${USERS.admin}", password: "x"}) { accessToken }
                            b: login(input: {email: "${USERS.admin}", password: "y"}) { accessToken } }`;
  expect(codeOf(await from('127.0.0.30', kaira.server.url, twice))).toBe('UNAUTHENTICATED');
  const limited = await from('127.0.0.30', kaira.server.url, twice);
  expect(codeOf(limited)).toBe('RATE_LIMITED');
});

test('a login wrapped in an inline fragment or a fragment spread counts like a bare one', async () => {
  // Regression: the limiter once read only the operation's top-level fields, so wrapping login skipped it.
  const inline = `mutation { ... on Mutation { login(input: {email: "${USERS.eduroDpo}", password: "x"}) { accessToken } } }`;
  const spread = `mutation { ...SignIn } fragment SignIn on Mutation {
                    login(input: {email: "${USERS.eduroDpo}", password: "y"}) { accessToken } }`;
  expect(codeOf(await from('127.0.0.35', kaira.server.url, inline))).toBe('UNAUTHENTICATED');
  expect(codeOf(await from('127.0.0.35', kaira.server.url, spread))).toBe('UNAUTHENTICATED');
  expect(codeOf(await from('127.0.0.35', kaira.server.url, inline))).toBe('UNAUTHENTICATED');
  const limited = await from('127.0.0.35', kaira.server.url, spread);
  expect(codeOf(limited)).toBe('RATE_LIMITED');
});

test('the survey link operations are limited per address, and the survey page shares the window', async () => {
  const byToken = '{ surveyByToken(token: "no-such-token") { controllerName } }';
  expect(codeOf(await from('127.0.0.40', kaira.server.url, byToken))).toBe('NOT_FOUND');
  const answer = 'mutation { answerSurvey(input: {token: "no-such-token", answers: []}) { answerCount } }';
  const answered = await from('127.0.0.40', kaira.server.url, answer);
  expect(codeOf(answered)).not.toBe('RATE_LIMITED');
  // The form post of the page counts in the same bucket: the third attempt.
  const page = await postForm('127.0.0.40', kaira.server.url.replace('/graphql', '/survey/no-such-token'));
  expect(page.status).toBe(404);
  const limitedPage = await postForm('127.0.0.40', kaira.server.url.replace('/graphql', '/survey/no-such-token'));
  expect(limitedPage.status).toBe(429);
  expect(limitedPage.retryAfter).toMatch(/^\d+$/);
  expect(codeOf(await from('127.0.0.40', kaira.server.url, byToken))).toBe('RATE_LIMITED');
});

test('a session refresh is limited per address', async () => {
  const refresh = 'mutation { refreshSession(input: {refreshToken: "nope"}) { accessToken } }';
  for (let i = 0; i < LIMIT; i++)
    expect(codeOf(await from('127.0.0.50', kaira.server.url, refresh))).toBe('UNAUTHENTICATED');
  expect(codeOf(await from('127.0.0.50', kaira.server.url, refresh))).toBe('RATE_LIMITED');
});

test('the table holds keyed hashes, not addresses or emails', async () => {
  const rows = await kaira.orm.em
    .fork()
    .execute<Array<{ bucket: string; key: string }>>('select bucket, key from rate_limit_bucket');
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row.key).toMatch(/^[0-9a-f]{64}$/);
  }
  expect(JSON.stringify(rows)).not.toMatch(/127\.0\.0|@/);
});

function postForm(address: string, url: string): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', localAddress: address, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string }));
      },
    );
    req.on('error', reject);
    req.end('q1=x');
  });
}

test('behind a trusted proxy (KAIRA_TRUST_PROXY) each forwarded client has its own window; without one the header is ignored', async () => {
  const proxied = await startKaira({
    env: { KAIRA_LOGIN_RATE_LIMIT: String(LIMIT), KAIRA_TRUST_PROXY: 'loopback' },
  });
  try {
    const via = (client: string, email: string) =>
      proxied.gql(LOGIN, { input: { email, password: DEMO_PASSWORD } }, { headers: { 'x-forwarded-for': client } });
    for (const email of [USERS.coach, USERS.trainer, USERS.cityDpo]) {
      expect((await via('203.0.113.1', email)).errors).toBeUndefined();
    }
    expect(codeOf(await via('203.0.113.1', USERS.referrer))).toBe('RATE_LIMITED');
    expect((await via('203.0.113.2', USERS.referrer)).errors).toBeUndefined();
  } finally {
    await proxied.close();
  }
  // Not trusted (the default): the header is the client's word and opens no new window.
  for (const email of [USERS.coach, USERS.trainer, USERS.cityDpo]) {
    expect((await login('127.0.0.60', email)).errors).toBeUndefined();
  }
  const spoofed = await from(
    '127.0.0.60',
    kaira.server.url,
    LOGIN,
    { input: { email: USERS.referrer, password: DEMO_PASSWORD } },
    { 'x-forwarded-for': '203.0.113.3' },
  );
  expect(codeOf(spoofed)).toBe('RATE_LIMITED');
});
