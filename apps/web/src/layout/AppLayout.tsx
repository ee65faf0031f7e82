// The signed-in frame: side navigation by role, top bar with company, global search (Ctrl/⌘+K), language and user.
import { Suspense, useMemo, useState } from 'react';
import { Avatar, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Tag, type MenuProps } from 'antd';
import { BankOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { CompanyBrandingQuery } from '../pages/settings/company-settings.operations';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { GlobalSearch } from '../components/search/GlobalSearch';
import { NotificationBell } from '../components/NotificationBell';
import { PageSkeleton } from '../components/PageStates';
import { FeatureTexts } from '../components/FeatureTexts';
import { ErrorBoundary, CrashScreen } from '../components/ErrorBoundary';
import { useMe, useSession } from '../session/SessionProvider';
import { DeletionBanner } from '../pages/settings/DeletionBanner';
import { ChangePasswordModal } from '../pages/account/ChangePasswordForm';
import { NAV_GROUPS, navItemForPath, navItemsFor } from './nav';
import type { Role } from '@pinzhi/domain';

const { Header, Sider, Content } = Layout;

function Brand({ collapsed }: { collapsed?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 10, height: 64, padding: '0 20px', color: '#fff' }}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {collapsed ? null : <span style={{ fontSize: 18, fontWeight: 600, whiteSpace: 'nowrap', color: '#fff' }}>{t('app.name')}</span>}
    </Link>
  );
}

function NavMenu({ role, onNavigate }: { role: Role; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const items = useMemo<MenuProps['items']>(() => {
    const visible = navItemsFor(role);
    const entry = (item: (typeof visible)[number]) => ({
      key: item.key,
      icon: item.icon,
      label: (
        <Link to={item.path} onClick={onNavigate} data-testid={`nav-${item.key}`}>
          {t(item.label as 'nav.dashboard')}
        </Link>
      ),
    });
    const result: NonNullable<MenuProps['items']> = [];
    for (const item of visible) {
      if (!item.group) {
        result.push(entry(item));
        continue;
      }
      const group = NAV_GROUPS.find((g) => g.key === item.group)!;
      let node = result.find((n) => n?.key === group.key) as { key: string; children: unknown[] } | undefined;
      if (!node) {
        node = { key: group.key, icon: group.icon, label: t(group.label as 'nav.portfolio'), children: [] } as never;
        result.push(node as never);
      }
      node!.children.push(entry(item));
    }
    return result;
  }, [onNavigate, role, t]);
  const current = navItemForPath(location.pathname);
  return (
    <Menu
      theme="dark"
      mode="inline"
      data-testid="side-nav"
      selectedKeys={current ? [current.key] : []}
      defaultOpenKeys={NAV_GROUPS.map((g) => g.key)}
      items={items}
    />
  );
}

export default function AppLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  const screens = Grid.useBreakpoint();
  const isMobile = !screens.md;
  // The company's logo and names (公司设置); the sign-in's name until they load.
  const branding = useQuery(CompanyBrandingQuery).data?.companySettings;
  const tenantName = branding?.name || me.tenant.name;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [changingPassword, setChangingPassword] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();

  const userMenu: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div style={{ minWidth: 200 }}>
          <div style={{ color: 'rgba(0,0,0,0.88)' }}>{me.user.displayName}</div>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{me.user.email}</div>
          <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
            {me.tenant.name} · {t(`roles.${me.role}`)}
          </div>
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <span data-testid="change-password">{t('account.changePassword')}</span>,
      onClick: () => setChangingPassword(true),
    },
    {
      key: 'signout',
      icon: <LogoutOutlined />,
      label: <span data-testid="sign-out">{t('auth.signOut')}</span>,
      onClick: () => void signOut(),
    },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isMobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={256}
          styles={{ body: { padding: 0, background: '#001529' }, header: { display: 'none' } }}
        >
          <Brand />
          <NavMenu role={me.role} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Sider width={236} collapsible collapsed={collapsed} onCollapse={setCollapsed}>
          <div style={{ position: 'sticky', top: 0, maxHeight: '100vh', overflowY: 'auto', paddingBottom: 48 }}>
            <Brand collapsed={collapsed} />
            <NavMenu role={me.role} />
          </div>
        </Sider>
      )}
      <Layout>
        <Header
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 12,
            position: 'sticky',
            top: 0,
            zIndex: 10,
            boxShadow: '0 1px 4px rgba(0,21,41,0.08)',
          }}
        >
          <Space size={12} style={{ minWidth: 0 }}>
            {isMobile ? (
              <Button type="text" icon={<MenuOutlined />} aria-label={t('nav.menu')} onClick={() => setDrawerOpen(true)} />
            ) : null}
            <div data-testid="tenant-name" style={{ display: 'flex', alignItems: 'center', gap: 8, minWidth: 0, lineHeight: 1.5 }}>
              {branding?.logo ? (
                <img src={branding.logo} alt="" style={{ height: 24, maxWidth: 72, objectFit: 'contain' }} data-testid="tenant-logo" />
              ) : (
                <BankOutlined style={{ color: '#1668dc', fontSize: 16 }} />
              )}
              <span
                style={{
                  fontWeight: 600,
                  fontSize: 15,
                  whiteSpace: 'nowrap',
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  maxWidth: isMobile ? 140 : 360,
                }}
                title={tenantName}
              >
                {isMobile && branding?.shortName ? branding.shortName : tenantName}
              </span>
            </div>
          </Space>
          <Space size={isMobile ? 8 : 16}>
            <GlobalSearch />
            <NotificationBell userId={me.user.id} />
            <LanguageSwitch />
            <Dropdown menu={{ items: userMenu }} trigger={['click']} placement="bottomRight">
              <Button type="text" data-testid="user-menu" style={{ paddingInline: 4 }}>
                <Space size={8}>
                  <Avatar size="small" style={{ background: '#1668dc' }} icon={<UserOutlined />} />
                  {isMobile ? null : (
                    <>
                      <span data-testid="current-user">{me.user.displayName}</span>
                      <Tag color="blue" style={{ marginInlineEnd: 0 }}>
                        {t(`roles.${me.role}`)}
                      </Tag>
                    </>
                  )}
                </Space>
              </Button>
            </Dropdown>
          </Space>
        </Header>
        <Content style={{ padding: isMobile ? 12 : 24, minWidth: 0 }}>
          <ErrorBoundary
            key={location.pathname}
            fallback={(error, reset) => (
              <CrashScreen
                error={error}
                onReset={() => {
                  reset();
                  navigate('/');
                }}
              />
            )}
          >
            <Suspense fallback={<PageSkeleton />}>
              {/* Pages use the feature texts, loaded lazily after sign-in (the shell needs only the core texts). */}
              <FeatureTexts>
                <DeletionBanner />
                <Outlet />
              </FeatureTexts>
            </Suspense>
          </ErrorBoundary>
        </Content>
      </Layout>
      <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
    </Layout>
  );
}
