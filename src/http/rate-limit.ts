import { createHmac } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { getArgumentValues, type FieldNode, type GraphQLSchema } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { RequestContext, Services } from '../context';
import { KairaError } from '../errors';
import { rootFieldNodes } from './root-fields';

// One rate limiter for every public operation (issue 6 item 3), shared by all Kaira processes through
// PostgreSQL (table rate_limit_bucket): a fixed window per bucket and key, counted by one atomic upsert,
// like sign-in counts failed attempts in user_account. Keys are HMACs (the lookup key), so the table holds
// no client address or email. The count runs in its own autocommit statement before the operation's
// transaction opens, so a refused request holds no connection and a counted attempt is never rolled back.

export interface RatePolicy {
  /** Names the bucket in rate_limit_bucket and in the error message. */
  bucket: string;
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
  /** Said in the error: "too many <what>; try again later". */
  what: string;
}

/** The public root fields and what limits them. Every public operation must appear here (limits.test.ts). */
export function publicOperationPolicies(config: Config): Record<string, RatePolicy[]> {
  const perAddress = (bucket: string, limit: number, what: string): RatePolicy => ({
    bucket,
    limit,
    windowSeconds: 60,
    what,
  });
  return {
    // Per account too: failed sign-ins also lock the account (account.service.ts); this bounds every attempt.
    login: [
      perAddress('login.address', config.http.loginRateLimitPerMinute, 'sign-in attempts from this address'),
      { ...perAddress('login.account', config.http.loginRateLimitPerMinute, 'sign-in attempts for this account') },
    ],
    refreshSession: [perAddress('refresh.address', config.http.publicRateLimitPerMinute, 'session refreshes')],
    enrol: [perAddress('enrol.address', config.enrolRateLimitPerMinute, 'enrolments from this address')],
    surveyByToken: [perAddress('survey.address', config.http.publicRateLimitPerMinute, 'survey requests')],
    answerSurvey: [perAddress('survey.address', config.http.publicRateLimitPerMinute, 'survey requests')],
    unsubscribe: [perAddress('unsubscribe.address', config.http.publicRateLimitPerMinute, 'unsubscribe requests')],
    privacyNotice: [perAddress('privacy.address', config.http.publicRateLimitPerMinute, 'privacy notice requests')],
    companyCardReport: [
      perAddress('company-cards.address', config.http.publicRateLimitPerMinute, 'company card requests'),
    ],
  };
}

const SWEEP_EVERY = 500;

export class RateLimiter {
  private takes = 0;

  constructor(private readonly services: Services) {}

  /** Counts one attempt of `key` against the policy; RATE_LIMITED (HTTP 429, Retry-After) past the limit. */
  async take(policy: RatePolicy, key: string): Promise<void> {
    const hashed = createHmac('sha256', this.services.config.keys.lookupKey)
      .update(`rate-limit\u0000${policy.bucket}\u0000${key}`)
      .digest('hex');
    const em = this.services.orm.em.fork({ clear: true, useContext: false }) as EntityManager;
    const [row] = await em.execute<Array<{ hits: number; retry_after: number }>>(
      `insert into rate_limit_bucket as b (bucket, key, window_start, window_seconds, hits)
       values (?, ?, now(), ?, 1)
       on conflict (bucket, key) do update set
         window_start = case when b.window_start + make_interval(secs => b.window_seconds) <= now()
                             then now() else b.window_start end,
         hits = case when b.window_start + make_interval(secs => b.window_seconds) <= now()
                     then 1 else b.hits + 1 end,
         window_seconds = excluded.window_seconds
       returning hits, ceil(extract(epoch from window_start + make_interval(secs => window_seconds) - now()))::int
                 as retry_after`,
      [policy.bucket, hashed, policy.windowSeconds],
    );
    if (++this.takes % SWEEP_EVERY === 0) {
      await em.execute(`delete from rate_limit_bucket where window_start < now() - interval '1 day'`);
    }
    if (row && row.hits > policy.limit) throw rateLimited(policy, Math.max(1, row.retry_after));
  }
}

function rateLimited(policy: RatePolicy, retryAfterSeconds: number): KairaError {
  const error = new KairaError('RATE_LIMITED', `too many ${policy.what}; try again later`, { retryAfterSeconds });
  // Apollo takes the HTTP status and headers from extensions.http and removes it from the response body.
  error.extensions.http = { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) };
  return error;
}

/** Counts each public root field of the operation before it runs (aliases count once each). */
export function rateLimitPlugin(services: Services, limiter: RateLimiter): ApolloServerPlugin<RequestContext> {
  const policies = publicOperationPolicies(services.config);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, schema, request }) {
          if (!operation) return;
          for (const field of rootFieldNodes(operation.selectionSet, document)) {
            for (const policy of policies[field.name.value] ?? []) {
              const key =
                policy.bucket === 'login.account'
                  ? loginAccount(schema, field, request.variables ?? {})
                  : (contextValue.clientAddress ?? 'unknown');
              if (key !== undefined) await limiter.take(policy, key);
            }
          }
        },
      };
    },
  };
}

// The account a login names: the lower-cased email of its input (literal or variables).
function loginAccount(schema: GraphQLSchema, node: FieldNode, variables: Record<string, unknown>): string | undefined {
  const field = schema.getMutationType()?.getFields()[node.name.value];
  if (!field) return undefined;
  try {
    const args = getArgumentValues(field, node, variables) as { input?: { email?: unknown } };
    const email = args.input?.email;
    return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
  } catch {
    return undefined; // bad arguments: execution reports them
  }
}

/**
 * The pages opened from emailed links count against the same bucket as their GraphQL operation: the survey
 * page's form posts as answerSurvey, the unsubscribe page (both its views) as unsubscribe, the company card
 * page as companyCardReport. Mounted without a path parameter: a route with one would decode a malformed link
 * itself and skip the page's own error pages.
 */
export function pageRateLimit(
  services: Services,
  limiter: RateLimiter,
  operation: string,
  methods: readonly string[] = ['POST'],
) {
  const [policy] = publicOperationPolicies(services.config)[operation] ?? [];
  if (!policy) throw new Error(`no rate-limit policy for ${operation}`);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!methods.includes(req.method)) return next();
    limiter.take(policy, req.ip ?? req.socket.remoteAddress ?? 'unknown').then(
      () => next(),
      (error: unknown) => {
        if (!(error instanceof KairaError)) return next(error);
        const retry = String(error.extensions.retryAfterSeconds);
        res.status(429).set({ 'retry-after': retry, 'cache-control': 'no-store' }).type('text/plain');
        res.send(`Too many attempts. Please try again in ${retry} seconds.\n`);
      },
    );
  };
}
