import type { Client } from 'pg';
import { connect } from '../support/database';
import { codeOf, DEMO_PEOPLE, startKaira, TENANTS, USERS, type Kaira } from '../support/kaira';
import { inTenant, sqlError, tenantIds, tenantTables } from './sql';

// DOMAIN.md §1: three tenants on one schema. Whatever one tenant holds, no other sees or touches: not
// through the API (office@eduro.example is OFFICE in all three), not through raw SQL as the app role,
// and not even as the owner (FORCE'd row-level security).

type Slug = (typeof TENANTS)[number];
const PAIRS: Array<[Slug, Slug]> = TENANTS.flatMap((a) =>
  TENANTS.filter((b) => b !== a).map((b): [Slug, Slug] => [a, b]),
);

const PEOPLE = '{ people(first: 200) { nodes { id } } }';
const PERSON = 'query Person($id: ID!) { person(id: $id) { id firstName } }';
const RLS_VIOLATION = /new row violates row-level security policy/;

let kaira: Kaira;
let app: Client;
let owner: Client;
let tenantId: Record<string, string>;
let tables: string[];
/**
 * Each tenant's people, read as the owner with the tenant set, by id; a restricted person (the demo restricts
 * one, with a random id) comes last, so the controls below (the first person read and written in their own
 * tenant) are never refused with RESTRICTED instead of passing.
 */
const people: Record<string, string[]> = {};
let officeUserId: string;

beforeAll(async () => {
  kaira = await startKaira();
  app = await connect(kaira.db.appUrl);
  owner = await connect(kaira.db.ownerUrl);
  tenantId = await tenantIds(app);
  tables = await tenantTables(owner);
  for (const slug of TENANTS) {
    people[slug] = await inTenant(owner, tenantId[slug]!, async () =>
      (
        await owner.query<{ id: string }>(
          `select id from person p order by exists (select 1 from person_restriction r
                                                     where r.person_id = p.id and r.lifted_at is null), id`,
        )
      ).rows.map((r) => r.id),
    );
  }
  const { rows } = await owner.query<{ id: string }>('select id from user_account where email = $1', [USERS.office]);
  officeUserId = rows[0]!.id;
});
afterAll(async () => {
  await app?.end();
  await owner?.end();
  await kaira?.close();
});

test('the fixture: every tenant has its own demo people, and the tenant-owned tables are known', () => {
  for (const slug of TENANTS) expect(people[slug]).toHaveLength(DEMO_PEOPLE[slug]);
  const total = TENANTS.reduce((sum, slug) => sum + DEMO_PEOPLE[slug], 0);
  expect(new Set(TENANTS.flatMap((slug) => people[slug]!)).size).toBe(total);
  expect(tables).toContain('person');
});

