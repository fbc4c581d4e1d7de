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
  /**
   * Local demo and tests only: a tenant's second-factor requirement is not enforced
   * (KAIRA_DEMO_ALLOW_SINGLE_FACTOR, default on with demo data; never in production).
   */
  allowSingleFactor: boolean;
  /** SMTP relay for the outbox, e.g. smtp://user:pass@host:587; absent means delivery is off. */
  smtpUrl: string | undefined;
  /** The From of every message Kaira sends. */
  mailFrom: string;
  /** How often the outbox looks for due messages. */
  outboxIntervalMs: number;
  /** Where clients reach Kaira: one-time links in email (a survey: `<publicUrl>/survey/<token>`) start here. */
  publicUrl: string;
  /** Public enrolments one client address may submit per minute (shared by all processes, in PostgreSQL). */
  enrolRateLimitPerMinute: number;
  /** How often this process runs (and applies) the retention job; 0 = never (tests, or only `npm run retention`). */
  retentionIntervalMs: number;
  /** Largest exam evidence scan accepted (bytes, decoded). */
  evidenceMaxBytes: number;
  /** The built web app (`npm run app:build`), served at /app/. */
  appDir: string;
  /** HTTP hardening: rate limits, CORS, introspection, /metrics access (src/http/). */
  http: HttpConfig;
}

export interface HttpConfig {
  /** Sign-in attempts per minute from one address, and for one account. */
  loginRateLimitPerMinute: number;
  /** Other public operations (survey link, session refresh, unsubscribe) per minute from one address. */
  publicRateLimitPerMinute: number;
  /** Browser origins allowed to call /graphql cross-origin; empty: none (same-origin and non-browser clients). */
  corsOrigins: string[];
  /** Who may introspect the schema: everyone, or only signed-in staff (the default in production). */
  introspection: 'all' | 'staff';
  /** Bearer token for GET /metrics; without it /metrics answers only loopback, and not at all in production. */
  metricsToken: string | undefined;
  /** HSTS is sent when Kaira is reached over TLS (KAIRA_PUBLIC_URL is https). */
  hsts: boolean;
  /**
   * Express's 'trust proxy': which reverse proxies' X-Forwarded-For decides the client address (rate limits,
   * the /metrics loopback rule). False: the socket's address, which a client cannot choose.
   */
  trustProxy: false | number | string[];
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
    allowSingleFactor: allowSingleFactor(env, production),
    smtpUrl: smtpUrl(env.SMTP_URL),
    mailFrom: mailFrom(env.MAIL_FROM),
    outboxIntervalMs: interval(env, 'KAIRA_OUTBOX_INTERVAL_MS', 5000),
    publicUrl: publicUrl(env.KAIRA_PUBLIC_URL, port),
    enrolRateLimitPerMinute: integer(env, 'KAIRA_ENROL_RATE_LIMIT', 10),
    appDir: resolve(env.KAIRA_APP_DIR ?? 'dist/app'),
    http: httpConfig(env, production, publicUrl(env.KAIRA_PUBLIC_URL, port)),
    evidenceMaxBytes: integer(env, 'KAIRA_EVIDENCE_MAX_BYTES', 10 * 1024 * 1024),
    // Daily by default; off under NODE_ENV=test unless a test asks for it.
    retentionIntervalMs: integer(env, 'KAIRA_RETENTION_INTERVAL_MS', env.NODE_ENV === 'test' ? 0 : 86_400_000),
  };
}

function httpConfig(env: NodeJS.ProcessEnv, production: boolean, url: string): HttpConfig {
  const introspection = env.KAIRA_INTROSPECTION || (production ? 'staff' : 'all');
  if (introspection !== 'all' && introspection !== 'staff') throw new Error('KAIRA_INTROSPECTION must be all or staff');
  const corsOrigins = (env.KAIRA_CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(`KAIRA_CORS_ORIGINS: "${origin}" is not an origin (scheme://host[:port], no path)`);
    }
  }
  const metricsToken = env.KAIRA_METRICS_TOKEN || undefined;
  if (metricsToken && metricsToken.length < 24) throw new Error('KAIRA_METRICS_TOKEN must be at least 24 characters');
  return {
    loginRateLimitPerMinute: integer(env, 'KAIRA_LOGIN_RATE_LIMIT', 30),
    publicRateLimitPerMinute: integer(env, 'KAIRA_PUBLIC_RATE_LIMIT', 60),
    corsOrigins,
    introspection,
    metricsToken,
    hsts: url.startsWith('https:'),
    trustProxy: trustProxy(env.KAIRA_TRUST_PROXY),
  };
}

// A hop count, or the proxies' addresses / CIDRs (or loopback, linklocal, uniquelocal). Never "everyone":
// then any client could name its own address in X-Forwarded-For and have a fresh rate-limit window each time.
function trustProxy(raw: string | undefined): false | number | string[] {
  const value = raw?.trim();
  if (!value) return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === '*') {
    throw new Error('KAIRA_TRUST_PROXY: name the proxies (addresses, CIDRs, loopback) or a hop count, not all');
  }
  return value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
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

// The demo switch of the tenants' second-factor requirement: on by default with demo data, refused in production.
function allowSingleFactor(env: NodeJS.ProcessEnv, production: boolean): boolean {
  const value = env.KAIRA_DEMO_ALLOW_SINGLE_FACTOR;
  if (value !== undefined && value !== '0' && value !== '1')
    throw new Error('KAIRA_DEMO_ALLOW_SINGLE_FACTOR must be 0 or 1');
  if (production && value === '1') {
    throw new Error('KAIRA_DEMO_ALLOW_SINGLE_FACTOR=1 is for local demo use; production enforces the second factor');
  }
  return !production && (value ?? (env.KAIRA_DEMO === 'false' ? '0' : '1')) === '1';
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
