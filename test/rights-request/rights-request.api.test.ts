import type { Client as Pg } from 'pg';
import { todayInFinland } from '../../src/dates';
import { addDays, addMonths } from '../../src/modules/rights-request/due-date';
import {
  CompleteRightsRequestDocument,
  ExtendRightsRequestDocument,
  RectifyPersonDocument,
  RefuseRightsRequestDocument,
  RegisterRightsRequestDocument,
  RightsRequestQueueDocument,
  SetLogReportPeriodDocument,
  VerifyRequesterIdentityDocument,
} from '../generated/graphql';
import { idOf } from '../guidance/guidance.support';
import { inTenant } from '../isolation/sql';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { appendDisclosure, daysAgo, insertCase, outbox, personFor } from './rights.support';

// Rights requests as the controller and Eduro's staff use them: deadlines counted as GDPR counts a month,
// the extension window, the queues, the identity check before anything is handed out, the written refusal
// and rectification with its Art. 19 notices.

let kaira: Kaira;
let owner: Pg;
let tenant: string;
let person: string;
let office: string;
const T = 'rovaniemi-guidance';

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tenant = kaira.registry.bySlug(T)!.id;
  person = await personFor(owner, tenant);
  office = await idOf(owner, USERS.office);
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const as = async (user: keyof typeof USERS) => ({ token: await kaira.tokenFor(USERS[user]), tenant: T });
const register = async (input: Record<string, unknown>) =>
  kaira.gql(
    RegisterRightsRequestDocument,
    { input: { kind: 'ACCESS', channel: 'EMAIL', personId: person, ...input } as never },
    await as('office'),
  );

describe('registering', () => {
  test.each([
    ['2026-01-31', '2026-02-28'],
    ['2024-01-31', '2024-02-29'],
    ['2024-02-29', '2024-03-29'],
    ['2025-03-31', '2025-04-30'],
    ['2025-12-31', '2026-01-31'],
  ])('received %s is due %s', async (receivedOn, dueOn) => {
    const result = await register({ receivedOn });
    expect(result.errors).toBeUndefined();
    expect(result.data?.registerRightsRequest).toMatchObject({
      receivedOn,
      dueOn,
      effectiveDueOn: dueOn,
      status: 'RECEIVED',
      identityCheck: null,
    });
  });

  test('by stated identity when the person is not yet matched; one of the two is required', async () => {
    const stated = await register({
      personId: null,
      statedIdentity: 'Maija Meikäläinen, b. 1980',
      receivedOn: daysAgo(1),
    });
    expect(stated.data?.registerRightsRequest).toMatchObject({
      personId: null,
      statedIdentity: 'Maija Meikäläinen, b. 1980',
    });
    const neither = await register({ personId: null, receivedOn: daysAgo(1) });
    expect(codeOf(neither)).toBe('BAD_USER_INPUT');
    expect(neither.errors?.[0]?.extensions?.field).toBe('statedIdentity');
  });

  test('a future or impossible day of receipt is refused, naming the field', async () => {
    for (const receivedOn of [addDays(todayInFinland(), 1), '2026-02-29', 'yesterday']) {
      const result = await register({ receivedOn });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe('receivedOn');
    }
  });
});

describe('extension (GDPR 12(3))', () => {
  const extend = async (requestId: string, months: number, reason = 'Your request covers ten years of entries.') =>
    kaira.gql(ExtendRightsRequestDocument, { input: { requestId, months, reason } }, await as('cityOfficer'));

  test('within the first month: by up to two months from receipt, and the person is told why', async () => {
    const replyAddress = 'requester@example.com';
    const id = await insertCase(owner, tenant, office, { personId: person, receivedOn: daysAgo(10), replyAddress });
    const result = await extend(id, 2);
    expect(result.errors).toBeUndefined();
    expect(result.data?.extendRightsRequest).toMatchObject({
      extendedDueOn: addMonths(daysAgo(10), 3),
      effectiveDueOn: addMonths(daysAgo(10), 3),
      extensionReason: 'Your request covers ten years of entries.',
    });
    const [message] = await outbox(owner, tenant, 'rights-request-extended');
    expect(message).toMatchObject({ to_address: replyAddress, person_id: person });
    expect(message!.text_body).toContain('Your request covers ten years of entries.');
    expect(message!.text_body).toContain(addMonths(daysAgo(10), 3));
    // Once only.
    expect(codeOf(await extend(id, 1))).toBe('CONFLICT');
  });

  test("without a reply address the person's own email is used; with neither, nothing is queued", async () => {
    const withEmail = await insertCase(owner, tenant, office, { personId: person });
    const before = (await outbox(owner, tenant, 'rights-request-extended')).length;
    expect((await extend(withEmail, 1)).errors).toBeUndefined();
    const { rows } = await inTenant(owner, tenant, () =>
      owner.query('select email from person where id = $1', [person]),
    );
    const [message] = await outbox(owner, tenant, 'rights-request-extended');
    expect(message!.to_address).toBe(rows[0].email);
    const unmatched = await insertCase(owner, tenant, office, { personId: null, statedIdentity: 'Someone Unmatched' });
    expect((await extend(unmatched, 1)).errors).toBeUndefined();
    expect(await outbox(owner, tenant, 'rights-request-extended')).toHaveLength(before + 1);
  });

  test('on the last day of the first month it is still allowed', async () => {
    const receivedOn = addMonths(todayInFinland(), -1);
    const id = await insertCase(owner, tenant, office, { personId: person, receivedOn });
    const result = await extend(id, 1);
    expect(result.errors).toBeUndefined();
  });

  test('after the first month it is refused, and nothing changes', async () => {
    const id = await insertCase(owner, tenant, office, { personId: person, receivedOn: daysAgo(40) });
    const result = await extend(id, 1);
    expect(codeOf(result)).toBe('CONFLICT');
    const { rows } = await inTenant(owner, tenant, () =>
      owner.query('select extended_due_on from rights_request where id = $1', [id]),
    );
    expect(rows[0].extended_due_on).toBeNull();
  });

  test('more than two months, or no reason, is refused naming the field', async () => {
    const id = await insertCase(owner, tenant, office, { personId: person });
    const tooLong = await extend(id, 3);
    expect(codeOf(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0]?.extensions?.field).toBe('months');
    const noReason = await extend(id, 1, '  ');
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(noReason.errors?.[0]?.extensions?.field).toBe('reason');
  });
});

