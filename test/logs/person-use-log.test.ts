import type { Client } from 'pg';
import { connect } from '../support/database';
import { codeOf, startKaira, USERS, type Kaira } from '../support/kaira';
import { inTenant, tenantIds } from '../isolation/sql';
import { allHeads, EDURO, idsByKey, lastSeq, logRows, ROVANIEMI } from './log-support';

// DOMAIN.md §4 (log report, Act 703/2023 § 11) and §5: who used a client's data and on what basis,
// readable by the controller's DPO — in rovaniemi-guidance the city's DPO, not Eduro's — and reading
// the log is itself logged.

// occurredAt is compared on its own below (it is a moment, not a fixed value).
const FIELDS = 'seq actorUserId actorOrganisationId actorRoles personIds data operation basis reason';
const query = (fields: string) => `query PersonUseLog($personId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
  personUseLog(personId: $personId, from: $from, to: $to) { ${fields} }
}`;

interface Entry {
  seq: number;
  occurredAt?: string;
  actorUserId: string;
  actorOrganisationId: string;
  actorRoles: string[];
  personIds: string[];
  data: string[];
  operation: string;
  basis: string;
  reason: string | null;
}

let kaira: Kaira;
let owner: Client;
let tenants: Record<string, string>;
let users: Record<string, string>;
let organisations: Record<string, string>;
/** A client of each guidance tenant whose data office reads in beforeAll. */
const client: Record<string, string> = {};
/** The people of the list office reads in beforeAll (the client among them), in page order. */
const listed: Record<string, string[]> = {};
const start = new Date(Date.now() - 60_000);

