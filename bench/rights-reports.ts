import './node-env';
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config';
import { openOrm } from '../src/db/orm';
import { createLogger } from '../src/logger';
import { TenantRegistry } from '../src/modules/tenant/tenant.registry';
import { startServer } from '../src/server';
import { DEMO_PASSWORD } from '../src/cli/demo-data';
import { loadTenantFiles } from '../src/tenants/tenant-file';
import { startBenchDatabase } from './bench-database';
import { LOGIN } from './operations';
import { progress } from './processes';
import { percentile } from './report';

// `npm run bench:rights`: how long producing each rights report takes for one client of rovaniemi-guidance
// with the demo's data (profile, service periods, entries, consents, survey answers), sequentially, as the
// city's officer. Prints median and p95 per report. Usage: node dist/bench/rights-reports.js [--requests 200]

const REPO = resolve(__dirname, '..', '..');
const TENANT = 'rovaniemi-guidance';
const REPORTS: Record<string, { kind: string; query: string }> = {
  accessReport: { kind: 'access', query: 'query($id: ID!) { accessReport(requestId: $id) }' },
  accessReportHtml: { kind: 'access', query: 'query($id: ID!) { accessReportHtml(requestId: $id, language: EN) }' },
  logReport: { kind: 'log_report', query: 'query($id: ID!) { logReport(requestId: $id) { from uses { seq } } }' },
  portabilityExport: { kind: 'portability', query: 'query($id: ID!) { portabilityExport(requestId: $id) }' },
};

async function post(port: number, query: string, variables: object, token?: string): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'kaira-tenant': TENANT };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body.data;
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--requests');
  const requests = at > 0 ? Number(process.argv[at + 1]) : 200;
  const key = () => randomBytes(32).toString('base64');
  const config = loadConfig({
    NODE_ENV: process.env.NODE_ENV,
    KAIRA_TOKEN_SECRET: key(),
    KAIRA_FIELD_KEY: key(),
    KAIRA_LOOKUP_KEY: key(),
    KAIRA_TENANTS_DIR: join(REPO, 'tenants'),
    KAIRA_DATA_DIR: '/nonexistent-kaira-bench-data-dir',
    KAIRA_ACCESS_TOKEN_SECONDS: String(3600),
    KAIRA_DEMO: 'false',
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const tenants = loadTenantFiles(config.tenantsDir);
  const tenantId = tenants.find((t) => t.slug === TENANT)!.id;
  progress('starting PostgreSQL, migrating, seeding the demo');
  const db = await startBenchDatabase({ keys: config.keys, tenants, tenantId, people: 0, progress });
  const orm = await openOrm(db.appUrl, 4);
  const logger = createLogger('warn', pino.destination({ dest: join(db.dir, 'kaira.log'), sync: true }));
  const server = await startServer({ config, orm, registry: await TenantRegistry.load(orm.em), logger, port: 0 });
  const owner = new Client({ connectionString: db.ownerUrl });
  try {
    await owner.connect();
    await owner.query('begin');
    await owner.query("select set_config('kaira.tenant_id', $1, true)", [tenantId]);
    // The demo's client with the most entries, and one checked request of each kind about them.
    const { rows } = await owner.query<{ person_id: string }>(
      'select person_id from guidance_entry group by person_id order by count(*) desc limit 1',
    );
    const { rows: users } = await owner.query<{ id: string }>(
      "select id from user_account where email = 'officer@rovaniemi.example'",
    );
    const ids: Record<string, string> = {};
    for (const kind of ['access', 'log_report', 'portability']) {
      ids[kind] = randomUUID();
      await owner.query(
        `insert into rights_request (id, tenant_id, kind, received_on, channel, person_id, identity_method,
           identity_checked_by, identity_checked_at, due_on, registered_by)
         values ($1, $2, $3, current_date, 'email', $4, 'id_document', $5, now(), current_date + 28, $5)`,
        [ids[kind], tenantId, kind, rows[0]!.person_id, users[0]!.id],
      );
    }
    await owner.query('commit');
    const login = (await post(server.port, LOGIN, {
      input: { email: 'officer@rovaniemi.example', password: DEMO_PASSWORD },
    })) as { login: { accessToken: string } };
    const token = login.login.accessToken;
    console.log(`${requests} sequential requests per report, one client of ${TENANT} (demo data)`);
    for (const [name, report] of Object.entries(REPORTS)) {
      for (let i = 0; i < 20; i++) await post(server.port, report.query, { id: ids[report.kind] }, token);
      const times: number[] = [];
      for (let i = 0; i < requests; i++) {
        const started = process.hrtime.bigint();
        await post(server.port, report.query, { id: ids[report.kind] }, token);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      const median = percentile(times, 50).toFixed(2);
      console.log(`${name.padEnd(18)} median ${median} ms  p95 ${percentile(times, 95).toFixed(2)} ms`);
    }
  } finally {
    await owner.end();
    await server.close();
    await orm.close();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
