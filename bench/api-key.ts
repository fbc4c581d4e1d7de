import './node-env';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { openOrm } from '../src/db/orm';
import { createLogger } from '../src/logger';
import { composeIdentityCode } from '../src/modules/person/personal-identity-code';
import { servedOperations } from '../src/modules/api-key/persisted-operations';
import { TenantRegistry } from '../src/modules/tenant/tenant.registry';
import { startServer } from '../src/server';
import { loadTenantFiles } from '../src/tenants/tenant-file';
import { startBenchDatabase } from './bench-database';
import { gql, LOGIN, TENANT_SLUG } from './operations';
import { Cleanup, progress } from './processes';
import { percentile } from './report';

// `npm run bench:api-key`: what an integration pays for its API key and trusted document, on the billing
// export of 40 enrolments: the same operation sent by office staff as query text (bearer token), by office
// staff by document id, and by an API key by document id. Rounds alternate between the three so drift
// hits all. The client runs in this process too (relative numbers; 2 cores are shared).
// Usage: node dist/bench/api-key.js [--seconds 5] [--rounds 3] [--concurrency 8]

const REPO = resolve(__dirname, '..', '..');
const ENROLMENTS = 40;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Variant {
  name: string;
  headers: Record<string, string>;
  body: object;
}

async function run(port: number, v: Variant, seconds: number, concurrency: number) {
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  const payload = JSON.stringify(v.body);
  const worker = async () => {
    while (Date.now() < until) {
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'kaira-tenant': TENANT_SLUG, ...v.headers },
        body: payload,
      });
      const json = (await res.json()) as { errors?: unknown; data?: { billingExport?: unknown[] } };
      if (json.errors || json.data?.billingExport?.length !== ENROLMENTS) throw new Error(JSON.stringify(json));
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function main(): Promise<void> {
  const seconds = arg('seconds', 5);
  const rounds = arg('rounds', 3);
  const concurrency = arg('concurrency', 8);
  const cleanup = new Cleanup();
  try {
    const key = () => randomBytes(32).toString('base64');
    const config = loadConfig({
      NODE_ENV: process.env.NODE_ENV,
      KAIRA_TOKEN_SECRET: key(),
      KAIRA_FIELD_KEY: key(),
      KAIRA_LOOKUP_KEY: key(),
      KAIRA_TENANTS_DIR: join(REPO, 'tenants'),
      KAIRA_DATA_DIR: '/nonexistent-kaira-bench-data-dir',
      KAIRA_ACCESS_TOKEN_SECONDS: String(24 * 3600),
      KAIRA_DEMO: 'false',
      KAIRA_ENROL_RATE_LIMIT: '1000',
      PORT: '0',
    });
    const tenants = loadTenantFiles(config.tenantsDir);
    const tenantId = tenants.find((t) => t.slug === TENANT_SLUG)!.id;
    const db = await startBenchDatabase({ keys: config.keys, tenants, tenantId, people: 0, progress });
    cleanup.push('PostgreSQL', () => db.stop());
    const orm = await openOrm(db.appUrl, 16);
    cleanup.push('ORM', () => orm.close());
    const registry = await TenantRegistry.load(orm.em);
    const server = await startServer({ config, orm, registry, logger: createLogger('silent'), port: 0 });
    cleanup.push('Kaira', () => server.close());

    const sessionId = await newSession(db.ownerUrl, tenantId);
    for (let n = 0; n < ENROLMENTS; n++) await gql(server.port, ENROL, { variables: { input: form(sessionId, n) } });
    const login = (email: string) =>
      gql(server.port, LOGIN, { variables: { input: { email, password: 'kaira-demo-2026' } }, tenant: false }).then(
        (d) => (d as { login: { accessToken: string } }).login.accessToken,
      );
    const office = await login('office@eduro.example');
    const admin = await login('admin@eduro.example');
    const created = (await gql(server.port, CREATE_KEY, { token: admin })) as { createApiKey: { secret: string } };

    const from = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    const operation = servedOperations().byOperationName('BillingExport');
    if (!operation) throw new Error('BillingExport is not in the manifest');
    const variables = { from, to };
    const variants: Variant[] = [
      {
        name: 'staff, query text',
        headers: { authorization: `Bearer ${office}` },
        body: { query: operation.document, variables },
      },
      {
        name: 'staff, documentId',
        headers: { authorization: `Bearer ${office}` },
        body: { documentId: operation.id, variables },
      },
      {
        name: 'API key, documentId',
        headers: { authorization: `ApiKey ${created.createApiKey.secret}` },
        body: { documentId: operation.id, variables },
      },
    ];
    for (const v of variants) await run(server.port, v, 1, concurrency); // warm-up
    const results = new Map<string, Array<{ rps: number; p50: number; p99: number }>>();
    for (let r = 0; r < rounds; r++) {
      for (const v of variants) {
        const result = await run(server.port, v, seconds, concurrency);
        results.set(v.name, [...(results.get(v.name) ?? []), result]);
        progress(`round ${r + 1} ${v.name}: ${result.rps.toFixed(0)} req/s`);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const base = median(results.get(variants[0]!.name)!.map((x) => x.rps));
    console.log(
      `\nbilling export of ${ENROLMENTS} enrolments, ${concurrency} clients, ${rounds}×${seconds} s, medians:`,
    );
    for (const v of variants) {
      const rs = results.get(v.name)!;
      const rps = median(rs.map((x) => x.rps));
      console.log(
        `${v.name.padEnd(22)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${median(rs.map((x) => x.p50)).toFixed(1)} ms` +
          `  p99 ${median(rs.map((x) => x.p99)).toFixed(1)} ms  ratio ${(rps / base).toFixed(2)}`,
      );
    }
  } finally {
    await cleanup.run();
  }
}

const ENROL = 'mutation Enrol($input: EnrolInput!) { enrol(input: $input) { status } }';
const CREATE_KEY = 'mutation { createApiKey(input: {name: "bench", operations: ["BillingExport"]}) { secret } }';

function form(sessionId: string, n: number) {
  return {
    firstName: 'Aino',
    lastName: `Osallistuja${n}`,
    personalIdentityCode: composeIdentityCode('150585', '-', 100 + n),
    email: `osallistuja${n}@example.fi`,
    mobile: '+358 40 123 4567',
    company: {
      name: 'Rakennus Oy',
      businessId: '1508035-7',
      contactName: 'Pekka Yhteyshenkilö',
      contactEmail: 'pekka@rakennus.example.fi',
      contactPhone: '+358 9 123 456',
      eInvoiceAddress: '003715080357',
      eInvoiceOperator: 'E204503',
    },
    position: 'Työnjohtaja',
    sessionId,
    idempotencyKey: `bench-key-${n}-${sessionId}`,
  };
}

async function newSession(ownerUrl: string, tenantId: string): Promise<string> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query('begin');
    await owner.query("select set_config('kaira.tenant_id', $1, true)", [tenantId]);
    const { rows } = await owner.query<{ id: string }>(
      `insert into training_session (id, tenant_id, card_type_id, starts_at, ends_at, place, language,
                                     delivery_mode, capacity, created_by)
       select gen_random_uuid(), $1, (select id from card_type where code = 'ttk'), now() + interval '10 days',
              now() + interval '10 days 7 hours', 'Eduro, Rovaniemi', 'fi', 'classroom', 100,
              (select id from user_account where email = 'office@eduro.example')
       returning id`,
      [tenantId],
    );
    await owner.query('commit');
    return rows[0]!.id;
  } finally {
    await owner.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
