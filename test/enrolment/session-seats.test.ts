import type { Client } from 'pg';
import { EnrolDocument, SessionSeatsDocument } from '../generated/graphql';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { form, newSession, tenantIdOf } from './enrolment.support';

// TrainingSession.seatsLeft: capacity less the enrolments held, for the office's sessions screen (issue 7).
// Counts only; whoever may list the sessions reads it, nobody else.

const tenant = 'eduro-training';
let kaira: Kaira;
let owner: Client;

beforeAll(async () => {
  kaira = await startKaira({ env: { KAIRA_ENROL_RATE_LIMIT: '1000' } });
  owner = await connect(kaira.db.ownerUrl);
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const window = { from: day(0), to: day(60) };

async function seats(email: string, sessionId: string): Promise<number | undefined> {
  const result = await kaira.gql(SessionSeatsDocument, window, { token: await kaira.tokenFor(email), tenant });
  expect(result.errors).toBeUndefined();
  return result.data!.trainingSessions.find((s) => s.id === sessionId)?.seatsLeft;
}

test('seats left fall with each enrolment and stop at zero', async () => {
  const session = await newSession(owner, tenantIdOf(kaira, tenant), 2);
  expect(await seats(USERS.office, session)).toBe(2);
  for (const n of [1, 2]) {
    const result = await kaira.gql(EnrolDocument, { input: form(session, n) }, { tenant });
    expect(result.errors).toBeUndefined();
  }
  expect(await seats(USERS.office, session)).toBe(0);
  // The controller's DPO lists sessions too and reads the same count.
  expect(await seats(USERS.eduroDpo, session)).toBe(0);
  // One statement for every session listed: the demo's sessions keep their full capacity.
  const all = await kaira.gql(SessionSeatsDocument, window, { token: await kaira.tokenFor(USERS.office), tenant });
  expect(all.data!.trainingSessions.filter((s) => s.id !== session).every((s) => s.seatsLeft === s.capacity)).toBe(
    true,
  );
});

test('outside those who list sessions, nobody reads the seats', async () => {
  for (const [email, slug] of [
    [USERS.coach, 'eduro-guidance'],
    [USERS.referrer, 'eduro-guidance'],
    [USERS.cityOfficer, 'rovaniemi-guidance'],
    [USERS.admin, tenant],
  ] as const) {
    const result = await kaira.gql(SessionSeatsDocument, window, { token: await kaira.tokenFor(email), tenant: slug });
    expect(codeOf(result)).toBe('FORBIDDEN');
  }
  expect(codeOf(await kaira.gql(SessionSeatsDocument, window, { tenant }))).toBe('UNAUTHENTICATED');
});
