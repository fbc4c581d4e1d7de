import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext, Services } from '../../context';
import { verifyAccessToken } from '../../auth/tokens';
import { RateLimiter, type RatePolicy } from '../../http/rate-limit';
import { rootFieldNodes } from '../../http/root-fields';

// Guessing codes through the signed-in mutations (with a stolen access token): at most 5 attempts per
// account in 15 minutes, counted before the operation's transaction opens (so a refused or failed attempt
// stays counted and holds no connection). Sign-in codes are throttled by login's failed-attempt lock.
const POLICY: RatePolicy = {
  bucket: 'second-factor.account',
  limit: 5,
  windowSeconds: 900,
  what: 'second-factor codes for this account',
};
const GUARDED = new Set(['confirmSecondFactorEnrolment', 'disableSecondFactor']);

export function secondFactorRateLimitPlugin(
  services: Services,
  limiter = new RateLimiter(services),
): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (
            operation?.operation !== 'mutation' ||
            !rootFieldNodes(operation.selectionSet, document).some((field) => GUARDED.has(field.name.value))
          )
            return;
          const token = /^Bearer\s+(\S+)$/i.exec(request.http?.headers.get('authorization') ?? '')?.[1];
          if (!token) return; // the operation itself answers UNAUTHENTICATED
          const claims = await verifyAccessToken(services.config.keys.tokenSecret, token);
          if (typeof claims !== 'string') await limiter.take(POLICY, claims.userId);
        },
      };
    },
  };
}
