import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';

// GET /metrics (issue 6 item 5): requests and latency per operation and outcome, errors by code, the
// database pool and the process defaults; readable from loopback, or with the configured bearer token,
// and in production only with the token.

const TOKEN = 'metrics-token-for-the-tests-0123456789';
let kaira: Kaira;

beforeAll(async () => {
  kaira = await startKaira();
});
afterAll(() => kaira.close());

const metricsUrl = (k: Kaira) => k.server.url.replace('/graphql', '/metrics');

test('after some requests: counts per operation and outcome, latency, errors by code, the pool, the process', async () => {
  const token = await kaira.tokenFor(USERS.office);
  for (let i = 0; i < 2; i++) {
    const ok = await kaira.gql(
      'query People { people(first: 5) { nodes { id } } }',
      {},
      { token, tenant: 'eduro-training' },
    );
    expect(ok.errors).toBeUndefined();
  }
  const refused = await kaira.gql(
    'query People { people(first: 5) { nodes { id } } }',
    {},
    { tenant: 'eduro-training' },
  );
  expect(codeOf(refused)).toBe('UNAUTHENTICATED');
  expect(codeOf(await kaira.gql('{ nope }'))).toBe('GRAPHQL_VALIDATION_FAILED');

  const response = await fetch(metricsUrl(kaira));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  expect(text).toContain('kaira_graphql_requests_total{operation="People",type="query",outcome="ok"} 2');
  expect(text).toContain('kaira_graphql_requests_total{operation="People",type="query",outcome="error"} 1');
  // The demo login of tokenFor is counted under its operation name too.
  expect(text).toMatch(/kaira_graphql_requests_total\{operation="Login",type="mutation",outcome="ok"\} 1/);
  expect(text).toContain('kaira_graphql_request_duration_seconds_count{operation="People",outcome="ok"} 2');
  expect(text).toContain('kaira_graphql_errors_total{code="UNAUTHENTICATED"} 1');
  expect(text).toContain('kaira_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED"} 1');
  expect(text).toMatch(/kaira_db_pool_connections\{state="used"\} \d+/);
  expect(text).toMatch(/kaira_db_pool_connections\{state="free"\} \d+/);
  expect(text).toMatch(/kaira_db_pool_connections\{state="pending"\} \d+/);
  expect(text).toMatch(/kaira_process_cpu_user_seconds_total \d/);
  expect(text).toMatch(/kaira_nodejs_eventloop_lag_seconds \d/);
});

test('operation names chosen by clients cannot grow the registry without bound', async () => {
  for (let i = 0; i < 205; i++) await kaira.gql(`query Name${i} { __typename }`);
  await kaira.gql('query Q { __typename }');
  const text = await (await fetch(metricsUrl(kaira))).text();
  expect(text).toContain('operation="Name0"');
  expect(text).not.toContain('operation="Name204"');
  expect(text).toMatch(/kaira_graphql_requests_total\{operation="other",type="query",outcome="ok"\} \d+/);
});

test('with KAIRA_METRICS_TOKEN: only the bearer of the token reads them', async () => {
  const guarded = await startKaira({ env: { KAIRA_METRICS_TOKEN: TOKEN } });
  try {
    expect((await fetch(metricsUrl(guarded))).status).toBe(401);
    const wrong = await fetch(metricsUrl(guarded), { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const right = await fetch(metricsUrl(guarded), { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('kaira_graphql_requests_total');
  } finally {
    await guarded.close();
  }
});

test('in production without a token nobody reads them, not even loopback (a local proxy would look local)', async () => {
  const production = await startKaira({ env: { NODE_ENV: 'production' } });
  try {
    const response = await fetch(metricsUrl(production));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('kaira_');
  } finally {
    await production.close();
  }
});

test('behind a trusted local proxy a forwarded visitor is not loopback', async () => {
  const proxied = await startKaira({ env: { KAIRA_TRUST_PROXY: 'loopback' } });
  try {
    expect((await fetch(metricsUrl(proxied))).status).toBe(200);
    const visitor = await fetch(metricsUrl(proxied), { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(visitor.status).toBe(403);
  } finally {
    await proxied.close();
  }
});
