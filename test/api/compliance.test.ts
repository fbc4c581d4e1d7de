import { serverAudits, type AuditResult } from 'graphql-http';
import { startKaira, type Kaira } from '../support/kaira';

// The GraphQL-over-HTTP audit suite of graphql-http (issue 6 item 6) against a live Kaira, sent as the
// audit sends it (no CSRF preflight header). Every MUST passes. The SHOULD and MAY audits Kaira does not
// meet are listed here with the reason, so a change in either direction fails this test.

const KNOWN_SHOULD_FAILURES: Record<string, string> = {
  // Apollo Server 5 answers a request error with 400 whatever the client accepts; the spec recommends
  // 200 for the legacy application/json. Kaira keeps 400: the limits (QUERY_TOO_DEEP …) and bad
  // documents are client errors, and 200 would hide them from proxies, metrics and retry logic.
  'SHOULD use 200 status code on document parsing failure when accepting application/json':
    'Apollo Server answers 400 to a document that does not parse',
  'SHOULD use 200 status code on document validation failure when accepting application/json':
    'Apollo Server answers 400 to a document that does not validate',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json':
    'Apollo Server answers 400 to variables of the wrong type',
};

const KNOWN_MAY_NOTICES: Record<string, string> = {
  // CSRF prevention: a GET without a JSON content type or apollo-require-preflight header is what a
  // cross-site <img> or link can send, so Kaira refuses it (400). With the header these pass.
  'MAY accept application/x-www-form-urlencoded formatted GET requests': 'CSRF prevention refuses a bare GET',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json':
    'CSRF prevention refuses a bare GET',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json':
    'CSRF prevention refuses a bare GET',
};

let kaira: Kaira;
let results: Array<{ name: string; result: AuditResult }>;

beforeAll(async () => {
  kaira = await startKaira();
  results = [];
  for (const audit of serverAudits({ url: kaira.server.url })) {
    results.push({ name: audit.name, result: await audit.fn() });
  }
});
afterAll(() => kaira.close());

const failing = (prefix: string) =>
  results.filter((r) => r.name.startsWith(prefix) && r.result.status !== 'ok').map((r) => r.name);

test('the audit ran in full', () => {
  // graphql-http 1.23.1: 13 MUST, 23 SHOULD, 25 MAY.
  const count = (prefix: string) => results.filter((r) => r.name.startsWith(prefix)).length;
  expect([count('MUST'), count('SHOULD'), count('MAY')]).toEqual([13, 23, 25]);
});

test('every MUST passes', () => {
  const failures = results
    .filter((r) => r.name.startsWith('MUST') && r.result.status !== 'ok')
    .map((r) => `${r.name}: ${'reason' in r.result ? r.result.reason : ''}`);
  expect(failures).toEqual([]);
});

test('the SHOULD audits that fail are exactly the known ones', () => {
  expect(failing('SHOULD').sort()).toEqual(Object.keys(KNOWN_SHOULD_FAILURES).sort());
});

test('the MAY audits not met are exactly the known ones', () => {
  expect(failing('MAY').sort()).toEqual(Object.keys(KNOWN_MAY_NOTICES).sort());
});

test('with the preflight header a client may use GET for queries', async () => {
  const response = await fetch(`${kaira.server.url}?query=${encodeURIComponent('{ __typename }')}`, {
    headers: { 'apollo-require-preflight': 'true', accept: 'application/graphql-response+json' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
});
