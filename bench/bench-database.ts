import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { Keys } from '../src/config';
import { seedDemo } from '../src/cli/demo-data';
import { APP_ROLE, migrateAndSeed, OWNER_ROLE } from '../src/db/database';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { openOrm } from '../src/db/orm';
import { connectionUrl, ensureDatabaseAndRoles } from '../src/db/roles';
import type { TenantFile } from '../src/tenants/tenant-file';

// The bench's own PostgreSQL: a fresh cluster in a temp dir, Kaira's two roles, migrations, the demo users,
// and one tenant filled with generated people. Everything goes away in stop().

export interface BenchDatabase {
  dir: string;
  appUrl: string;
  ownerUrl: string;
  /** Statements the app role sends from now on are logged (new connections only) and kept in memory. */
  logAppStatements(on: boolean): Promise<void>;
  /** PostgreSQL's own output lines since the last call. */
  takeLog(): string[];
  /** The use log's head sequence number for the tenant: gap-free, one per entry written. */
  useLogHead(): Promise<number>;
  /** Rows in the tenant's use log. */
  useLogRows(): Promise<number>;
  /** Bytes of WAL written so far (pg_current_wal_lsn): exact, also for the last request. */
  walBytes(): Promise<number>;
  /** Checkpoints and autovacuum/autoanalyze runs on the log tables so far (cumulative statistics, ≈1 s late). */
  backgroundActivity(): Promise<BackgroundActivity>;
  /** What the app role's backends are doing right now (pg_stat_activity). */
  sampleAppBackends(): Promise<BackendSample>;
  /** user+system CPU (ms) of the postmaster and every process it started (backends, writers). */
  postgresCpuMs(): number;
  stop(): Promise<void>;
}

export interface BackgroundActivity {
  checkpoints: number;
  autovacuums: number;
  autoanalyzes: number;
}

export interface BackendSample {
  /** Executing, or waiting on I/O or a lightweight lock (WAL flush at commit). */
  running: number;
  /** Waiting for a heavyweight lock: here, the tenant's log_head row that kaira.append_log locks. */
  lockWait: number;
  /** In a transaction, waiting for the app's next statement. */
  idleInTransaction: number;
  /** Of those, backends whose last statement was the use-log append: they hold the log_head lock. */
  holdingLogHead: number;
}

export interface BenchDatabaseOptions {
  keys: Keys;
  tenants: TenantFile[];
  tenantId: string;
  people: number;
  progress: (message: string) => void;
}

