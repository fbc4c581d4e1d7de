import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config';
import { RequestContext, type Services } from './context';
import { isRestrictionViolation, KNOWN_CODES, restricted } from './errors';
import type { Logger } from './logger';
import { MIGRATIONS } from './db/orm';
import { buildSchema } from './schema';
import { LIMITS, limitCode, operationLimitsRule } from './http/limits';
import { Metrics } from './http/metrics';
import { pageRateLimit, RateLimiter, rateLimitPlugin } from './http/rate-limit';
import { bodyErrors, corsForApi, introspectionPlugin, securityHeaders } from './http/security';
import { servedOperations } from './modules/api-key/persisted-operations';
import { trustedDocumentsPlugin } from './modules/api-key/trusted-documents.plugin';
import { secondFactorRateLimitPlugin } from './modules/second-factor/second-factor.rate-limit';
import { surveyPage } from './modules/survey/survey.page';
import { appRoute } from './web/app-route';
import { unsubscribePage } from './modules/marketing/unsubscribe.page';
import { companyCardsPage } from './modules/company/company-cards.page';
import { privacyNoticePage } from './modules/privacy-notice/privacy-notice.page';
import { portabilitySchemaPage } from './modules/subject-report/portability-schema.page';
import type { TenantRegistry } from './modules/tenant/tenant.registry';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

// Codes GraphQL and Apollo give to a client's own mistakes; these are safe to pass through.
const CLIENT_CODES = new Set([
  ...KNOWN_CODES,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Starts Kaira's HTTP server: /graphql, /healthz, /readyz, /metrics, the staff app /app/, and the pages
 * opened from emailed links: /survey/:token, /unsubscribe/:token, /company-cards/:token.
 */
export async function startServer(deps: {
  config: Config;
  orm: MikroORM;
  registry: TenantRegistry;
  logger: Logger;
  port?: number;
  /** The request limits of src/http (document limits, rate limits, introspection rule); off only to measure them. */
  limits?: boolean;
}): Promise<RunningServer> {
  const services: Services = { orm: deps.orm, config: deps.config, registry: deps.registry, logger: deps.logger };
  const limits = deps.limits ?? true;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.http.trustProxy);
  const httpServer = createServer(app);
  const metrics = new Metrics(deps.orm);
  const apollo = new ApolloServer<RequestContext>({
    schema: buildSchema(),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: deps.config.production,
    // Who may introspect is decided per request by introspectionPlugin (config.http.introspection).
    introspection: true,
    // An array body is refused (400 BAD_REQUEST): batching would multiply every per-request limit.
    allowBatchedHttpRequests: false,
    // Refuses "simple" requests a browser sends cross-site without a preflight (GET or form posts without
    // a JSON content type) unless they carry apollo-require-preflight or x-apollo-operation-name.
    csrfPrevention: true,
    validationRules: limits ? [operationLimitsRule()] : [],
    parseOptions: limits ? { maxTokens: LIMITS.tokens } : {},
    // main.ts stops in order (HTTP → ORM → PostgreSQL); Apollo's own signal handler would re-raise the
    // signal after stopping and kill the process before the database is shut down.
    stopOnTerminationSignals: false,
    formatError: maskError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // API keys run only the persisted operations on their allow-list (src/modules/api-key).
      trustedDocumentsPlugin(servedOperations),
      // At most 5 second-factor codes per account in 15 minutes through the signed-in mutations.
      secondFactorRateLimitPlugin(services),
      transactionPlugin(),
      requestLogPlugin(),
      metrics.plugin(),
      ...(limits ? [introspectionPlugin(deps.config.http), rateLimitPlugin(services, new RateLimiter(services))] : []),
    ],
  });
  await apollo.start();

  app.use(requestIds, securityHeaders(deps.config.http));
  app.get('/metrics', metrics.handler({ ...deps.config.http, production: deps.config.production }));
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await readiness(deps.orm);
    res.status(ready.ready ? 200 : 503).json(ready);
  });
  if (limits) {
    const limiter = new RateLimiter(services);
    app.use('/survey', pageRateLimit(services, limiter, 'answerSurvey'));
    app.use('/unsubscribe', pageRateLimit(services, limiter, 'unsubscribe', ['GET', 'POST']));
    app.use('/company-cards', pageRateLimit(services, limiter, 'companyCardReport', ['GET']));
  }
  app.use('/survey', surveyPage(services));
  app.get('/schema/portability.schema.json', portabilitySchemaPage());
  app.use('/privacy', privacyNoticePage(services));
  app.use('/unsubscribe', unsubscribePage(services));
  app.use('/company-cards', companyCardsPage(services));
  // The staff web app; its client-side routes all live under /app/.
  app.get('/', (_req, res) => res.redirect('/app/'));
  app.use('/app', appRoute(deps.config.appDir));
  // Exam evidence scans arrive base64-encoded in a mutation (attachExamEvidence): a request with credentials
  // may carry one scan; without them (the public form, login) bodies stay small.
  const evidenceLimit = Math.ceil((deps.config.evidenceMaxBytes * 4) / 3) + 100 * 1024;
  const smallJson = express.json({ limit: BODY_LIMIT });
  const evidenceJson = express.json({ limit: evidenceLimit });
  app.use(
    '/graphql',
    corsForApi(deps.config.http),
    (req: express.Request, res: express.Response, next: express.NextFunction) =>
      (req.headers.authorization ? evidenceJson : smallJson)(req, res, next),
    bodyErrors((req) => (req.headers.authorization ? `${evidenceLimit} bytes` : BODY_LIMIT)),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        return new RequestContext(services, {
          requestId,
          tenantSlug: req.header('kaira-tenant') ?? undefined,
          authorization: req.header('authorization') ?? undefined,
          // The socket's address, or with KAIRA_TRUST_PROXY what the named proxies forwarded: a client
          // cannot choose it with X-Forwarded-For.
          clientAddress: req.ip ?? req.socket.remoteAddress ?? undefined,
        });
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(deps.port ?? deps.config.port, deps.config.host, () => resolve());
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      throw new Error(`port ${deps.port ?? deps.config.port} is taken: set PORT to a free port`);
    throw error;
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => apollo.stop(),
  };
}

