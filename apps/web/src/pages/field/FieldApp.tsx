// 品质现场: the installable, offline-first field app for phones (inspectors; later project staff).
// Opens from the service worker's cache without the network, downloads my work when online,
// fills inspections and patrols on the phone and sends them from the outbox when it can.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useApolloClient } from '@apollo/client/react';
import { Alert, App, Badge, Button, Layout, Result, Space, Tag, Typography, theme } from 'antd';
import { CloudSyncOutlined, HomeOutlined, ScanOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FeatureTexts } from '../../components/FeatureTexts';
import { PageSkeleton } from '../../components/PageStates';
import { useSession, loginPath } from '../../session/SessionProvider';
import { EvidenceStoreContext } from '../inspections/uploads';
import { downloadMyWork } from './download';
import { FieldDataProvider, phoneEvidenceStore, prefetchFieldData, useFieldData, useOnline } from './field-data';
import { flushOutbox } from './outbox';
import { ScannerModal } from './Scanner';

// The app's screens are fetched together as soon as this module runs (from the service worker's
// cache when offline), not each on its first visit: opening /field/ no longer waits for the home
// chunk after this one, and the other tabs answer at once.
const screens = {
  home: () => import('./FieldHome'),
  inspection: () => import('./FieldInspectionPage'),
  patrol: () => import('./FieldPatrolPage'),
  point: () => import('./FieldPointPage'),
  sync: () => import('./FieldSyncPage'),
  handbook: () => import('./FieldHandbookPage'),
};
if (import.meta.env?.PROD) {
  prefetchFieldData();
  // The home and sync tabs first; the forms (the inspection form is the biggest chunk) once the
  // home is up, so their start-up work does not hold the first screen back.
  void screens.home();
  void screens.sync();
}
function preloadTheRest(): void {
  if (!import.meta.env?.PROD) return;
  setTimeout(() => {
    for (const load of Object.values(screens)) void load();
  }, 0);
}
const FieldHome = lazy(screens.home);
const FieldInspectionPage = lazy(screens.inspection);
const FieldPatrolPage = lazy(screens.patrol);
const FieldPointPage = lazy(screens.point);
const FieldSyncPage = lazy(screens.sync);
const FieldHandbookPage = lazy(screens.handbook);

/** The service worker (scope /field/) that keeps the app for offline use and sends on Background Sync. */
function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env?.DEV) return;
  navigator.serviceWorker.register('/sw.js', { scope: '/field/' }).catch(() => undefined);
}

export type DownloadState = { running: boolean; error: boolean; lastRun: number };

function FieldShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const { message } = App.useApp();
  const data = useFieldData();
  const online = useOnline();
  const [downloadState, setDownloadState] = useState<DownloadState>({ running: false, error: false, lastRun: 0 });
  const [scanning, setScanning] = useState(false);
  const started = useRef(false);

  const download = useCallback(async () => {
    setDownloadState((s) => ({ ...s, running: true, error: false }));
    try {
      await downloadMyWork(client);
      setDownloadState({ running: false, error: false, lastRun: Date.now() });
    } catch {
      setDownloadState({ running: false, error: true, lastRun: Date.now() });
    }
    await data.reload();
  }, [client, data]);

  const sync = useCallback(async () => {
    try {
      await flushOutbox();
    } finally {
      await data.reload();
    }
  }, [data]);

  // On opening (and whenever the network returns): send what is waiting, then refresh my work.
  useEffect(() => {
    if (!online) return;
    if (started.current && downloadState.running) return;
    started.current = true;
    void (async () => {
      await sync().catch(() => undefined);
      await download();
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per coming online
  }, [online]);

  // Mounted: how long opening took (read by the offline-open browser test; harmless elsewhere).
  useEffect(() => {
    performance.mark('pinzhi:field-shell');
  }, []);
  useEffect(() => {
    if (!data.loaded) return;
    performance.mark('pinzhi:field-data');
    preloadTheRest();
  }, [data.loaded]);

  const waiting = data.outbox.filter((i) => i.status === 'WAITING' || i.status === 'SENDING').length;
  const refused = data.outbox.filter((i) => i.status === 'REFUSED').length;
  const tab = location.pathname.startsWith('/field/sync') ? 'sync' : 'work';
  const onScanned = (path: string) => {
    setScanning(false);
    navigate(path);
  };

  return (
    <Layout style={{ minHeight: '100vh', background: token.colorBgLayout }} data-testid="field-app">
      <div
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          display: 'flex',
          alignItems: 'center',
          gap: 8,
          padding: '10px 12px',
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Typography.Text strong style={{ fontSize: 16, flex: 1 }}>
          {t('field.title')}
        </Typography.Text>
        <Tag color={online ? 'green' : 'orange'} data-testid="field-network" data-online={String(online)}>
          {online ? t('field.online') : t('field.offline')}
        </Tag>
        <Badge count={waiting} size="small" offset={[-4, 4]}>
          <Button
            type="text"
            icon={<CloudSyncOutlined />}
            onClick={() => navigate('/field/sync')}
            data-testid="field-sync-badge"
            data-waiting={waiting}
          >
            {refused ? <Typography.Text type="danger">{refused}</Typography.Text> : null}
          </Button>
        </Badge>
      </div>
      {!online ? <Alert type="warning" banner title={t('field.offlineHint')} data-testid="field-offline-banner" /> : null}
      <div style={{ flex: 1, padding: 12, paddingBottom: 84, maxWidth: 760, width: '100%', margin: '0 auto' }}>
        <Suspense fallback={<PageSkeleton />}>
          <Routes>
            <Route index element={<FieldHome download={download} downloadState={downloadState} />} />
            <Route path="inspect/:occurrenceId" element={<FieldInspectionPage />} />
            <Route path="inspect" element={<FieldInspectionPage />} />
            <Route path="patrol/:routeId" element={<FieldPatrolPage onScan={() => setScanning(true)} />} />
            <Route path="p/:pointId" element={<FieldPointPage onScan={() => setScanning(true)} />} />
            <Route path="sync" element={<FieldSyncPage sync={sync} />} />
            <Route path="handbook/:projectId" element={<FieldHandbookPage />} />
            <Route path="*" element={<Navigate to="/field/" replace />} />
          </Routes>
        </Suspense>
      </div>
      <nav
        style={{
          position: 'fixed',
          bottom: 0,
          left: 0,
          right: 0,
          zIndex: 10,
          display: 'grid',
          gridTemplateColumns: '1fr 1fr 1fr',
          background: token.colorBgContainer,
          borderTop: `1px solid ${token.colorBorderSecondary}`,
          paddingBottom: 'env(safe-area-inset-bottom)',
        }}
      >
        {(
          [
            ['work', <HomeOutlined key="i" />, () => navigate('/field/')],
            ['scan', <ScanOutlined key="i" />, () => setScanning(true)],
            ['sync', <CloudSyncOutlined key="i" />, () => navigate('/field/sync')],
          ] as const
        ).map(([key, icon, go]) => (
          <Button
            key={key}
            type="text"
            onClick={go}
            style={{ height: 60, display: 'flex', flexDirection: 'column', gap: 2, color: tab === key ? token.colorPrimary : undefined }}
            data-testid={`field-tab-${key}`}
          >
            <span style={{ fontSize: 20 }}>{icon}</span>
            <span style={{ fontSize: 12 }}>{t(`field.tabs.${key}`)}</span>
          </Button>
        ))}
      </nav>
      <ScannerModal
        open={scanning}
        onClose={() => setScanning(false)}
        onScanned={onScanned}
        onNotPatrol={() => void message.warning(t('field.scanner.notPatrol'))}
      />
    </Layout>
  );
}

function FieldGate() {
  const { token } = useSession();
  const location = useLocation();
  const online = useOnline();
  const { t } = useTranslation();
  useEffect(registerServiceWorker, []);
  if (!token) {
    const here = location.pathname + location.search;
    if (online) return <Navigate to={loginPath('NO_TOKEN', here)} replace />;
    return (
      <Result
        status="warning"
        title={t('field.signInFirst')}
        extra={
          <Space>
            <Button href={loginPath('NO_TOKEN', here)}>{t('field.signIn')}</Button>
          </Space>
        }
      />
    );
  }
  return (
    <FieldDataProvider>
      <EvidenceStoreContext.Provider value={phoneEvidenceStore}>
        <FieldShell />
      </EvidenceStoreContext.Provider>
    </FieldDataProvider>
  );
}

export default function FieldApp() {
  return (
    <Suspense fallback={<PageSkeleton />}>
      <FeatureTexts>
        <FieldGate />
      </FeatureTexts>
    </Suspense>
  );
}
