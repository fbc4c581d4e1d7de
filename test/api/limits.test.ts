import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getIntrospectionQuery, Kind, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { LIMITS, measureOperation, operationLimitsRule } from '../../src/http/limits';
import { buildSchema } from '../../src/schema';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';

// The document limits (issue 6 item 3): every operation the repository holds fits, hostile documents are
// refused with their own code before anything runs, and a normal operation passes.

const REPO = join(__dirname, '..', '..');
const schema = buildSchema();

function operationFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return operationFiles(path);
    return name.endsWith('.graphql') && path !== join(REPO, 'schema', 'schema.graphql') ? [path] : [];
  });
}

// The fragment the client tests use for a client with its service periods (test/client/client.graphql).
const CLIENT_DETAILS = readFileSync(join(REPO, 'test', 'client', 'client.graphql'), 'utf8').match(
  /fragment ClientDetails[^]*?\n}\n/,
)![0];

const files = [...operationFiles(join(REPO, 'test')), ...operationFiles(join(REPO, 'schema'))];

test('the repository has operation documents to check', () => {
  expect(files.length).toBeGreaterThanOrEqual(7);
});

test.each(files.map((f) => [relative(REPO, f), f]))('%s fits every limit', (_name, file) => {
  const document = parse(readFileSync(file, 'utf8'), { maxTokens: LIMITS.tokens });
  expect(validate(schema, document, [...specifiedRules, operationLimitsRule()])).toEqual([]);
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const measured = measureOperation(schema, document, def);
    // Headroom: the largest real operation stays well inside each limit.
    expect(measured.depth).toBeLessThanOrEqual(LIMITS.depth - 4);
    expect(measured.cost).toBeLessThanOrEqual(LIMITS.cost / 2);
    expect(measured.aliases).toBeLessThanOrEqual(LIMITS.aliases / 2);
  }
});

test('the measure counts fragments, pages and lists', () => {
  const document = parse(`
    query Q { people(first: 10) { nodes { ...P } } me { a: user { id } } }
    fragment P on Person { id firstName }`);
  const measured = measureOperation(schema, document, document.definitions[0] as OperationDefinitionNode);
  expect(measured).toEqual({ depth: 3, aliases: 1, cost: 1 + 10 * (1 + 2) + 1 + 1 + 1 });
});

describe('against a live Kaira', () => {
  let kaira: Kaira;
  let token: string;
  beforeAll(async () => {
    kaira = await startKaira();
    token = await kaira.tokenFor(USERS.office);
  });
  afterAll(() => kaira.close());

  test('a normal operation passes', async () => {
    const result = await kaira.gql(
      '{ people(first: 50) { nodes { id firstName lastName } pageInfo { hasNextPage } } }',
      {},
      { token, tenant: 'eduro-training' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
  });

  test('too deep: QUERY_TOO_DEEP, before anything runs; fragments do not hide depth', async () => {
    // The schema has no type cycle; introspection has one (a type's ofType).
    const chain = Array.from({ length: LIMITS.depth }, (_, i) =>
      i === LIMITS.depth - 1
        ? `fragment F${i} on __Type { name }`
        : `fragment F${i} on __Type { ofType { ...F${i + 1} } }`,
    );
    const result = await kaira.gql(`query Deep { __type(name: "Person") { ...F0 } } ${chain.join(' ')}`, {}, { token });
    expect(codeOf(result)).toBe('QUERY_TOO_DEEP');
    expect(result.status).toBe(400);
    expect(result.errors![0]!.message).toMatch(/at most 16/);
    expect(result.errors![0]!.extensions!.requestId).toEqual(expect.any(String));
  });

  test('the standard introspection query fits (tools keep working for staff)', async () => {
    const result = await kaira.gql(getIntrospectionQuery(), {}, { token });
    expect(result.errors).toBeUndefined();
  });

  test('too complex: QUERY_TOO_COMPLEX', async () => {
    const pages = Array.from({ length: 3 }, (_, i) => `c${i}: clients(first: 200) { nodes { ...ClientDetails } }`);
    const result = await kaira.gql(
      `{ ${pages.join(' ')} } ${CLIENT_DETAILS}`,
      {},
      { token: await kaira.tokenFor(USERS.coach), tenant: 'eduro-guidance' },
    );
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    // (Nested introspection lists are refused by Apollo's own introspection-depth rule.)
  });

  test('too many aliases: TOO_MANY_ALIASES', async () => {
    const aliases = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: __typename`);
    const result = await kaira.gql(`{ ${aliases.join(' ')} }`);
    expect(codeOf(result)).toBe('TOO_MANY_ALIASES');
  });

  test('too many tokens: TOO_MANY_TOKENS', async () => {
    const result = await kaira.gql(`{ ${'__typename '.repeat(LIMITS.tokens)} }`);
    expect(codeOf(result)).toBe('TOO_MANY_TOKENS');
    expect(result.status).toBe(400);
  });

  test('an array body (batching) is refused', async () => {
    const response = await fetch(kaira.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0]!.message).toMatch(/batching disabled/);
  });

  test('a body over 100 kB: 413 PAYLOAD_TOO_LARGE as a GraphQL error', async () => {
    const response = await fetch(kaira.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(110_000) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string; requestId: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]!.extensions.requestId).toBe(response.headers.get('x-request-id'));
  });

  test('a body that is not JSON: 400 BAD_REQUEST as a GraphQL error', async () => {
    const response = await fetch(kaira.server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });
});
