import { createHash, randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { TenantTransaction } from '../../src/db/tenant-transaction';
import { ServicePeriod } from '../../src/modules/client/client.entities';
import {
  AddEntryDocument,
  CorrectEntryDocument,
  RecordConsentDocument,
  ReleasedStatementsDocument,
  ReleaseStatementDocument,
  WithdrawConsentDocument,
} from '../generated/graphql';
import { createClient, TE_OFFICE } from '../guidance/factories';
import { countRows, entriesFor, idOf, openEmergencyAccess, tenantId, today } from '../guidance/guidance.support';
import { lastSeq } from '../logs/log-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';

// Statements (lausunto) to the purchaser (issue 4 item 6; DOMAIN.md §2.2, §3, §5): released only with the
// client's consent to disclose to the purchaser, only to the organisation that referred the client, by the
// controller's decision; the release writes the disclosure log, and the referrer then reads the statement.

const KELA = { name: 'Kela (demo)', businessId: '0246246-0' };
const LEGAL_BASIS = 'consent: disclosure to the purchaser (GDPR 6(1)(a))';
let kaira: Kaira;
let owner: Client;
let teOffice: string;
let kela: string;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  teOffice = await idOf(owner, TE_OFFICE);
  const { rows } = await owner.query<{ id: string }>(
    "insert into organisation (name, business_id, purchaser_kind) values ($1, $2, 'kela') returning id",
    [KELA.name, KELA.businessId],
  );
  kela = rows[0]!.id;
});
afterAll(async () => {
  await owner.end();
  await kaira.close();
});

const as = async (user: keyof typeof USERS, slug: string) => ({
  token: await kaira.tokenFor(USERS[user]),
  tenant: slug,
});

async function statementOf(personId: string, content: string, slug = 'eduro-guidance', kind = 'STATEMENT') {
  const result = await kaira.gql(
    AddEntryDocument,
    {
      input: {
        personId,
        kind: kind as 'STATEMENT',
        category: kind === 'STATEMENT' ? 'statement' : 'assessment',
        content,
      },
    },
    await as('coach', slug),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.addEntry;
}

async function release(user: keyof typeof USERS, slug: string, entryId: string, organisationId = teOffice) {
  return kaira.gql(ReleaseStatementDocument, { input: { entryId, organisationId } }, await as(user, slug));
}

const consenting = (slug: string) =>
  createClient(kaira, {
    tenant: slug,
    coach: USERS.coach,
    referredBy: TE_OFFICE,
    consent: { categories: ['employment'], disclosesToPurchaser: true },
  });

describe.each([
  ['eduro-guidance', 'coach', '1508035-7'],
  ['rovaniemi-guidance', 'cityOfficer', '1978283-1'],
] as const)('in %s, %s releases', (slug, releaser, releaserOrg) => {
  test('the release is in the disclosure log; the referrer then sees the statement, on RELEASE', async () => {
    const tid = tenantId(kaira, slug);
    const personId = await consenting(slug);
    const text = 'Lausunto: the client is ready for a work trial of 4 h a day.';
    const statement = await statementOf(personId, text, slug);

    // Before the release the referrer, who referred the client, sees no statement (and the read is logged).
    const before = await kaira.gql(ReleasedStatementsDocument, { personId }, await as('referrer', slug));
    expect(before.errors).toBeUndefined();
    expect(before.data!.releasedStatements).toEqual([]);

    const disclosures = await lastSeq(owner, tid, 'disclosure_log');
    const uses = await lastSeq(owner, tid);
    const released = await release(releaser, slug, statement.id);
    expect(released.errors).toBeUndefined();
    expect(released.data!.releaseStatement).toMatchObject({
      entryId: statement.id,
      personId,
      category: 'statement',
      content: text,
      version: 1,
      authorName: 'Valma Valmentaja',
      organisationId: teOffice,
      organisationName: 'Lapin TE-palvelut (demo)',
    });

    const logged = await entriesFor(owner, tid, personId, disclosures, 'disclosure_log');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      personIds: [personId],
      recipient: { name: 'Lapin TE-palvelut (demo)', businessId: TE_OFFICE, country: 'FI' },
      legalBasis: LEGAL_BASIS,
      dataSet: ['statement'],
      contentSha256: createHash('sha256').update(text).digest('hex'),
      operation: 'releaseStatement',
      actor: { userId: await idOf(owner, USERS[releaser]), organisationId: await idOf(owner, releaserOrg) },
    });
    expect(await countRows(owner, tid, 'statement_release', 'entry_id = $1', [statement.id])).toBe(1);

    const seen = await kaira.gql(ReleasedStatementsDocument, { personId }, await as('referrer', slug));
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.releasedStatements).toEqual([released.data!.releaseStatement]);
    const reads = await entriesFor(owner, tid, personId, uses);
    expect(reads.map((e) => [e.operation, e.basis])).toEqual([
      ['releaseStatement', releaser === 'coach' ? 'CLIENT_RELATIONSHIP' : 'CONTROLLER_OVERSIGHT'],
      ['releasedStatements', 'RELEASE'],
    ]);
    expect(reads[1]!.actor.userId).toBe(await idOf(owner, USERS.referrer));

    // Releasing it again to the same organisation is CONFLICT, and discloses nothing more.
    const again = await release(releaser, slug, statement.id);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(await entriesFor(owner, tid, personId, disclosures, 'disclosure_log')).toHaveLength(1);
  });
});

