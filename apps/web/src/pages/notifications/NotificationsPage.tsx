// 消息中心: my notifications, newest first; filter by kind and unread, mark read / all read, pages,
// and where each went beyond the app (its delivery history). Updates live with the bell.
import { useMemo } from 'react';
import { App, Button, Card, List, Select, Space, Switch, Tag, Typography } from 'antd';
import { CheckOutlined, SettingOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import {
  NOTIFICATION_GROUPS,
  NOTIFICATION_KIND_GROUP,
  NOTIFICATION_KINDS,
  notificationText,
  type NotificationKind,
  type NotificationParams,
} from '@pinzhi/domain';
import { CursorPager } from '../../components/CursorPager';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { useCursorPaging, useQueryState } from '../../lib/url-state';
import { MarkAllNotificationsReadMutation, MarkNotificationsReadMutation, NotificationsQuery } from './notifications.operations';
import type { NotificationsQuery as Data } from '../../gql/graphql';

type Item = Data['notifications']['nodes'][number];

const REFETCH = ['NotificationSummary', 'LatestNotifications', 'Notifications'];
const STATE_COLORS: Record<string, string> = {
  SENT: 'green',
  PENDING: 'blue',
  FAILED: 'orange',
  DEAD: 'red',
  DIGEST: 'purple',
  DIGESTED: 'default',
};

function Deliveries({ item }: { item: Item }) {
  const { t } = useTranslation();
  if (item.deliveries.length === 0) return <Typography.Text type="secondary">{t('notifications.centre.noDeliveries')}</Typography.Text>;
  return (
    <Space wrap size={[8, 4]} data-testid="deliveries">
      <Typography.Text type="secondary">{t('notifications.centre.deliveries')}:</Typography.Text>
      {item.deliveries.map((d) => (
        <Tag key={d.id} color={STATE_COLORS[d.state]} title={d.lastError ?? undefined}>
          {t(`notifications.channels.${d.channel}`)} · {d.target} · {t(`notifications.deliveryStates.${d.state}`)}
          {d.state === 'SENT' && d.sentAt ? ` · ${t('notifications.centre.sentAt', { at: formatDateTime(d.sentAt) })}` : ''}
          {d.state === 'PENDING' || d.state === 'DIGEST'
            ? ` · ${t('notifications.centre.notBefore', { at: formatDateTime(d.notBefore) })}`
            : ''}
          {d.attempts > 1 ? ` · ${t('notifications.centre.attempts', { count: d.attempts })}` : ''}
        </Tag>
      ))}
    </Space>
  );
}

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useMutationErrors();
  const { params, update } = useQueryState();
  const paging = useCursorPaging({ backwards: false });
  const kinds = useMemo(
    () => (params.get('kinds') ?? '').split(',').filter((k): k is NotificationKind => (NOTIFICATION_KINDS as string[]).includes(k)),
    [params],
  );
  const unreadOnly = params.get('unread') === '1';
  const filter = useMemo(
    () => (kinds.length || unreadOnly ? { kinds: kinds.length ? kinds : undefined, unreadOnly } : undefined),
    [kinds, unreadOnly],
  );
  const { data, previousData, loading, error, refetch } = useQuery(NotificationsQuery, {
    variables: { filter, ...paging.variables },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const [markRead] = useMutation(MarkNotificationsReadMutation, { refetchQueries: REFETCH });
  const [markAll, marking] = useMutation(MarkAllNotificationsReadMutation, { refetchQueries: REFETCH });
  const connection = (data ?? previousData)?.notifications;

  const kindOptions = NOTIFICATION_GROUPS.map((g) => ({
    label: t(`notifications.groups.${g}`),
    options: NOTIFICATION_KINDS.filter((k) => NOTIFICATION_KIND_GROUP[k] === g).map((k) => ({
      value: k,
      label: t(`notifications.kinds.${k}`),
    })),
  }));

  const open = (n: Item) => {
    if (!n.readAt) void markRead({ variables: { ids: [n.id] } }).catch(showError);
    navigate(n.link);
  };

  return (
    <>
      <PageHeader
        title={t('notifications.centre.title')}
        extra={
          <>
            <Button
              icon={<CheckOutlined />}
              loading={marking.loading}
              data-testid="mark-all-read"
              onClick={() =>
                void markAll({ variables: { kinds: kinds.length ? kinds : undefined } })
                  .then((r) => message.success(t('notifications.centre.markedAll', { count: r.data?.markAllNotificationsRead ?? 0 })))
                  .catch(showError)
              }
            >
              {t('notifications.centre.markAllRead')}
            </Button>
            <Link to="/settings/notifications">
              <Button icon={<SettingOutlined />}>{t('notifications.centre.settings')}</Button>
            </Link>
          </>
        }
      />
      <Card variant="borderless">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16, alignItems: 'center' }}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('notifications.centre.kinds')}
            value={kinds}
            onChange={(value: string[]) => update({ kinds: value.join(',') })}
            options={kindOptions}
            style={{ minWidth: 280, maxWidth: 560 }}
            maxTagCount="responsive"
            data-testid="filter-kinds"
          />
          <Space>
            <Switch checked={unreadOnly} onChange={(v) => update({ unread: v ? '1' : undefined })} data-testid="filter-unread" />
            {t('notifications.centre.unreadOnly')}
          </Space>
        </div>
        {!connection && loading ? (
          <TableSkeleton />
        ) : !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <>
            {error ? <ErrorState error={error} onRetry={() => void refetch()} compact /> : null}
            <List
              loading={loading}
              dataSource={connection.nodes}
              data-testid="notifications-list"
              locale={{
                emptyText: <EmptyState title={filter ? t('notifications.centre.emptyFiltered') : t('notifications.centre.empty')} />,
              }}
              renderItem={(n) => {
                const text = notificationText(n.kind, n.params as NotificationParams, { language: i18n.language });
                return (
                  <List.Item
                    data-testid="notification-item"
                    style={{ background: n.readAt ? undefined : '#f0f7ff', paddingInline: 12 }}
                    actions={[
                      <Button key="open" type="link" onClick={() => open(n)}>
                        {t('notifications.centre.open')}
                      </Button>,
                      n.readAt ? null : (
                        <Button
                          key="read"
                          type="link"
                          onClick={() => void markRead({ variables: { ids: [n.id] } }).catch(showError)}
                          data-testid="mark-read"
                        >
                          {t('notifications.centre.markRead')}
                        </Button>
                      ),
                    ].filter(Boolean)}
                  >
                    <List.Item.Meta
                      title={
                        <Space size={8} wrap>
                          <Tag>{t(`notifications.kinds.${n.kind}`)}</Tag>
                          <a onClick={() => open(n)} style={{ fontWeight: n.readAt ? 400 : 600 }}>
                            {text.title}
                          </a>
                        </Space>
                      }
                      description={
                        <Space orientation="vertical" size={4}>
                          <span>{text.body}</span>
                          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                            {formatDateTime(n.createdAt)}
                          </Typography.Text>
                          <Deliveries item={n} />
                        </Space>
                      }
                    />
                  </List.Item>
                );
              }}
            />
            {connection.totalCount > 0 ? (
              <CursorPager
                page={paging.page}
                pageSize={paging.pageSize}
                totalCount={connection.totalCount}
                hasPrevious={paging.hasPrevious}
                hasNext={connection.pageInfo.hasNextPage}
                onFirst={paging.first}
                onPrevious={() => paging.previous(connection.pageInfo.startCursor)}
                onNext={() => paging.next(connection.pageInfo.endCursor)}
                onPageSize={paging.setPageSize}
                disabled={loading}
              />
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
