import 'reflect-metadata';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { migrateAndSeed, openDatabase } from '../db/database';
import { openOrm } from '../db/orm';
import { runRetention } from '../modules/retention/retention.job';
import { TenantRegistry } from '../modules/tenant/tenant.registry';
import { loadTenantFiles } from '../tenants/tenant-file';

// `npm run retention [-- --apply]`: finds, per tenant and data category, what has no basis left under the
// tenant files' retention rules, and removes it only with --apply (a dry run by default). Both record the
// run in retention_run. Prints counts, never a person id or a name. Runs as the app role, so row-level
// security binds it like the server; exits 3 when another process is running retention.
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--apply');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]}: the only flag is --apply`);
  const apply = args.includes('--apply');
  const config = loadConfig();
  const tenants = loadTenantFiles(config.tenantsDir);
  const logger = createLogger('warn');
  const database = await openDatabase(config, logger);
  let code = 0;
  try {
    await migrateAndSeed(database.ownerUrl, tenants);
    const orm = await openOrm(database.appUrl, 2);
    try {
      const registry = await TenantRegistry.load(orm.em);
      const report = await runRetention({ orm, registry, config, logger }, { apply, trigger: 'cli' });
      if (!report.ran) {
        console.log('retention: another process is running it; nothing done');
        code = 3;
      } else {
        console.log(`retention run ${report.runId}: ${apply ? 'APPLIED' : 'dry run (nothing removed; --apply acts)'}`);
        for (const t of report.tenants) {
          const counts = Object.entries(t.counts)
            .map(([k, n]) => `${k}=${n}`)
            .join(' ');
          const held =
            Object.entries(t.held)
              .map(([k, n]) => `${k}=${n}`)
              .join(' ') || 'none';
          console.log(`${t.tenant.padEnd(24)} ${apply ? 'removed' : 'due'}: ${counts}; kept by holds: ${held}`);
        }
      }
    } finally {
      await orm.close();
    }
  } finally {
    await database.stop();
  }
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(`retention failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
