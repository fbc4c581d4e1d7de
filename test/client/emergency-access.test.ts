import type { Client as Pg } from 'pg';
import {
  ClientDocument,
  EmergencyAccessReviewQueueDocument,
  OpenEmergencyAccessDocument,
  ReviewEmergencyAccessDocument,
} from '../generated/graphql';
import { createClient } from '../guidance/factories';
import { countRows, entriesFor, idOf, tenantId } from '../guidance/guidance.support';
import { inTenant, sqlError } from '../isolation/sql';
import { asOwnerIn, lastSeq } from '../logs/log-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';

// The emergency route (DOMAIN.md §2.2, issue 4 item 2): a coach without a client relationship is refused,
// opens the client with a stated reason for four hours, the opening is use-logged with basis EMERGENCY and
// the reason, and waits for review by the controller's DPO (in rovaniemi-guidance the city's, not Eduro's).

let kaira: Kaira;
let owner: Pg;
let app: Pg;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  app = await connect(kaira.db.appUrl);
});
afterAll(async () => {
  await app.end();
  await owner.end();
  await kaira.close();
});

const as = async (user: keyof typeof USERS, slug: string) => ({
  token: await kaira.tokenFor(USERS[user]),
  tenant: slug,
});
const REASON = 'the client phoned in crisis while their own coach is on sick leave';
const open = async (personId: string, slug: string, reason = REASON) =>
  kaira.gql(OpenEmergencyAccessDocument, { input: { personId, reason } }, await as('coach', slug));
const queue = async (user: keyof typeof USERS, slug: string) =>
  kaira.gql(EmergencyAccessReviewQueueDocument, { first: 200 }, await as(user, slug));

describe.each([
  ['eduro-guidance', 'eduroDpo'],
  ['rovaniemi-guidance', 'cityDpo'],
] as const)('in %s', (slug, dpo) => {
  test('a coach without assignment is refused, opens through emergency access, and it is logged and queued', async () => {
    const tid = tenantId(kaira, slug);
    const personId = await createClient(kaira, { tenant: slug });
    const seq = await lastSeq(owner, tid);
    expect(codeOf(await kaira.gql(ClientDocument, { id: personId }, await as('coach', slug)))).toBe('FORBIDDEN');

    // Too short a reason: refused, naming the field; nothing opened, nothing logged.
    const short = await open(personId, slug, 'urgent');
    expect(codeOf(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0]!.extensions!.field).toBe('reason');
    expect(await countRows(owner, tid, 'emergency_access', 'person_id = $1', [personId])).toBe(0);

    const before = Date.now();
    const opened = await open(personId, slug);
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openEmergencyAccess.id).toBe(personId);
    expect(codeOf(await open(personId, slug))).toBe('CONFLICT'); // one open access at a time
    const read = await kaira.gql(ClientDocument, { id: personId }, await as('coach', slug));
    expect(read.errors).toBeUndefined();

    const entries = await entriesFor(owner, tid, personId, seq);
    expect(entries).toEqual([
      expect.objectContaining({ operation: 'openEmergencyAccess', basis: 'EMERGENCY', reason: REASON }),
      expect.objectContaining({ operation: 'client', basis: 'EMERGENCY', reason: REASON }),
    ]);
    expect(entries[0]!.actor.userId).toBe(await idOf(owner, USERS.coach));

    // Queued for the controller's DPO: who, which client, why, when; four hours.
    const seqBeforeQueue = await lastSeq(owner, tid);
    const listed = await queue(dpo, slug);
    expect(listed.errors).toBeUndefined();
    const item = listed.data!.emergencyAccessReviewQueue.find((e) => e.personId === personId)!;
    expect(item).toMatchObject({
      openedByUserId: await idOf(owner, USERS.coach),
      openedByName: 'Valma Valmentaja',
      clientFirstName: 'Asiakas',
      reason: REASON,
      reviewedAt: null,
    });
    const hours = (Date.parse(item.expiresAt) - Date.parse(item.openedAt)) / 3_600_000;
    expect(hours).toBe(4);
    expect(Date.parse(item.openedAt)).toBeGreaterThanOrEqual(before - 1000);
    // Reading the queue is itself logged, as oversight.
    expect(await entriesFor(owner, tid, personId, seqBeforeQueue)).toEqual([
      expect.objectContaining({ operation: 'emergencyAccessReviewQueue', basis: 'CONTROLLER_OVERSIGHT' }),
    ]);

    // Reviewed by the controller's DPO: out of the queue, and reviewed once.
    const review = async (note: string) =>
      kaira.gql(ReviewEmergencyAccessDocument, { input: { id: item.id, note } }, await as(dpo, slug));
    expect((await review(' ')).errors![0]!.extensions!.field).toBe('note');
    const reviewed = await review('checked with the coach: the access was justified');
    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data!.reviewEmergencyAccess).toMatchObject({
      reviewedByUserId: await idOf(owner, USERS[dpo]),
      reviewNote: 'checked with the coach: the access was justified',
    });
    expect((await queue(dpo, slug)).data!.emergencyAccessReviewQueue.map((e) => e.id)).not.toContain(item.id);
    expect(codeOf(await review('again'))).toBe('CONFLICT');
  });

  test('an expired emergency access is refused again, and a new one can be opened', async () => {
    const tid = tenantId(kaira, slug);
    const personId = await createClient(kaira, { tenant: slug });
    expect((await open(personId, slug)).errors).toBeUndefined();
    await asOwnerIn(
      owner,
      tid,
      `update emergency_access set opened_at = now() - interval '5 hours', expires_at = now() - interval '1 hour'
        where person_id = $1`,
      [personId],
    );
    expect(codeOf(await kaira.gql(ClientDocument, { id: personId }, await as('coach', slug)))).toBe('FORBIDDEN');
    expect((await open(personId, slug)).errors).toBeUndefined();
    expect(await countRows(owner, tid, 'emergency_access', 'person_id = $1', [personId])).toBe(2);
  });

  test('a coach with a client relationship opens the client directly, not through the emergency route', async () => {
    const personId = await createClient(kaira, { tenant: slug, coach: USERS.coach });
    expect(codeOf(await open(personId, slug))).toBe('CONFLICT');
    expect(codeOf(await open('00000000-0000-4000-8000-00000000ffff', slug))).toBe('NOT_FOUND');
  });
});

