import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';

// Browser-facing hardening (issue 6 item 3): CSRF prevention, CORS from configuration, introspection
// only for staff in production, and the security headers.

const ALLOWED = 'https://portal.rovaniemi.example';
let kaira: Kaira;
let production: Kaira;

beforeAll(async () => {
  kaira = await startKaira({ env: { KAIRA_CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` } });
  production = await startKaira({ env: { NODE_ENV: 'production', KAIRA_PUBLIC_URL: 'https://kaira.eduro.example' } });
});
afterAll(async () => {
  await kaira.close();
  await production.close();
});

const get = (k: Kaira, query: string, headers: Record<string, string> = {}) =>
  fetch(`${k.server.url}?query=${encodeURIComponent(query)}`, { headers });

describe('CSRF prevention', () => {
  test('a GET without a preflight header is refused; with apollo-require-preflight it runs', async () => {
    const refused = await get(kaira, '{ __typename }');
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/Cross-Site Request Forgery/);
    const accepted = await get(kaira, '{ __typename }', { 'apollo-require-preflight': 'true' });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ data: { __typename: 'Query' } });
  });

  test('a form-encoded or text/plain POST (what a cross-site form can send) is refused; JSON runs', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const refused = await fetch(kaira.server.url, {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify({ query: 'mutation { logout }' }),
      });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toMatch(/Cross-Site Request Forgery/);
    }
    expect((await kaira.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(kaira.server.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization, kaira-tenant',
      },
    });

  test('a configured origin is allowed, with the headers Kaira needs and no credentials', async () => {
    const response = await preflight(ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/kaira-tenant/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const actual = await kaira.gql('{ __typename }', {}, { headers: { origin: ALLOWED } });
    expect(actual.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(actual.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  });

  test('any other origin gets no CORS headers (the browser refuses to hand over the answer)', async () => {
    for (const origin of ['https://evil.example', 'https://portal.rovaniemi.example.evil.example', 'null']) {
      const response = await preflight(origin);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    }
    const actual = await kaira.gql('{ __typename }', {}, { headers: { origin: 'https://evil.example' } });
    expect(actual.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('without configuration no origin is allowed', async () => {
    const response = await fetch(production.server.url, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('introspection', () => {
  const SCHEMA = '{ __schema { queryType { name } } }';
  const TYPE = '{ __type(name: "Person") { name } }';

  test('in production: refused anonymously, FORBIDDEN; __typename stays open', async () => {
    for (const query of [
      SCHEMA,
      TYPE,
      `query A { me { user { id } } ...F } fragment F on Query { __schema { queryType { name } } }`,
    ]) {
      const result = await production.gql(query);
      expect(codeOf(result)).toBe('FORBIDDEN');
      expect(result.data ?? null).toBeNull();
    }
    expect((await production.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  test('in production: allowed for signed-in staff, in and outside a tenant', async () => {
    const token = await production.tokenFor(USERS.trainer);
    expect((await production.gql(SCHEMA, {}, { token })).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await production.gql(TYPE, {}, { token, tenant: 'eduro-training' })).data).toEqual({
      __type: { name: 'Person' },
    });
  });

  test('in production: a bad token is UNAUTHENTICATED, not schema', async () => {
    const result = await production.gql(SCHEMA, {}, { token: 'not-a-token' });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  test('outside production: open to everyone (local tools), unless KAIRA_INTROSPECTION=staff', async () => {
    expect((await kaira.gql(SCHEMA)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const strict = await startKaira({ env: { KAIRA_INTROSPECTION: 'staff' } });
    try {
      expect(codeOf(await strict.gql(SCHEMA))).toBe('FORBIDDEN');
    } finally {
      await strict.close();
    }
  });
});

describe('security headers', () => {
  const COMMON = {
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  };

  test('on the API and the health endpoints; no HSTS without TLS; no x-powered-by', async () => {
    for (const response of [
      await fetch(kaira.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
      await fetch(kaira.server.url.replace('/graphql', '/healthz')),
    ]) {
      for (const [name, value] of Object.entries(COMMON)) expect(response.headers.get(name)).toBe(value);
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  test('HSTS when Kaira is reached over TLS (KAIRA_PUBLIC_URL https)', async () => {
    const response = await fetch(production.server.url.replace('/graphql', '/healthz'));
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  test('the survey page keeps its own CSP (inline styles, its own form) and the common headers', async () => {
    const response = await fetch(kaira.server.url.replace('/graphql', '/survey/no-such-token'), {
      headers: { 'x-request-id': 'support-ticket-4711' },
    });
    expect(response.status).toBe(404);
    // One request id for the page as for the API (the client's, when it sends a sane one).
    expect(response.headers.get('x-request-id')).toBe('support-ticket-4711');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    for (const [name, value] of Object.entries(COMMON)) expect(response.headers.get(name)).toBe(value);
  });
});
