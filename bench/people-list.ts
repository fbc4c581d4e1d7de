import './node-env';
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { loadConfig, type Config } from '../src/config';
import { openOrm } from '../src/db/orm';
import { createLogger, type Logger } from '../src/logger';
import { TenantRegistry } from '../src/modules/tenant/tenant.registry';
import { startServer } from '../src/server';
import { loadTenantFiles } from '../src/tenants/tenant-file';
import { startBenchDatabase, type BenchDatabase } from './bench-database';
import { measure, requestsPerSecond, type LoadSettings, type RunResult, type Target } from './measure';
import { TENANT_SLUG } from './operations';
import { Child, Cleanup, progress, sleep } from './processes';
import { saveProfile, startProfile, summariseProfile } from './profile';
import type { RawChildMessage, RawStats, RawTenant } from './raw-handler';
import { percentile, report, reportKairaLog, summarise } from './report';
import { countAndCompare } from './statement-count';

// `npm run bench`: Kaira's people list against a raw `pg` handler doing the same work, on one machine.
// Usage: node dist/bench/people-list.js [--people 5000] [--seconds 10] [--warmup 5] [--rounds 3]
//        [--concurrency 32] [--pool 16] [--max-requests N] [--profile [file.cpuprofile]] [--limits-off]
// --limits-off: a second Kaira in the same process without the request limits of src/http (document limits,
// rate limits, introspection rule) takes its turn too, and the overhead of the limits is printed.
// Kaira and the raw handler take turns (Kaira, raw, Kaira, raw…) so drift and noise hit both; the load
// comes from a forked client process; everything started is stopped and the temp dir removed at the end.

const REPO = resolve(__dirname, '..', '..'); // dist/bench → the checkout

interface Options {
  people: number;
  seconds: number;
  warmup: number;
  rounds: number;
  concurrency: number;
  pool: number;
  maxRequests: number;
  profile: string | boolean;
  limitsOff: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    people: 5000,
    seconds: 10,
    warmup: 5, // after 2 s Kaira's first round still ran ≈15% slower than the next ones (JIT)
    rounds: 3,
    concurrency: 32,
    pool: 16,
    maxRequests: 0,
    profile: false,
    limitsOff: false,
  };
  const numeric: Record<string, keyof Options> = {
    '--people': 'people',
    '--seconds': 'seconds',
    '--warmup': 'warmup',
    '--rounds': 'rounds',
    '--concurrency': 'concurrency',
    '--pool': 'pool',
    '--max-requests': 'maxRequests',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--limits-off') {
      opts.limitsOff = true;
      continue;
    }
    if (arg === '--profile') {
      const next = argv[i + 1];
      opts.profile = next && !next.startsWith('--') ? (i++, next) : true;
      continue;
    }
    const key = numeric[arg];
    const value = Number(argv[++i]);
    if (!key || !Number.isFinite(value) || value < 0)
      throw new Error(`bad argument ${arg} ${argv[i] ?? ''}: see the usage in bench/people-list.ts`);
    (opts as unknown as Record<string, number>)[key] = value;
  }
  if (opts.rounds < 1 || opts.concurrency < 1 || opts.pool < 1 || opts.seconds <= 0)
    throw new Error('rounds, concurrency, pool and seconds must be positive');
  return opts;
}

interface Setup {
  config: Config;
  db: BenchDatabase;
  logger: Logger;
  logFile: string;
  orm: MikroORM;
  registry: TenantRegistry;
  tenant: RawTenant;
}

