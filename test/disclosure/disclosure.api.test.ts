import { createHash } from 'node:crypto';
import type { Client as Pg } from 'pg';
import {
  DecideDisclosureRequestDocument,
  DisclosureRequestsDocument,
  ExecuteDisclosureDocument,
  RecordTransferSafeguardsDocument,
  RegisterDisclosureRequestDocument,
  RestrictPersonDocument,
} from '../generated/graphql';
import { inTenant } from '../isolation/sql';
import { lastSeq, logRows } from '../logs/log-support';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { firstPerson, registration, tenantIdOf } from './disclosure.support';

// Disclosures end to end (issue 5 item 3): a request names recipient, basis and data; the controller
// decides; execution returns the package once and logs its SHA-256; a recipient outside the EEA needs the
// person's mandate, the DPO's assessment and the data protection authority's assessment on record.

const CITY = 'rovaniemi-guidance';
let kaira: Kaira;
let owner: Pg;
let person: string;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  person = await firstPerson(owner, tenantIdOf(kaira, CITY));
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const as = async (user: keyof typeof USERS, tenant = CITY) => ({ token: await kaira.tokenFor(USERS[user]), tenant });

async function register(over: Record<string, unknown> = {}): Promise<string> {
  const result = await kaira.gql(
    RegisterDisclosureRequestDocument,
    { input: registration(person, over) },
    await as('office'),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.registerDisclosureRequest.id;
}

const decide = async (id: string, approve = true, user: keyof typeof USERS = 'cityOfficer') =>
  kaira.gql(
    DecideDisclosureRequestDocument,
    { input: { id, approve, reason: 'named data, written request' } },
    await as(user),
  );

describe('execution', () => {
  test('the package holds exactly the named data and the disclosure log holds its SHA-256', async () => {
    const id = await register({ categories: ['name', 'email'] });
    expect((await decide(id)).data?.decideDisclosureRequest.status).toBe('APPROVED');
    const before = await lastSeq(owner, tenantIdOf(kaira, CITY), 'disclosure_log');
    const usesBefore = await lastSeq(owner, tenantIdOf(kaira, CITY), 'use_log');

    const result = await kaira.gql(ExecuteDisclosureDocument, { id }, await as('cityOfficer'));
    expect(result.errors).toBeUndefined();
    const execution = result.data!.executeDisclosure;
    const pkg = JSON.parse(execution.package) as {
      personId: string;
      categories: string[];
      data: Record<string, unknown>;
    };
    expect(pkg.personId).toBe(person);
    expect(Object.keys(pkg.data).sort()).toEqual(['email', 'name']);
    expect(JSON.stringify(pkg.data.name)).toMatch(/first_name/);
    expect(execution.package).not.toMatch(/phone|identity_code|gender/);

    const hash = createHash('sha256').update(execution.package).digest('hex');
    expect(execution.contentSha256).toBe(hash);
    expect(execution.request).toMatchObject({ status: 'EXECUTED', contentSha256: hash });
    const [entry, ...more] = await logRows(owner, tenantIdOf(kaira, CITY), 'disclosure_log', before);
    expect(more).toEqual([]);
    expect(entry!.person_ids).toEqual([person]);
    expect(entry!.entry).toMatchObject({
      operation: 'executeDisclosure',
      contentSha256: hash,
      recipient: { name: 'Kela', businessId: '0246246-0', country: 'FI', address: 'PL 10, 00056 KELA' },
      dataSet: ['name', 'email'],
    });
    expect(entry!.entry.legalBasis).toMatch(/written request dnro 2026\/1 \(2026-01-15\)/);
    const uses = await logRows(owner, tenantIdOf(kaira, CITY), 'use_log', usesBefore);
    expect(uses.map((u) => u.entry)).toContainEqual(
      expect.objectContaining({
        operation: 'executeDisclosure',
        data: ['name', 'email'],
        personIds: [person],
        basis: 'CONTROLLER_OVERSIGHT',
      }),
    );
  });

  test('a package is handed out once: executing again is CONFLICT and logs nothing', async () => {
    const id = await register();
    await decide(id);
    expect((await kaira.gql(ExecuteDisclosureDocument, { id }, await as('cityDpo'))).errors).toBeUndefined();
    const before = await lastSeq(owner, tenantIdOf(kaira, CITY), 'disclosure_log');
    expect(codeOf(await kaira.gql(ExecuteDisclosureDocument, { id }, await as('cityDpo')))).toBe('CONFLICT');
    expect(await lastSeq(owner, tenantIdOf(kaira, CITY), 'disclosure_log')).toBe(before);
  });

  test('nothing is executed without approval: pending and refused requests are CONFLICT', async () => {
    const pending = await register();
    expect(codeOf(await kaira.gql(ExecuteDisclosureDocument, { id: pending }, await as('cityOfficer')))).toBe(
      'CONFLICT',
    );
    const refused = await register();
    expect((await decide(refused, false)).data?.decideDisclosureRequest.status).toBe('REFUSED');
    expect(codeOf(await kaira.gql(ExecuteDisclosureDocument, { id: refused }, await as('cityOfficer')))).toBe(
      'CONFLICT',
    );
    expect(codeOf(await decide(refused, true))).toBe('CONFLICT');
  });

  test("the period keeps out dated rows outside it (an authority's demand with its statute)", async () => {
    const id = await register({
      categories: ['otherServiceData'],
      periodFrom: '2099-01-01',
      basis: { kind: 'AUTHORITY_DEMAND', documentRef: 'LHA/1', documentDate: '2026-01-02', statute: 'L 812/2000 20 §' },
    });
    await decide(id);
    const result = await kaira.gql(ExecuteDisclosureDocument, { id }, await as('cityOfficer'));
    const pkg = JSON.parse(result.data!.executeDisclosure.package) as { data: { otherServiceData: object } };
    // Service periods and assignments are dated (starts_on) and all begin before 2099.
    expect(pkg.data.otherServiceData).not.toHaveProperty('service_period');
    expect(pkg.data.otherServiceData).not.toHaveProperty('assignment');
    const [entry] = await logRows(owner, tenantIdOf(kaira, CITY), 'disclosure_log', 0).then((r) => r.slice(-1));
    expect(entry!.entry.legalBasis).toMatch(/authority demand LHA\/1 \(2026-01-02\) under L 812\/2000 20 §/);
    expect(entry!.entry.dataSet).toEqual(['otherServiceData', 'period:2099-01-01/']);
  });
});

describe('third-country guard', () => {
  const thirdCountry = {
    recipient: { name: 'Acme Corp', foreignId: 'EIN 12-3456789', country: 'US', address: '1 Main St, Boston' },
  };
  const dpo = { by: 'Virpi Stenberg', on: '2026-01-10', conclusion: 'adequate with the SCCs of 2021' };
  const ALL = ['data-subject-mandate', 'dpo-assessment', 'supervisory-authority-assessment'];

  async function withSafeguards(safeguards: Record<string, unknown>): Promise<string> {
    const id = await register(thirdCountry);
    if (Object.keys(safeguards).length > 0) {
      const recorded = await kaira.gql(
        RecordTransferSafeguardsDocument,
        { input: { id, ...safeguards } },
        await as('office'),
      );
      expect(recorded.errors).toBeUndefined();
    }
    return id;
  }

  test.each([
    ['nothing recorded', {}, ALL],
    ['only the mandate', { mandateDocumentRef: 'valtakirja 1' }, ALL.slice(1)],
    ['no mandate', { dpoAssessment: dpo, authorityAssessmentRef: 'TSV 2026/5' }, ['data-subject-mandate']],
    [
      'no DPO assessment',
      { mandateDocumentRef: 'valtakirja 1', authorityAssessmentRef: 'TSV 2026/5' },
      ['dpo-assessment'],
    ],
    [
      "no data protection authority's assessment",
      { mandateDocumentRef: 'valtakirja 1', dpoAssessment: dpo },
      ['supervisory-authority-assessment'],
    ],
  ])('a US recipient with %s is refused, naming what is missing', async (_name, safeguards, missing) => {
    const id = await withSafeguards(safeguards);
    const result = await decide(id);
    expect(codeOf(result)).toBe('TRANSFER_NOT_ALLOWED');
    expect(result.errors?.[0]?.extensions?.missing).toEqual(missing);
    const list = await kaira.gql(DisclosureRequestsDocument, { status: 'PENDING' }, await as('cityOfficer'));
    const still = list.data!.disclosureRequests.find((r) => r.id === id)!;
    expect(still.transferSafeguards.missing).toEqual(missing);
    expect(still.recipient.inEea).toBe(false);
  });

  test('with all three on record the transfer is approved and executed', async () => {
    const id = await withSafeguards({
      mandateDocumentRef: 'valtakirja 1',
      dpoAssessment: dpo,
      authorityAssessmentRef: 'TSV 2026/5',
    });
    expect((await decide(id)).data?.decideDisclosureRequest).toMatchObject({
      status: 'APPROVED',
      transferSafeguards: { missing: [], dpoAssessment: dpo, authorityAssessmentRef: 'TSV 2026/5' },
    });
    const result = await kaira.gql(ExecuteDisclosureDocument, { id }, await as('cityOfficer'));
    expect(result.data?.executeDisclosure.request.status).toBe('EXECUTED');
  });

  test('an EEA recipient needs none of them', async () => {
    const id = await register({
      recipient: { name: 'Försäkringskassan', foreignId: '202100-5521', country: 'SE', address: 'Stockholm' },
    });
    expect((await decide(id)).data?.decideDisclosureRequest).toMatchObject({
      status: 'APPROVED',
      recipient: { inEea: true },
      transferSafeguards: { missing: [] },
    });
  });

  test('Norway (EEA, not EU) needs none; Switzerland (not EEA) does', async () => {
    const no = await register({ recipient: { name: 'NAV', foreignId: '889640782', country: 'NO', address: 'Oslo' } });
    expect((await decide(no)).data?.decideDisclosureRequest.status).toBe('APPROVED');
    const ch = await register({
      recipient: { name: 'SUVA', foreignId: 'CHE-105.903.431', country: 'CH', address: 'Luzern' },
    });
    expect(codeOf(await decide(ch))).toBe('TRANSFER_NOT_ALLOWED');
  });

  test('safeguards cannot be changed once the request is decided', async () => {
    const id = await register();
    await decide(id, false);
    const result = await kaira.gql(
      RecordTransferSafeguardsDocument,
      { input: { id, mandateDocumentRef: 'late' } },
      await as('office'),
    );
    expect(codeOf(result)).toBe('CONFLICT');
  });
});

describe('registration checks every field, naming it', () => {
  test.each([
    [
      'an authority demand without its statute',
      { basis: { kind: 'AUTHORITY_DEMAND', documentRef: 'x', documentDate: '2026-01-01' } },
      'basis.statute',
    ],
    ['an unknown category', { categories: ['name', 'shoeSize'] }, 'categories[1]'],
    ['a category named twice', { categories: ['name', 'name'] }, 'categories[1]'],
    ['no category', { categories: [] }, 'categories'],
    [
      'an unknown country',
      { recipient: { name: 'X', foreignId: '1', country: 'XX', address: 'a' } },
      'recipient.country',
    ],
    [
      'a Finnish recipient without a Y-tunnus',
      { recipient: { name: 'X', country: 'FI', address: 'a' } },
      'recipient.businessId',
    ],
    [
      'a wrong Y-tunnus',
      { recipient: { name: 'X', businessId: '0246246-1', country: 'FI', address: 'a' } },
      'recipient.businessId',
    ],
    [
      'no address',
      { recipient: { name: 'X', businessId: '0246246-0', country: 'FI', address: ' ' } },
      'recipient.address',
    ],
    [
      'a future document date',
      { basis: { kind: 'DATA_SUBJECT_REQUEST', documentRef: 'x', documentDate: '2999-01-01' } },
      'basis.documentDate',
    ],
    ['a period ending before it starts', { periodFrom: '2026-02-01', periodTo: '2026-01-01' }, 'periodTo'],
  ])('%s is BAD_USER_INPUT and writes nothing', async (_name, over, field) => {
    const before = await kaira.gql(DisclosureRequestsDocument, {}, await as('office'));
    const result = await kaira.gql(
      RegisterDisclosureRequestDocument,
      { input: registration(person, over) as never },
      await as('office'),
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(field);
    const after = await kaira.gql(DisclosureRequestsDocument, {}, await as('office'));
    expect(after.data!.disclosureRequests.length).toBe(before.data!.disclosureRequests.length);
  });

  test('an unknown person is NOT_FOUND; a decision needs its reasons', async () => {
    const unknown = registration('00000000-0000-4000-8000-00000000dead');
    expect(codeOf(await kaira.gql(RegisterDisclosureRequestDocument, { input: unknown }, await as('office')))).toBe(
      'NOT_FOUND',
    );
    const id = await register();
    const result = await kaira.gql(
      DecideDisclosureRequestDocument,
      { input: { id, approve: true, reason: ' ' } },
      await as('cityOfficer'),
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  test('the demo queue: the city sees the request awaiting its decision', async () => {
    const result = await kaira.gql(DisclosureRequestsDocument, { status: 'PENDING' }, await as('cityOfficer'));
    expect(result.data!.disclosureRequests.some((r) => r.recipient.name.startsWith('Kansaneläkelaitos'))).toBe(true);
    const eduro = await kaira.gql(
      DisclosureRequestsDocument,
      { status: 'APPROVED' },
      await as('eduroDpo', 'eduro-guidance'),
    );
    expect(eduro.data!.disclosureRequests).toHaveLength(1);
  });
});

describe('a restricted person (GDPR 18)', () => {
  test('nothing about a restricted person is registered, decided or executed; an earlier recipient with an email address is told (Art. 19)', async () => {
    const tenantId = tenantIdOf(kaira, CITY);
    const recipient = { name: 'Kela', businessId: '0246246-0', country: 'FI', address: 'kirjaamo@kela.example' };
    const disclosed = await register({ recipient });
    await decide(disclosed);
    expect(
      (await kaira.gql(ExecuteDisclosureDocument, { id: disclosed }, await as('cityOfficer'))).errors,
    ).toBeUndefined();
    const approved = await register();
    await decide(approved);
    const pending = await register();

    const restricted = await kaira.gql(
      RestrictPersonDocument,
      { input: { personId: person, reason: 'the client contests the accuracy of a statement' } },
      await as('cityDpo'),
    );
    expect(restricted.errors).toBeUndefined();
    const notices = await inTenant(
      owner,
      tenantId,
      async () =>
        (
          await owner.query<{ to_address: string }>(
            `select to_address from outbox_message where purpose = 'art19-restriction'`,
          )
        ).rows,
    );
    expect(notices).toEqual([{ to_address: 'kirjaamo@kela.example' }]);

    const before = await lastSeq(owner, tenantId, 'disclosure_log');
    const registered = await kaira.gql(
      RegisterDisclosureRequestDocument,
      { input: registration(person) },
      await as('office'),
    );
    expect(codeOf(registered)).toBe('RESTRICTED');
    expect(codeOf(await decide(pending))).toBe('RESTRICTED');
    expect(codeOf(await kaira.gql(ExecuteDisclosureDocument, { id: approved }, await as('cityOfficer')))).toBe(
      'RESTRICTED',
    );
    expect(await lastSeq(owner, tenantId, 'disclosure_log')).toBe(before);
  });
});
