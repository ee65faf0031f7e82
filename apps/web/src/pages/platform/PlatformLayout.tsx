// The operator console's frame (/platform/*): its own header and navigation, no company, no
// member session. Without a platform token it sends to /platform/login.
import { Suspense } from 'react';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import { AuditOutlined, BankOutlined, LogoutOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { clearPlatformToken, getPlatformToken, platformLoginPath } from '../../lib/platform-token';
import { unauthenticatedReason } from '../../lib/errors';
import { PlatformLogoutMutation, PlatformMeQuery } from './platform.operations';

const { Header, Content } = Layout;

export default function PlatformLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const token = getPlatformToken();
  const { data, error, refetch } = useQuery(PlatformMeQuery, { skip: !token, fetchPolicy: 'network-only' });
  const [logout, { client }] = useMutation(PlatformLogoutMutation);

  if (!token) return <Navigate to={platformLoginPath('NO_TOKEN')} replace />;
  const signOut = async () => {
    try {
      await logout();
    } catch {
      /* dropped locally either way */
    }
    clearPlatformToken();
    await client.clearStore();
    navigate(platformLoginPath('SIGNED_OUT'), { replace: true });
  };
  const selected = location.pathname.startsWith('/platform/audit') ? 'audit' : 'companies';

  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="platform-console">
      <Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#1f2937', paddingInline: 20 }}>
        <Link to="/platform" style={{ display: 'flex', alignItems: 'center', gap: 10, color: '#fff', whiteSpace: 'nowrap' }}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span style={{ fontSize: 18, fontWeight: 600 }}>{t('platform.name')}</span>
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          style={{ flex: 1, minWidth: 0, background: 'transparent' }}
          items={[
            {
              key: 'companies',
              icon: <BankOutlined />,
              label: (
                <Link to="/platform" data-testid="platform-nav-companies">
                  {t('platform.nav.companies')}
                </Link>
              ),
            },
            {
              key: 'audit',
              icon: <AuditOutlined />,
              label: (
                <Link to="/platform/audit" data-testid="platform-nav-audit">
                  {t('platform.nav.audit')}
                </Link>
              ),
            },
          ]}
        />
        <Space>
          {data ? <Typography.Text style={{ color: '#e5e7eb' }}>{data.platformMe.email}</Typography.Text> : null}
          <LanguageSwitch size="middle" />
          <Button icon={<LogoutOutlined />} onClick={() => void signOut()} data-testid="platform-sign-out">
            {t('platform.signOut')}
          </Button>
        </Space>
      </Header>
      <Content style={{ padding: 24, maxWidth: 1400, width: '100%', margin: '0 auto' }}>
        {error && !unauthenticatedReason(error) ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : data ? (
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        ) : (
          <PageSkeleton />
        )}
      </Content>
    </Layout>
  );
}
