import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Environment → typed configuration, read once at start-up.

export interface Keys {
  /** Signs access tokens (HS256). */
  tokenSecret: Buffer;
  /** Encrypts henkilötunnus at rest (AES-256-GCM). Kept outside the database. */
  fieldKey: Buffer;
  /** Keyed hash (HMAC-SHA256) for exact henkilötunnus lookup. */
  lookupKey: Buffer;
}

export interface Config {
  production: boolean;
  port: number;
  /** Address to listen on; loopback unless HOST says otherwise. */
  host: string;
  dataDir: string;
  /** App role URL (DML only, no BYPASSRLS); absent means embedded PostgreSQL. */
  databaseUrl: string | undefined;
  /** Owner role URL: runs migrations and seeds. Required with databaseUrl. */
  databaseOwnerUrl: string | undefined;
  databasePoolSize: number;
  tenantsDir: string;
  keys: Keys;
  accessTokenSeconds: number;
  refreshTokenDays: number;
  logLevel: string;
  /** Seed demo users and people (never in production). */
  demo: boolean;
  /** SMTP relay for the outbox, e.g. smtp://user:pass@host:587; absent means delivery is off. */
  smtpUrl: string | undefined;
  /** The From of every message Kaira sends. */
  mailFrom: string;
  /** How often the outbox looks for due messages. */
  outboxIntervalMs: number;
  /** Where clients reach Kaira: one-time links in email (a survey: `<publicUrl>/survey/<token>`) start here. */
  publicUrl: string;
  /** Public enrolments one client address may submit per minute (in-memory, per process). */
  enrolRateLimitPerMinute: number;
  /** How often this process runs (and applies) the retention job; 0 = never (tests, or only `npm run retention`). */
  retentionIntervalMs: number;
}

const KEY_NAMES = {
  tokenSecret: 'KAIRA_TOKEN_SECRET',
  fieldKey: 'KAIRA_FIELD_KEY',
  lookupKey: 'KAIRA_LOOKUP_KEY',
} as const;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(env.KAIRA_DATA_DIR ?? '.kaira');
  const databaseUrl = env.DATABASE_URL || undefined;
  const databaseOwnerUrl = env.DATABASE_OWNER_URL || undefined;
  if (databaseUrl && !databaseOwnerUrl) {
    throw new Error(
      'DATABASE_URL is set but DATABASE_OWNER_URL is not: Kaira runs migrations as the owner role and serves as the app role',
    );
  }
  const port = integer(env, 'PORT', 4000);
  return {
    production,
    port,
    host: env.HOST || '127.0.0.1',
    dataDir,
    databaseUrl,
    databaseOwnerUrl,
    databasePoolSize: integer(env, 'KAIRA_DB_POOL', 16),
    tenantsDir: resolve(env.KAIRA_TENANTS_DIR ?? 'tenants'),
    keys: loadKeys(env, dataDir, production),
    accessTokenSeconds: integer(env, 'KAIRA_ACCESS_TOKEN_SECONDS', 15 * 60),
    refreshTokenDays: integer(env, 'KAIRA_REFRESH_TOKEN_DAYS', 14),
    logLevel: env.LOG_LEVEL ?? 'info',
    demo: !production && env.KAIRA_DEMO !== 'false',
    smtpUrl: smtpUrl(env.SMTP_URL),
    mailFrom: mailFrom(env.MAIL_FROM),
    outboxIntervalMs: interval(env, 'KAIRA_OUTBOX_INTERVAL_MS', 5000),
    publicUrl: publicUrl(env.KAIRA_PUBLIC_URL, port),
    enrolRateLimitPerMinute: integer(env, 'KAIRA_ENROL_RATE_LIMIT', 10),
    // Daily by default; off under NODE_ENV=test unless a test asks for it.
    retentionIntervalMs: integer(env, 'KAIRA_RETENTION_INTERVAL_MS', env.NODE_ENV === 'test' ? 0 : 86_400_000),
  };
}

// Links in email are built on it: an http(s) origin with an optional path, nothing a link could carry along.
function publicUrl(raw: string | undefined, port: number): string {
  const value = raw?.trim() || `http://127.0.0.1:${port}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('KAIRA_PUBLIC_URL is not a URL: use e.g. https://kaira.eduro.fi');
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new Error('KAIRA_PUBLIC_URL must be http(s)://host[:port][/path], without credentials, query or fragment');
  }
  return value.replace(/\/+$/, '');
}

function interval(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = integer(env, name, fallback);
  if (value < 100) throw new Error(`${name} must be at least 100 (milliseconds)`);
  return value;
}

// Query parameters become nodemailer options; only connection settings are allowed, so the URL cannot
// switch on nodemailer's own logging (it writes addresses) or swap the SMTP transport for another.
const SMTP_URL_OPTIONS = new Set([
  'name',
  'localAddress',
  'authMethod',
  'requireTLS',
  'ignoreTLS',
  'opportunisticTLS',
  'connectionTimeout',
  'greetingTimeout',
  'socketTimeout',
  'dnsTimeout',
  'pool',
  'maxConnections',
  'maxMessages',
]);

function smtpUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('SMTP_URL is not a URL: use smtp://user:pass@host:587 or smtps://user:pass@host:465');
  }
  if (!['smtp:', 'smtps:'].includes(url.protocol) || !url.hostname) {
    throw new Error('SMTP_URL must be smtp://… or smtps://… with a host');
  }
  const unknown = [...url.searchParams.keys()].filter((k) => !SMTP_URL_OPTIONS.has(k) && !k.startsWith('tls.'));
  if (unknown.length) throw new Error(`SMTP_URL: unsupported option ${unknown.join(', ')}`);
  return raw;
}

function mailFrom(raw: string | undefined): string {
  const value = raw?.trim() || 'Kaira <no-reply@kaira.invalid>';
  if (!/^[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+>$|^[^\s<>@]+@[^\s<>@]+$/.test(value)) {
    throw new Error('MAIL_FROM must be an address, optionally with a name: Kaira <no-reply@example.fi>');
  }
  return value;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

// Keys come from the environment (base64, 32 bytes each). For local use they are generated once into the
// data dir (mode 0600); production refuses to start without them, so keys never live next to a database dump.
function loadKeys(env: NodeJS.ProcessEnv, dataDir: string, production: boolean): Keys {
  const fromEnv = Object.entries(KEY_NAMES).filter(([, name]) => env[name]);
  if (fromEnv.length === 3) {
    return Object.fromEntries(
      Object.entries(KEY_NAMES).map(([key, name]) => [key, decodeKey(name, env[name]!)]),
    ) as unknown as Keys;
  }
  if (fromEnv.length > 0 || production) {
    throw new Error(`set all of ${Object.values(KEY_NAMES).join(', ')} (base64, 32 bytes each)`);
  }
  return localKeys(dataDir);
}

function decodeKey(name: string, value: string): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64-encoded`);
  return key;
}

function localKeys(dataDir: string): Keys {
  const file = join(dataDir, 'keys.json');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const keys = Object.fromEntries(Object.keys(KEY_NAMES).map((k) => [k, randomBytes(32).toString('base64')]));
    writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return Object.fromEntries(
    Object.keys(KEY_NAMES).map((k) => [k, decodeKey(`${file}: ${k}`, stored[k] ?? '')]),
  ) as unknown as Keys;
}