test('queues: overdue and due soon by the deadline in force; decided cases leave the queues', async () => {
  const overdue = await insertCase(owner, tenant, office, { personId: person, receivedOn: daysAgo(45) });
  const rescued = await insertCase(owner, tenant, office, {
    personId: person,
    receivedOn: daysAgo(45),
    extendedDueOn: addDays(todayInFinland(), 3),
  });
  const dueSoon = await insertCase(owner, tenant, office, {
    personId: person,
    receivedOn: addDays(addMonths(todayInFinland(), -1), 5),
  });
  const later = await insertCase(owner, tenant, office, { personId: person });
  const decided = await insertCase(owner, tenant, office, { personId: person, receivedOn: daysAgo(45) });
  await kaira.gql(
    RefuseRightsRequestDocument,
    { input: { requestId: decided, reason: 'The request was withdrawn by the person.' } },
    await as('cityDpo'),
  );
  const queue = async (q: 'OVERDUE' | 'DUE_SOON', withinDays?: number) => {
    const result = await kaira.gql(RightsRequestQueueDocument, { queue: q, withinDays }, await as('office'));
    expect(result.errors).toBeUndefined();
    return result.data!.rightsRequestQueue.map((r) => r.id);
  };
  const overdueIds = await queue('OVERDUE');
  expect(overdueIds).toContain(overdue);
  for (const id of [rescued, dueSoon, later, decided]) expect(overdueIds).not.toContain(id);
  const soon = await queue('DUE_SOON', 7);
  expect(soon).toEqual(expect.arrayContaining([rescued, dueSoon]));
  for (const id of [overdue, later, decided]) expect(soon).not.toContain(id);
  // A narrower window leaves the case due in five days out.
  expect(await queue('DUE_SOON', 4)).not.toContain(dueSoon);
  expect(
    codeOf(await kaira.gql(RightsRequestQueueDocument, { queue: 'DUE_SOON', withinDays: 61 }, await as('office'))),
  ).toBe('BAD_USER_INPUT');
});

