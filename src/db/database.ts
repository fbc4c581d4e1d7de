import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { TenantFile } from '../tenants/tenant-file';
import { seedTenants } from '../modules/tenant/tenant.registry';
import { seedCardTypes } from '../modules/training/card-type.seed';
import { startEmbeddedPostgres } from './embedded-postgres';
import { openOrm } from './orm';
import { connectionUrl, ensureDatabaseAndRoles } from './roles';

export const APP_ROLE = 'kaira_app'; // migrations grant to this role by name
export const OWNER_ROLE = 'kaira_owner';

export interface Database {
  /** The app role: DML only, no BYPASSRLS. Kaira serves with this. */
  appUrl: string;
  /** The owner role: runs migrations and seeds the tenants. */
  ownerUrl: string;
  stop(): Promise<void>;
}

/** The configured PostgreSQL (DATABASE_URL), or embedded PostgreSQL in the data dir. */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  if (config.databaseUrl && config.databaseOwnerUrl) {
    return { appUrl: config.databaseUrl, ownerUrl: config.databaseOwnerUrl, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: join(config.dataDir, 'pg'),
    log: (line) => logger.debug({ postgres: line }),
  });
  try {
    const credentials = localCredentials(config.dataDir);
    await ensureDatabaseAndRoles(server.superuserUrl(), {
      database: 'kaira',
      owner: { user: OWNER_ROLE, password: credentials.owner },
      app: { user: APP_ROLE, password: credentials.app },
    });
    const base = server.superuserUrl();
    return {
      appUrl: connectionUrl(base, APP_ROLE, credentials.app, 'kaira'),
      ownerUrl: connectionUrl(base, OWNER_ROLE, credentials.owner, 'kaira'),
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Runs pending migrations, seeds the tenants from their files and their reference data, as the owner. Idempotent. */
export async function migrateAndSeed(ownerUrl: string, tenants: TenantFile[]): Promise<void> {
  const orm = await openOrm(ownerUrl, 1);
  try {
    await orm.getMigrator().up();
    await seedTenants(orm.em.fork(), tenants);
    await seedCardTypes(orm, tenants);
  } finally {
    await orm.close();
  }
}

// Role passwords for the embedded database, generated once (mode 0600) next to its data.
function localCredentials(dataDir: string): { owner: string; app: string } {
  const file = join(dataDir, 'db-credentials.json');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const fresh = { owner: randomBytes(24).toString('base64url'), app: randomBytes(24).toString('base64url') };
    writeFileSync(file, JSON.stringify(fresh), { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, 'utf8')) as { owner: string; app: string };
}