beforeAll(async () => {
  kaira = await startKaira();
  owner = await connect(kaira.db.ownerUrl);
  tenants = await tenantIds(owner);
  ({ users, organisations } = await idsByKey(owner));
  const office = await kaira.tokenFor(USERS.office);
  for (const slug of ['eduro-guidance', 'rovaniemi-guidance']) {
    client[slug] = await inTenant(
      owner,
      tenants[slug]!,
      async () =>
        (await owner.query<{ id: string }>('select id from person order by last_name, first_name, id limit 1')).rows[0]!
          .id,
    );
    // Two reads of the client: in a list (with others: one entry naming all three) and alone.
    const list = await kaira.gql<{ people: { nodes: Array<{ id: string }> } }>(
      '{ people(first: 3) { nodes { id lastName } } }',
      {},
      { token: office, tenant: slug },
    );
    expect(list.errors).toBeUndefined();
    listed[slug] = list.data!.people.nodes.map((n) => n.id);
    expect(listed[slug]).toHaveLength(3);
    expect(listed[slug]).toContain(client[slug]);
    const one = await kaira.gql(
      'query One($id: ID!) { person(id: $id) { email } }',
      { id: client[slug] },
      { token: office, tenant: slug },
    );
    expect(one.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await owner?.end();
  await kaira?.close();
});

const window = () => ({ from: start.toISOString(), to: new Date(Date.now() + 60_000).toISOString() });

async function readLog(email: string, tenant: string, vars: Record<string, unknown>, fields = FIELDS) {
  return kaira.gql<{ personUseLog: Entry[] }>(query(fields), vars, { token: await kaira.tokenFor(email), tenant });
}

test('the controller’s DPO gets the person’s entries, and the read is itself logged (CONTROLLER_OVERSIGHT)', async () => {
  const slug = 'eduro-guidance';
  const before = await lastSeq(owner, tenants[slug]!);
  const result = await readLog(USERS.eduroDpo, slug, { personId: client[slug], ...window() });
  expect(result.errors).toBeUndefined();
  const office = {
    actorUserId: users[USERS.office],
    actorOrganisationId: organisations[EDURO],
    actorRoles: ['OFFICE'],
  };
  expect(result.data!.personUseLog).toEqual([
    {
      seq: 1,
      ...office,
      personIds: listed[slug],
      data: ['id', 'lastName'],
      operation: 'people',
      basis: 'ADMINISTRATION',
      reason: null,
    },
    {
      seq: 2,
      ...office,
      personIds: [client[slug]],
      data: ['email'],
      operation: 'person',
      basis: 'ADMINISTRATION',
      reason: null,
    },
  ]);

  const logged = await logRows(owner, tenants[slug]!, 'use_log', before);
  expect(logged).toHaveLength(1);
  expect(logged[0]!.person_ids).toEqual([client[slug]]);
  expect(logged[0]!.entry).toMatchObject({
    personIds: [client[slug]],
    data: ['useLog'],
    operation: 'personUseLog',
    basis: 'CONTROLLER_OVERSIGHT',
    reason: null,
    actor: { userId: users[USERS.eduroDpo], organisationId: organisations[EDURO], roles: ['DPO'] },
  });

  // The next report shows that read too.
  const again = await readLog(USERS.eduroDpo, slug, { personId: client[slug], ...window() });
  expect(again.data!.personUseLog.map((e) => e.operation)).toEqual(['people', 'person', 'personUseLog']);
});

test('a person’s log finds the list entry that named them among others, and no entry that did not name them', async () => {
  const slug = 'eduro-guidance';
  const other = listed[slug]!.find((id) => id !== client[slug])!;
  const notListed = await inTenant(
    owner,
    tenants[slug]!,
    async () =>
      (
        await owner.query<{ id: string }>('select id from person where id <> all($1::uuid[]) order by id limit 1', [
          listed[slug],
        ])
      ).rows[0]!.id,
  );
  const before = await lastSeq(owner, tenants[slug]!);

  // Named in the 3-person list (seq 1) only: not in the client's own read (seq 2) nor in the DPO's
  // reads of the client's log.
  const named = await readLog(USERS.eduroDpo, slug, { personId: other, ...window() });
  expect(named.errors).toBeUndefined();
  expect(named.data!.personUseLog.map((e) => [e.seq, e.operation, e.personIds])).toEqual([[1, 'people', listed[slug]]]);
  expect(named.data!.personUseLog[0]!.personIds).toContain(other);

  // Not on the page: no entry names them, though other people of the tenant were read.
  const unnamed = await readLog(USERS.eduroDpo, slug, { personId: notListed, ...window() });
  expect(unnamed.errors).toBeUndefined();
  expect(unnamed.data!.personUseLog).toEqual([]);

  // Each of those two reads is itself one entry naming only the person whose log was read.
  const logged = await logRows(owner, tenants[slug]!, 'use_log', before);
  expect(logged.map((r) => [r.person_ids, r.entry.operation])).toEqual([
    [[other], 'personUseLog'],
    [[notListed], 'personUseLog'],
  ]);
});

test('each entry’s occurredAt is served as an ISO date-time, the moment the entry was written', async () => {
  // Regression: raw rows carry timestamptz as PostgreSQL's text ('2026-11-24 23:14:15.71869+00'), which
  // the DateTimeISO scalar refused: INTERNAL_SERVER_ERROR at personUseLog.0.occurredAt, no log report.
  const slug = 'eduro-guidance';
  const result = await readLog(USERS.eduroDpo, slug, { personId: client[slug], ...window() }, 'seq occurredAt');
  expect(result.errors).toBeUndefined();
  const stored = await logRows(owner, tenants[slug]!);
  for (const entry of result.data!.personUseLog) {
    const row = stored.find((r) => r.seq === entry.seq)!;
    expect(new Date(entry.occurredAt!).getTime()).toBe(new Date(row.entry.occurredAt).getTime());
  }
  expect(result.data!.personUseLog[0]!.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
});

test('the period is [from, to): entries outside it are left out', async () => {
  const slug = 'eduro-guidance';
  const rows = await logRows(owner, tenants[slug]!);
  const second = new Date(rows.find((r) => r.seq === 2)!.entry.occurredAt);
  const fromSecond = await readLog(USERS.eduroDpo, slug, {
    personId: client[slug],
    from: second.toISOString(),
    to: window().to,
  });
  expect(fromSecond.data!.personUseLog.map((e) => e.seq)[0]).toBe(2);
  const untilSecond = await readLog(USERS.eduroDpo, slug, {
    personId: client[slug],
    from: start.toISOString(),
    to: second.toISOString(),
  });
  expect(untilSecond.data!.personUseLog.map((e) => e.seq)).toEqual([1]);
});

test('in rovaniemi-guidance the city’s DPO reads the log; Eduro’s DPO (the processor’s) is FORBIDDEN', async () => {
  const slug = 'rovaniemi-guidance';
  const heads = await allHeads(owner, Object.values(tenants));
  const eduro = await readLog(USERS.eduroDpo, slug, { personId: client[slug], ...window() });
  expect(codeOf(eduro)).toBe('FORBIDDEN');
  expect(eduro.data).toBeNull();
  expect(await allHeads(owner, Object.values(tenants))).toEqual(heads);

  const city = await readLog(USERS.cityDpo, slug, { personId: client[slug], ...window() });
  expect(city.errors).toBeUndefined();
  expect(city.data!.personUseLog.map((e) => [e.operation, e.actorUserId])).toEqual([
    ['people', users[USERS.office]],
    ['person', users[USERS.office]],
  ]);
  const [entry] = await logRows(owner, tenants[slug]!, 'use_log', heads[`${tenants[slug]}:use_log`]);
  expect(entry!.entry).toMatchObject({
    operation: 'personUseLog',
    basis: 'CONTROLLER_OVERSIGHT',
    actor: { userId: users[USERS.cityDpo], organisationId: organisations[ROVANIEMI], roles: ['DPO'] },
  });
});

test.each([
  ['office', USERS.office, 'eduro-guidance'],
  ['coach', USERS.coach, 'eduro-guidance'],
  ['trainer (eduro-training)', USERS.trainer, 'eduro-training'],
  ['trainer (not a member)', USERS.trainer, 'eduro-guidance'],
  ['admin', USERS.admin, 'eduro-guidance'],
  ['referrer', USERS.referrer, 'eduro-guidance'],
  ['office in rovaniemi-guidance', USERS.office, 'rovaniemi-guidance'],
  ['admin in rovaniemi-guidance', USERS.admin, 'rovaniemi-guidance'],
])('%s → FORBIDDEN, and nothing is logged', async (_who, email, tenant) => {
  const heads = await allHeads(owner, Object.values(tenants));
  const result = await readLog(email, tenant, { personId: client['eduro-guidance'], ...window() });
  expect(codeOf(result)).toBe('FORBIDDEN');
  expect(result.data).toBeNull();
  expect(await allHeads(owner, Object.values(tenants))).toEqual(heads);
});

test('`to` before `from` (or equal) → BAD_USER_INPUT, and nothing is logged', async () => {
  const heads = await allHeads(owner, Object.values(tenants));
  const { from, to } = window();
  const reversed = await readLog(USERS.eduroDpo, 'eduro-guidance', {
    personId: client['eduro-guidance'],
    from: to,
    to: from,
  });
  expect(codeOf(reversed)).toBe('BAD_USER_INPUT');
  expect(reversed.errors![0]!.extensions).toMatchObject({ field: 'to' });
  const empty = await readLog(USERS.eduroDpo, 'eduro-guidance', { personId: client['eduro-guidance'], from, to: from });
  expect(codeOf(empty)).toBe('BAD_USER_INPUT');
  const badId = await readLog(USERS.eduroDpo, 'eduro-guidance', { personId: 'not-a-uuid', from, to });
  expect(codeOf(badId)).toBe('BAD_USER_INPUT');
  expect(await allHeads(owner, Object.values(tenants))).toEqual(heads);
});

test('a person of another tenant has no entries here (each tenant reads only its own log)', async () => {
  const result = await readLog(USERS.eduroDpo, 'eduro-training', { personId: client['eduro-guidance'], ...window() });
  expect(result.errors).toBeUndefined();
  expect(result.data!.personUseLog).toEqual([]);
});
