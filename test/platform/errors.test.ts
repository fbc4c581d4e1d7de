import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import { PeopleDocument } from '../generated/graphql';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';

// Anything outside the closed set of errors is masked: no SQL, no stack, no personal data, and a
// request id that finds the logged original.
let kaira: Kaira;
const logLines: string[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  kaira = await startKaira({ logger: createLogger('info', sink) });
});
afterAll(() => kaira.close());

test('a database failure is INTERNAL_SERVER_ERROR with a request id, and the log holds no statement or values', async () => {
  const token = await kaira.tokenFor(USERS.office);
  const owner = await connect(kaira.db.ownerUrl);
  await owner.query('revoke select on person from kaira_app');
  await owner.end();

  const result = await kaira.gql(PeopleDocument, { first: 5, search: 'Aino' }, { token, tenant: 'eduro-training' });
  expect(result.status).toBe(200);
  expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
  const error = result.errors![0]!;
  expect(error.message).toBe('Internal server error');
  expect(error.extensions!.requestId).toEqual(result.headers.get('x-request-id'));
  expect(JSON.stringify(result)).not.toMatch(/select|person|permission|stack/i);

  const logged = logLines.filter((line) => line.includes(String(error.extensions!.requestId)));
  expect(logged.length).toBeGreaterThan(0);
  expect(logged.join('\n')).toContain('42501'); // SQLSTATE insufficient_privilege identifies the failure
  expect(logged.join('\n')).not.toMatch(/Aino|select "p0"/);
});

test('a request id from the client is echoed when it is well-formed, replaced when not', async () => {
  const ok = await kaira.gql('{ __typename }', {}, { headers: { 'x-request-id': 'client-req-12345' } });
  expect(ok.headers.get('x-request-id')).toBe('client-req-12345');
  const bad = await kaira.gql('{ __typename }', {}, { headers: { 'x-request-id': 'no spaces allowed here' } });
  expect(bad.headers.get('x-request-id')).not.toBe('no spaces allowed here');
});

test('syntax and validation errors keep their codes', async () => {
  expect(codeOf(await kaira.gql('{ people { '))).toBe('GRAPHQL_PARSE_FAILED');
  expect(codeOf(await kaira.gql('{ peple }'))).toBe('GRAPHQL_VALIDATION_FAILED');
});

describe('in production', () => {
  let production: Kaira;
  beforeAll(async () => {
    production = await startKaira({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => production.close());

  test('no field suggestions and no introspection', async () => {
    const typo = await production.gql('{ peple }');
    expect(codeOf(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors![0]!.message).not.toMatch(/Did you mean/);
    // Introspection is for signed-in staff only (test/api/security.test.ts covers who may).
    expect(codeOf(await production.gql('{ __schema { types { name } } }'))).toBe('FORBIDDEN');
  });
});

test('health and readiness', async () => {
  const base = kaira.server.url.replace('/graphql', '');
  expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
  const ready = await fetch(`${base}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ ready: true, database: 'reachable', migrations: 'current' });
});
