import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { HttpConfig } from '../config';
import type { RequestContext } from '../context';

// Prometheus metrics at GET /metrics (issue 6 item 5): GraphQL requests and their latency per operation
// name and outcome, errors by code, the database pool, and Node's process defaults. One registry per
// server (tests run several servers in one process). Labels never carry variables or personal data.
//
// Who may read them: with KAIRA_METRICS_TOKEN set, whoever sends `Authorization: Bearer <token>`; without
// it, only a client on the loopback interface (behind a trusted proxy: the visitor's address), and in
// production nobody (an untrusted reverse proxy on the same host would make every visitor look local).

// Operation names are chosen by clients: the first MAX_OPERATION_NAMES become labels, the rest count as
// "other", so a client cannot grow the registry without bound.
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

interface PoolStats {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  private readonly requests: Counter<'operation' | 'type' | 'outcome'>;
  private readonly duration: Histogram<'operation' | 'outcome'>;
  private readonly errors: Counter<'code'>;

  constructor(orm: MikroORM) {
    collectDefaultMetrics({ register: this.registry, prefix: 'kaira_' });
    this.requests = new Counter({
      name: 'kaira_graphql_requests_total',
      help: 'GraphQL operations by operation name, type and outcome (ok or error)',
      labelNames: ['operation', 'type', 'outcome'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'kaira_graphql_request_duration_seconds',
      help: 'GraphQL operation latency from request to response, by operation name and outcome',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: 'kaira_graphql_errors_total',
      help: 'GraphQL errors by extensions.code',
      labelNames: ['code'],
      registers: [this.registry],
    });
    const pool = (): PoolStats | undefined =>
      (orm.em.getConnection().getKnex().client as { pool?: PoolStats }).pool ?? undefined;
    new Gauge({
      name: 'kaira_db_pool_connections',
      help: "The app role's connection pool: used, free, and requests pending for a connection",
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const p = pool();
        this.set({ state: 'used' }, p?.numUsed() ?? 0);
        this.set({ state: 'free' }, p?.numFree() ?? 0);
        this.set({ state: 'pending' }, p?.numPendingAcquires() ?? 0);
      },
    });
  }

  /** Counts each operation once its response is ready. */
  plugin(): ApolloServerPlugin<RequestContext> {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ response, operation, operationName }) => {
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            const outcome = errors.length ? 'error' : 'ok';
            const name = this.label(operationName ?? null);
            this.requests.inc({ operation: name, type: operation?.operation ?? 'none', outcome });
            this.duration.observe({ operation: name, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
            for (const error of errors) {
              const code = error.extensions?.code;
              this.errors.inc({ code: typeof code === 'string' ? code : 'UNKNOWN' });
            }
          },
        };
      },
    };
  }

  /** GET /metrics, behind the access rule above. */
  handler(config: HttpConfig & { production: boolean }): RequestHandler {
    return async (req, res) => {
      if (!mayRead(req, config)) {
        res
          .status(config.metricsToken ? 401 : 403)
          .type('text/plain')
          .send('metrics are not public\n');
        return;
      }
      res
        .set('Cache-Control', 'no-store')
        .type(this.registry.contentType)
        .send(await this.registry.metrics());
    };
  }

  private label(operationName: string | null): string {
    if (!operationName) return '(anonymous)';
    if (!OPERATION_NAME.test(operationName)) return 'other';
    if (this.names.has(operationName)) return operationName;
    if (this.names.size >= MAX_OPERATION_NAMES) return 'other';
    this.names.add(operationName);
    return operationName;
  }
}

function mayRead(req: Request, config: HttpConfig & { production: boolean }): boolean {
  if (config.metricsToken) {
    const sent = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '')?.[1] ?? '';
    const a = Buffer.from(sent);
    const b = Buffer.from(config.metricsToken);
    return a.length === b.length && timingSafeEqual(a, b);
  }
  if (config.production) return false;
  // req.ip: behind a trusted proxy (KAIRA_TRUST_PROXY) the visitor's address, not the proxy's loopback.
  const address = req.ip ?? req.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
