import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { RequestContext } from '../../context';
import { KairaError } from '../../errors';
import type { PersistedOperations } from './persisted-operations';

// Trusted documents for machine clients (DOMAIN.md §3: INTEGRATION runs persisted operations on its
// allow-list only). Apollo's automatic persisted queries (APQ) are a cache any client can fill, not a
// safelist, so they stay as they are for first-party clients (staff with a bearer token, anonymous public
// callers), and this plugin decides for API-key requests:
// - a document named by id (`documentId` in the body or query string, `sha256:<hex>`), or by APQ hash
//   (`extensions.persistedQuery.sha256Hash`), is replaced by the manifest's text before Apollo reads it;
// - query text, an unknown id or hash, or a manifest operation not on the key's allow-list is refused
//   with PERSISTED_QUERY_NOT_IN_LIST. The APQ extension is removed first, so nothing is cached.
// Anyone may name a manifest document by `documentId`; an unknown id is refused for everyone.

// What a refused request parses instead of its own text: it never runs, the refusal comes first.
const REFUSED = '{ __typename }';

export const notInList = (): KairaError =>
  new KairaError('PERSISTED_QUERY_NOT_IN_LIST', 'only persisted operations on the allow-list may run here');

export function trustedDocumentsPlugin(manifest: () => PersistedOperations): ApolloServerPlugin<RequestContext> {
  return {
    // A missing or tampered manifest stops the start, not the first integration's request.
    async serverWillStart() {
      manifest();
    },
    async requestDidStart({ request, contextValue }) {
      const documentId = documentIdOf(request);
      const apqHash = request.extensions?.persistedQuery?.sha256Hash;
      let refused = false;
      if (documentId !== undefined || contextValue.usesApiKey) {
        // A machine client never sends query text; a document id names exactly one manifest text.
        const named = documentId ?? (typeof apqHash === 'string' ? apqHash : undefined);
        const operation = named !== undefined && request.query === undefined ? manifest().find(named) : undefined;
        refused = !operation;
        request.query = operation?.document ?? REFUSED;
        if (request.extensions) delete request.extensions.persistedQuery;
      }
      if (!refused && !contextValue.usesApiKey) return;
      return {
        async didResolveOperation({ contextValue: ctx, operationName }) {
          // A bad key is UNAUTHENTICATED before anything is said about the document.
          const principal = await ctx.principal();
          if (refused) throw notInList();
          const allowed = principal?.apiKey?.operations ?? [];
          if (!operationName || !allowed.includes(operationName)) throw notInList();
        },
      };
    },
  };
}

function documentIdOf(request: GraphQLRequest): string | undefined {
  const body = request.http?.body as { documentId?: unknown } | undefined;
  if (body && typeof body === 'object' && typeof body.documentId === 'string') return body.documentId;
  const fromQuery = new URLSearchParams(request.http?.search ?? '').get('documentId');
  return fromQuery ?? undefined;
}
