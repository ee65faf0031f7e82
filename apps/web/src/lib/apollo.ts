// Apollo Client: bearer token on every request; any UNAUTHENTICATED answer (except to the login
// mutation itself) ends the session and returns to sign-in with the reason.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { getToken } from './auth-storage';
import { emitUnauthenticated, toSignOutReason } from './auth-events';
import { unauthenticatedReason } from './errors';

/** Operations whose UNAUTHENTICATED answer is expected and handled by the caller. */
const AUTH_OPERATIONS = new Set(['Login', 'Logout', 'AcceptInvitation']);

export const authLink = new ApolloLink((operation, forward) => {
  const token = getToken();
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

export const sessionErrorLink = new ErrorLink(({ error, operation }) => {
  if (AUTH_OPERATIONS.has(operation.operationName ?? '')) return;
  const reason = unauthenticatedReason(error);
  if (reason) emitUnauthenticated(toSignOutReason(reason));
});

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Me: { keyFields: false },
      TenantChoice: { keyFields: false },
      PageInfo: { keyFields: false },
      // A draft's content is replaced whole on every save; published versions never change.
      HandbookVersion: { fields: { sections: { merge: false } } },
      Handbook: { fields: { versions: { merge: false } } },
      InspectionTemplateVersion: { fields: { sections: { merge: false } } },
      InspectionTemplate: { fields: { versions: { merge: false } } },
    },
  });
}

/**
 * Excel imports (mutations taking `fileBase64`) go to `/graphql/import`, the only route whose
 * body may be megabytes; everything else to `/graphql`, which keeps a small body limit.
 */
export function isImportOperation(query: DocumentNode): boolean {
  const operation = getMainDefinition(query);
  return (
    operation.kind === 'OperationDefinition' &&
    operation.operation === 'mutation' &&
    operation.selectionSet.selections.some((s) => s.kind === 'Field' && (s.arguments ?? []).some((a) => a.name.value === 'fileBase64'))
  );
}

export function createApolloClient(options: { uri?: string; link?: ApolloLink } = {}): ApolloClient {
  const uri = options.uri ?? '/graphql';
  const transport =
    options.link ?? ApolloLink.split((op) => isImportOperation(op.query), new HttpLink({ uri: `${uri}/import` }), new HttpLink({ uri }));
  return new ApolloClient({
    link: ApolloLink.from([sessionErrorLink, authLink, transport]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
