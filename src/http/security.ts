import type { ApolloServerPlugin } from '@apollo/server';
import cors from 'cors';
import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { HttpConfig } from '../config';
import type { RequestContext } from '../context';
import { forbidden } from '../errors';

// Browser-facing hardening of every response (issue 6 item 3): headers, CORS from configuration, JSON
// answers for bodies the JSON parser refuses, and introspection only for staff where configured.

/**
 * Headers on every response. The API's CSP forbids everything (a JSON response is never a page); the survey
 * page sets its own stricter-than-default policy over this one. HSTS only when served over TLS.
 */
export function securityHeaders(config: HttpConfig): RequestHandler {
  const headers: Record<string, string> = {
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
  if (config.hsts) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
  return (_req, res, next) => {
    res.set(headers);
    next();
  };
}

/**
 * CORS for /graphql: only the configured origins get Access-Control-Allow-Origin; no credentials (Kaira
 * uses bearer tokens, not cookies). Preflights are answered here and cached by browsers for 10 minutes.
 */
export function corsForApi(config: HttpConfig): RequestHandler {
  const allowed = new Set(config.corsOrigins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'kaira-tenant',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: ['x-request-id', 'retry-after'],
    credentials: false,
    maxAge: 600,
  });
}

/**
 * The JSON parser's refusals as GraphQL-shaped errors: a body over the limit is 413 PAYLOAD_TOO_LARGE, a
 * body that is not JSON 400 BAD_REQUEST (instead of Express's HTML error page).
 */
export function bodyErrors(limitOf: (req: Request) => string): ErrorRequestHandler {
  return (error: { type?: string; status?: number }, req: Request, res: Response, next: NextFunction) => {
    if (error?.type === 'entity.too.large') {
      const limit = limitOf(req);
      res.status(413).json({
        errors: [
          {
            message: `the request body is larger than ${limit}`,
            extensions: { code: 'PAYLOAD_TOO_LARGE', requestId: res.getHeader('x-request-id') },
          },
        ],
      });
      return;
    }
    if (error?.type === 'entity.parse.failed' || error?.type === 'charset.unsupported' || error?.status === 400) {
      res.status(400).json({
        errors: [
          {
            message: 'the request body is not valid JSON',
            extensions: { code: 'BAD_REQUEST', requestId: res.getHeader('x-request-id') },
          },
        ],
      });
      return;
    }
    next(error);
  };
}

/**
 * Refuses `__schema` and `__type` to anyone but signed-in staff (config.introspection 'staff', the production
 * default). Not a validation rule: Apollo validates a document once and caches it, whoever sent it, so the
 * principal is checked here on every request. `__typename` stays open (clients and the audit need it).
 */
export function introspectionPlugin(config: HttpConfig): ApolloServerPlugin<RequestContext> {
  const introspects = new WeakMap<DocumentNode, boolean>();
  return {
    async requestDidStart() {
      if (config.introspection === 'all') return;
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!operation) return;
          let found = introspects.get(document);
          if (found === undefined) {
            found = selectsIntrospection(document, operation);
            introspects.set(document, found);
          }
          if (!found) return;
          // Staff: a user signed in with a live session; an API key (an INTEGRATION machine client) is not.
          const principal = await contextValue.principal();
          if (!principal || (principal as { apiKey?: unknown }).apiKey) {
            throw forbidden('introspection is only for signed-in staff');
          }
        },
      };
    },
  };
}

function selectsIntrospection(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode): boolean =>
    set.selections.some((s) => {
      if (s.kind === Kind.FIELD) {
        return s.name.value === '__schema' || s.name.value === '__type' || (!!s.selectionSet && visit(s.selectionSet));
      }
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      const fragment = fragments.get(s.name.value);
      return !!fragment && visit(fragment.selectionSet);
    });
  return visit(operation.selectionSet);
}
