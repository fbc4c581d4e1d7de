import type { Client } from 'pg';
import {
  AddEntryDocument,
  ClientEntriesDocument,
  CorrectEntryDocument,
  ReleasedStatementsDocument,
  ReleaseStatementDocument,
  WithdrawConsentDocument,
} from '../generated/graphql';
import { createClient, TE_OFFICE } from '../guidance/factories';
import { countRows, entriesFor, idOf, openEmergencyAccess, tenantId } from '../guidance/guidance.support';
import { lastSeq } from '../logs/log-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type GraphQLResult, type Kaira } from '../support/kaira';

// Entries (issue 4 item 5, DOMAIN.md §2.2): written by a coach with a client relationship, each with a
// category; consent-gated categories need active consent; never edited in place (a correction is a new
// version with a reason; the earlier content stays readable to those entitled); office never receives
// coaching content; every read is use-logged with its basis.

const tenant = 'eduro-guidance';
let kaira: Kaira;
let owner: Client;
let tid: string;
let coachId: string;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tid = tenantId(kaira, tenant);
  coachId = await idOf(owner, USERS.coach);
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

const as = async (user: keyof typeof USERS, slug: string = tenant) => ({
  token: await kaira.tokenFor(USERS[user]),
  tenant: slug,
});

type Kind = 'ASSESSMENT' | 'COACHING' | 'STATEMENT' | 'OBSERVATION';
async function add(personId: string, kind: Kind, category: string, content: string, slug = tenant) {
  return kaira.gql(AddEntryDocument, { input: { personId, kind, category, content } }, await as('coach', slug));
}
const entriesOf = (personId: string) => countRows(owner, tid, 'guidance_entry', 'person_id = $1', [personId]);

test('an entry records its author and time; the timeline shows it', async () => {
  const personId = await createClient(kaira, { coach: USERS.coach });
  const before = Date.now();
  const added = await add(personId, 'ASSESSMENT', 'assessment', 'Work capacity assessed: 4 h a day.');
  expect(added.errors).toBeUndefined();
  const entry = added.data!.addEntry;
  expect(entry).toMatchObject({
    personId,
    kind: 'ASSESSMENT',
    category: 'assessment',
    content: 'Work capacity assessed: 4 h a day.',
    version: 1,
    versionCount: 1,
    correctionReason: null,
    authorId: coachId,
    authorName: 'Valma Valmentaja',
    history: [],
  });
  expect(entry.entryId).toBe(entry.id);
  expect(new Date(entry.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
  const timeline = await kaira.gql(ClientEntriesDocument, { personId }, await as('coach'));
  expect(timeline.data!.clientEntries).toEqual([entry]);
});

describe('consent-gated categories', () => {
  test('without consent: CONSENT_REQUIRED and nothing written; with it: accepted', async () => {
    const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['employment'] } });
    const seq = await lastSeq(owner, tid);
    const refused = await add(personId, 'OBSERVATION', 'rehabilitation', 'Rehabilitation plan discussed.');
    expect(codeOf(refused)).toBe('CONSENT_REQUIRED');
    expect(refused.errors![0]!.extensions!.category).toBe('rehabilitation');
    expect(refused.data).toBeNull();
    expect(await entriesOf(personId)).toBe(0);
    expect(await lastSeq(owner, tid)).toBe(seq); // the rolled-back operation left no use-log entry either
    expect((await add(personId, 'COACHING', 'employment', 'Job search: three applications.')).errors).toBeUndefined();
    expect(await entriesOf(personId)).toBe(1);
  });

  test('after a withdrawal: CONSENT_REQUIRED and nothing written; other categories go on', async () => {
    const personId = await createClient(kaira, {
      coach: USERS.coach,
      consent: { categories: ['employment', 'observation'] },
    });
    expect((await add(personId, 'OBSERVATION', 'observation', 'Observed at the workshop.')).errors).toBeUndefined();
    const withdrawn = await kaira.gql(
      WithdrawConsentDocument,
      { input: { personId, categories: ['observation'], evidence: 'signed withdrawal, ref W-1' } },
      await as('office'),
    );
    expect(withdrawn.errors).toBeUndefined();
    const refused = await add(personId, 'OBSERVATION', 'observation', 'Observed again.');
    expect(codeOf(refused)).toBe('CONSENT_REQUIRED');
    expect(
      await countRows(owner, tid, 'guidance_entry', "person_id = $1 and content = 'Observed again.'", [personId]),
    ).toBe(0);
    expect(await entriesOf(personId)).toBe(1);
    expect((await add(personId, 'COACHING', 'employment', 'Still consented.')).errors).toBeUndefined();
    expect((await add(personId, 'COACHING', 'coaching', 'Needs no consent.')).errors).toBeUndefined();
    expect(await entriesOf(personId)).toBe(3);
  });
});

