import { join } from 'node:path';
import type { Client } from 'pg';
import { connect, createTestDatabase, type TestDatabase } from '../support/database';
import { inTenant } from '../isolation/sql';
import { loadTenantFiles } from '../../src/tenants/tenant-file';
import {
  EXEMPT_TABLES,
  locationSql,
  mappedTables,
  PERSON_DATA_MAP,
  type DataLocation,
} from '../../src/modules/person-data/person-data-map';

// The person-data map checked against the catalogue: whatever table a migration adds that holds a person's
// data (a person_id column, or a column commented 'personal data…') must be mapped or exempted with a
// reason, so the access report, portability, erasure and retention never silently miss it.

let db: TestDatabase;
let owner: Client;
const tenants = loadTenantFiles(join(__dirname, '../../tenants'));

beforeAll(async () => {
  db = await createTestDatabase();
  owner = await connect(db.ownerUrl);
});
afterAll(async () => {
  await owner?.end();
  await db?.drop();
});

function allLocations(): DataLocation[] {
  return Object.values(PERSON_DATA_MAP).flatMap((m) => [...m.categories, ...m.records].flatMap((e) => e.locations));
}

test('every table with a person_id column is in the map or exempt with a reason', async () => {
  const { rows } = await owner.query<{ table: string }>(
    `select c.relname as table from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
        and a.attname = 'person_id' and not a.attisdropped order by 1`,
  );
  expect(rows.length).toBeGreaterThan(5);
  const mapped = mappedTables();
  const missing = rows.map((r) => r.table).filter((t) => !mapped.has(t) && !(t in EXEMPT_TABLES));
  expect(missing).toEqual([]);
});

test("every column commented 'personal data' is read by the map (or its table is exempt)", async () => {
  const { rows } = await owner.query<{ table: string; column: string }>(
    `select c.relname as table, a.attname as column from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and a.attnum > 0
        and not a.attisdropped and col_description(c.oid, a.attnum) ilike 'personal data%' order by 1, 2`,
  );
  expect(rows).toEqual(expect.arrayContaining([{ table: 'person', column: 'email' }]));
  const covered = new Set(
    allLocations().flatMap((l) => [...l.columns, ...(l.files ?? [])].map((c) => `${l.table}.${c}`)),
  );
  const missing = rows
    .filter((r) => !(r.table in EXEMPT_TABLES) && !covered.has(`${r.table}.${r.column}`))
    .map((r) => `${r.table}.${r.column}`);
  expect(missing).toEqual([]);
});

test('every exemption names a real table and gives a reason', async () => {
  const { rows } = await owner.query<{ relname: string }>(
    `select relname from pg_class where relnamespace = 'public'::regnamespace and relname = any($1)`,
    [Object.keys(EXEMPT_TABLES)],
  );
  expect(rows.map((r) => r.relname).sort()).toEqual(Object.keys(EXEMPT_TABLES).sort());
  for (const reason of Object.values(EXEMPT_TABLES)) expect(reason.length).toBeGreaterThan(20);
});

test.each(tenants.map((t) => [t.slug, t] as const))(
  'the map covers exactly the data categories of %s',
  (_slug, tenant) => {
    const map = PERSON_DATA_MAP[tenant.register.kind];
    expect(map.categories.map((c) => c.key).sort()).toEqual(tenant.dataCategories.map((c) => c.key).sort());
    // A category with no place in the database says why (it comes with another feature).
    for (const category of map.categories.filter((c) => c.locations.length === 0)) {
      expect(category.note).toBeTruthy();
    }
  },
);

test('every mapped location is valid SQL over real columns, in every tenant, as the app would run it', async () => {
  const locations = allLocations();
  expect(locations.length).toBeGreaterThan(20);
  for (const tenant of tenants) {
    await inTenant(owner, tenant.id, async () => {
      for (const location of locations) {
        const sql = locationSql(location).replace('?', '$1');
        await expect(owner.query(sql, ['00000000-0000-4000-8000-00000000ffff'])).resolves.toBeDefined();
      }
    });
  }
});
