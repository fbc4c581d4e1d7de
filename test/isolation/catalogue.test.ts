import type { Client } from 'pg';
import { connect, createTestDatabase, type TestDatabase } from '../support/database';
import { tenantTables } from './sql';

// Isolation proven from the catalogue (STYLE.md habit 7): whatever table a migration adds, if it carries
// tenant_id it must have forced row-level security with a tenant policy, and its foreign keys to other
// tenant-owned tables must include tenant_id (STACK.md: foreign-key checks bypass RLS). No test has to
// know the table exists.

const TENANT_CHECK = 'kaira.current_tenant_id()';

// Tables without tenant_id, reviewed one by one: none holds a data subject's personal data. A new global
// table fails here until someone decides it really is global and adds it (a permission change, reviewed).
const GLOBAL_TABLES = [
  'auth_session',
  'mikro_orm_migrations',
  'organisation',
  // Rate-limit windows (src/http/rate-limit.ts): keyed hashes and counts, shared by every tenant's public forms.
  'rate_limit_bucket',
  'refresh_token',
  'tenant',
  'user_account',
  // A staff user's TOTP factor and recovery codes: they belong to the person signing in, like user_account.
  'user_recovery_code',
  'user_second_factor',
];

let db: TestDatabase;
let owner: Client;
let tables: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  owner = await connect(db.ownerUrl);
  tables = await tenantTables(owner);
});
afterAll(async () => {
  await owner?.end();
  await db?.drop();
});

test('the tenant-owned tables are found (the catalogue query itself works)', () => {
  expect(tables).toEqual(
    expect.arrayContaining(['disclosure_log', 'log_head', 'membership', 'person', 'person_revision', 'use_log']),
  );
});

test('every other table in public is a reviewed global table', async () => {
  const { rows } = await owner.query<{ relname: string }>(
    `select relname from pg_class where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') order by relname`,
  );
  const global = rows.map((r) => r.relname).filter((name) => !tables.includes(name));
  expect(global).toEqual(GLOBAL_TABLES);
});

test('every tenant_id column is a NOT NULL uuid', async () => {
  const { rows } = await owner.query<{ table: string; type: string; not_null: boolean }>(
    `select c.relname as table, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null
       from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relname = any($1) and c.relnamespace = 'public'::regnamespace and a.attname = 'tenant_id'
      order by c.relname`,
    [tables],
  );
  expect(rows).toEqual(tables.map((table) => ({ table, type: 'uuid', not_null: true })));
});

test('every tenant-owned table has row-level security enabled and FORCEd', async () => {
  const { rows } = await owner.query<{ table: string; rls: boolean; forced: boolean }>(
    `select relname as table, relrowsecurity as rls, relforcerowsecurity as forced
       from pg_class where relnamespace = 'public'::regnamespace and relname = any($1) order by relname`,
    [tables],
  );
  expect(rows).toEqual(tables.map((table) => ({ table, rls: true, forced: true })));
});

interface Policy {
  table: string;
  name: string;
  permissive: string;
  cmd: string;
  qual: string | null;
  with_check: string | null;
}

async function policies(): Promise<Policy[]> {
  const { rows } = await owner.query<Policy>(
    `select tablename as table, policyname as name, permissive, cmd, qual, with_check
       from pg_policies where schemaname = 'public' and tablename = any($1) order by tablename, policyname`,
    [tables],
  );
  return rows;
}

test('every tenant-owned table has a policy for all commands keyed on kaira.current_tenant_id()', async () => {
  const all = await policies();
  for (const table of tables) {
    const tenantPolicy = all.find(
      (p) =>
        p.table === table &&
        p.cmd === 'ALL' &&
        p.qual?.includes(TENANT_CHECK) &&
        (p.with_check ?? p.qual)?.includes(TENANT_CHECK),
    );
    expect({ table, tenantPolicy: tenantPolicy?.name ?? null }).toEqual({ table, tenantPolicy: expect.any(String) });
  }
});

test('no permissive policy opens writes without the tenant check (permissive policies are OR-ed)', async () => {
  // A second permissive policy for INSERT/UPDATE/DELETE/ALL without the tenant check would let a row into
  // (or out of) another tenant. Read-only extras (membership_own_read) are allowed and listed here.
  const all = await policies();
  const writeHoles = all.filter((p) => {
    if (p.permissive !== 'PERMISSIVE' || p.cmd === 'SELECT') return false;
    const using = p.cmd === 'INSERT' || (p.qual ?? '').includes(TENANT_CHECK);
    const check = p.cmd === 'DELETE' || (p.with_check ?? p.qual ?? '').includes(TENANT_CHECK);
    return !(using && check);
  });
  expect(writeHoles).toEqual([]);
  const readExtras = all.filter((p) => p.cmd === 'SELECT').map((p) => `${p.table}.${p.name}: ${p.qual}`);
  expect(readExtras).toEqual(['membership.membership_own_read: (user_id = kaira.current_user_id())']);
});

