import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Pool, type PoolClient } from 'pg';
import { verifyAccessToken } from '../src/auth/tokens';

// The baseline Kaira is measured against: the same work as `query People { people(first: 50) … }` in
// plain node:http and `pg`, no GraphQL, no ORM. Per request: verify the JWT, one transaction as kaira_app
// with the tenant and user set transaction-locally, the session + membership check of context.ts, the
// first page of people, one use-log entry naming the 50 people, as use-log.ts appends it, commit.
// Runs in the bench process (statement counting) or as a forked child (load), see the end of the file.

export interface RawTenant {
  slug: string;
  id: string;
  controllerOrganisationId: string;
}

export interface RawOptions {
  appUrl: string;
  tokenSecret: Buffer;
  tenant: RawTenant;
  poolSize: number;
}

/** Mean milliseconds per successful request, by phase. */
export interface RawStats {
  requests: number;
  statements: number;
  ms: Record<string, number>;
}

export interface RawServer {
  port: number;
  stats(): RawStats;
  close(): Promise<void>;
}

// Verbatim from src/context.ts loadPrincipal.
const SESSION_AND_MEMBERSHIP = `select m.organisation_id, m.roles
           from auth_session s
           join user_account u on u.id = s.user_id
           left join membership m on m.user_id = s.user_id and m.tenant_id = kaira.current_tenant_id()
          where s.id = $1 and s.user_id = $2 and s.revoked_at is null and s.expires_at > now()
            and u.disabled_at is null`;

// As the ORM's tenant filter writes it: tenant_id = $1, one row more than the page for hasNextPage.
const PEOPLE_PAGE = `select id, first_name, last_name, email from person
  where tenant_id = $1 order by last_name asc, first_name asc, id asc limit $2`;

// As src/modules/logs/use-log.ts appendToLog: the entries as one jsonb array to kaira.append_log.
const APPEND_USE_LOG = 'select kaira.append_log($1, $2::jsonb)';

const PAGE_SIZE = 50;
// What selectedFields(info, ['nodes']) yields for `nodes { id firstName lastName email }`.
const FIELDS_READ = ['email', 'firstName', 'id', 'lastName'];

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