test('the queue is oldest first and shows only its own tenant', async () => {
  const first = await createClient(kaira, { tenant: 'rovaniemi-guidance' });
  const second = await createClient(kaira, { tenant: 'rovaniemi-guidance' });
  const elsewhere = await createClient(kaira, { tenant: 'eduro-guidance' });
  for (const [id, slug] of [
    [first, 'rovaniemi-guidance'],
    [second, 'rovaniemi-guidance'],
    [elsewhere, 'eduro-guidance'],
  ] as const) {
    expect((await open(id, slug)).errors).toBeUndefined();
  }
  const items = (await queue('cityDpo', 'rovaniemi-guidance')).data!.emergencyAccessReviewQueue;
  const ids = items.map((e) => e.personId);
  expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
  expect(ids).not.toContain(elsewhere);
  const times = items.map((e) => Date.parse(e.openedAt));
  expect([...times].sort((a, b) => a - b)).toEqual(times);
  // Eduro is only the processor of the city's register: its DPO neither sees nor reviews the queue.
  expect(codeOf(await queue('eduroDpo', 'rovaniemi-guidance'))).toBe('FORBIDDEN');
});

test('the app role can record a review but cannot rewrite who opened which client, why or until when', async () => {
  const tid = tenantId(kaira, 'eduro-guidance');
  const personId = await createClient(kaira, {});
  expect((await open(personId, 'eduro-guidance')).errors).toBeUndefined();
  for (const change of [
    "expires_at = now() + interval '1 day'",
    "reason = 'something else entirely'",
    'user_id = user_id',
  ]) {
    const failure = await inTenant(app, tid, () =>
      sqlError(app.query(`update emergency_access set ${change} where person_id = $1`, [personId])),
    );
    expect(failure.code).toBe('42501'); // insufficient privilege
  }
  // A review is complete or absent.
  const partial = await inTenant(app, tid, () =>
    sqlError(app.query('update emergency_access set reviewed_at = now() where person_id = $1', [personId])),
  );
  expect(partial.constraint).toBe('emergency_access_review_check');
});
