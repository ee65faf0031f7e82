// The bell's panel: the latest notifications, worded in the app's language from their kind and
// parameters (the same catalogue the API uses for e-mail), each one click from its screen.
import { Button, List, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { notificationText, type NotificationParams } from '@pinzhi/domain';
import { formatDateTime } from '../lib/format';
import {
  LatestNotificationsQuery,
  MarkAllNotificationsReadMutation,
  MarkNotificationsReadMutation,
} from '../pages/notifications/notifications.operations';

const REFETCH = ['NotificationSummary', 'LatestNotifications', 'Notifications'];

export default function BellPanel({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(LatestNotificationsQuery, { fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkNotificationsReadMutation, { refetchQueries: REFETCH });
  const [markAll, marking] = useMutation(MarkAllNotificationsReadMutation, { refetchQueries: REFETCH });
  const nodes = data?.notifications.nodes ?? [];
  const go = (n: (typeof nodes)[number]) => {
    if (!n.readAt) void markRead({ variables: { ids: [n.id] } });
    onClose();
    navigate(n.link);
  };
  return (
    <div style={{ width: 360, maxWidth: 'calc(100vw - 24px)' }} data-testid="bell-panel">
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          padding: '10px 16px',
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Typography.Text strong>{t('bell.label')}</Typography.Text>
        <Button size="small" type="link" loading={marking.loading} onClick={() => void markAll()} data-testid="bell-mark-all">
          {t('bell.markAllRead')}
        </Button>
      </div>
      <List
        loading={loading && !data}
        locale={{ emptyText: error ? t('bell.loadFailed') : t('bell.empty') }}
        dataSource={nodes}
        style={{ maxHeight: 420, overflowY: 'auto' }}
        renderItem={(n) => {
          const text = notificationText(n.kind, n.params as NotificationParams, { language: i18n.language });
          return (
            <List.Item
              onClick={() => go(n)}
              style={{ cursor: 'pointer', padding: '10px 16px', background: n.readAt ? undefined : '#f0f7ff' }}
              data-testid="bell-item"
            >
              <List.Item.Meta
                title={<span style={{ fontWeight: n.readAt ? 400 : 600 }}>{text.title}</span>}
                description={
                  <Space orientation="vertical" size={2}>
                    <Typography.Text type="secondary" ellipsis style={{ maxWidth: 320, fontSize: 12 }}>
                      {text.body}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt)}
                    </Typography.Text>
                  </Space>
                }
              />
            </List.Item>
          );
        }}
      />
      <div style={{ display: 'flex', justifyContent: 'space-between', padding: '8px 16px', borderTop: '1px solid #f0f0f0' }}>
        <Button size="small" type="link" onClick={() => (onClose(), navigate('/settings/notifications'))}>
          {t('bell.settings')}
        </Button>
        <Button size="small" type="link" onClick={() => (onClose(), navigate('/notifications'))} data-testid="bell-view-all">
          {t('bell.viewAll')}
        </Button>
      </div>
    </div>
  );
}
