import type { Client } from 'pg';
import { isValidIdentityCode } from '../../src/modules/person/personal-identity-code';
import { connect } from '../support/database';
import { codeOf, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { inTenant, tenantIds } from '../isolation/sql';
import { allHeads, EDURO, idsByKey, lastSeq, logRows } from './log-support';

// DOMAIN.md §5: every read of a person's data is logged — who (user, organisation, roles), which persons,
// which data, which operation, on what basis — in the same transaction. One entry per operation names
// every person it read. DOMAIN.md §6: showing the full
// henkilötunnus is an explicit, logged act with a purpose.

const TENANT = 'eduro-training';

let kaira: Kaira;
let owner: Client;
let tenants: Record<string, string>;
let users: Record<string, string>;
let organisations: Record<string, string>;

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tenants = await tenantIds(owner);
  ({ users, organisations } = await idsByKey(owner));
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const heads = () => allHeads(owner, Object.values(tenants));

describe('every read is logged', () => {
  const LIST = `query List {
    people(first: 5) { nodes { lastName id ...Contact __typename alias: firstName } pageInfo { hasNextPage endCursor } }
  }
  fragment Contact on Person { email }`;

  test('office lists 5 people: exactly one entry naming those 5, in page order, with the selected fields and the actor', async () => {
    const before = await heads();
    const result = await kaira.gql<{ people: { nodes: Array<{ id: string }> } }>(
      LIST,
      {},
      {
        token: await kaira.tokenFor(USERS.office),
        tenant: TENANT,
      },
    );
    expect(result.errors).toBeUndefined();
    const ids = result.data!.people.nodes.map((n) => n.id);
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);

    const seq = before[`${tenants[TENANT]}:use_log`]!;
    const entries = await logRows(owner, tenants[TENANT]!, 'use_log', seq);
    expect(entries).toHaveLength(1);
    const [row] = entries;
    // The indexed column and the hashed entry both name the 5 people, in the order of the page.
    expect(row!.person_ids).toEqual(ids);
    expect(row!.seq).toBe(seq + 1);
    expect(row!.entry).toEqual({
      seq: seq + 1,
      tenantId: tenants[TENANT],
      occurredAt: expect.any(String),
      personIds: ids,
      data: ['email', 'firstName', 'id', 'lastName'], // sorted; fragments followed; aliases by field; no __typename
      operation: 'people',
      basis: 'ADMINISTRATION',
      reason: null,
      actor: { userId: users[USERS.office], organisationId: organisations[EDURO], roles: ['OFFICE'] },
      requestId: result.headers.get('x-request-id'),
    });
    // No other tenant's log, and no disclosure-log entry.
    const after = await heads();
    expect(after).toEqual({ ...before, [`${tenants[TENANT]}:use_log`]: seq + 1 });
  });

  test('person(id) logs one entry with exactly the fields asked for', async () => {
    const personId = await anyPerson(TENANT);
    const before = await lastSeq(owner, tenants[TENANT]!);
    const result = await kaira.gql(
      'query One($id: ID!) { person(id: $id) { phone id } }',
      { id: personId },
      {
        token: await kaira.tokenFor(USERS.office),
        tenant: TENANT,
      },
    );
    expect(result.errors).toBeUndefined();
    const entries = await logRows(owner, tenants[TENANT]!, 'use_log', before);
    expect(entries.map((e) => [e.person_ids, e.entry.personIds, e.entry.operation, e.entry.data])).toEqual([
      [[personId], [personId], 'person', ['id', 'phone']],
    ]);
  });

  test.each([
    ['a coach listing the guidance register', USERS.coach, 'eduro-guidance'],
    ['a trainer listing the training register', USERS.trainer, 'eduro-training'],
    ['an admin listing people', USERS.admin, 'eduro-guidance'],
    ['a referrer listing people', USERS.referrer, 'rovaniemi-guidance'],
    ['Eduro’s DPO listing the city’s register (Eduro is only its processor)', USERS.eduroDpo, 'rovaniemi-guidance'],
    ['a non-member (trainer) in a guidance register', USERS.trainer, 'eduro-guidance'],
  ])('a query refused by authorization writes nothing: %s', async (_what, email, tenant) => {
    const before = await heads();
    const result = await kaira.gql(
      '{ people { nodes { id firstName } } }',
      {},
      { token: await kaira.tokenFor(email), tenant },
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
    expect(await heads()).toEqual(before);
  });

  test('without credentials, and for a person of another tenant, nothing is logged either', async () => {
    const before = await heads();
    expect(codeOf(await kaira.gql('{ people { nodes { id } } }', {}, { tenant: TENANT }))).toBe('UNAUTHENTICATED');
    const otherTenantsPerson = await anyPerson('eduro-guidance');
    const notFound = await kaira.gql(
      'query One($id: ID!) { person(id: $id) { id } }',
      { id: otherTenantsPerson },
      {
        token: await kaira.tokenFor(USERS.office),
        tenant: TENANT,
      },
    );
    expect(codeOf(notFound)).toBe('NOT_FOUND');
    expect(await heads()).toEqual(before);
  });
});

/** One of the tenant's demo people, read as the owner. */
function anyPerson(slug: (typeof TENANTS)[number]): Promise<string> {
  return inTenant(
    owner,
    tenants[slug]!,
    async () => (await owner.query<{ id: string }>('select id from person order by id limit 1')).rows[0]!.id,
  );
}

describe('revealPersonalIdentityCode', () => {
  const REVEAL = `mutation Reveal($input: RevealPersonalIdentityCodeInput!) {
    revealPersonalIdentityCode(input: $input) { personId personalIdentityCode }
  }`;
  const PURPOSE = 'Kelan kuntoutushakemuksen tunnistetiedot';

  test('returns the full, valid code matching the masked one, and logs it with the purpose', async () => {
    const token = await kaira.tokenFor(USERS.office);
    const personId = await anyPerson(TENANT);
    const masked = await kaira.gql<{ person: { personalIdentityCodeMasked: string } }>(
      'query One($id: ID!) { person(id: $id) { personalIdentityCodeMasked } }',
      { id: personId },
      { token, tenant: TENANT },
    );
    const maskedCode = masked.data!.person.personalIdentityCodeMasked;
    expect(maskedCode).toMatch(/^\d{6}[-+A-FU-Y]\*{4}$/);

    const before = await heads();
    const result = await kaira.gql<{ revealPersonalIdentityCode: { personId: string; personalIdentityCode: string } }>(
      REVEAL,
      { input: { personId, purpose: `  ${PURPOSE}  ` } },
      { token, tenant: TENANT },
    );
    expect(result.errors).toBeUndefined();
    const { personalIdentityCode: code } = result.data!.revealPersonalIdentityCode;
    expect(isValidIdentityCode(code)).toBe(true);
    expect(code.slice(0, 7)).toBe(maskedCode.replace('****', ''));

    const seq = before[`${tenants[TENANT]}:use_log`]!;
    const entries = await logRows(owner, tenants[TENANT]!, 'use_log', seq);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.person_ids).toEqual([personId]);
    expect(entries[0]!.entry).toMatchObject({
      personIds: [personId],
      data: ['personalIdentityCode'],
      operation: 'revealPersonalIdentityCode',
      basis: 'ADMINISTRATION',
      reason: PURPOSE, // trimmed
      actor: { userId: users[USERS.office], organisationId: organisations[EDURO], roles: ['OFFICE'] },
    });
    // The log says that the code was shown, never the code itself.
    expect(JSON.stringify(entries[0]!.entry)).not.toContain(code.slice(7));
    expect(await heads()).toEqual({ ...before, [`${tenants[TENANT]}:use_log`]: seq + 1 });
  });

  test("the controller's DPO reveals on the basis CONTROLLER_OVERSIGHT", async () => {
    const personId = await anyPerson(TENANT);
    const before = await lastSeq(owner, tenants[TENANT]!);
    const result = await kaira.gql(
      REVEAL,
      { input: { personId, purpose: PURPOSE } },
      {
        token: await kaira.tokenFor(USERS.eduroDpo),
        tenant: TENANT,
      },
    );
    expect(result.errors).toBeUndefined();
    const [entry] = await logRows(owner, tenants[TENANT]!, 'use_log', before);
    expect(entry!.entry).toMatchObject({ basis: 'CONTROLLER_OVERSIGHT', actor: { roles: ['DPO'] } });
  });

  test.each([
    ['a purpose under 10 characters', 'tarkistus'],
    ['a purpose padded to 10+ characters with spaces', '   lyhyt    '],
    ['an empty purpose', ''],
  ])('%s → BAD_USER_INPUT, no code and no entry', async (_what, purpose) => {
    const personId = await anyPerson(TENANT);
    const before = await heads();
    const result = await kaira.gql(
      REVEAL,
      { input: { personId, purpose } },
      { token: await kaira.tokenFor(USERS.office), tenant: TENANT },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.data).toBeNull();
    expect(await heads()).toEqual(before);
  });

  test('refused for a coach, and NOT_FOUND for a person of another tenant: no entry either way', async () => {
    const before = await heads();
    const guidancePerson = await anyPerson('eduro-guidance');
    const coach = await kaira.gql(
      REVEAL,
      { input: { personId: guidancePerson, purpose: PURPOSE } },
      {
        token: await kaira.tokenFor(USERS.coach),
        tenant: 'eduro-guidance',
      },
    );
    expect(codeOf(coach)).toBe('FORBIDDEN');
    const elsewhere = await kaira.gql(
      REVEAL,
      { input: { personId: guidancePerson, purpose: PURPOSE } },
      {
        token: await kaira.tokenFor(USERS.office),
        tenant: TENANT,
      },
    );
    expect(codeOf(elsewhere)).toBe('NOT_FOUND');
    expect(await heads()).toEqual(before);
  });
});