test('in rovaniemi-guidance Eduro (the processor) cannot release: the city decides', async () => {
  const slug = 'rovaniemi-guidance';
  const tid = tenantId(kaira, slug);
  const personId = await consenting(slug);
  const statement = await statementOf(personId, 'Lausunto for the city.', slug);
  const head = await lastSeq(owner, tid, 'disclosure_log');
  for (const user of ['coach', 'office', 'eduroDpo'] as const) {
    expect(codeOf(await release(user, slug, statement.id))).toBe('FORBIDDEN');
  }
  expect(await lastSeq(owner, tid, 'disclosure_log')).toBe(head);
  expect((await release('cityDpo', slug, statement.id)).errors).toBeUndefined();
});

describe('a refused release writes nothing: no release, no disclosure-log entry', () => {
  const slug = 'eduro-guidance';
  let tid: string;
  beforeAll(() => {
    tid = tenantId(kaira, slug);
  });

  async function refused(run: () => Promise<{ errors?: unknown[] }>, code: string, field?: string) {
    const releases = await countRows(owner, tid, 'statement_release');
    const head = await lastSeq(owner, tid, 'disclosure_log');
    const result = (await run()) as Parameters<typeof codeOf>[0];
    expect(codeOf(result)).toBe(code);
    if (field) expect(result.errors![0]!.extensions!.field).toBe(field);
    expect(await countRows(owner, tid, 'statement_release')).toBe(releases);
    expect(await lastSeq(owner, tid, 'disclosure_log')).toBe(head);
    return result;
  }

  test('only a statement is released', async () => {
    const personId = await consenting(slug);
    const assessment = await statementOf(personId, 'An assessment, not a statement.', slug, 'ASSESSMENT');
    await refused(() => release('coach', slug, assessment.id), 'BAD_USER_INPUT', 'entryId');
  });

  test('only to the referring organisation of one of the client’s service periods', async () => {
    const personId = await consenting(slug);
    const statement = await statementOf(personId, 'Lausunto.', slug);
    const eduro = await idOf(owner, '1508035-7'); // the purchaser in the fixture, but not the referrer
    await refused(() => release('coach', slug, statement.id, eduro), 'BAD_USER_INPUT', 'organisationId');
    await refused(() => release('coach', slug, statement.id, kela), 'BAD_USER_INPUT', 'organisationId');
    await refused(() => release('coach', slug, statement.id, randomUUID()), 'BAD_USER_INPUT', 'organisationId');
    await refused(() => release('coach', slug, statement.id, 'kela'), 'BAD_USER_INPUT', 'organisationId');
    await refused(() => release('coach', slug, 'nope'), 'BAD_USER_INPUT', 'entryId');
    await refused(() => release('coach', slug, randomUUID()), 'NOT_FOUND');
  });

  test('without consent to disclose to the purchaser: CONSENT_REQUIRED', async () => {
    const personId = await createClient(kaira, {
      coach: USERS.coach,
      referredBy: TE_OFFICE,
      consent: { categories: ['employment'], disclosesToPurchaser: false },
    });
    const statement = await statementOf(personId, 'Lausunto without disclosure consent.', slug);
    const result = await refused(() => release('coach', slug, statement.id), 'CONSENT_REQUIRED');
    expect(result.errors![0]!.extensions!.consent).toBe('disclosesToPurchaser');
    // The client consents in writing; then the statement may be released.
    await kaira.gql(
      RecordConsentDocument,
      {
        input: {
          personId,
          categories: ['employment'],
          disclosesToPurchaser: true,
          signedOn: today(),
          evidence: 'consent form with disclosure, ref D-1',
        },
      },
      await as('office', slug),
    );
    expect((await release('coach', slug, statement.id)).errors).toBeUndefined();
  });

  test('after the client withdrew consent: CONSENT_REQUIRED', async () => {
    const personId = await consenting(slug);
    const statement = await statementOf(personId, 'Lausunto before the withdrawal.', slug);
    await kaira.gql(
      WithdrawConsentDocument,
      { input: { personId, evidence: 'withdrawal form W-9' } },
      await as('coach', slug),
    );
    await refused(() => release('coach', slug, statement.id), 'CONSENT_REQUIRED');
  });

  test('an earlier version is not released (CONFLICT); the correction is, as a disclosure of its own', async () => {
    const personId = await consenting(slug);
    const first = await statementOf(personId, 'Lausunto v1.', slug);
    const corrected = await kaira.gql(
      CorrectEntryDocument,
      { input: { entryId: first.id, content: 'Lausunto v2.', reason: 'the hours were wrong' } },
      await as('coach', slug),
    );
    await refused(() => release('coach', slug, first.id), 'CONFLICT');
    expect((await release('coach', slug, corrected.data!.correctEntry.id)).errors).toBeUndefined();
    const seen = await kaira.gql(ReleasedStatementsDocument, { personId }, await as('referrer', slug));
    expect(seen.data!.releasedStatements.map((s) => [s.content, s.version])).toEqual([['Lausunto v2.', 2]]);
  });

  test('a coach on emergency access does not decide a disclosure', async () => {
    const personId = await createClient(kaira, {
      referredBy: TE_OFFICE,
      consent: { categories: ['employment'], disclosesToPurchaser: true },
    });
    await openEmergencyAccess(kaira, slug, await idOf(owner, USERS.coach), personId, 'urgent call from the client');
    const statement = await statementOf(personId, 'Lausunto in an emergency.', slug);
    await refused(() => release('coach', slug, statement.id), 'FORBIDDEN');
    expect((await release('eduroDpo', slug, statement.id)).errors).toBeUndefined();
  });

  test('the same statement released twice at once: one release, one disclosure', async () => {
    const personId = await consenting(slug);
    const statement = await statementOf(personId, 'Lausunto, released once.', slug);
    const head = await lastSeq(owner, tid, 'disclosure_log');
    const results = await Promise.all([1, 2, 3].map(() => release('coach', slug, statement.id)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
    expect(await countRows(owner, tid, 'statement_release', 'entry_id = $1', [statement.id])).toBe(1);
    expect(await lastSeq(owner, tid, 'disclosure_log')).toBe(head + 1);
  });
});

test('a referrer sees only the statements released to their own organisation', async () => {
  const slug = 'eduro-guidance';
  const tid = tenantId(kaira, slug);
  const personId = await consenting(slug);
  // A second service period of the same client, referred by Kela.
  const office = await idOf(owner, USERS.office);
  await TenantTransaction.within(kaira.orm, { tenantId: tid, userId: office }, async (em) => {
    em.create(ServicePeriod, {
      id: randomUUID(),
      tenantId: tid,
      personId,
      purchaserOrganisationId: kela,
      referrerOrganisationId: kela,
      service: 'vocational-rehabilitation',
      startsOn: today(),
      status: 'active',
      createdBy: office,
    });
    await em.flush();
  });
  const toTe = await statementOf(personId, 'For the TE office.', slug);
  const toKela = await statementOf(personId, 'For Kela.', slug);
  await statementOf(personId, 'Not released to anyone.', slug);
  expect((await release('coach', slug, toTe.id, teOffice)).errors).toBeUndefined();
  expect((await release('coach', slug, toKela.id, kela)).errors).toBeUndefined();

  const referrer = await kaira.gql(ReleasedStatementsDocument, { personId }, await as('referrer', slug));
  expect(referrer.data!.releasedStatements.map((s) => [s.content, s.organisationName])).toEqual([
    ['For the TE office.', 'Lapin TE-palvelut (demo)'],
  ]);
  // The client's coach and the controller's DPO see every release, to whom and when.
  for (const user of ['coach', 'eduroDpo'] as const) {
    const all = await kaira.gql(ReleasedStatementsDocument, { personId }, await as(user, slug));
    expect(all.data!.releasedStatements.map((s) => s.content)).toEqual(['For the TE office.', 'For Kela.']);
  }
});

test('a referrer whose organisation did not refer the client sees nothing of it', async () => {
  const personId = await createClient(kaira, {
    coach: USERS.coach,
    consent: { categories: ['employment'], disclosesToPurchaser: true },
  });
  const result = await kaira.gql(ReleasedStatementsDocument, { personId }, await as('referrer', 'eduro-guidance'));
  expect(codeOf(result)).toBe('FORBIDDEN');
  expect(result.data).toBeNull();
});