describe('bad input is BAD_USER_INPUT naming the field, and nothing is written', () => {
  test.each([
    ['personId', 'not an id', { personId: 'x' }],
    ['category', 'empty', { category: '' }],
    ['category', 'a register category that is not entry data', { category: 'personalIdentityCode' }],
    ['category', 'unknown', { category: 'shoeSize' }],
    ['content', 'blank', { content: ' \n ' }],
    ['content', 'too long', { content: 'x'.repeat(10_001) }],
  ])('addEntry: %s (%s)', async (field, _label, change) => {
    const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['employment'] } });
    const seq = await lastSeq(owner, tid);
    const input = { personId, kind: 'COACHING' as const, category: 'coaching', content: 'ok', ...change };
    const result = await kaira.gql(AddEntryDocument, { input }, await as('coach'));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(await entriesOf(personId)).toBe(0);
    expect(await lastSeq(owner, tid)).toBe(seq);
  });

  test('addEntry: an unknown kind is refused by the schema', async () => {
    const personId = await createClient(kaira, { coach: USERS.coach });
    const input = { personId, kind: 'DIARY', category: 'coaching', content: 'ok' };
    expect(codeOf(await kaira.gql(AddEntryDocument, { input } as never, await as('coach')))).toBe('BAD_USER_INPUT');
    expect(await entriesOf(personId)).toBe(0);
  });

  test.each([
    ['entryId', 'not an id', { entryId: 'nope' }],
    ['content', 'blank', { content: '' }],
    ['content', 'unchanged', { content: 'Original.' }],
    ['reason', 'blank', { reason: '  ' }],
    ['reason', 'too long', { reason: 'r'.repeat(501) }],
  ])('correctEntry: %s (%s)', async (field, _label, change) => {
    const personId = await createClient(kaira, { coach: USERS.coach });
    const entryId = (await add(personId, 'COACHING', 'coaching', 'Original.')).data!.addEntry.id;
    const input = { entryId, content: 'Corrected.', reason: 'wrong date', ...change };
    const result = await kaira.gql(CorrectEntryDocument, { input }, await as('coach'));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(await entriesOf(personId)).toBe(1);
  });
});

