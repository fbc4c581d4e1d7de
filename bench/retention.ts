import './node-env';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { openOrm } from '../src/db/orm';
import { createLogger } from '../src/logger';
import { runRetention } from '../src/modules/retention/retention.job';
import { TenantRegistry } from '../src/modules/tenant/tenant.registry';
import { loadTenantFiles } from '../src/tenants/tenant-file';
import { startBenchDatabase } from './bench-database';
import { progress } from './processes';

// `npm run bench:retention`: how long the retention job takes when many guidance clients are due at once
// (e.g. the first run after go-live): N clients of rovaniemi-guidance whose service ended in 2010, every
// tenth under a legal hold. Times a dry run, then the applied run, and prints ms per due person.
// Usage: node dist/bench/retention.js [--clients 2000]

const REPO = resolve(__dirname, '..', '..');
const TENANT = 'rovaniemi-guidance';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--clients');
  const clients = at > 0 ? Number(process.argv[at + 1]) : 2000;
  const key = () => randomBytes(32).toString('base64');
  const config = loadConfig({
    NODE_ENV: process.env.NODE_ENV,
    KAIRA_TOKEN_SECRET: key(),
    KAIRA_FIELD_KEY: key(),
    KAIRA_LOOKUP_KEY: key(),
    KAIRA_TENANTS_DIR: join(REPO, 'tenants'),
    KAIRA_DATA_DIR: '/nonexistent-kaira-bench-data-dir',
    KAIRA_DEMO: 'false',
    PORT: '0',
  });
  const tenants = loadTenantFiles(config.tenantsDir);
  const tenantId = tenants.find((t) => t.slug === TENANT)!.id;
  progress('starting PostgreSQL, migrating, seeding the demo');
  const db = await startBenchDatabase({ keys: config.keys, tenants, tenantId, people: 0, progress });
  const owner = new Client({ connectionString: db.ownerUrl });
  const orm = await openOrm(db.appUrl, 4);
  try {
    await owner.connect();
    progress(`inserting ${clients} due clients`);
    await owner.query('begin');
    await owner.query("select set_config('kaira.tenant_id', $1, true)", [tenantId]);
    await owner.query(
      `with people as (
         insert into person (id, tenant_id, first_name, last_name)
         select gen_random_uuid(), $1, 'Bench', 'Client ' || i from generate_series(1, $2) i returning id),
       org as (select id from organisation where business_id = '1508035-7'),
       usr as (select id from user_account order by created_at limit 1),
       periods as (
         insert into service_period (id, tenant_id, person_id, purchaser_organisation_id, referrer_organisation_id,
           service, starts_on, ends_on, status, created_by)
         select gen_random_uuid(), $1, p.id, org.id, org.id, 'job-coaching', '2008-01-01', '2010-06-30', 'closed', usr.id
           from people p, org, usr returning person_id)
       insert into legal_hold (id, tenant_id, person_id, kind, reference, ends_on, categories, recorded_by)
       select gen_random_uuid(), $1, person_id, 'law', 'bench', '2099-12-31', '{name}', (select id from usr)
         from (select person_id, row_number() over () as n from periods) x where n % 10 = 0`,
      [tenantId, clients],
    );
    await owner.query('commit');
    const registry = await TenantRegistry.load(orm.em);
    const services = { orm, registry, config, logger: createLogger('silent') };
    for (const apply of [false, true]) {
      const started = process.hrtime.bigint();
      const report = await runRetention(services, { apply, trigger: 'cli' });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (!report.ran) throw new Error('the run was skipped');
      const city = report.tenants.find((t) => t.tenant === TENANT)!;
      const due = city.personIds.length + Object.values(city.held).reduce((a, b) => a + b, 0);
      console.log(
        `${apply ? 'apply  ' : 'dry run'}: ${ms.toFixed(0)} ms for ${due} due clients ` +
          `(${city.personIds.length} removed${apply ? '' : ' if applied'}, ${city.held.law ?? 0} held): ` +
          `${(ms / due).toFixed(2)} ms per due client`,
      );
    }
  } finally {
    await owner.end();
    await orm.close();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
