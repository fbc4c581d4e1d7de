import type { Client } from 'pg';

// Raw-SQL helpers for the isolation tests: they talk to PostgreSQL as kaira_app or kaira_owner,
// the way an attacker who got the app's connection (or a forgetful query) would.

export interface SqlFailure {
  code: string;
  message: string;
  /** The constraint named by the error, if any. */
  constraint?: string;
}

/** Runs the statement and returns its error; fails the test if the statement succeeds. */
export async function sqlError(run: Promise<unknown>): Promise<SqlFailure> {
  try {
    await run;
  } catch (error) {
    const { code, message, constraint } = error as { code?: string; message: string; constraint?: string };
    return { code: code ?? '', message, ...(constraint ? { constraint } : {}) };
  }
  throw new Error('expected the statement to fail, it succeeded');
}

/**
 * `work` inside one transaction with `kaira.tenant_id` set transaction-locally (as TenantTransaction
 * does), rolled back afterwards unless `commit`. Null leaves the tenant unset.
 */
export async function inTenant<T>(
  client: Client,
  tenantId: string | null,
  work: () => Promise<T>,
  opts: { commit?: boolean } = {},
): Promise<T> {
  await client.query('begin');
  try {
    if (tenantId !== null) await client.query("select set_config('kaira.tenant_id', $1, true)", [tenantId]);
    const result = await work();
    await client.query(opts.commit ? 'commit' : 'rollback');
    return result;
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}

/**
 * The tables of schema public that carry a tenant_id column: the tenant-owned tables. Read from pg_catalog
 * (information_schema would hide columns the connected role has no privilege on).
 */
export async function tenantTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `select c.relname as table_name
       from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
        and a.attname = 'tenant_id' and not a.attisdropped
      order by c.relname`,
  );
  return rows.map((r) => r.table_name);
}

/** Tenant slug → id (the tenant table is global: readable without a tenant). */
export async function tenantIds(client: Client): Promise<Record<string, string>> {
  const { rows } = await client.query<{ slug: string; id: string }>('select slug, id from tenant order by slug');
  return Object.fromEntries(rows.map((r) => [r.slug, r.id]));
}