describe.each(PAIRS)('data of %s is invisible to %s', (a, b) => {
  test('through GraphQL: people in B lists only B’s people; person(id: <A’s person>) in B is NOT_FOUND', async () => {
    const token = await kaira.tokenFor(USERS.office);
    const list = await kaira.gql<{ people: { nodes: Array<{ id: string }> } }>(PEOPLE, {}, { token, tenant: b });
    expect(list.errors).toBeUndefined();
    const ids = list.data!.people.nodes.map((n) => n.id);
    expect(ids.filter((id) => people[a]!.includes(id))).toEqual([]);
    // Office staff list every person of B except a restricted one (GDPR 18: the controller's only).
    const restricted = await inTenant(owner, tenantId[b]!, async () =>
      (
        await owner.query<{ person_id: string }>('select person_id from person_restriction where lifted_at is null')
      ).rows.map((r) => r.person_id),
    );
    expect(ids.sort()).toEqual(people[b]!.filter((id) => !restricted.includes(id)).sort());

    for (const id of people[a]!.slice(0, 3)) {
      const one = await kaira.gql(PERSON, { id }, { token, tenant: b });
      expect(codeOf(one)).toBe('NOT_FOUND');
      expect(one.data).toBeNull();
    }
    // The control: the same id is found in its own tenant.
    const own = await kaira.gql(PERSON, { id: people[a]![0] }, { token, tenant: a });
    expect(own.errors).toBeUndefined();
  });

  test('through raw SQL as kaira_app: with B set, no row of A is read, changed or written', async () => {
    await inTenant(app, tenantId[b]!, async () => {
      const read = await app.query('select id from person where id = any($1)', [people[a]]);
      expect(read.rowCount).toBe(0);
      for (const table of tables) {
        const { rows } = await app.query<{ n: number }>(
          `select count(*)::int as n from ${table} where tenant_id <> $1`,
          [tenantId[b]],
        );
        expect({ table, foreignRows: rows[0]!.n }).toEqual({ table, foreignRows: 0 });
      }
      const updated = await app.query("update person set first_name = 'Muutettu' where id = any($1)", [people[a]]);
      const deleted = await app.query('delete from person where id = any($1)', [people[a]]);
      expect({ updated: updated.rowCount, deleted: deleted.rowCount }).toEqual({ updated: 0, deleted: 0 });
    });

    const insert = await inTenant(app, tenantId[b]!, () =>
      sqlError(
        app.query(
          `insert into person (id, tenant_id, first_name, last_name) values (gen_random_uuid(), $1, 'Vieras', 'Rivi')`,
          [tenantId[a]],
        ),
      ),
    );
    expect(insert.code).toBe('42501');
    expect(insert.message).toMatch(RLS_VIOLATION);

    // Nor can a row of B be moved into A.
    const move = await inTenant(app, tenantId[b]!, () =>
      sqlError(app.query('update person set tenant_id = $1 where id = $2', [tenantId[a], people[b]![0]])),
    );
    expect(move.code).toBe('42501');
    expect(move.message).toMatch(RLS_VIOLATION);
  });

  test('a person_revision in A pointing to a person of B is refused, as the app and even as the owner', async () => {
    const revision = (client: Client, rowTenant: string, personId: string) =>
      client.query(
        `insert into person_revision (id, tenant_id, person_id, changed_by, reason, previous)
         values (gen_random_uuid(), $1, $2, $3, 'ristiviittaus', '{}'::jsonb)`,
        [rowTenant, personId, officeUserId],
      );
    const bPerson = people[b]![0]!;

    // Labelled as B's row: row-level security refuses it.
    const labelledB = await inTenant(app, tenantId[a]!, () => sqlError(revision(app, tenantId[b]!, bPerson)));
    expect(labelledB.code).toBe('42501');
    expect(labelledB.message).toMatch(RLS_VIOLATION);

    // Labelled as A's row: the composite (tenant_id, person_id) key finds no such person in A. The key is
    // deferred, so the refusal comes at commit (the FK check itself ignores RLS, hence the composite key).
    for (const client of [app, owner]) {
      const atCommit = await inTenant(client, tenantId[a]!, () =>
        sqlError(revision(client, tenantId[a]!, bPerson).then(() => client.query('commit'))),
      );
      expect(atCommit).toMatchObject({ code: '23503', constraint: 'person_revision_person_tenant_fk' });
    }

    // The control: the same insert for A's own person passes the key.
    await inTenant(app, tenantId[a]!, async () => {
      await revision(app, tenantId[a]!, people[a]![0]!);
      await app.query('set constraints all immediate');
    });
  });
});

test('with no tenant set, kaira_app sees no row of any tenant-owned table', async () => {
  await inTenant(app, null, async () => {
    for (const table of tables) {
      const { rows } = await app.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      expect({ table, rows: rows[0]!.n }).toEqual({ table, rows: 0 });
    }
  });
  // Outside any transaction as well (autocommit), and with the setting present but empty.
  expect((await app.query('select count(*)::int as n from person')).rows[0].n).toBe(0);
  await inTenant(app, '', async () => {
    expect((await app.query('select count(*)::int as n from person')).rows[0].n).toBe(0);
  });
});

test('the one deliberate exception: a signed-in user reads their own memberships of every tenant, nobody else’s', async () => {
  // migrations: membership_own_read, so a user can list and choose a tenant.
  const visible = await inTenant(app, tenantId['eduro-training']!, async () => {
    await app.query("select set_config('kaira.user_id', $1, true)", [officeUserId]);
    return (await app.query<{ tenant_id: string; user_id: string }>('select tenant_id, user_id from membership')).rows;
  });
  const others = visible.filter((m) => m.tenant_id !== tenantId['eduro-training']);
  expect(others.length).toBe(2); // office is a member of the two other tenants
  expect(others.every((m) => m.user_id === officeUserId)).toBe(true);
});

test('the owner is bound too (FORCE): without the setting, kaira_owner counts 0 in every tenant-owned table', async () => {
  for (const table of tables) {
    const { rows } = await owner.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    expect({ table, rows: rows[0]!.n }).toEqual({ table, rows: 0 });
  }
  // …and with a tenant set, only that tenant's rows.
  const counts = await inTenant(
    owner,
    tenantId['eduro-training']!,
    async () => (await owner.query('select tenant_id, count(*)::int as n from person group by tenant_id')).rows,
  );
  expect(counts).toEqual([{ tenant_id: tenantId['eduro-training'], n: 12 }]);
});
