import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { connectionUrl, ensureDatabaseAndRoles } from '../../src/db/roles';
import { APP_ROLE, migrateAndSeed, OWNER_ROLE } from '../../src/db/database';
import { openOrm } from '../../src/db/orm';
import { seedDemo } from '../../src/cli/demo-data';
import { loadTenantFiles } from '../../src/tenants/tenant-file';
import { TEMPLATE_DATABASE, testConfig } from './env';

// Starts PostgreSQL once for the whole run (or uses KAIRA_TEST_SUPERUSER_URL), creates Kaira's two
// roles, and builds a migrated, seeded template database that every test file clones.
export default async function globalSetup(): Promise<void> {
  let superuserUrl = process.env.KAIRA_TEST_SUPERUSER_URL;
  if (!superuserUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'kaira-test-'));
    chmodSync(dir, 0o755); // PostgreSQL runs as the OS user postgres when the tests run as root
    const server = await startEmbeddedPostgres({ dataDir: join(dir, 'pg') });
    Object.assign(globalThis, { __kairaPostgres: server, __kairaPostgresDir: dir });
    superuserUrl = server.superuserUrl();
  }
  const ownerPassword = randomBytes(18).toString('base64url');
  const appPassword = randomBytes(18).toString('base64url');
  await ensureDatabaseAndRoles(superuserUrl, {
    database: TEMPLATE_DATABASE,
    owner: { user: OWNER_ROLE, password: ownerPassword },
    app: { user: APP_ROLE, password: appPassword },
  });
  const ownerUrl = connectionUrl(superuserUrl, OWNER_ROLE, ownerPassword, TEMPLATE_DATABASE);
  const config = testConfig();
  const tenants = loadTenantFiles(config.tenantsDir);
  await migrateAndSeed(ownerUrl, tenants);
  const owner = await openOrm(ownerUrl, 1);
  await seedDemo(owner, config.keys, tenants).finally(() => owner.close());

  process.env.KAIRA_TEST_SUPERUSER_URL = superuserUrl;
  process.env.KAIRA_TEST_OWNER_PASSWORD = ownerPassword;
  process.env.KAIRA_TEST_APP_PASSWORD = appPassword;
  // In-band runs share this realm with the tests; MikroORM's and type-graphql's globals from the
  // setup would break discovery there (STACK.md).
  for (const key of Object.keys(globalThis)) {
    if (key.startsWith('mikro-orm') || key.startsWith('TypeGraphQL'))
      delete (globalThis as Record<string, unknown>)[key];
  }
}
