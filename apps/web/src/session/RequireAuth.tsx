// Gate of the signed-in app: no token → sign-in; loads `me`; a network failure offers a retry.
import { lazy, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { Layout } from 'antd';
import { ErrorState, PageSkeleton } from '../components/PageStates';
import { loadFeatureTexts } from '../i18n';
import { unauthenticatedReason } from '../lib/errors';
import { MeQuery } from './session.operations';
import { loginPath, MeProvider, useSession } from './SessionProvider';

const AppLayout = lazy(() => import('../layout/AppLayout'));
const ForcedPasswordChangePage = lazy(() => import('../pages/account/ForcedPasswordChangePage'));

function FullPage({ children }: { children: React.ReactNode }) {
  return (
    <Layout style={{ minHeight: '100vh', padding: 24, alignItems: 'center' }}>
      <div style={{ width: '100%', maxWidth: 960 }}>{children}</div>
    </Layout>
  );
}

export function RequireAuth() {
  const { token, endedBecause } = useSession();
  const location = useLocation();
  const { data, error, loading, refetch } = useQuery(MeQuery, {
    skip: !token,
    fetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  // Start fetching the feature texts while `me` and the layout load (AppLayout waits for them before pages).
  useEffect(() => {
    if (token) loadFeatureTexts().catch(() => undefined);
  }, [token]);

  if (!token) {
    const here = location.pathname + location.search;
    const reason = endedBecause ?? (here === '/' ? undefined : 'NO_TOKEN');
    return <Navigate to={loginPath(reason, reason === 'SIGNED_OUT' ? undefined : here)} replace />;
  }
  if (data?.me) {
    return (
      <MeProvider value={data.me}>
        {/* Signed in with a temporary password: only choosing a new one is possible. */}
        {data.me.passwordChangeRequired ? <ForcedPasswordChangePage /> : <AppLayout />}
      </MeProvider>
    );
  }
  if (error && !unauthenticatedReason(error) && !loading) {
    return (
      <FullPage>
        <ErrorState error={error} onRetry={() => void refetch()} />
      </FullPage>
    );
  }
  return (
    <FullPage>
      <PageSkeleton rows={8} />
    </FullPage>
  );
}