/**
 * Commits or rolls back the operation's transaction once the result is known. A mutation commits
 * only without errors. A query commits whatever it read, because its use-log entries record reads
 * that happened; if they cannot be written, the data is withheld and the client gets an error.
 */
function transactionPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && CLIENT_CODES.has(code)) continue;
            if (isRestrictionViolation(error)) continue; // answered as RESTRICTED by maskError
            contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
          }
        },
        async willSendResponse({ contextValue, response, operation }) {
          const body = response.body;
          if (body.kind !== 'single') return;
          // Every error names the request, so a user's report leads to its log lines.
          for (const error of body.singleResult.errors ?? []) {
            (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
          const failed = (body.singleResult.errors?.length ?? 0) > 0;
          const commit = operation?.operation === 'mutation' ? !failed : true;
          try {
            await contextValue.tx.finish(commit);
          } catch (error) {
            // A write flushed at commit that PostgreSQL refused for a restricted person (GDPR 18).
            if (isRestrictionViolation(error)) {
              body.singleResult = { data: null, errors: [restrictedError()] };
              return;
            }
            contextValue.logger.error({ err: error }, 'transaction could not complete');
            response.http.status = 500;
            body.singleResult = {
              errors: [internalError(contextValue.requestId)],
            };
          }
        },
      };
    },
  };
}

/** One log line per operation: what ran, for which tenant, how long, with which error codes. Never variables. */
function requestLogPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ contextValue, response, operation, operationName }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          contextValue.logger.info(
            {
              operation: operationName ?? null,
              type: operation?.operation ?? null,
              tenant: contextValue.tenant?.slug ?? null,
              ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
              errors: errors.map((e) => e.extensions?.code),
            },
            'graphql',
          );
        },
      };
    },
  };
}

// Errors outside the closed set are masked; the request id lets staff find the logged original. PostgreSQL's
// refusal of a write to a restricted person (the restriction guard, SQLSTATE KA018) is RESTRICTED.
function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isRestrictionViolation(error)) return { ...restrictedError(), path: formatted.path };
  const limit = limitCode(formatted, error);
  if (limit) formatted = { ...formatted, extensions: { ...formatted.extensions, code: limit } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

function restrictedError(): GraphQLFormattedError {
  const { message, extensions } = restricted();
  return { message, extensions: { code: extensions.code } };
}

function internalError(requestId: string): GraphQLFormattedError {
  return {
    message: 'Internal server error',
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

const BODY_LIMIT = '100kb';

// Every response carries a request id (the client's X-Request-Id if it is a sane one); logs and errors name it.
function requestIds(req: express.Request, res: express.Response, next: express.NextFunction): void {
  const requestId = sanitizeRequestId(req.header('x-request-id')) ?? randomUUID();
  res.locals.requestId = requestId;
  res.setHeader('x-request-id', requestId);
  next();
}

function sanitizeRequestId(value: string | undefined): string | undefined {
  return value && /^[A-Za-z0-9._-]{8,64}$/.test(value) ? value : undefined;
}

async function readiness(orm: MikroORM): Promise<{ ready: boolean; database: string; migrations: string }> {
  try {
    const rows = await orm.em.fork().execute<Array<{ name: string }>>('select name from mikro_orm_migrations');
    const applied = new Set(rows.map((r) => r.name));
    const pending = MIGRATIONS.filter((m) => !applied.has(m.name)).length;
    return {
      ready: pending === 0,
      database: 'reachable',
      migrations: pending === 0 ? 'current' : `${pending} pending`,
    };
  } catch {
    return { ready: false, database: 'unreachable', migrations: 'unknown' };
  }
}
