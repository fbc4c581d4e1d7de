import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { from, of, switchMap } from 'rxjs';
import { accessToken, endSession, renew } from './session';

// Every operation goes as an automatic persisted query: first its SHA-256 alone, the full text only when
// Kaira does not know it yet. The hash is computed in JavaScript, so it works outside secure contexts too.
const persisted = () => new PersistedQueryLink({ sha256: (query: string) => bytesToHex(sha256(utf8ToBytes(query))) });

const http = () => new HttpLink({ uri: '/graphql' });

// Signing in and refreshing carry their own credentials.
const PUBLIC_OPERATIONS = new Set(['AppLogin', 'AppRefreshSession']);

type Result = ApolloLink.Result;

function unauthenticated(result: Result): boolean {
  return (result.errors ?? []).some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** Adds the bearer token and the tenant; on UNAUTHENTICATED renews the session once and tries again. */
function authLink(tenant: string | null): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const send = (token: string | null) => {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: {
          ...headers,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(tenant ? { 'kaira-tenant': tenant } : {}),
        },
      }));
      return forward(operation);
    };
    if (PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return send(null);
    return from(accessToken()).pipe(
      switchMap((token) => send(token)),
      switchMap((result) => {
        if (!unauthenticated(result)) return of(result);
        return from(renew()).pipe(
          switchMap((session) => (session ? send(session.accessToken) : of(result))),
          switchMap((retried) => {
            if (unauthenticated(retried)) endSession('expired');
            return of(retried);
          }),
        );
      }),
    );
  });
}

/** A client for one tenant (its own cache: nothing read in one register shows in another), or for none. */
export function createClient(tenant: string | null): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([authLink(tenant), persisted(), http()]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

/** The client that refreshes sessions: no auth link, so a refusal cannot loop. */
export function createRefreshClient(): ApolloClient {
  return new ApolloClient({ link: ApolloLink.from([persisted(), http()]), cache: new InMemoryCache() });
}
