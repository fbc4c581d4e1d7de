import './node-env';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { openOrm } from '../src/db/orm';
import { createLogger } from '../src/logger';
import { composeIdentityCode } from '../src/modules/person/personal-identity-code';
import { TenantRegistry } from '../src/modules/tenant/tenant.registry';
import { startServer } from '../src/server';
import { loadTenantFiles } from '../src/tenants/tenant-file';
import { startBenchDatabase } from './bench-database';
import { Cleanup, progress } from './processes';
import { percentile } from './report';

// `npm run bench:enrolment`: the public enrolment form (`enrol`, no login) on one machine.
// Usage: node dist/bench/enrolment.js [--seconds 5] [--rounds 3] [--concurrency 16] [--sessions 40]
//        [--races 20] [--seats 5] [--racers 20] [--companies 1000]
// 1. Throughput: many distinct people enrol into sessions with room (round-robin over --sessions sessions,
//    so enrolments to one session queue on its row lock as in production), employees of --companies
//    companies (forms naming one new company at once wait for each other on its Y-tunnus). Median of the rounds.
// 2. The capacity race: --racers simultaneous enrolments into a session with --seats seats, --races
//    times; every race must end with exactly --seats enrolled and the rest SESSION_FULL.
// The load comes from this process (fetch), so the client's CPU is counted against Kaira's two cores too.

const REPO = resolve(__dirname, '..', '..');
const TENANT = 'eduro-training';

interface Options {
  seconds: number;
  rounds: number;
  concurrency: number;
  sessions: number;
  races: number;
  seats: number;
  racers: number;
  companies: number;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    seconds: 5,
    rounds: 3,
    concurrency: 16,
    sessions: 40,
    races: 20,
    seats: 5,
    racers: 20,
    companies: 1000,
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]!.replace(/^--/, '') as keyof Options;
    const value = Number(argv[i + 1]);
    if (!(key in opts) || !Number.isFinite(value) || value <= 0) {
      throw new Error(`bad argument ${argv[i]} ${argv[i + 1] ?? ''}: see the usage in bench/enrolment.ts`);
    }
    opts[key] = value;
  }
  return opts;
}

const ENROL = `mutation Enrol($input: EnrolInput!) { enrol(input: $input) { enrolmentId status } }`;

let people = 0;
let companies = 1000;
/** A new person's form each call: distinct henkilötunnus (birth day × individual number), email and key. */
function form(sessionId: string) {
  const n = people++;
  const company = businessId(1000000 + (n % companies));
  const day = new Date(Date.UTC(1960, 0, 1) + Math.floor(n / 800) * 86_400_000);
  const ddmmyy = `${pad(day.getUTCDate())}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCFullYear() % 100)}`;
  return {
    firstName: 'Bench',
    lastName: `Osallistuja${n}`,
    personalIdentityCode: composeIdentityCode(ddmmyy, '-', 100 + (n % 800)),
    email: `bench${n}@example.fi`,
    mobile: '+358 40 123 4567',
    company: {
      name: 'Bench Oy',
      businessId: company,
      contactName: 'Pekka Yhteyshenkilö',
      contactEmail: 'pekka@bench.example.fi',
      contactPhone: '+358 9 123 456',
      billingEmail: 'laskut@bench.example.fi',
    },
    position: 'Asentaja',
    sessionId,
    idempotencyKey: `bench-${process.pid}-${n}`,
  };
}
const pad = (n: number) => String(n).padStart(2, '0');

/** A valid Y-tunnus near `base` (check digit mod 11, weights 7 9 10 5 8 4 2; remainder 1 is never issued). */
function businessId(base: number): string {
  for (let body = base; ; body += 5_000_000) {
    const digits = String(body % 10_000_000).padStart(7, '0');
    const r = [...digits].reduce((sum, d, i) => sum + Number(d) * [7, 9, 10, 5, 8, 4, 2][i]!, 0) % 11;
    if (r !== 1) return `${digits}-${r === 0 ? 0 : 11 - r}`;
  }
}

async function enrol(url: string, sessionId: string): Promise<{ ms: number; code: string }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'kaira-tenant': TENANT },
    body: JSON.stringify({ query: ENROL, variables: { input: form(sessionId) } }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  const code = body.errors ? String(body.errors[0]?.extensions?.code ?? 'ERROR') : 'OK';
  return { ms: performance.now() - started, code };
}

async function newSessions(owner: Client, tenantId: string, count: number, capacity: number): Promise<string[]> {
  await owner.query('begin');
  await owner.query("select set_config('kaira.tenant_id', $1, true)", [tenantId]);
  const { rows } = await owner.query<{ id: string }>(
    `insert into training_session (id, tenant_id, card_type_id, starts_at, ends_at, place, language, delivery_mode,
                                   capacity, created_by)
     select gen_random_uuid(), $1, (select id from card_type where code = 'ttk'), now() + interval '30 days',
            now() + interval '30 days 8 hours', 'Bench', 'fi', 'classroom', $3, (select id from user_account limit 1)
       from generate_series(1, $2) returning id`,
    [tenantId, count, capacity],
  );
  await owner.query('commit');
  return rows.map((r) => r.id);
}

