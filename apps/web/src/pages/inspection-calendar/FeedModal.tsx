// iCal subscriptions: create a feed (my assignments / the selected project), show its URL once,
// list my feeds with revoke.
import { useState } from 'react';
import { App, Alert, Button, Modal, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { CalendarOutlined, LinkOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { feedUrls } from './calendar-utils';
import { CalendarFeedsQuery, CreateCalendarFeedMutation, RevokeCalendarFeedMutation } from './inspection-calendar.operations';
import type { CalendarFeedFieldsFragment } from '../../gql/graphql';

export function FeedModal({
  open,
  onClose,
  project,
}: {
  open: boolean;
  onClose: () => void;
  project?: { id: string; name: string } | null;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const [created, setCreated] = useState<{ url: string; webcal: string; label: string } | null>(null);
  const feeds = useQuery(CalendarFeedsQuery, { skip: !open, fetchPolicy: 'cache-and-network' });
  const [createFeed, creating] = useMutation(CreateCalendarFeedMutation, { refetchQueries: [CalendarFeedsQuery] });
  const [revokeFeed] = useMutation(RevokeCalendarFeedMutation);

  const feedLabel = (feed: Pick<CalendarFeedFieldsFragment, 'kind' | 'project'>) =>
    feed.kind === 'PROJECT'
      ? t('inspectionCalendar.ical.kinds.PROJECT', { name: feed.project?.name ?? t('inspectionCalendar.ical.unknownProject') })
      : t('inspectionCalendar.ical.kinds.USER');

  const create = async (projectId: string | null) => {
    try {
      const result = await createFeed({ variables: { projectId } });
      const payload = result.data?.createCalendarFeed;
      if (!payload) return;
      setCreated({ ...feedUrls(window.location.origin, payload.path), label: feedLabel(payload.feed) });
    } catch (error) {
      reportError(error);
    }
  };

  const revoke = async (id: string) => {
    try {
      await revokeFeed({ variables: { id } });
      void message.success(t('inspectionCalendar.ical.revokedDone'));
    } catch (error) {
      reportError(error);
    }
  };

  const close = () => {
    setCreated(null); // the secret URL is never shown again
    onClose();
  };

  const columns: TableColumnsType<CalendarFeedFieldsFragment> = [
    { key: 'kind', title: t('inspectionCalendar.ical.listTitle'), render: (_, feed) => feedLabel(feed) },
    {
      key: 'createdAt',
      title: t('inspectionCalendar.ical.createdAt'),
      width: 150,
      render: (_, feed) => formatDateTime(feed.createdAt, null, 'short'),
    },
    {
      key: 'lastUsedAt',
      title: t('inspectionCalendar.ical.lastUsedAt'),
      width: 150,
      render: (_, feed) => (feed.lastUsedAt ? formatDateTime(feed.lastUsedAt, null, 'short') : t('inspectionCalendar.ical.never')),
    },
    {
      key: 'status',
      title: t('inspectionCalendar.ical.status'),
      width: 90,
      render: (_, feed) =>
        feed.revokedAt ? <Tag>{t('inspectionCalendar.ical.revoked')}</Tag> : <Tag color="green">{t('inspectionCalendar.ical.active')}</Tag>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      render: (_, feed) =>
        feed.revokedAt ? null : (
          <Popconfirm
            title={t('inspectionCalendar.ical.revokeTitle')}
            description={t('inspectionCalendar.ical.revokeConfirm')}
            okText={t('inspectionCalendar.ical.revoke')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => revoke(feed.id)}
          >
            <Button type="link" danger size="small" data-testid={`revoke-feed-${feed.id}`}>
              {t('inspectionCalendar.ical.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  const list = feeds.data?.calendarFeeds;
  return (
    <Modal
      open={open}
      onCancel={close}
      title={t('inspectionCalendar.ical.title')}
      footer={<Button onClick={close}>{t('common.close')}</Button>}
      width={760}
      destroyOnHidden
      data-testid="ical-modal"
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('inspectionCalendar.ical.intro')}
        </Typography.Paragraph>
        <Space wrap>
          <Button icon={<CalendarOutlined />} loading={creating.loading} onClick={() => void create(null)} data-testid="ical-create-mine">
            {t('inspectionCalendar.ical.mine')}
          </Button>
          {project ? (
            <Button
              icon={<CalendarOutlined />}
              loading={creating.loading}
              onClick={() => void create(project.id)}
              data-testid="ical-create-project"
            >
              {t('inspectionCalendar.ical.project', { name: project.name })}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('inspectionCalendar.ical.projectHint')}</Typography.Text>
          )}
        </Space>
        {created ? (
          <Alert
            type="warning"
            showIcon
            data-testid="ical-created"
            title={`${t('inspectionCalendar.ical.createdTitle')} · ${created.label}`}
            description={
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <span>{t('inspectionCalendar.ical.onceWarning')}</span>
                <Typography.Text type="secondary">{t('inspectionCalendar.ical.httpsLabel')}</Typography.Text>
                <Typography.Paragraph
                  code
                  copyable={{ text: created.url, tooltips: [t('common.copy'), t('common.copied')] }}
                  style={{ marginBottom: 0, wordBreak: 'break-all' }}
                  data-testid="ical-url"
                >
                  {created.url}
                </Typography.Paragraph>
                <Typography.Text type="secondary">{t('inspectionCalendar.ical.webcalLabel')}</Typography.Text>
                <Typography.Paragraph
                  code
                  copyable={{ text: created.webcal, tooltips: [t('common.copy'), t('common.copied')] }}
                  style={{ marginBottom: 0, wordBreak: 'break-all' }}
                  data-testid="ical-webcal"
                >
                  {created.webcal}
                </Typography.Paragraph>
                <Button type="link" href={created.webcal} icon={<LinkOutlined />} style={{ paddingInline: 0 }}>
                  {t('inspectionCalendar.ical.openInApp')}
                </Button>
              </Space>
            }
          />
        ) : null}
        <div>
          <Typography.Title level={5}>{t('inspectionCalendar.ical.listTitle')}</Typography.Title>
          {!list && feeds.loading ? (
            <TableSkeleton />
          ) : !list && feeds.error ? (
            <ErrorState error={feeds.error} onRetry={() => void feeds.refetch()} compact />
          ) : (
            <Table<CalendarFeedFieldsFragment>
              data-testid="ical-feeds"
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={list ?? []}
              pagination={false}
              scroll={{ x: 600 }}
              locale={{ emptyText: <EmptyState title={t('inspectionCalendar.ical.empty')} /> }}
            />
          )}
        </div>
      </Space>
    </Modal>
  );
}
