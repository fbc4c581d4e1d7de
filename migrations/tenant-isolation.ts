import type { Migration } from '@mikro-orm/migrations';

/**
 * Row-level security for tenant-owned tables (STYLE.md habit 4): enabled and FORCE'd, so the owner is
 * bound too, with the policy every tenant table has. test/isolation/catalogue.test.ts checks the result.
 */
export function isolateTenantTables(migration: Migration, tables: readonly string[]): void {
  for (const table of tables) {
    migration.addSql(`alter table ${table} enable row level security;`);
    migration.addSql(`alter table ${table} force row level security;`);
    migration.addSql(`
      create policy tenant_isolation on ${table}
        using (tenant_id = kaira.current_tenant_id())
        with check (tenant_id = kaira.current_tenant_id());`);
  }
}
