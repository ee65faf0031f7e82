// Apollo Client: bearer token on every request; any UNAUTHENTICATED answer (except to the login
// mutation itself) ends the session and returns to sign-in with the reason.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { getMainDefinition } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { OperationTypeNode } from 'graphql';
import { Observable, type Subscription } from 'rxjs';
import { getToken } from './auth-storage';
import { clearPlatformToken, getPlatformToken, inPlatformConsole, platformLoginPath } from './platform-token';
import { emitUnauthenticated, toSignOutReason } from './auth-events';
import { graphQLErrorsOf, serviceUnavailableOf, unauthenticatedReason, type RawGraphQLError } from './errors';
import { reportServiceAvailability } from './service-status';

/** Operations whose UNAUTHENTICATED answer is expected and handled by the caller. */
const AUTH_OPERATIONS = new Set(['Login', 'Logout', 'AcceptInvitation', 'PlatformLogin', 'PlatformLogout']);

export const authLink = new ApolloLink((operation, forward) => {
  // The operator console (/platform/*) sends the platform operator's token, every other page the member's.
  const token = inPlatformConsole() ? getPlatformToken() : getToken();
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
  if (reason && inPlatformConsole()) {
    // The console's session ended: back to its own sign-in (the member's session is not touched).
    clearPlatformToken();
    if (!window.location.pathname.startsWith('/platform/login')) window.location.assign(platformLoginPath(reason));
    return;
  }
  if (reason) emitUnauthenticated(toSignOutReason(reason));
});

/** How often a query is tried again after SERVICE_UNAVAILABLE before its error is shown (about 20 s in all). */
const UNAVAILABLE_RETRIES = 4;

/**
 * SERVICE_UNAVAILABLE (HTTP 503: the API's database did not answer in time) is reported to the
 * service-status banner; queries are tried again after the server's Retry-After (the page keeps
 * loading meanwhile), mutations are not (the user decides whether to save again). Any other
 * answer clears the banner.
 */
export function serviceUnavailableLink(retryDelayMs: (retryAfterSeconds: number) => number = (s) => s * 1000): ApolloLink {
  return new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let attempt = 0;
        let subscription: Subscription | undefined;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const retryable = operation.operationType === OperationTypeNode.QUERY;
        /** True when the answer was a 503 that will be tried again (so it is not passed on). */
        const retryLater = (unavailable: RawGraphQLError | undefined): boolean => {
          reportServiceAvailability(!unavailable);
          if (!unavailable || !retryable || attempt >= UNAVAILABLE_RETRIES) return false;
          attempt += 1;
          const seconds = Number(unavailable.extensions?.retryAfterSeconds) || 5;
          timer = setTimeout(run, retryDelayMs(seconds));
          return true;
        };
        const run = () => {
          let retrying = false;
          subscription = forward(operation).subscribe({
            next: (result) => {
              retrying = retryLater(serviceUnavailableOf(result.errors as RawGraphQLError[] | undefined));
              if (!retrying) observer.next(result);
            },
            error: (error) => {
              if (!retryLater(serviceUnavailableOf(graphQLErrorsOf(error)))) observer.error(error);
            },
            complete: () => {
              if (!retrying) observer.complete();
            },
          });
        };
        run();
        return () => {
          clearTimeout(timer);
          subscription?.unsubscribe();
        };
      }),
  );
}

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

export function createApolloClient(
  options: { uri?: string; link?: ApolloLink; retryDelayMs?: (retryAfterSeconds: number) => number } = {},
): ApolloClient {
  const uri = options.uri ?? '/graphql';
  const transport =
    options.link ?? ApolloLink.split((op) => isImportOperation(op.query), new HttpLink({ uri: `${uri}/import` }), new HttpLink({ uri }));
  return new ApolloClient({
    link: ApolloLink.from([sessionErrorLink, serviceUnavailableLink(options.retryDelayMs), authLink, transport]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
