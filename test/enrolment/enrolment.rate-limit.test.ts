import type { Client } from 'pg';
import { EnrolDocument } from '../generated/graphql';
import { connect } from '../support/database';
import { codeOf, startKaira, type Kaira } from '../support/kaira';
import { form, newSession, tenantIdOf, writtenRows } from './enrolment.support';

// The public form's per-address limit (issue 3 item 3): the shared limiter (src/http/rate-limit.ts, in
// PostgreSQL), a one-minute window per client address as the HTTP server saw it. Every attempt counts, valid or not (probing costs the same).

let kaira: Kaira;
let owner: Client;

beforeAll(async () => {
  kaira = await startKaira({ env: { KAIRA_ENROL_RATE_LIMIT: '3' } });
  owner = await connect(kaira.db.ownerUrl);
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

test('the fourth submission in a minute from one address is RATE_LIMITED with retryAfterSeconds; nothing written', async () => {
  const tid = tenantIdOf(kaira, 'eduro-training');
  const session = await newSession(owner, tid, 10);
  const enrol = (n: number, patch = {}) =>
    kaira.gql(EnrolDocument, { input: form(session, n, patch) }, { tenant: 'eduro-training' });
  expect((await enrol(1)).errors).toBeUndefined();
  expect(codeOf(await enrol(2, { firstName: '' }))).toBe('BAD_USER_INPUT');
  expect((await enrol(3)).errors).toBeUndefined();
  const before = await writtenRows(owner, tid);
  // A spoofed X-Forwarded-For does not open a new window ('trust proxy' is off).
  const limited = await kaira.gql(
    EnrolDocument,
    { input: form(session, 4) },
    { tenant: 'eduro-training', headers: { 'x-forwarded-for': '203.0.113.9' } },
  );
  expect(codeOf(limited)).toBe('RATE_LIMITED');
  const retry = limited.errors![0]!.extensions!.retryAfterSeconds as number;
  expect(retry).toBeGreaterThanOrEqual(1);
  expect(retry).toBeLessThanOrEqual(60);
  expect(await writtenRows(owner, tid)).toEqual(before);
});
