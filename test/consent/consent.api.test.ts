import type { Client } from 'pg';
import {
  ConsentLedgerDocument,
  ConsentStatusDocument,
  RecordConsentDocument,
  WithdrawConsentDocument,
} from '../generated/graphql';
import { createClient, TE_OFFICE } from '../guidance/factories';
import { countRows, entriesFor, idOf, openEmergencyAccess, tenantId, today } from '../guidance/guidance.support';
import { sqlError } from '../isolation/sql';
import { lastSeq } from '../logs/log-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';

// The written-consent ledger (DOMAIN.md §2.2, issue 4 item 4): recorded with what, when and evidence,
// never edited, withdrawn whole or per category; every read is use-logged with its basis.

const GATED = ['employment', 'rehabilitation', 'everydayLifeSupport', 'guidance', 'observation'];
const tenant = 'eduro-guidance';
let kaira: Kaira;
let owner: Client;
let tid: string;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tid = tenantId(kaira, tenant);
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

const as = async (user: keyof typeof USERS, slug: string = tenant) => ({
  token: await kaira.tokenFor(USERS[user]),
  tenant: slug,
});
const evidence = 'signed consent form, archive ref 2026/117';

test('a recorded consent is in the ledger with who and when, and the categories become available', async () => {
  const personId = await createClient(kaira, { coach: USERS.coach });
  const before = new Date();
  const recorded = await kaira.gql(
    RecordConsentDocument,
    {
      input: {
        personId,
        categories: ['employment', 'guidance'],
        disclosesToPurchaser: true,
        signedOn: today(),
        evidence,
      },
    },
    await as('coach'),
  );
  expect(recorded.errors).toBeUndefined();
  expect(recorded.data!.recordConsent).toMatchObject({
    personId,
    action: 'GIVE',
    categories: ['employment', 'guidance'],
    disclosesToPurchaser: true,
    signedOn: today(),
    evidence,
    recordedById: await idOf(owner, USERS.coach),
    recordedByName: 'Valma Valmentaja',
  });
  // recorded_at is the database's clock at the insert.
  expect(new Date(recorded.data!.recordConsent.recordedAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

  const ledger = await kaira.gql(ConsentLedgerDocument, { personId }, await as('office'));
  expect(ledger.data!.consentLedger.map((r) => r.id)).toEqual([recorded.data!.recordConsent.id]);

  const status = await kaira.gql(ConsentStatusDocument, { personId }, await as('office'));
  expect(status.errors).toBeUndefined();
  const s = status.data!.consentStatus;
  expect(s.activeCategories).toEqual(['employment', 'guidance']);
  expect(s.disclosesToPurchaser).toBe(true);
  expect(s.categories.map((c) => c.category)).toEqual(GATED);
  const employment = s.categories.find((c) => c.category === 'employment')!;
  expect(employment).toMatchObject({ available: true, reason: 'GIVEN' });
  expect(employment.name.fi).toBe('työllistymiseen liittyvä yksilöity tieto');
  expect(employment.since).toBe(recorded.data!.recordConsent.recordedAt);
  expect(s.categories.find((c) => c.category === 'rehabilitation')).toMatchObject({
    available: false,
    reason: 'NEVER_GIVEN',
    since: null,
  });
});

test('a withdrawal per category stops that category only; omitted categories withdraw everything', async () => {
  const personId = await createClient(kaira, {
    coach: USERS.coach,
    consent: { categories: ['employment', 'guidance', 'observation'], disclosesToPurchaser: true },
  });
  const one = await kaira.gql(
    WithdrawConsentDocument,
    { input: { personId, categories: ['guidance'], evidence: 'client phoned, call note 12' } },
    await as('office'),
  );
  expect(one.errors).toBeUndefined();
  expect(one.data!.withdrawConsent).toMatchObject({
    action: 'WITHDRAW',
    categories: ['guidance'],
    disclosesToPurchaser: null,
    signedOn: null,
    recordedByName: 'Tiina Toimisto',
  });
  let status = (await kaira.gql(ConsentStatusDocument, { personId }, await as('coach'))).data!.consentStatus;
  expect(status.activeCategories).toEqual(['employment', 'observation']);
  expect(status.disclosesToPurchaser).toBe(true);
  expect(status.categories.find((c) => c.category === 'guidance')).toMatchObject({
    available: false,
    reason: 'WITHDRAWN',
    since: one.data!.withdrawConsent.recordedAt,
  });

  const all = await kaira.gql(
    WithdrawConsentDocument,
    { input: { personId, evidence: 'signed withdrawal form, archive ref 2026/118' } },
    await as('coach'),
  );
  expect(all.errors).toBeUndefined();
  expect(all.data!.withdrawConsent.categories).toEqual(GATED);
  status = (await kaira.gql(ConsentStatusDocument, { personId }, await as('coach'))).data!.consentStatus;
  expect(status.activeCategories).toEqual([]);
  expect(status.disclosesToPurchaser).toBe(false);
  expect(status.categories.every((c) => !c.available && c.reason === 'WITHDRAWN')).toBe(true);

  // Consent given again after a withdrawal: a new record, the earlier ones stay.
  const again = await kaira.gql(
    RecordConsentDocument,
    { input: { personId, categories: ['guidance'], disclosesToPurchaser: false, signedOn: today(), evidence } },
    await as('coach'),
  );
  expect(again.errors).toBeUndefined();
  const ledger = (await kaira.gql(ConsentLedgerDocument, { personId }, await as('eduroDpo'))).data!.consentLedger;
  expect(ledger.map((r) => [r.action, r.categories])).toEqual([
    ['GIVE', ['employment', 'guidance', 'observation']],
    ['WITHDRAW', ['guidance']],
    ['WITHDRAW', GATED],
    ['GIVE', ['guidance']],
  ]);
  status = (await kaira.gql(ConsentStatusDocument, { personId }, await as('coach'))).data!.consentStatus;
  expect(status.activeCategories).toEqual(['guidance']);
  expect(status.disclosesToPurchaser).toBe(false);
});

describe('bad input is BAD_USER_INPUT naming the field, and nothing is written', () => {
  const future = (): string => new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const valid = (personId: string) => ({
    personId,
    categories: ['employment'],
    disclosesToPurchaser: false,
    signedOn: today(),
    evidence,
  });
  test.each([
    ['personId', 'not an id', { personId: 'not-an-id' }],
    ['categories', 'empty', { categories: [] }],
    ['categories', 'a category that needs no consent', { categories: ['name'] }],
    ['categories', 'unknown', { categories: ['employment', 'shoeSize'] }],
    ['signedOn', 'empty', { signedOn: '' }],
    ['signedOn', 'no such day', { signedOn: '2026-02-30' }],
    ['signedOn', 'not ISO', { signedOn: '1.12.2026' }],
    ['signedOn', 'in the future', { signedOn: 'future' }],
    ['evidence', 'blank', { evidence: '   ' }],
    ['evidence', 'too long', { evidence: 'x'.repeat(501) }],
  ])('recordConsent: %s (%s)', async (field, _label, change) => {
    const personId = await createClient(kaira, { coach: USERS.coach });
    const input = { ...valid(personId), ...change };
    if (input.signedOn === 'future') input.signedOn = future();
    const before = await countRows(owner, tid, 'consent_record');
    const seq = await lastSeq(owner, tid);
    const result = await kaira.gql(RecordConsentDocument, { input }, await as('coach'));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(result.errors![0]!.message).not.toContain('shoeSize');
    expect(await countRows(owner, tid, 'consent_record')).toBe(before);
    expect(await lastSeq(owner, tid)).toBe(seq);
  });

  test.each([
    ['personId', 'not an id', { personId: 'nope' }],
    ['categories', 'empty (omit it to withdraw all)', { categories: [] }],
    ['categories', 'a category that needs no consent', { categories: ['email'] }],
    ['evidence', 'empty', { evidence: '' }],
  ])('withdrawConsent: %s (%s)', async (field, _label, change) => {
    const personId = await createClient(kaira, { coach: USERS.coach, consent: { categories: ['employment'] } });
    const before = await countRows(owner, tid, 'consent_record');
    const result = await kaira.gql(
      WithdrawConsentDocument,
      { input: { personId, categories: ['employment'], evidence, ...change } },
      await as('office'),
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(await countRows(owner, tid, 'consent_record')).toBe(before);
  });

  test('a missing field is refused by the schema, before anything runs', async () => {
    const personId = await createClient(kaira, { coach: USERS.coach });
    const { evidence: _omitted, ...input } = valid(personId);
    const result = await kaira.gql(RecordConsentDocument, { input } as never, await as('coach'));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await countRows(owner, tid, 'consent_record', 'person_id = $1', [personId])).toBe(0);
  });
});

describe('every consent read and change writes one use-log entry naming the client, with its basis', () => {
  const cases: Array<[keyof typeof USERS, string, string]> = [
    ['coach', 'eduro-guidance', 'CLIENT_RELATIONSHIP'],
    ['office', 'eduro-guidance', 'ADMINISTRATION'],
    ['eduroDpo', 'eduro-guidance', 'CONTROLLER_OVERSIGHT'],
    ['coach', 'rovaniemi-guidance', 'CLIENT_RELATIONSHIP'],
    ['office', 'rovaniemi-guidance', 'ADMINISTRATION'],
    ['cityOfficer', 'rovaniemi-guidance', 'CONTROLLER_OVERSIGHT'],
    ['cityDpo', 'rovaniemi-guidance', 'CONTROLLER_OVERSIGHT'],
  ];
  test.each(cases)('%s in %s: %s', async (user, slug, basis) => {
    const personId = await createClient(kaira, {
      tenant: slug,
      coach: USERS.coach,
      consent: { categories: ['employment'] },
    });
    const id = tenantId(kaira, slug);
    const userId = await idOf(owner, USERS[user]);
    for (const [doc, operation] of [
      [ConsentLedgerDocument, 'consentLedger'],
      [ConsentStatusDocument, 'consentStatus'],
    ] as const) {
      const seq = await lastSeq(owner, id);
      const result = await kaira.gql(doc as never, { personId } as never, await as(user, slug));
      expect(result.errors).toBeUndefined();
      const entries = await entriesFor(owner, id, personId, seq);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ operation, basis, personIds: [personId], actor: { userId } });
    }
  });

  test('a change is logged too, and a coach on emergency access reads with the reason', async () => {
    const personId = await createClient(kaira, { consent: { categories: ['employment'] } });
    const coachId = await idOf(owner, USERS.coach);
    await openEmergencyAccess(kaira, tenant, coachId, personId, 'the assigned coach is ill; client meeting today');
    const seq = await lastSeq(owner, tid);
    const result = await kaira.gql(
      WithdrawConsentDocument,
      { input: { personId, categories: ['employment'], evidence } },
      await as('coach'),
    );
    expect(result.errors).toBeUndefined();
    const status = await kaira.gql(ConsentStatusDocument, { personId }, await as('coach'));
    expect(status.data!.consentStatus.activeCategories).toEqual([]);
    const entries = await entriesFor(owner, tid, personId, seq);
    expect(entries.map((e) => [e.operation, e.basis, e.reason])).toEqual([
      ['withdrawConsent', 'EMERGENCY', 'the assigned coach is ill; client meeting today'],
      ['consentStatus', 'EMERGENCY', 'the assigned coach is ill; client meeting today'],
    ]);
  });

  test('a refused operation writes no use-log entry', async () => {
    const personId = await createClient(kaira, { referredBy: TE_OFFICE });
    const seq = await lastSeq(owner, tid);
    expect(codeOf(await kaira.gql(ConsentLedgerDocument, { personId }, await as('referrer')))).toBe('FORBIDDEN');
    expect(codeOf(await kaira.gql(ConsentLedgerDocument, { personId }, await as('coach')))).toBe('FORBIDDEN');
    expect(await lastSeq(owner, tid)).toBe(seq);
  });
});

test('the ledger is append-only: the app role can neither change nor remove a record', async () => {
  const personId = await createClient(kaira, { consent: { categories: ['employment'] } });
  const app = await connect(kaira.db.appUrl);
  try {
    for (const sql of [
      "update consent_record set categories = '{guidance}' where person_id = $1",
      'delete from consent_record where person_id = $1',
    ]) {
      await app.query('begin');
      await app.query("select set_config('kaira.tenant_id', $1, true)", [tid]);
      expect((await sqlError(app.query(sql, [personId]))).code).toBe('42501'); // insufficient_privilege
      await app.query('rollback');
    }
  } finally {
    await app.end();
  }
  expect(await countRows(owner, tid, 'consent_record', 'person_id = $1', [personId])).toBe(1);
});
