// Test helpers: a fake Apollo link answering by operation name, and a renderer with the app's
// providers, a memory data router, and (optionally) a signed-in member.
import { Suspense, type ReactElement } from 'react';
import { render } from '@testing-library/react';
import { StyleProvider } from '@ant-design/cssinjs';
import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { AppProviders } from '../app/AppProviders';
import { createApolloClient } from '../lib/apollo';
import { MeProvider, SessionProvider } from '../session/SessionProvider';
import type { Language } from '../i18n';
import type { MeFieldsFragment } from '../gql/graphql';

export interface RecordedOperation {
  operationName: string;
  variables: Record<string, unknown>;
}

type Answer = { data?: unknown; errors?: unknown[] } | Error;
export type Handler = (op: RecordedOperation) => Answer | Promise<Answer>;

export function fakeLink(handler: Handler, calls: RecordedOperation[] = []): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const op = { operationName: operation.operationName ?? '', variables: operation.variables as Record<string, unknown> };
        calls.push(op);
        Promise.resolve()
          .then(() => handler(op))
          .then((answer) => {
            if (answer instanceof Error) observer.error(answer);
            else {
              observer.next(answer as never);
              observer.complete();
            }
          })
          .catch((e) => observer.error(e));
      }),
  );
}

export function gqlError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }], data: null };
}

export const ME_ADMIN: MeFieldsFragment & { __typename: 'Me' } = {
  __typename: 'Me',
  role: 'TENANT_ADMIN',
  regionIds: [],
  projectIds: [],
  user: { __typename: 'User', id: 'u1', email: 'admin@demo.test', displayName: '管理员' } as never,
  tenant: { __typename: 'Tenant', id: 't1', slug: 'demo', name: '示范物业' } as never,
  regions: [],
  tenants: [{ __typename: 'TenantChoice', slug: 'demo', name: '示范物业', role: 'TENANT_ADMIN' } as never],
  passwordChangeRequired: false,
};

export function renderWithApp(
  element: ReactElement,
  options: {
    path?: string;
    routePath?: string;
    handler?: Handler;
    me?: MeFieldsFragment | null;
    language?: Language;
    routes?: RouteObject[];
    /** How long the client waits before trying a query again after SERVICE_UNAVAILABLE (default: Retry-After). */
    retryDelayMs?: (retryAfterSeconds: number) => number;
  } = {},
) {
  const calls: RecordedOperation[] = [];
  const client = createApolloClient({
    link: fakeLink(options.handler ?? (() => ({ data: null })), calls),
    retryDelayMs: options.retryDelayMs,
  });
  const me = options.me === undefined ? ME_ADMIN : options.me;
  const shell = (child: ReactElement) => (
    <SessionProvider>
      <Suspense fallback={<div>loading</div>}>{me ? <MeProvider value={me}>{child}</MeProvider> : child}</Suspense>
    </SessionProvider>
  );
  const routes: RouteObject[] = options.routes ?? [
    { path: options.routePath ?? '/', element: shell(element) },
    { path: '*', element: <div data-testid="elsewhere" /> },
  ];
  const router = createMemoryRouter(routes, { initialEntries: [options.path ?? options.routePath ?? '/'] });
  const tree = (
    <AppProviders client={client} language={options.language ?? 'zh-CN'}>
      <RouterProvider router={router} />
    </AppProviders>
  );
  // antd's CSS-in-JS is rendered as on a server: styles are computed but never injected into
  // jsdom. Injected, every getComputedStyle call (rc-table, rc-motion, focus handling) made jsdom
  // cascade thousands of rules: the same spec took about 3× the CPU (ProjectInspectionPlanTab:
  // 65 s → 23 s). No test reads antd's CSS — visibility in these tests is what is rendered.
  const result = render(<StyleProvider mock="server">{tree}</StyleProvider>);
  return { ...result, router, client, calls };
}

/** Current URL of a memory router as path + query. */
export function currentUrl(router: ReturnType<typeof createMemoryRouter>): string {
  return router.state.location.pathname + router.state.location.search;
}

/**
 * Makes window.matchMedia answer width queries for a viewport of `width` px (jsdom has no layout:
 * the default stub matches nothing, which antd's breakpoints read as a phone). Call it before the
 * first render of a test file: antd reads the breakpoints when its responsive observer starts.
 */
export function setViewportWidth(width: number): void {
  const matches = (query: string) =>
    query
      .split(/\band\b/)
      .map((part) => /\((min|max)-width:\s*(\d+(?:\.\d+)?)px\)/.exec(part))
      .every((m) => !m || (m[1] === 'min' ? width >= Number(m[2]) : width <= Number(m[2])));
  // jest.setup.ts defines matchMedia writable (not configurable): assign, don't redefine.
  window.matchMedia = (query: string) =>
    ({
      matches: matches(query),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
}