export async function startRawServer(opts: RawOptions): Promise<RawServer> {
  const pool = new Pool({ connectionString: opts.appUrl, max: opts.poolSize });
  pool.on('error', () => undefined); // an idle connection lost; the next checkout opens a new one
  const totals: Record<string, number> = {};
  let requests = 0;
  let statements = 0;
  const time = (phase: string, since: number): number => {
    const now = performance.now();
    totals[phase] = (totals[phase] ?? 0) + (now - since);
    return now;
  };

  const query = async <R extends object>(client: PoolClient, phase: string, sql: string, values?: unknown[]) => {
    statements += 1;
    const started = performance.now();
    const result = await client.query<R>(sql, values);
    time(phase, started);
    return result.rows;
  };

  async function people(req: IncomingMessage): Promise<string> {
    const started = performance.now();
    JSON.parse(await readBody(req)); // the operation is fixed; parse it as any server would
    if (req.headers['kaira-tenant'] !== opts.tenant.slug) throw new HttpError(400, 'BAD_USER_INPUT');
    const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!token) throw new HttpError(401, 'UNAUTHENTICATED');
    let at = performance.now();
    const claims = await verifyAccessToken(opts.tokenSecret, token);
    at = time('verifyToken', at);
    if (typeof claims === 'string') throw new HttpError(401, claims);
    const client = await pool.connect();
    time('poolWait', at);
    try {
      await query(client, 'begin', 'begin');
      await query(
        client,
        'setConfig',
        "select set_config('kaira.tenant_id', $1, true), set_config('kaira.user_id', $2, true)",
        [opts.tenant.id, claims.userId],
      );
      const [member] = await query<{ organisation_id: string | null; roles: string[] | null }>(
        client,
        'session',
        SESSION_AND_MEMBERSHIP,
        [claims.sessionId, claims.userId],
      );
      if (!member) throw new HttpError(401, 'SESSION_ENDED');
      if (!member.organisation_id || !member.roles) throw new HttpError(403, 'FORBIDDEN');
      const controller = member.organisation_id === opts.tenant.controllerOrganisationId;
      const oversight = member.roles.includes('DPO') || member.roles.includes('CONTROLLER_OFFICER');
      // person.rules.ts readsRegister and person.service.ts basisFor.
      if (!member.roles.includes('OFFICE') && !(oversight && controller)) throw new HttpError(403, 'FORBIDDEN');
      const basis = oversight && controller ? 'CONTROLLER_OVERSIGHT' : 'ADMINISTRATION';

      const rows = await query<{ id: string; first_name: string; last_name: string; email: string | null }>(
        client,
        'selectPeople',
        PEOPLE_PAGE,
        [opts.tenant.id, PAGE_SIZE + 1],
      );
      at = performance.now();
      const nodes = rows
        .slice(0, PAGE_SIZE)
        .map((r) => ({ id: r.id, firstName: r.first_name, lastName: r.last_name, email: r.email }));
      const actor = { userId: claims.userId, organisationId: member.organisation_id, roles: member.roles };
      const requestId = randomUUID();
      // One entry per operation naming every person read, as src/modules/logs/use-log.ts records it.
      const entries = [
        {
          personIds: nodes.map((p) => p.id),
          data: FIELDS_READ,
          operation: 'people',
          basis,
          reason: null,
          actor,
          requestId,
        },
      ];
      const entriesJson = JSON.stringify(entries);
      time('buildEntries', at);
      await query(client, 'appendUseLog', APPEND_USE_LOG, ['use_log', entriesJson]);
      await query(client, 'commit', 'commit');
      at = performance.now();
      const body = JSON.stringify({
        data: {
          people: { nodes, pageInfo: { hasNextPage: rows.length > PAGE_SIZE, endCursor: nodes.at(-1)?.id ?? null } },
        },
      });
      time('serialise', at);
      time('total', started);
      requests += 1;
      return body;
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || req.url !== '/graphql') {
      res.writeHead(404).end();
      return;
    }
    people(req).then(
      (body) => {
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
        });
        res.end(body);
      },
      (error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        const code = error instanceof HttpError ? error.code : 'INTERNAL_SERVER_ERROR';
        if (status === 500) console.error('raw handler:', error instanceof Error ? error.message : error);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ errors: [{ message: code, extensions: { code } }] }));
      },
    );
  });
  server.keepAliveTimeout = 60_000;
  let closing: Promise<void> | undefined;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    stats: () => ({
      requests,
      statements,
      ms: Object.fromEntries(Object.entries(totals).map(([phase, ms]) => [phase, requests ? ms / requests : 0])),
    }),
    close: () =>
      (closing ??= (async () => {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await pool.end();
      })()),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// As a forked child: {start} → {listening}; {cpu} → {cpu}; {stats} → {stats}; {stop} → {stopped}, then exit.
export type RawChildMessage =
  | { type: 'start'; appUrl: string; tokenSecret: string; tenant: RawTenant; poolSize: number }
  | { type: 'cpu' }
  | { type: 'stats' }
  | { type: 'stop' };

if (require.main === module) {
  let running: RawServer | undefined;
  const reply = (message: object): void => {
    if (process.connected) process.send?.(message);
  };
  // The bench process is gone (killed): close the pool and exit instead of lingering.
  process.on('disconnect', () => void (running?.close() ?? Promise.resolve()).finally(() => process.exit(0)));
  process.on('message', (message: RawChildMessage) => {
    void (async () => {
      try {
        if (message.type === 'start') {
          running = await startRawServer({ ...message, tokenSecret: Buffer.from(message.tokenSecret, 'base64') });
          reply({ type: 'listening', port: running.port });
        } else if (message.type === 'cpu') {
          const { user, system } = process.cpuUsage();
          reply({ type: 'cpu', ms: (user + system) / 1000 });
        } else if (message.type === 'stats') {
          reply({ type: 'stats', stats: running?.stats() });
        } else if (message.type === 'stop') {
          await running?.close();
          reply({ type: 'stopped' });
          process.disconnect();
        }
      } catch (error) {
        reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
}
