import type { Client as Pg } from 'pg';
import { DecideObjectionDocument, PersonObjectionsDocument, RecordObjectionDocument } from '../generated/graphql';
import { tenantId } from '../guidance/guidance.support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { pendingObjection, unrestrictedPerson } from './rights-fixtures';
import { hasMarketingObjection, isProcessingObjected } from '../../src/modules/objection';
import { TenantTransaction } from '../../src/db/tenant-transaction';
import { recordMarketingOptOut } from '../../src/modules/objection/objection.service';

// GDPR 21, 22: an objection to direct marketing is upheld the moment it is recorded and read as such by the
// marketing helper; an objection to processing or profiling waits for the controller, whose rejection
// states the grounds and the right to complain.

let kaira: Kaira;
let owner: Pg;
const as = async (user: keyof typeof USERS, tenant: string) => ({ token: await kaira.tokenFor(USERS[user]), tenant });

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const read = <T>(
  slug: string,
  work: (em: Parameters<Parameters<typeof TenantTransaction.within>[2]>[0]) => Promise<T>,
) => TenantTransaction.within(kaira.orm, { tenantId: tenantId(kaira, slug), userId: null }, work);

test('an objection to direct marketing is upheld at once, and a repeat returns the first', async () => {
  const tid = tenantId(kaira, 'eduro-training');
  const personId = await unrestrictedPerson(owner, tid);
  expect(await read('eduro-training', (em) => hasMarketingObjection(em, tid, personId))).toBe(false);
  const first = await kaira.gql(
    RecordObjectionDocument,
    { input: { personId, kind: 'DIRECT_MARKETING' } },
    await as('office', 'eduro-training'),
  );
  expect(first.errors).toBeUndefined();
  expect(first.data?.recordObjection).toMatchObject({
    kind: 'DIRECT_MARKETING',
    channel: 'STAFF',
    status: 'UPHELD',
    decidedAt: expect.any(String),
  });
  expect(await read('eduro-training', (em) => hasMarketingObjection(em, tid, personId))).toBe(true);
  const again = await kaira.gql(
    RecordObjectionDocument,
    { input: { personId, kind: 'DIRECT_MARKETING' } },
    await as('eduroDpo', 'eduro-training'),
  );
  expect(again.data?.recordObjection.id).toBe(first.data?.recordObjection.id);
  const decide = await kaira.gql(
    DecideObjectionDocument,
    {
      input: { objectionId: first.data!.recordObjection.id, upheld: false, reason: 'we would like to keep marketing' },
    },
    await as('eduroDpo', 'eduro-training'),
  );
  expect(codeOf(decide)).toBe('BAD_USER_INPUT');
});

test('an objection to processing is pending until the controller rejects it with grounds and the right to complain', async () => {
  const slug = 'rovaniemi-guidance';
  const tid = tenantId(kaira, slug);
  const personId = await unrestrictedPerson(owner, tid);
  const missing = await kaira.gql(
    RecordObjectionDocument,
    { input: { personId, kind: 'PROCESSING' } },
    await as('coach', slug),
  );
  expect(codeOf(missing)).toBe('BAD_USER_INPUT');
  const recorded = await kaira.gql(
    RecordObjectionDocument,
    { input: { personId, kind: 'PROCESSING', grounds: 'my situation has changed' } },
    await as('office', slug),
  );
  expect(recorded.data?.recordObjection).toMatchObject({ status: 'PENDING', decidedAt: null });
  expect(await read(slug, (em) => isProcessingObjected(em, tid, personId))).toBe(true);
  const objectionId = recorded.data!.recordObjection.id;
  const short = await kaira.gql(
    DecideObjectionDocument,
    { input: { objectionId, upheld: false, reason: 'no' } },
    await as('cityOfficer', slug),
  );
  expect(codeOf(short)).toBe('BAD_USER_INPUT');
  const rejected = await kaira.gql(
    DecideObjectionDocument,
    {
      input: {
        objectionId,
        upheld: false,
        reason: 'The statutory reporting duty to the purchaser (Act 916/2012) overrides the interest stated.',
      },
    },
    await as('cityOfficer', slug),
  );
  expect(rejected.errors).toBeUndefined();
  expect(rejected.data?.decideObjection.status).toBe('REJECTED');
  expect(rejected.data?.decideObjection.decisionReason).toMatch(/Act 916\/2012[\s\S]*Data Protection Ombudsman/);
  expect(await read(slug, (em) => isProcessingObjected(em, tid, personId))).toBe(false);
  const twice = await kaira.gql(
    DecideObjectionDocument,
    { input: { objectionId, upheld: true, reason: 'changed our mind' } },
    await as('cityDpo', slug),
  );
  expect(codeOf(twice)).toBe('CONFLICT');
});

test('an upheld objection to profiling stops it; the list shows every objection', async () => {
  const slug = 'eduro-guidance';
  const tid = tenantId(kaira, slug);
  const personId = await unrestrictedPerson(owner, tid, 1);
  const objectionId = await pendingObjection(owner, tid, personId, 'profiling');
  const upheld = await kaira.gql(
    DecideObjectionDocument,
    { input: { objectionId, upheld: true, reason: 'profiling of this client stops' } },
    await as('eduroDpo', slug),
  );
  expect(upheld.data?.decideObjection.status).toBe('UPHELD');
  expect(await read(slug, (em) => isProcessingObjected(em, tid, personId, 'profiling'))).toBe(true);
  const list = await kaira.gql(PersonObjectionsDocument, { personId }, await as('office', slug));
  expect(list.data?.personObjections).toEqual([{ id: objectionId, kind: 'PROFILING', status: 'UPHELD' }]);
});

test('the unsubscribe link of a marketing email records an upheld objection without a signed-in user', async () => {
  const slug = 'eduro-training';
  const tid = tenantId(kaira, slug);
  const personId = await unrestrictedPerson(owner, tid, 5);
  const objection = await TenantTransaction.within(kaira.orm, { tenantId: tid, userId: null }, (em) =>
    recordMarketingOptOut(em, tid, personId),
  );
  expect(objection).toMatchObject({ kind: 'direct_marketing', channel: 'unsubscribe_link', status: 'upheld' });
  expect(await read(slug, (em) => hasMarketingObjection(em, tid, personId))).toBe(true);
});
