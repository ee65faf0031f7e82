// Loading, empty and error states used on every screen (light enough for the initial bundle).
import { lazy, type ReactNode } from 'react';
import { Button, Empty, Skeleton, Space, theme } from 'antd';
import {
  ClockCircleOutlined,
  CloseCircleFilled,
  DisconnectOutlined,
  FileSearchOutlined,
  ReloadOutlined,
  StopOutlined,
  WarningFilled,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { toApiError } from '../lib/errors';
import { StatusPanel } from './StatusPanel';
import { Panel } from './Panel';

export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <Panel testId="page-skeleton">
      <Skeleton active title paragraph={{ rows }} />
    </Panel>
  );
}

export function TableSkeleton() {
  return (
    <div data-testid="table-skeleton">
      <Skeleton active title={false} paragraph={{ rows: 8 }} />
    </div>
  );
}

export function EmptyState({ title, hint, action }: { title: ReactNode; hint?: ReactNode; action?: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <Empty
      data-testid="empty-state"
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space orientation="vertical" size={4}>
          <span style={{ fontWeight: 500, color: token.colorText }}>{title}</span>
          {hint ? <span style={{ color: token.colorTextDescription }}>{hint}</span> : null}
        </Space>
      }
    >
      {action}
    </Empty>
  );
}

/** Error with a retry button; NETWORK, SERVICE_UNAVAILABLE, FORBIDDEN and NOT_FOUND get their own wording. */
export function ErrorState({ error, onRetry, compact }: { error: unknown; onRetry?: () => void; compact?: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const apiError = toApiError(error);
  let icon: ReactNode = <WarningFilled />;
  let color = token.colorWarning;
  let title = t('states.loadFailed');
  let subTitle: string = apiError.message;
  let retryable = true;
  if (apiError.code === 'NETWORK') {
    icon = <DisconnectOutlined />;
    subTitle = t('states.networkError');
  } else if (apiError.code === 'SERVICE_UNAVAILABLE') {
    icon = <ClockCircleOutlined />;
    title = t('states.unavailableTitle');
    subTitle = t('states.unavailable');
  } else if (apiError.code === 'FORBIDDEN') {
    icon = <StopOutlined />;
    color = token.colorError;
    title = t('states.forbiddenTitle');
    subTitle = t('states.forbidden');
    retryable = false;
  } else if (apiError.code === 'NOT_FOUND') {
    icon = <FileSearchOutlined />;
    color = token.colorTextTertiary;
    title = t('states.notFoundTitle');
    subTitle = t('states.notFound');
    retryable = false;
  } else if (apiError.code === 'INTERNAL_SERVER_ERROR' || apiError.code === 'UNKNOWN') {
    icon = <CloseCircleFilled />;
    color = token.colorError;
    subTitle = t('states.serverError');
  }
  const action =
    onRetry && retryable ? (
      <Button type="primary" icon={<ReloadOutlined />} onClick={onRetry} data-testid="retry">
        {t('common.retry')}
      </Button>
    ) : (
      <Link to="/">
        <Button>{t('states.backHome')}</Button>
      </Link>
    );
  return <StatusPanel testId="error-state" icon={icon} color={color} title={title} subTitle={subTitle} extra={action} compact={compact} />;
}

// Full-page 403/404 use antd's illustrated <Result>; they load on demand.
export const ForbiddenPage = lazy(() => import('./ResultPages').then((m) => ({ default: m.ForbiddenPage })));
export const NotFoundPage = lazy(() => import('./ResultPages').then((m) => ({ default: m.NotFoundPage })));
