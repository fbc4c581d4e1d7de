import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';

// Kaira's two database roles (STACK.md, PostgreSQL row-level security):
// - owner: owns the database and runs migrations; no SUPERUSER, no BYPASSRLS, so FORCE'd policies bind it.
// - app: serves requests; DML only, granted table by table by the migrations; no SUPERUSER, no BYPASSRLS.

/** The slice of node-postgres this file uses (`@types/pg` is not installed). */
interface PgClient {
  connect(): Promise<void>;
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
  end(): Promise<void>;
  on(event: 'error', listener: (err: Error) => void): unknown;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped package, typed narrowly above
const { Client } = require('pg') as {
  Client: new (config: { connectionString: string; connectionTimeoutMillis?: number }) => PgClient;
};

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
// Printable ASCII without spaces: SASLprep leaves it unchanged, so every client derives the same SCRAM keys.
const PASSWORD = /^[\x21-\x7e]{1,1024}$/;

export interface RoleCredentials {
  user: string;
  password: string;
}

export interface DatabaseAndRoles {
  database: string;
  owner: RoleCredentials;
  app: RoleCredentials;
}

const OWNER_ATTRIBUTES = 'LOGIN NOSUPERUSER NOBYPASSRLS';
const APP_ATTRIBUTES = 'LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE';

/**
 * Creates (or brings back in line) the owner and app roles and the database, as a superuser. Idempotent:
 * existing roles get their attributes and passwords reset, an existing database its owner.
 */
export async function ensureDatabaseAndRoles(superuserUrl: string, opts: DatabaseAndRoles): Promise<void> {
  const database = identifier('database', opts.database);
  const owner = identifier('owner role', opts.owner.user);
  const app = identifier('app role', opts.app.user);
  if (owner === app) throw new Error('the owner and app roles must differ');
  const ownerVerifier = scramVerifier('owner role', opts.owner.password);
  const appVerifier = scramVerifier('app role', opts.app.password);

  await withClient(superuserUrl, async (client) => {
    const [{ current_user: self }] = (await client.query<{ current_user: string }>('select current_user')).rows;
    if (owner === self || app === self) throw new Error(`the owner and app roles must not be ${self}, who runs this`);
    await ensureRole(client, owner, ownerVerifier, OWNER_ATTRIBUTES);
    await ensureRole(client, app, appVerifier, APP_ATTRIBUTES);
    await ensureDatabase(client, database, owner);
    // PUBLIC may CONNECT (and create TEMP tables) by default: only the roles that need the database may.
    await client.query(`REVOKE ALL ON DATABASE ${quote(database)} FROM PUBLIC`);
    await client.query(`GRANT CONNECT ON DATABASE ${quote(database)} TO ${quote(app)}`);
  });
  await withClient(withDatabase(superuserUrl, database), async (client) => {
    // PostgreSQL 15+ already omits it; a database restored from an older dump may not.
    await client.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
  });
}

/** `base` (any postgres:// URL of the server) with another user, password and database. */
export function connectionUrl(base: string, user: string, password: string, database: string): string {
  const url = new URL(withDatabase(base, database));
  // Percent-encoded here; the setters leave existing escapes alone.
  url.username = encodeURIComponent(user);
  url.password = encodeURIComponent(password);
  return url.toString();
}

function withDatabase(base: string, database: string): string {
  const url = new URL(base);
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new Error(`not a postgres:// URL: ${url.protocol}`);
  }
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function ensureRole(client: PgClient, role: string, verifier: string, attributes: string): Promise<void> {
  const options = `${attributes} PASSWORD ${literal(verifier)}`;
  const { rows } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
  if (rows.length === 0) {
    try {
      await client.query(`CREATE ROLE ${quote(role)} WITH ${options}`);
      return;
    } catch (err) {
      if (sqlState(err) !== '42710') throw err; // duplicate_object: created concurrently; align it below
    }
  }
  await client.query(`ALTER ROLE ${quote(role)} WITH ${options}`);
}

async function ensureDatabase(client: PgClient, database: string, owner: string): Promise<void> {
  const { rows } = await client.query<{ owner: string }>(
    'select pg_get_userbyid(datdba) as owner from pg_database where datname = $1',
    [database],
  );
  if (rows.length === 0) {
    try {
      await client.query(`CREATE DATABASE ${quote(database)} OWNER ${quote(owner)}`);
      return;
    } catch (err) {
      if (sqlState(err) !== '42P04') throw err; // duplicate_database: created concurrently
    }
  } else if (rows[0].owner === owner) {
    return;
  }
  await client.query(`ALTER DATABASE ${quote(database)} OWNER TO ${quote(owner)}`);
}

async function withClient(url: string, work: (client: PgClient) => Promise<void>): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // A connection lost while idle is reported here; the query in flight rejects on its own.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

function identifier(what: string, name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`invalid ${what} name: must match ${IDENTIFIER.source}`);
  if (name.startsWith('pg_')) throw new Error(`invalid ${what} name: the pg_ prefix is reserved`);
  return name;
}

// Validated names only; the quotes keep keywords (`user`, `order`) usable as names.
function quote(name: string): string {
  return `"${name}"`;
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

// The password is hashed here, as psql's \password does, so the plaintext never reaches the server,
// its logs or pg_stat_statements. Format: SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>.
function scramVerifier(what: string, password: string): string {
  if (!PASSWORD.test(password)) {
    throw new Error(`invalid ${what} password: use 1 to 1024 printable ASCII characters without spaces`);
  }
  const iterations = 4096;
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const storedKey = createHash('sha256').update(createHmac('sha256', salted).update('Client Key').digest()).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

function sqlState(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}