describe('corrections', () => {
  test('a correction is a new version; the earlier content stays readable with reason, author and time', async () => {
    const personId = await createClient(kaira, { tenant: 'rovaniemi-guidance', coach: USERS.coach });
    const first = (await add(personId, 'COACHING', 'coaching', 'Met on 3.11.', 'rovaniemi-guidance')).data!.addEntry;
    const second = await kaira.gql(
      CorrectEntryDocument,
      { input: { entryId: first.id, content: 'Met on 4.11.', reason: 'wrong date' } },
      await as('coach', 'rovaniemi-guidance'),
    );
    expect(second.errors).toBeUndefined();
    const v2 = second.data!.correctEntry;
    expect(v2).toMatchObject({
      entryId: first.id,
      content: 'Met on 4.11.',
      version: 2,
      versionCount: 2,
      correctionReason: 'wrong date',
      authorName: 'Valma Valmentaja',
    });
    expect(v2.id).not.toBe(first.id);
    expect(v2.history).toEqual([
      {
        id: first.id,
        version: 1,
        content: 'Met on 3.11.',
        correctionReason: null,
        authorId: coachId,
        authorName: 'Valma Valmentaja',
        createdAt: first.createdAt,
      },
    ]);
    const third = await kaira.gql(
      CorrectEntryDocument,
      { input: { entryId: v2.id, content: 'Met on 4.11. at the workshop.', reason: 'place added' } },
      await as('coach', 'rovaniemi-guidance'),
    );
    expect(third.data!.correctEntry.history.map((v) => [v.version, v.content, v.correctionReason])).toEqual([
      [1, 'Met on 3.11.', null],
      [2, 'Met on 4.11.', 'wrong date'],
    ]);
    // Those entitled read the history: the coach and the city's oversight; one timeline entry per entry.
    for (const user of ['coach', 'cityOfficer', 'cityDpo'] as const) {
      const timeline = await kaira.gql(ClientEntriesDocument, { personId }, await as(user, 'rovaniemi-guidance'));
      expect(timeline.errors).toBeUndefined();
      expect(timeline.data!.clientEntries).toEqual([third.data!.correctEntry]);
    }
    // Every version is a row of its own; none was changed.
    const rows = await countRows(owner, tenantId(kaira, 'rovaniemi-guidance'), 'guidance_entry', 'person_id = $1', [
      personId,
    ]);
    expect(rows).toBe(3);
  });

  test('correcting a version that is not the latest is CONFLICT', async () => {
    const personId = await createClient(kaira, { coach: USERS.coach });
    const first = (await add(personId, 'COACHING', 'coaching', 'One.')).data!.addEntry;
    const fix = (content: string) =>
      as('coach').then((o) =>
        kaira.gql(CorrectEntryDocument, { input: { entryId: first.id, content, reason: 'fix' } }, o),
      );
    expect((await fix('Two.')).errors).toBeUndefined();
    expect(codeOf(await fix('Three.'))).toBe('CONFLICT');
    expect(await entriesOf(personId)).toBe(2);
  });

  test('corrections of one version sent together: one wins, the others are CONFLICT', async () => {
    const personId = await createClient(kaira, { coach: USERS.coach });
    const first = (await add(personId, 'COACHING', 'coaching', 'Base.')).data!.addEntry;
    const options = await as('coach');
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        kaira.gql(
          CorrectEntryDocument,
          { input: { entryId: first.id, content: `Fix ${n}.`, reason: 'race' } },
          options,
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(await entriesOf(personId)).toBe(2);
  });

  test('the category’s consent is checked again: a correction after withdrawal is CONSENT_REQUIRED', async () => {
    const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['guidance'] } });
    const first = (await add(personId, 'COACHING', 'guidance', 'Guidance given.')).data!.addEntry;
    await kaira.gql(
      WithdrawConsentDocument,
      { input: { personId, evidence: 'withdrawal form W-2' } },
      await as('coach'),
    );
    const result = await kaira.gql(
      CorrectEntryDocument,
      { input: { entryId: first.id, content: 'Guidance given twice.', reason: 'count' } },
      await as('coach'),
    );
    expect(codeOf(result)).toBe('CONSENT_REQUIRED');
    expect(await entriesOf(personId)).toBe(1);
    // The entry written while consent was active stays readable.
    const timeline = await kaira.gql(ClientEntriesDocument, { personId }, await as('coach'));
    expect(timeline.data!.clientEntries.map((e) => e.content)).toEqual(['Guidance given.']);
  });

  test('an unknown entry is NOT_FOUND', async () => {
    const result = await kaira.gql(
      CorrectEntryDocument,
      { input: { entryId: '00000000-0000-4000-8000-00000000ffff', content: 'x', reason: 'y' } },
      await as('coach'),
    );
    expect(codeOf(result)).toBe('NOT_FOUND');
  });
});

test('the timeline lists the latest version of every entry, newest entry first', async () => {
  const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['employment'] } });
  const a = (await add(personId, 'ASSESSMENT', 'assessment', 'A.')).data!.addEntry;
  const b = (await add(personId, 'COACHING', 'employment', 'B.')).data!.addEntry;
  const a2 = (
    await kaira.gql(CorrectEntryDocument, { input: { entryId: a.id, content: 'A2.', reason: 'r' } }, await as('coach'))
  ).data!.correctEntry;
  const c = (await add(personId, 'STATEMENT', 'statement', 'C.')).data!.addEntry;
  const timeline = (await kaira.gql(ClientEntriesDocument, { personId }, await as('eduroDpo'))).data!.clientEntries;
  expect(timeline.map((e) => [e.id, e.content, e.versionCount])).toEqual([
    [c.id, 'C.', 1],
    [b.id, 'B.', 1],
    [a2.id, 'A2.', 2],
  ]);
});