async function throughputRound(url: string, sessions: string[], opts: Options) {
  const latencies: number[] = [];
  const codes = new Map<string, number>();
  const until = performance.now() + opts.seconds * 1000;
  let next = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (performance.now() < until) {
        const r = await enrol(url, sessions[next++ % sessions.length]!);
        latencies.push(r.ms);
        codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  return {
    cpuMsPerRequest: (used.user + used.system) / 1000 / latencies.length,
    perSecond: (codes.get('OK') ?? 0) / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    codes,
  };
}

async function race(url: string, owner: Client, tenantId: string, opts: Options) {
  const [session] = await newSessions(owner, tenantId, 1, opts.seats);
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: opts.racers }, () => enrol(url, session!)));
  const ms = performance.now() - started;
  const ok = results.filter((r) => r.code === 'OK').length;
  const full = results.filter((r) => r.code === 'SESSION_FULL').length;
  return { ms, ok, full };
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

async function bench(opts: Options, cleanup: Cleanup): Promise<void> {
  const key = () => randomBytes(32).toString('base64');
  const config = loadConfig({
    NODE_ENV: process.env.NODE_ENV,
    KAIRA_TOKEN_SECRET: key(),
    KAIRA_FIELD_KEY: key(),
    KAIRA_LOOKUP_KEY: key(),
    KAIRA_TENANTS_DIR: join(REPO, 'tenants'),
    KAIRA_DATA_DIR: '/nonexistent-kaira-bench-data-dir',
    KAIRA_DEMO: 'false',
    KAIRA_ENROL_RATE_LIMIT: '1000000000', // one address sends everything here
    LOG_LEVEL: 'silent',
    PORT: '0',
  });
  const tenants = loadTenantFiles(config.tenantsDir);
  const tenantId = tenants.find((t) => t.slug === TENANT)!.id;
  progress('starting PostgreSQL, migrating, seeding');
  const db = await startBenchDatabase({ keys: config.keys, tenants, tenantId, people: 0, progress });
  cleanup.push('PostgreSQL and its temp dir', () => db.stop());
  const orm = await openOrm(db.appUrl, config.databasePoolSize);
  cleanup.push('Kaira ORM', () => orm.close());
  const registry = await TenantRegistry.load(orm.em);
  const server = await startServer({ config, orm, registry, logger: createLogger('silent'), port: 0 });
  cleanup.push('Kaira server', () => server.close());
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  cleanup.push('owner connection', () => owner.end());

  companies = opts.companies;
  const sessions = await newSessions(owner, tenantId, opts.sessions, 500);
  progress(`warm-up (${opts.seconds} s)`);
  await throughputRound(server.url, sessions, opts);
  const rounds = [];
  for (let i = 1; i <= opts.rounds; i++) {
    const r = await throughputRound(server.url, sessions, opts);
    rounds.push(r);
    progress(
      `round ${i}: ${r.perSecond.toFixed(0)} enrolments/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${JSON.stringify(Object.fromEntries(r.codes))}`,
    );
  }
  const races = [];
  for (let i = 0; i < opts.races; i++) races.push(await race(server.url, owner, tenantId, opts));
  const exact = races.filter((r) => r.ok === opts.seats && r.full === opts.racers - opts.seats).length;

  const out = [
    `Public enrolment (enrol) on ${TENANT}: NODE_ENV=${process.env.NODE_ENV}, Node ${process.version}, ${cpus().length} CPUs, pool ${config.databasePoolSize}, load from the same process`,
    `throughput: ${opts.concurrency} concurrent clients, distinct people of ${opts.companies} companies round-robin over ${opts.sessions} sessions with room, ${opts.rounds} rounds × ${opts.seconds} s (after a warm-up round)`,
    `  median ${median(rounds.map((r) => r.perSecond)).toFixed(0)} enrolments/s (rounds: ${rounds.map((r) => r.perSecond.toFixed(0)).join(', ')}), median p50 ${median(rounds.map((r) => r.p50)).toFixed(1)} ms, median p99 ${median(rounds.map((r) => r.p99)).toFixed(1)} ms, ` +
      `median ${median(rounds.map((r) => r.cpuMsPerRequest)).toFixed(1)} ms of this process's CPU per enrolment (Kaira and the load client; PostgreSQL not counted)`,
    `capacity race: ${opts.racers} simultaneous enrolments into ${opts.seats} seats, ${opts.races} races`,
    `  ${exact}/${opts.races} races ended with exactly ${opts.seats} enrolled and ${opts.racers - opts.seats} SESSION_FULL; median race ${median(races.map((r) => r.ms)).toFixed(1)} ms (min ${Math.min(...races.map((r) => r.ms)).toFixed(1)}, max ${Math.max(...races.map((r) => r.ms)).toFixed(1)})`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  if (exact !== opts.races) throw new Error('a capacity race did not end with exactly the seats filled');
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const cleanup = new Cleanup();
  const onSignal = () => void cleanup.run().finally(() => process.exit(130));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await bench(opts, cleanup);
    return 0;
  } catch (error) {
    progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    await cleanup.run();
    progress('done');
  }
}

void main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    progress(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