// Configuration with fresh keys, PostgreSQL with the seeded tenant, and Kaira's app-role ORM.
async function setUp(opts: Options, cleanup: Cleanup): Promise<Setup> {
  const key = () => randomBytes(32).toString('base64');
  const config = loadConfig({
    NODE_ENV: process.env.NODE_ENV,
    KAIRA_TOKEN_SECRET: key(),
    KAIRA_FIELD_KEY: key(),
    KAIRA_LOOKUP_KEY: key(),
    KAIRA_TENANTS_DIR: join(REPO, 'tenants'),
    KAIRA_DATA_DIR: '/nonexistent-kaira-bench-data-dir', // keys come from the environment: nothing is written
    KAIRA_DB_POOL: String(opts.pool),
    KAIRA_ACCESS_TOKEN_SECONDS: String(24 * 3600),
    KAIRA_DEMO: 'false',
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const tenants = loadTenantFiles(config.tenantsDir);
  const tenantFile = tenants.find((t) => t.slug === TENANT_SLUG);
  if (!tenantFile) throw new Error(`no tenant file for ${TENANT_SLUG} in ${config.tenantsDir}`);
  progress('starting PostgreSQL, migrating, seeding');
  const db = await startBenchDatabase({
    keys: config.keys,
    tenants,
    tenantId: tenantFile.id,
    people: opts.people,
    progress,
  });
  cleanup.push('PostgreSQL and its temp dir', () => db.stop());
  progress(`PostgreSQL ready in ${db.dir}`);
  // Kaira logs as deployed (LOG_LEVEL info: one line per operation), into a file instead of the terminal.
  const logFile = join(db.dir, 'kaira.log');
  const logger = createLogger('info', pino.destination({ dest: logFile, sync: true }));
  const orm = await openOrm(db.appUrl, opts.pool);
  cleanup.push('Kaira ORM', () => orm.close());
  const registry = await TenantRegistry.load(orm.em);
  const { id, controllerOrganisationId } = registry.bySlug(TENANT_SLUG)!;
  return { config, db, logger, logFile, orm, registry, tenant: { slug: TENANT_SLUG, id, controllerOrganisationId } };
}

// Kaira in this process, the raw handler and the load client in their own.
async function startTargets(setup: Setup, opts: Options, cleanup: Cleanup) {
  const { config, db, logger, orm, registry, tenant } = setup;
  const server = await startServer({ config, orm, registry, logger, port: 0 });
  cleanup.push('Kaira server', () => server.close());
  const raw = new Child('raw handler', 'raw-handler.js');
  cleanup.push('raw handler', () => raw.stop({ type: 'stop' }));
  const tokenSecret = config.keys.tokenSecret.toString('base64');
  const start: RawChildMessage = { type: 'start', appUrl: db.appUrl, tokenSecret, tenant, poolSize: opts.pool };
  const { port: rawPort } = await raw.ask<{ type: 'listening'; port: number }>(start, 'listening');
  const client = new Child('load client', 'load-client.js');
  cleanup.push('load client', () => client.stop({ type: 'stop' }));
  progress(`Kaira on :${server.port}, raw handler on :${rawPort}`);
  const ownCpuMs = async () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const kaira: Target = { name: 'Kaira', port: server.port, serverCpuMs: ownCpuMs };
  let unlimited: Target | undefined;
  if (opts.limitsOff) {
    const off = await startServer({ config, orm, registry, logger, port: 0, limits: false });
    cleanup.push('Kaira server without limits', () => off.close());
    progress(`Kaira without limits on :${off.port}`);
    unlimited = { name: 'Kaira, limits off', port: off.port, serverCpuMs: ownCpuMs };
  }
  const rawTarget: Target = {
    name: 'raw',
    port: rawPort,
    serverCpuMs: async () => (await raw.ask<{ type: 'cpu'; ms: number }>({ type: 'cpu' }, 'cpu')).ms,
  };
  const rawStats = async () => (await raw.ask<{ type: 'stats'; stats: RawStats }>({ type: 'stats' }, 'stats')).stats;
  return { kaira, unlimited, raw: rawTarget, client, rawStats };
}

type Runs = Record<Target['name'], RunResult[]>;

// Warm-up for each target, then the rounds, alternating targets. Returns every run and the measured ones.
async function runRounds(db: BenchDatabase, client: Child, targets: Target[], opts: Options, load: LoadSettings) {
  const all: Runs = { Kaira: [], 'Kaira, limits off': [], raw: [] };
  const measured: Runs = { Kaira: [], 'Kaira, limits off': [], raw: [] };
  for (const target of opts.warmup > 0 ? targets : []) {
    const r = await measure(db, client, target, opts.warmup, load);
    all[target.name].push(r);
    progress(`warm-up ${target.name}: ${requestsPerSecond(r).toFixed(0)} req/s, ${r.errors} errors`);
  }
  for (let round = 1; round <= opts.rounds; round++) {
    for (const target of targets) {
      const r = await measure(db, client, target, opts.seconds, load);
      all[target.name].push(r);
      measured[target.name].push(r);
      const ms = [...r.latencies].sort((a, b) => a - b);
      progress(
        `round ${round} ${target.name.padEnd(5)}: ${requestsPerSecond(r).toFixed(0).padStart(5)} req/s, ` +
          `p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, ${r.errors} errors`,
      );
    }
  }
  return { all, measured };
}

// `--profile`: one more Kaira run under the V8 profiler (not in the table), summarised on stdout.
async function profileRun(db: BenchDatabase, client: Child, kaira: Target, opts: Options, load: LoadSettings) {
  progress(`profiling one more Kaira run (${opts.seconds} s, not in the table)`);
  const profiler = await startProfile();
  const r = await measure(db, client, kaira, opts.seconds, load);
  const profile = await profiler.stop();
  progress(`profiled run: ${requestsPerSecond(r).toFixed(0)} req/s under the profiler`);
  if (typeof opts.profile === 'string') {
    saveProfile(profile, opts.profile);
    progress(`CPU profile written to ${opts.profile} (open in Chrome DevTools or speedscope)`);
  }
  process.stdout.write(`\nCPU profile of the Kaira process during ${r.ok + r.errors} requests\n`);
  process.stdout.write(`${summariseProfile(profile)}\n`);
  return r;
}

// Every successful request appended exactly one entry, and the chain has no gap (rows = head seq).
async function checkUseLog(db: BenchDatabase, runs: RunResult[]): Promise<{ ok: boolean; note: string }> {
  const [rows, head] = [await db.useLogRows(), await db.useLogHead()];
  const written = runs.reduce((n, r) => n + r.useLogRows, 0);
  const expected = runs.reduce((n, r) => n + r.ok, 0);
  const note =
    `use_log: ${written} rows written in all load runs (warm-ups included) ${written === expected ? '=' : '≠'} ` +
    `${expected} (one per successful request); the table holds ${rows} rows, chain head at seq ${head}` +
    (rows === head ? '' : ' — MISMATCH');
  return { ok: written === expected && rows === head, note };
}

async function bench(opts: Options, cleanup: Cleanup): Promise<void> {
  const setup = await setUp(opts, cleanup);
  const { db } = setup;
  progress('counting statements per operation (log_statement = all on fresh connections)');
  const { token, counts } = await countAndCompare(db, setup.config, setup.logger, setup.tenant);
  progress(
    `statements per people list: Kaira ${counts.kairaPeople.postgres.length}, raw ${counts.raw.postgres.length}`,
  );

  const { kaira, unlimited, raw, client, rawStats } = await startTargets(setup, opts, cleanup);
  const load: LoadSettings = { token, concurrency: opts.concurrency, maxRequests: opts.maxRequests };
  const activityBefore = await db.backgroundActivity();
  const targets = unlimited ? [kaira, unlimited, raw] : [kaira, raw];
  const { all, measured } = await runRounds(db, client, targets, opts, load);
  const stats = await rawStats();
  if (opts.profile) all.Kaira.push(await profileRun(db, client, kaira, opts, load));

  const useLog = await checkUseLog(db, [...all.Kaira, ...all['Kaira, limits off'], ...all.raw]);
  await sleep(1000); // cumulative statistics reach the views about a second late
  const activityAfter = await db.backgroundActivity();
  const activity =
    `PostgreSQL during the load: ${activityAfter.checkpoints - activityBefore.checkpoints} checkpoints, ` +
    `${activityAfter.autovacuums - activityBefore.autovacuums} autovacuum and ` +
    `${activityAfter.autoanalyzes - activityBefore.autoanalyzes} autoanalyze runs on use_log/log_head`;
  const heading =
    `Kaira people list vs raw pg: ${opts.people} people in ${TENANT_SLUG}, ${opts.concurrency} concurrent clients, ` +
    `pool ${opts.pool}, ${opts.rounds} rounds × ${opts.seconds} s each (after ${opts.warmup} s warm-up), ` +
    `NODE_ENV=${process.env.NODE_ENV}, Node ${process.version}, ${cpus().length} CPUs`;
  const [kairaSummary, rawSummary] = [summarise(measured.Kaira), summarise(measured.raw)];
  process.stdout.write(`${report(heading, counts, kairaSummary, rawSummary, stats, [useLog.note, activity])}\n`);
  if (unlimited) process.stdout.write(`${limitsOverhead(kairaSummary, summarise(measured['Kaira, limits off']))}\n`);
  reportKairaLog(setup.logFile);
  if (!useLog.ok) throw new Error('use_log rows do not match the successful requests');
  const failures = kairaSummary.errors + rawSummary.errors;
  if (failures > 0) progress(`${failures} requests failed: see the first errors above`);
}

// The same operation through the same process with and without the limits, rounds interleaved.
function limitsOverhead(on: ReturnType<typeof summarise>, off: ReturnType<typeof summarise>): string {
  const rounds = (s: typeof on) => s.roundRps.map((r) => r.toFixed(0)).join(', ');
  return [
    '',
    'Overhead of the request limits (src/http: document limits, rate limits, introspection rule):',
    `  limits on : ${on.rps.toFixed(0)} req/s median (rounds ${rounds(on)}), p50 ${on.p50.toFixed(1)} ms, p99 ${on.p99.toFixed(1)} ms`,
    `  limits off: ${off.rps.toFixed(0)} req/s median (rounds ${rounds(off)}), p50 ${off.p50.toFixed(1)} ms, p99 ${off.p99.toFixed(1)} ms`,
    `  server CPU per operation: ${on.serverCpuPerOp.toFixed(2)} ms on, ${off.serverCpuPerOp.toFixed(2)} ms off ` +
      '(less sensitive than req/s to other load on the machine)',
    `  on/off    : ${(on.rps / off.rps).toFixed(3)} of the throughput, ` +
      `${(on.serverCpuPerOp / off.serverCpuPerOp).toFixed(3)} of the CPU per operation`,
  ].join('\n');
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const cleanup = new Cleanup();
  // `on`, not `once`: Apollo Server stops itself on SIGINT/SIGTERM and then sends the signal again
  // (stopOnTerminationSignals); with no listener left, that second signal would kill the process mid-cleanup.
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    progress(`${signal}: stopping`);
    void cleanup.run().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await bench(opts, cleanup);
    return 0;
  } catch (error) {
    if (signalled) return 130; // the run was interrupted; its half-finished measurement failing says nothing
    progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    progress('stopping Kaira, the raw handler, the load client and PostgreSQL; removing the temp dir');
    await cleanup.run();
    progress('done');
  }
}

// Exit explicitly: fetch's keep-alive pool would otherwise hold the process open for a few seconds.
void main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    progress(error instanceof Error ? error.message : String(error)); // a bad argument: nothing was started
    process.exit(2);
  },
);
