import 'reflect-metadata';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { migrateAndSeed, openDatabase } from './db/database';
import { openOrm } from './db/orm';
import { startServer } from './server';
import { OutboxDelivery } from './modules/outbox/outbox.delivery';
import { RetentionScheduler } from './modules/retention/retention.scheduler';
import { TenantRegistry } from './modules/tenant/tenant.registry';
import { loadTenantFiles } from './tenants/tenant-file';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './cli/demo-data';

// Kaira's entry: configuration → database (migrated, tenants seeded) → server.
async function main(): Promise<void> {
  const started = process.hrtime.bigint();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const tenants = loadTenantFiles(config.tenantsDir); // a bad tenant file stops the start, naming file and field
  const database = await openDatabase(config, logger);
  const stops: Array<() => Promise<void>> = [database.stop];
  const shutdown = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'shutting down');
    for (const stop of stops.reverse())
      await stop().catch((err: unknown) => logger.error({ err }, 'shutdown step failed'));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await migrateAndSeed(database.ownerUrl, tenants);
  if (config.demo) {
    const owner = await openOrm(database.ownerUrl, 1);
    await seedDemo(owner, config.keys, tenants).finally(() => owner.close());
  }
  const orm = await openOrm(database.appUrl, config.databasePoolSize);
  stops.push(() => orm.close());
  const registry = await TenantRegistry.load(orm.em);
  const server = await startServer({ config, orm, registry, logger });
  stops.push(() => server.close());
  // Last in, so stopped first: no run is left sending while the ORM and PostgreSQL go down.
  const delivery = new OutboxDelivery({ orm, registry, logger, config });
  delivery.start(config.outboxIntervalMs);
  stops.push(() => delivery.stop());
  const retention = new RetentionScheduler({ orm, registry, logger, config });
  retention.start(config.retentionIntervalMs);
  stops.push(() => retention.stop());
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  logger.info(
    { url: server.url, tenants: registry.all().map((t) => t.slug), startupMs: Math.round(ms) },
    'Kaira is serving',
  );
  if (config.demo) {
    logger.info({ users: DEMO_USERS.map((u) => u.email), password: DEMO_PASSWORD }, 'demo users (local use only)');
  }
}

main().catch((error: unknown) => {
  // Start-up errors are ours (configuration, tenant files, database): print the message, not a trace.
  console.error(`Kaira could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