export async function startBenchDatabase(opts: BenchDatabaseOptions): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'kaira-bench-'));
  chmodSync(dir, 0o755); // as root PostgreSQL runs as the OS user postgres, which must reach the data dir
  const dataDir = join(dir, 'pg');
  let log: string[] = [];
  const stops: Array<() => Promise<void>> = [async () => rmSync(dir, { recursive: true, force: true })];
  const stop = async (): Promise<void> => {
    for (const step of stops.splice(0).reverse())
      await step().catch((err: unknown) => opts.progress(`cleanup: ${String(err)}`));
  };
  try {
    const server = await startEmbeddedPostgres({ dataDir, log: (line) => log.push(line) });
    stops.push(() => server.stop());
    const superuserUrl = server.superuserUrl();
    const passwords = { owner: randomBytes(18).toString('base64url'), app: randomBytes(18).toString('base64url') };
    await ensureDatabaseAndRoles(superuserUrl, {
      database: 'kaira',
      owner: { user: OWNER_ROLE, password: passwords.owner },
      app: { user: APP_ROLE, password: passwords.app },
    });
    const ownerUrl = connectionUrl(superuserUrl, OWNER_ROLE, passwords.owner, 'kaira');
    const appUrl = connectionUrl(superuserUrl, APP_ROLE, passwords.app, 'kaira');
    await migrateAndSeed(ownerUrl, opts.tenants);
    const ownerOrm = await openOrm(ownerUrl, 1);
    await seedDemo(ownerOrm, opts.keys, opts.tenants).finally(() => ownerOrm.close());

    const owner = new Client({ connectionString: ownerUrl });
    owner.on('error', () => undefined);
    await owner.connect();
    stops.push(() => owner.end());
    const started = Date.now();
    await seedPeople(owner, opts.tenantId, opts.people);
    opts.progress(`seeded ${opts.people} people in ${Date.now() - started} ms`);

    const superuser = new Client({ connectionString: superuserUrl });
    superuser.on('error', () => undefined);
    await superuser.connect();
    stops.push(() => superuser.end());

    const inTenant = async (sql: string): Promise<number> => {
      await owner.query('begin');
      try {
        await owner.query("select set_config('kaira.tenant_id', $1, true)", [opts.tenantId]);
        const { rows } = await owner.query<{ n: string | null }>(sql);
        return Number(rows[0]?.n ?? 0);
      } finally {
        await owner.query('commit');
      }
    };
    const pidFile = join(dataDir, 'postmaster.pid');
    return {
      dir,
      appUrl,
      ownerUrl,
      logAppStatements: async (on) => {
        await superuser.query(`alter role ${APP_ROLE} ${on ? "set log_statement = 'all'" : 'reset log_statement'}`);
      },
      takeLog: () => {
        const taken = log;
        log = [];
        return taken;
      },
      useLogHead: () =>
        inTenant("select seq as n from log_head where tenant_id = kaira.current_tenant_id() and log = 'use_log'"),
      useLogRows: () => inTenant('select count(*) as n from use_log where tenant_id = kaira.current_tenant_id()'),
      walBytes: async () => {
        const { rows } = await owner.query<{ n: string }>(
          "select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::text as n",
        );
        return Number(rows[0]!.n);
      },
      backgroundActivity: async () => {
        const { rows } = await owner.query<{ checkpoints: string; autovacuums: string; autoanalyzes: string }>(
          `select (select num_timed + num_requested from pg_stat_checkpointer) as checkpoints,
                  coalesce(sum(autovacuum_count), 0) as autovacuums, coalesce(sum(autoanalyze_count), 0) as autoanalyzes
             from pg_stat_user_tables where relname in ('use_log', 'log_head')`,
        );
        const row = rows[0]!;
        return {
          checkpoints: Number(row.checkpoints),
          autovacuums: Number(row.autovacuums),
          autoanalyzes: Number(row.autoanalyzes),
        };
      },
      sampleAppBackends: async () => {
        const { rows } = await superuser.query<Record<keyof BackendSample, number>>(
          `select count(*) filter (where state = 'active' and wait_event_type is distinct from 'Lock')::int as "running",
                  count(*) filter (where state = 'active' and wait_event_type = 'Lock')::int as "lockWait",
                  count(*) filter (where state = 'idle in transaction')::int as "idleInTransaction",
                  count(*) filter (where state = 'idle in transaction' and query like 'select kaira.append_log(%')::int as "holdingLogHead"
             from pg_stat_activity where usename = $1`,
          [APP_ROLE],
        );
        return rows[0]!;
      },
      postgresCpuMs: () => treeCpuMs(Number.parseInt(readFileSync(pidFile, 'utf8'), 10)),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

// One INSERT … SELECT as the owner, in the tenant's transaction (the owner is bound by the forced policies).
// Identity-code columns stay null: the list does not read them.
async function seedPeople(owner: Client, tenantId: string, people: number): Promise<void> {
  await owner.query('begin');
  try {
    await owner.query("select set_config('kaira.tenant_id', $1, true)", [tenantId]);
    await owner.query(
      `insert into person (id, tenant_id, first_name, last_name, email, phone)
       select gen_random_uuid(), $1::uuid, n.first_name, n.last_name,
              translate(lower(n.first_name || '.' || n.last_name || i), 'äöå', 'aoa') || '@example.fi',
              '+358 40 ' || lpad((1000000 + i)::text, 7, '0')
         from generate_series(1, $2::int) i,
         lateral (select (array['Aino','Eero','Helmi','Juho','Kerttu','Lauri','Minea','Niilo','Oona','Paavo',
                                'Saana','Veeti','Ilona','Onni','Venla','Elias','Aada','Leevi','Emma','Väinö'])[1 + (i * 7) % 20]
                           as first_name,
                         (array['Aho','Heikkinen','Jokela','Kangas','Lampela','Mäkelä','Niemi','Ojala','Rautio','Salmi',
                                'Korhonen','Virtanen','Nieminen','Mäkinen','Hämäläinen','Laine','Koskinen','Järvinen',
                                'Lehtonen','Saarinen','Salminen','Heinonen','Tuominen','Rantanen','Karjalainen'])[1 + (i * 13) % 25]
                           as last_name) n`,
      [tenantId, people],
    );
    await owner.query('commit');
  } catch (error) {
    await owner.query('rollback').catch(() => undefined);
    throw error;
  }
  await owner.query('analyze person');
}

const CLOCK_TICKS_PER_SECOND = 100; // Linux USER_HZ

// CPU of the postmaster and everything it started, from /proc: utime+stime of the live children (backends,
// writers, autovacuum) plus the postmaster's own and its reaped children's (cutime+cstime), so a backend
// that exits (an idle pool connection closing) keeps counting and the total never goes down.
function treeCpuMs(rootPid: number): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // Fields after the ")" that closes the command name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    if (pid !== rootPid && ppid !== rootPid) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
    if (pid === rootPid) ticks += Number(fields[13]) + Number(fields[14]);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}
