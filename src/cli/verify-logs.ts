import 'reflect-metadata';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { migrateAndSeed, openDatabase } from '../db/database';
import { openOrm } from '../db/orm';
import { TenantTransaction } from '../db/tenant-transaction';
import { loadTenantFiles } from '../tenants/tenant-file';

// `npm run verify-logs`: re-computes every tenant's use-log and disclosure-log hash chains as the owner
// and reports the first broken link of each. Exits 1 when any chain is broken.
async function main(): Promise<void> {
  const config = loadConfig();
  const tenants = loadTenantFiles(config.tenantsDir);
  const database = await openDatabase(config, createLogger('warn'));
  let broken = 0;
  try {
    await migrateAndSeed(database.ownerUrl, tenants);
    const orm = await openOrm(database.ownerUrl, 1);
    try {
      for (const tenant of tenants) {
        for (const log of ['use_log', 'disclosure_log']) {
          const [row] = await TenantTransaction.within(orm, { tenantId: tenant.id, userId: null }, (em) =>
            em.execute<Array<{ checked: string; broken_seq: string | null; problem: string | null }>>(
              'select checked, broken_seq, problem from kaira.verify_log(?)',
              [log],
            ),
          );
          const ok = row!.broken_seq === null;
          if (!ok) broken += 1;
          console.log(
            `${tenant.slug.padEnd(24)} ${log.padEnd(15)} ${ok ? 'intact' : 'BROKEN'}  ${row!.checked} entries checked` +
              (ok ? '' : `; first broken link at seq ${row!.broken_seq}: ${row!.problem}`),
          );
        }
      }
    } finally {
      await orm.close();
    }
  } finally {
    await database.stop();
  }
  process.exit(broken ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(`verify-logs failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
