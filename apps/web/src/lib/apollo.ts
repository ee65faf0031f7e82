// Apollo Client: bearer token on every request; any UNAUTHENTICATED answer (except to the login
// mutation itself) ends the session and returns to sign-in with the reason.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
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

export function createApolloClient(options: { uri?: string; link?: ApolloLink } = {}): ApolloClient {
  const transport = options.link ?? new HttpLink({ uri: options.uri ?? '/graphql' });
  return new ApolloClient({
    link: ApolloLink.from([sessionErrorLink, authLink, transport]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
