import type { Client } from 'pg';
import { RESTRICTION_EXEMPT } from '../../migrations/restriction-guard';
import { connect, createTestDatabase, type TestDatabase } from '../support/database';

// GDPR 18 from the catalogue: the person table and every table with a person_id column carry the
// restriction guard (a BEFORE INSERT/UPDATE/DELETE row trigger), unless restriction-guard.ts exempts it with
// a reason. A table added on another branch without the guard fails here at merge: its migration ends with
// guardRestrictedPersons(this), or the exemption list grows (a reviewed decision).

let db: TestDatabase;
let owner: Client;

beforeAll(async () => {
  db = await createTestDatabase();
  owner = await connect(db.ownerUrl);
});
afterAll(async () => {
  await owner?.end();
  await db?.drop();
});

async function personTables(): Promise<Array<{ table: string; guarded: boolean }>> {
  const { rows } = await owner.query<{ table: string; guarded: boolean }>(
    `select c.relname as table,
            exists (select 1 from pg_trigger g join pg_proc p on p.oid = g.tgfoid
                     where g.tgrelid = c.oid and p.proname = 'refuse_restricted_person' and g.tgenabled = 'O'
                       -- BEFORE (2) ROW (1) with INSERT (4), DELETE (8) and UPDATE (16)
                       and g.tgtype & (1 | 2 | 4 | 8 | 16) = (1 | 2 | 4 | 8 | 16)) as guarded
       from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
        and (c.relname = 'person' or exists (select 1 from pg_attribute a where a.attrelid = c.oid
               and a.attname = 'person_id' and not a.attisdropped))
      order by 1`,
  );
  return rows;
}

test('the person and every person_id table are guarded, or exempt with a reason', async () => {
  const tables = await personTables();
  expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(['person', 'client_profile', 'guidance_entry']));
  const unguarded = tables.filter((t) => !t.guarded && !(t.table in RESTRICTION_EXEMPT)).map((t) => t.table);
  expect(unguarded).toEqual([]);
});

test('the exemptions are real tables, none of them guarded, and the person table is never exempt', async () => {
  const tables = new Map((await personTables()).map((t) => [t.table, t.guarded]));
  for (const table of Object.keys(RESTRICTION_EXEMPT)) {
    expect({ table, exists: tables.has(table), guarded: tables.get(table) }).toEqual({
      table,
      exists: true,
      guarded: false,
    });
  }
  expect(RESTRICTION_EXEMPT).not.toHaveProperty('person');
});

test('the guard runs as the writer (not SECURITY DEFINER), with a pinned search_path', async () => {
  const { rows } = await owner.query(
    `select prosecdef, proconfig from pg_proc where proname = 'refuse_restricted_person'
        and pronamespace = 'kaira'::regnamespace`,
  );
  expect(rows).toEqual([{ prosecdef: false, proconfig: ['search_path=pg_catalog, public'] }]);
});