test('every foreign key between tenant-owned tables includes tenant_id on both sides (composite)', async () => {
  const { rows } = await owner.query<{ name: string; from: string; to: string; pairs: Array<[string, string]> }>(
    `select con.conname as name, src.relname as from, dst.relname as to,
            (select json_agg(json_build_array(sa.attname, da.attname) order by k.i)
               from unnest(con.conkey, con.confkey) with ordinality as k(s, d, i)
               join pg_attribute sa on sa.attrelid = con.conrelid and sa.attnum = k.s
               join pg_attribute da on da.attrelid = con.confrelid and da.attnum = k.d) as pairs
       from pg_constraint con
       join pg_class src on src.oid = con.conrelid
       join pg_class dst on dst.oid = con.confrelid
      where con.contype = 'f' and src.relname = any($1) and dst.relname = any($1)
        and src.relnamespace = 'public'::regnamespace and dst.relnamespace = 'public'::regnamespace
      order by con.conname`,
    [tables],
  );
  // person_revision → person is the one today; the list grows with every tenant table that references another.
  expect(rows.find((r) => r.name === 'person_revision_person_tenant_fk')).toEqual({
    name: 'person_revision_person_tenant_fk',
    from: 'person_revision',
    to: 'person',
    pairs: [
      ['tenant_id', 'tenant_id'],
      ['person_id', 'id'],
    ],
  });
  for (const fk of rows) {
    const tenantPaired = fk.pairs.some(([from, to]) => from === 'tenant_id' && to === 'tenant_id');
    expect({ fk: fk.name, tenantPaired }).toEqual({ fk: fk.name, tenantPaired: true });
  }
});

test('kaira_app and kaira_owner are NOSUPERUSER NOBYPASSRLS (FORCE binds the owner only then)', async () => {
  const { rows } = await owner.query(
    `select rolname, rolsuper, rolbypassrls from pg_roles where rolname in ('kaira_app', 'kaira_owner') order by rolname`,
  );
  expect(rows).toEqual([
    { rolname: 'kaira_app', rolsuper: false, rolbypassrls: false },
    { rolname: 'kaira_owner', rolsuper: false, rolbypassrls: false },
  ]);
});

test('kaira_app owns no table, view, sequence, function or schema (owners bypass unforced RLS and grants)', async () => {
  const { rows: relations } = await owner.query(`select relname from pg_class where relowner = 'kaira_app'::regrole`);
  const { rows: functions } = await owner.query(`select proname from pg_proc where proowner = 'kaira_app'::regrole`);
  const { rows: schemas } = await owner.query(`select nspname from pg_namespace where nspowner = 'kaira_app'::regrole`);
  expect({ relations, functions, schemas }).toEqual({ relations: [], functions: [], schemas: [] });
});

test('kaira_app holds no TRUNCATE, REFERENCES or TRIGGER privilege (TRUNCATE ignores row-level security)', async () => {
  const { rows } = await owner.query(
    `select c.relname, p.privilege
       from pg_class c cross join unnest(array['TRUNCATE', 'REFERENCES', 'TRIGGER']) as p(privilege)
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
        and has_table_privilege('kaira_app', c.oid, p.privilege)`,
  );
  expect(rows).toEqual([]);
});

test('the only SECURITY DEFINER functions are the log appender, erasure and retention, and no view skips the caller’s row-level security', async () => {
  // STACK.md: views owned by a privileged role and SECURITY DEFINER functions bypass RLS. The exceptions
  // run as the owner; kaira.append_log, for one, runs as the owner, whom FORCE'd RLS still binds to the caller's tenant;
  // it pins its search_path and only kaira_app may execute it.
  const { rows: definers } = await owner.query(
    `select n.nspname || '.' || p.proname as name, p.proconfig as config,
            has_function_privilege('public', p.oid, 'execute') as public_execute
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname in ('public', 'kaira') and p.prosecdef order by 1`,
  );
  const { rows: views } = await owner.query(
    `select relname from pg_class
      where relnamespace in ('public'::regnamespace, 'kaira'::regnamespace) and relkind in ('v', 'm')
        and not coalesce('security_invoker=true' = any(reloptions), false)`,
  );
  expect({ definers, views }).toEqual({
    // kaira.erase_person_data: erasure (GDPR 17), only on a decided erasure request of the person;
    // kaira.retention_remove_person: the retention job's removals.
    definers: ['kaira.append_log', 'kaira.erase_person_data', 'kaira.retention_remove_person'].map((name) => ({
      name,
      config: ['search_path=pg_catalog, public'],
      public_execute: false,
    })),
    views: [],
  });
});