describe('office and referrer never receive entry content', () => {
  // Every field that carries content: GuidanceEntry.content, .correctionReason, .history.content and
  // .history.correctionReason, ReleasedStatement.content; the documents select all of them.
  const SECRET = 'SECRET-COACHING-CONTENT';
  const REASON = 'SECRET-CORRECTION-REASON';
  let personId: string;
  let latest: string;
  let statement: string;

  beforeAll(async () => {
    personId = await createClient(kaira, {
      coach: USERS.coach,
      referredBy: TE_OFFICE,
      consent: { categories: ['employment'], disclosesToPurchaser: true },
    });
    const first = (await add(personId, 'COACHING', 'employment', `${SECRET} v1`)).data!.addEntry;
    latest = (
      await kaira.gql(
        CorrectEntryDocument,
        { input: { entryId: first.id, content: `${SECRET} v2`, reason: REASON } },
        await as('coach'),
      )
    ).data!.correctEntry.id;
    statement = (await add(personId, 'STATEMENT', 'statement', `${SECRET} statement`)).data!.addEntry.id;
    const released = await kaira.gql(
      ReleaseStatementDocument,
      { input: { entryId: statement, organisationId: await idOf(owner, TE_OFFICE) } },
      await as('coach'),
    );
    expect(released.errors).toBeUndefined();
  });

  const leaks = (result: GraphQLResult<unknown>) =>
    JSON.stringify(result).includes(SECRET) || JSON.stringify(result).includes(REASON);

  test.each(['office', 'referrer'] as const)(
    '%s: every entry operation is FORBIDDEN, without content',
    async (user) => {
      const orgId = await idOf(owner, TE_OFFICE);
      const attempts: Array<Promise<GraphQLResult<unknown>>> = [
        kaira.gql(ClientEntriesDocument, { personId }, await as(user)),
        kaira.gql(
          AddEntryDocument,
          { input: { personId, kind: 'COACHING', category: 'coaching', content: 'x' } },
          await as(user),
        ),
        kaira.gql(CorrectEntryDocument, { input: { entryId: latest, content: 'x', reason: 'y' } }, await as(user)),
        kaira.gql(ReleaseStatementDocument, { input: { entryId: statement, organisationId: orgId } }, await as(user)),
      ];
      for (const result of await Promise.all(attempts)) {
        expect(codeOf(result)).toBe('FORBIDDEN');
        expect(result.data).toBeNull();
        expect(leaks(result)).toBe(false);
      }
    },
  );

  test('office: released statements are FORBIDDEN too; the referrer sees only the released statement', async () => {
    const office = await kaira.gql(ReleasedStatementsDocument, { personId }, await as('office'));
    expect(codeOf(office)).toBe('FORBIDDEN');
    expect(leaks(office)).toBe(false);
    const referrer = await kaira.gql(ReleasedStatementsDocument, { personId }, await as('referrer'));
    expect(referrer.errors).toBeUndefined();
    expect(referrer.data!.releasedStatements.map((s) => s.content)).toEqual([`${SECRET} statement`]);
  });
});

describe('every entry read writes one use-log entry naming the client, with its basis', () => {
  test.each([
    ['coach', 'eduro-guidance', 'CLIENT_RELATIONSHIP'],
    ['eduroDpo', 'eduro-guidance', 'CONTROLLER_OVERSIGHT'],
    ['coach', 'rovaniemi-guidance', 'CLIENT_RELATIONSHIP'],
    ['cityOfficer', 'rovaniemi-guidance', 'CONTROLLER_OVERSIGHT'],
    ['cityDpo', 'rovaniemi-guidance', 'CONTROLLER_OVERSIGHT'],
  ] as const)('%s in %s: %s', async (user, slug, basis) => {
    const personId = await createClient(kaira, {
      tenant: slug,
      coach: USERS.coach,
      consent: { categories: ['guidance'] },
    });
    await add(personId, 'COACHING', 'guidance', 'Guided.', slug);
    await add(personId, 'ASSESSMENT', 'assessment', 'Assessed.', slug);
    const id = tenantId(kaira, slug);
    const seq = await lastSeq(owner, id);
    const result = await kaira.gql(ClientEntriesDocument, { personId }, await as(user, slug));
    expect(result.data!.clientEntries).toHaveLength(2);
    const entries = await entriesFor(owner, id, personId, seq);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      operation: 'clientEntries',
      basis,
      personIds: [personId],
      actor: { userId: await idOf(owner, USERS[user]) },
    });
    expect(entries[0]!.data).toEqual(
      expect.arrayContaining(['content', 'history.content', 'category:assessment', 'category:guidance']),
    );
  });

  test('a coach on emergency access writes and reads on EMERGENCY, with the reason', async () => {
    const personId = await createClient(kaira, {});
    const reason = 'client in crisis, assigned coach away';
    expect(codeOf(await add(personId, 'COACHING', 'coaching', 'Before the emergency access.'))).toBe('FORBIDDEN');
    await openEmergencyAccess(kaira, tenant, coachId, personId, reason);
    const seq = await lastSeq(owner, tid);
    expect((await add(personId, 'COACHING', 'coaching', 'Crisis call.')).errors).toBeUndefined();
    expect((await kaira.gql(ClientEntriesDocument, { personId }, await as('coach'))).errors).toBeUndefined();
    const entries = await entriesFor(owner, tid, personId, seq);
    expect(entries.map((e) => [e.operation, e.basis, e.reason])).toEqual([
      ['addEntry', 'EMERGENCY', reason],
      ['clientEntries', 'EMERGENCY', reason],
    ]);
  });
});
