// Holds the token, reacts to expiry/revocation (from the Apollo error link, a timer on
// expiresAt, or another tab signing out) by returning to /login with a reason.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useLocation, useNavigate } from 'react-router-dom';
import { clearToken, getToken, getTokenExpiresAt, setToken } from '../lib/auth-storage';
import { emitUnauthenticated, onUnauthenticated, type SignOutReason } from '../lib/auth-events';
import { LogoutMutation, MeQuery } from './session.operations';
import type { MeFieldsFragment } from '../gql/graphql';
import { scopeOf, type DataScope } from '@pinzhi/domain';

interface SessionState {
  token: string | null;
  /** Why the last session ended (kept so every redirect to /login carries it). */
  endedBecause: SignOutReason | null;
  /** Store a fresh login and enter the app (to `next` when given). */
  establish: (payload: { token: string; expiresAt?: string | null; me: MeFieldsFragment }, next?: string) => Promise<void>;
  signOut: (reason?: SignOutReason) => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

const MAX_TIMEOUT = 2_147_000_000;

export function loginPath(reason?: SignOutReason, next?: string): string {
  const params = new URLSearchParams();
  if (reason) params.set('reason', reason);
  if (next && next !== '/' && !next.startsWith('/login')) params.set('next', next);
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [token, setTokenState] = useState<string | null>(() => getToken());
  const [expiresAt, setExpiresAt] = useState<number | null>(() => getTokenExpiresAt());
  const [endedBecause, setEndedBecause] = useState<SignOutReason | null>(null);
  const here = useRef('/');
  here.current = location.pathname + location.search;

  const endSession = useCallback(
    (reason: SignOutReason) => {
      clearToken();
      setEndedBecause(reason);
      setTokenState(null);
      setExpiresAt(null);
      void client.clearStore();
      const from = here.current.startsWith('/login') ? undefined : here.current;
      navigate(loginPath(reason, reason === 'SIGNED_OUT' ? undefined : from), { replace: true });
    },
    [client, navigate],
  );

  useEffect(
    () =>
      onUnauthenticated((reason) => {
        if (getToken() || !here.current.startsWith('/login')) endSession(reason);
      }),
    [endSession],
  );

  // Expire on time even if the user makes no request.
  useEffect(() => {
    if (!token || !expiresAt) return;
    const delay = Math.min(Math.max(expiresAt - Date.now(), 0), MAX_TIMEOUT);
    const timer = setTimeout(() => emitUnauthenticated('SESSION_EXPIRED'), delay);
    return () => clearTimeout(timer);
  }, [token, expiresAt]);

  // Another tab signed out or in as someone else.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== 'pinzhi.token') return;
      if (!event.newValue && token) endSession('SIGNED_OUT');
      else if (event.newValue && event.newValue !== token) {
        setTokenState(event.newValue);
        setExpiresAt(getTokenExpiresAt());
        void client.resetStore();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [client, endSession, token]);

  const establish = useCallback<SessionState['establish']>(
    async (payload, next) => {
      setToken(payload.token, payload.expiresAt);
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: payload.me } });
      setEndedBecause(null);
      setTokenState(payload.token);
      setExpiresAt(getTokenExpiresAt());
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    },
    [client, navigate],
  );

  const signOut = useCallback(
    async (reason: SignOutReason = 'SIGNED_OUT') => {
      try {
        await Promise.race([client.mutate({ mutation: LogoutMutation }), new Promise((resolve) => setTimeout(resolve, 3000))]);
      } catch {
        /* the token is dropped locally either way */
      }
      endSession(reason);
    },
    [client, endSession],
  );

  const value = useMemo(() => ({ token, endedBecause, establish, signOut }), [token, endedBecause, establish, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

const MeContext = createContext<MeFieldsFragment | null>(null);
export const MeProvider = MeContext.Provider;

/** The signed-in member (inside the authenticated part of the app). */
export function useMe(): MeFieldsFragment {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside an authenticated route');
  return me;
}

export function useOptionalMe(): MeFieldsFragment | null {
  return useContext(MeContext);
}

/**
 * The signed-in membership's data scope (libs/domain scope.ts): what region filters offer —
 * a project-scoped user gets none, a region-scoped one only their regions.
 */
export function useDataScope(): DataScope {
  const me = useMe();
  return useMemo(() => scopeOf(me.role, me.regionIds, me.projectIds), [me.role, me.regionIds, me.projectIds]);
}