describe('identity check and decisions', () => {
  test('nothing is completed before the identity check; after it the decision stands', async () => {
    const id = await insertCase(owner, tenant, office, { personId: person, verified: false });
    const early = await kaira.gql(
      CompleteRightsRequestDocument,
      { input: { requestId: id, decision: 'The report was handed over in person.' } },
      await as('cityOfficer'),
    );
    expect(codeOf(early)).toBe('IDENTITY_NOT_VERIFIED');
    const verified = await kaira.gql(
      VerifyRequesterIdentityDocument,
      { input: { requestId: id, method: 'ID_DOCUMENT' } },
      await as('office'),
    );
    expect(verified.data?.verifyRequesterIdentity.identityCheck).toMatchObject({
      method: 'ID_DOCUMENT',
      checkedBy: office,
    });
    const done = await kaira.gql(
      CompleteRightsRequestDocument,
      { input: { requestId: id, decision: 'The report was handed over in person.' } },
      await as('cityOfficer'),
    );
    expect(done.data?.completeRightsRequest).toMatchObject({
      status: 'COMPLETED',
      decision: 'The report was handed over in person.',
      decidedBy: await idOf(owner, USERS.cityOfficer),
    });
    const again = await kaira.gql(
      RefuseRightsRequestDocument,
      { input: { requestId: id, reason: 'Changed our mind about this.' } },
      await as('cityOfficer'),
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  test('an erasure request is not completed by a plain decision: eraseOnRequest completes it', async () => {
    // Regression: completing it here once closed the case and left eraseOnRequest nothing to act on.
    const id = await insertCase(owner, tenant, office, { personId: person, kind: 'erasure', verified: true });
    const result = await kaira.gql(
      CompleteRightsRequestDocument,
      { input: { requestId: id, decision: 'Erased as asked.' } },
      await as('cityOfficer'),
    );
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors![0]!.message).toContain('eraseOnRequest');
    const status = await inTenant(owner, tenant, async () => {
      const { rows } = await owner.query<{ status: string }>('select status from rights_request where id = $1', [id]);
      return rows[0]!.status;
    });
    expect(status).toBe('received');
  });

  test('a refusal is a written decision with the reason and the right to complain and appeal', async () => {
    const id = await insertCase(owner, tenant, office, { personId: person, kind: 'log_report', verified: false });
    const result = await kaira.gql(
      RefuseRightsRequestDocument,
      { input: { requestId: id, reason: 'The requester could not be identified.' } },
      await as('cityDpo'),
    );
    expect(result.errors).toBeUndefined();
    const decision = result.data!.refuseRightsRequest.decision!;
    expect(result.data!.refuseRightsRequest.status).toBe('REFUSED');
    expect(decision).toContain('The requester could not be identified.');
    expect(decision).toContain('tietosuojavaltuutetulle');
    expect(decision).toContain('Data Protection Ombudsman');
  });
});

describe('log report period (Act 703/2023 § 11)', () => {
  const setPeriod = async (requestId: string, from: string, specialReason?: string) =>
    kaira.gql(SetLogReportPeriodDocument, { input: { requestId, from, specialReason } }, await as('cityOfficer'));

  test('within two years no reason is needed; older only with a special reason, which is recorded', async () => {
    const id = await insertCase(owner, tenant, office, { personId: person, kind: 'log_report' });
    const recent = await setPeriod(id, addMonths(todayInFinland(), -23));
    expect(recent.errors).toBeUndefined();
    expect(recent.data?.setLogReportPeriod.logPeriodReason).toBeNull();
    const older = addMonths(todayInFinland(), -36);
    const without = await setPeriod(id, older);
    expect(codeOf(without)).toBe('BAD_USER_INPUT');
    expect(without.errors?.[0]?.extensions?.field).toBe('specialReason');
    const withReason = await setPeriod(id, older, 'Suspected misuse of the data in 2023, reported to the police.');
    expect(withReason.data?.setLogReportPeriod).toMatchObject({
      logPeriodFrom: older,
      logPeriodReason: 'Suspected misuse of the data in 2023, reported to the police.',
    });
  });
});

describe('rectification (GDPR 16, 19)', () => {
  test('the city applies it: the earlier value is kept with the reason, and earlier recipients are told', async () => {
    const client = await personFor(owner, tenant);
    await appendDisclosure(owner, tenant, client, { name: 'Kela (demo)', country: 'FI', email: 'kela@example.com' });
    await appendDisclosure(owner, tenant, client, { name: 'Paper-only recipient', country: 'FI' });
    const before = await inTenant(owner, tenant, () => owner.query('select email from person where id = $1', [client]));
    const id = await insertCase(owner, tenant, office, { personId: client, kind: 'rectification' });
    const result = await kaira.gql(
      RectifyPersonDocument,
      { input: { requestId: id, email: 'corrected@example.com', reason: 'The client showed the correct address.' } },
      await as('cityOfficer'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.rectifyPerson).toMatchObject({ changedFields: ['email'], notifiedRecipients: 1 });
    const { rows } = await inTenant(owner, tenant, () =>
      owner.query(
        'select reason, previous from person_revision where person_id = $1 order by changed_at desc limit 1',
        [client],
      ),
    );
    expect(rows[0].previous).toEqual({ email: before.rows[0].email });
    expect(rows[0].reason).toContain('The client showed the correct address.');
    const [notice] = await outbox(owner, tenant, 'art19-rectification');
    expect(notice).toMatchObject({ to_address: 'kela@example.com', person_id: client });
    expect(notice!.text_body).not.toContain('corrected@example.com');
  });

  test('not before the identity check, and not on another kind of request', async () => {
    const unverified = await insertCase(owner, tenant, office, {
      personId: person,
      kind: 'rectification',
      verified: false,
    });
    const input = { email: 'x@example.com', reason: 'The client asked for it.' };
    const early = await kaira.gql(
      RectifyPersonDocument,
      { input: { requestId: unverified, ...input } },
      await as('cityDpo'),
    );
    expect(codeOf(early)).toBe('IDENTITY_NOT_VERIFIED');
    const access = await insertCase(owner, tenant, office, { personId: person, kind: 'access' });
    const wrong = await kaira.gql(
      RectifyPersonDocument,
      { input: { requestId: access, ...input } },
      await as('cityDpo'),
    );
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
  });
});
