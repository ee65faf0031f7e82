// 消息通道 (company admin): the SMTP server, 企业微信 / 钉钉 group robots and outgoing webhooks, with a
// test button; secrets are write-only. Below, the dead-letter list: deliveries and jobs that failed
// every retry, each sent again with one click.
import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined, RedoOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  CHANNEL_TYPES,
  NOTIFICATION_GROUPS,
  NOTIFICATION_KIND_GROUP,
  NOTIFICATION_KINDS,
  notificationText,
  type ChannelType,
  type NotificationKind,
  type NotificationParams,
} from '@pinzhi/domain';
import { CursorPager } from '../../components/CursorPager';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { useCursorPaging } from '../../lib/url-state';
import {
  CreateNotificationChannelMutation,
  DeadJobsQuery,
  DeleteNotificationChannelMutation,
  NotificationChannelsQuery,
  RetryBackgroundJobMutation,
  TestNotificationChannelMutation,
  UpdateNotificationChannelMutation,
} from './notifications.operations';
import type { ChannelFieldsFragment } from '../../gql/graphql';
import { NumberInput, numberRange } from '../../components/NumberInput';

interface ChannelForm {
  type: ChannelType;
  name: string;
  enabled: boolean;
  url?: string;
  host?: string;
  port?: number;
  security?: string;
  username?: string;
  fromAddress?: string;
  secret?: string;
  removeSecret?: boolean;
  kinds?: NotificationKind[];
}

const FIELDS = ['type', 'name', 'enabled', 'url', 'host', 'port', 'security', 'username', 'fromAddress', 'secret', 'kinds'] as const;

function ChannelModal({ channel, onClose }: { channel: ChannelFieldsFragment | 'new'; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useMutationErrors();
  const [form] = Form.useForm<ChannelForm>();
  const editing = channel === 'new' ? null : channel;
  const type = Form.useWatch('type', form) ?? editing?.type ?? 'SMTP';
  const refetchQueries = ['NotificationChannels'];
  const [create, creating] = useMutation(CreateNotificationChannelMutation, { refetchQueries });
  const [update, updating] = useMutation(UpdateNotificationChannelMutation, { refetchQueries });
  const kindOptions = NOTIFICATION_GROUPS.map((g) => ({
    label: t(`notifications.groups.${g}`),
    options: NOTIFICATION_KINDS.filter((k) => NOTIFICATION_KIND_GROUP[k] === g).map((k) => ({
      value: k,
      label: t(`notifications.kinds.${k}`),
    })),
  }));
  const submit = async (v: ChannelForm) => {
    const input = {
      type: v.type,
      name: v.name,
      enabled: v.enabled,
      url: v.type === 'SMTP' ? null : (v.url ?? null),
      host: v.type === 'SMTP' ? (v.host ?? null) : null,
      port: v.type === 'SMTP' ? (v.port ?? null) : null,
      security: v.type === 'SMTP' ? (v.security ?? 'STARTTLS') : null,
      username: v.type === 'SMTP' ? v.username || null : null,
      fromAddress: v.type === 'SMTP' ? (v.fromAddress ?? null) : null,
      // Empty keeps the stored secret; "remove" clears it.
      secret: v.removeSecret ? '' : v.secret ? v.secret : null,
      kinds: v.kinds ?? [],
    };
    try {
      if (editing) await update({ variables: { id: editing.id, input, expectedVersion: editing.version } });
      else await create({ variables: { input } });
      void message.success(t('notifications.channelsPage.saved'));
      onClose();
    } catch (e) {
      showError(e, { form, fields: FIELDS });
    }
  };
  return (
    <Modal
      open
      title={editing ? t('notifications.channelsPage.edit') : t('notifications.channelsPage.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={creating.loading || updating.loading}
      destroyOnHidden
      width={560}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        data-testid="channel-form"
        initialValues={
          editing
            ? {
                ...editing,
                url: editing.url ?? undefined,
                host: editing.host ?? undefined,
                port: editing.port ?? undefined,
                security: editing.security ?? 'STARTTLS',
                username: editing.username ?? undefined,
                fromAddress: editing.fromAddress ?? undefined,
              }
            : { type: 'SMTP', enabled: true, security: 'STARTTLS', port: 465, kinds: [] }
        }
      >
        <Form.Item name="type" label={t('notifications.channelsPage.type')}>
          <Select disabled={!!editing} options={CHANNEL_TYPES.map((c) => ({ value: c, label: t(`notifications.channelTypes.${c}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('notifications.channelsPage.name')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
          <Input maxLength={60} />
        </Form.Item>
        {type === 'SMTP' ? (
          <>
            <Space wrap>
              <Form.Item
                name="host"
                label={t('notifications.channelsPage.host')}
                rules={[{ required: true, message: t('validation.REQUIRED') }]}
              >
                <Input placeholder="smtp.exmail.qq.com" style={{ width: 240 }} />
              </Form.Item>
              <Form.Item
                name="port"
                label={t('notifications.channelsPage.port')}
                rules={[{ required: true, message: t('validation.REQUIRED') }, numberRange(t, { min: 1, max: 65535, integer: true })]}
              >
                <NumberInput min={1} max={65535} integer />
              </Form.Item>
              <Form.Item name="security" label={t('notifications.channelsPage.security')}>
                <Select style={{ width: 120 }} options={['TLS', 'STARTTLS', 'NONE'].map((s) => ({ value: s, label: s }))} />
              </Form.Item>
            </Space>
            <Form.Item name="username" label={t('notifications.channelsPage.username')}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="fromAddress"
              label={t('notifications.channelsPage.fromAddress')}
              rules={[{ required: true, message: t('validation.REQUIRED') }]}
            >
              <Input placeholder="noreply@example.com" />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="url" label={t('notifications.channelsPage.url')} rules={[{ required: true, message: t('validation.REQUIRED') }]}>
            <Input
              placeholder={
                type === 'WECOM_ROBOT'
                  ? 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…'
                  : type === 'DINGTALK_ROBOT'
                    ? 'https://oapi.dingtalk.com/robot/send?access_token=…'
                    : 'https://'
              }
            />
          </Form.Item>
        )}
        <Form.Item
          name="secret"
          label={t('notifications.channelsPage.secret')}
          extra={
            editing
              ? editing.secretSet
                ? t('notifications.channelsPage.secretSet')
                : t('notifications.channelsPage.secretNone')
              : undefined
          }
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {editing?.secretSet ? (
          <Form.Item name="removeSecret" valuePropName="checked">
            <Switch size="small" /> <span style={{ marginInlineStart: 8 }}>{t('notifications.channelsPage.removeSecret')}</span>
          </Form.Item>
        ) : null}
        <Form.Item name="kinds" label={t('notifications.channelsPage.kinds')} extra={t('notifications.channelsPage.kindsHelp')}>
          <Select mode="multiple" allowClear options={kindOptions} maxTagCount="responsive" />
        </Form.Item>
        <Form.Item name="enabled" label={t('notifications.channelsPage.enabled')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DeadLetters() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const showError = useMutationErrors();
  const paging = useCursorPaging({ backwards: false });
  const { data, previousData, loading, error, refetch } = useQuery(DeadJobsQuery, {
    variables: paging.variables,
    fetchPolicy: 'cache-and-network',
  });
  const [retry, retrying] = useMutation(RetryBackgroundJobMutation, { refetchQueries: ['DeadJobs', 'NotificationChannels'] });
  const connection = (data ?? previousData)?.backgroundJobs;
  type Job = NonNullable<typeof connection>['nodes'][number];
  const kindLabel = (kind: string) =>
    ['notification.deliver', 'notification.digest', 'reminders.sweep'].includes(kind)
      ? t(`notifications.deadLetters.kinds.${kind}` as 'notifications.deadLetters.kinds.reminders.sweep')
      : kind;
  return (
    <Card variant="borderless" title={t('notifications.deadLetters.title')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('notifications.deadLetters.subtitle')}</Typography.Paragraph>
      {!connection && loading ? (
        <TableSkeleton />
      ) : !connection ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : (
        <>
          <Table<Job>
            rowKey="id"
            size="middle"
            pagination={false}
            dataSource={connection.nodes}
            loading={loading}
            data-testid="dead-letters"
            scroll={{ x: 900 }}
            locale={{ emptyText: <EmptyState title={t('notifications.deadLetters.empty')} /> }}
            columns={[
              {
                key: 'what',
                title: t('notifications.deadLetters.what'),
                render: (_, j) =>
                  j.delivery ? (
                    <Space orientation="vertical" size={0}>
                      <span>
                        <Tag>{t(`notifications.channels.${j.delivery.channel}`)}</Tag>
                        {j.delivery.target}
                      </span>
                      {j.delivery.notification ? (
                        <Typography.Text type="secondary">
                          {
                            notificationText(j.delivery.notification.kind, j.delivery.notification.params as NotificationParams, {
                              language: i18n.language,
                            }).title
                          }
                        </Typography.Text>
                      ) : null}
                    </Space>
                  ) : (
                    <span>
                      <Tag>{kindLabel(j.kind)}</Tag>
                      {j.summary}
                    </span>
                  ),
              },
              {
                key: 'error',
                title: t('notifications.deadLetters.error'),
                render: (_, j) => <Typography.Text type="danger">{j.lastError}</Typography.Text>,
              },
              {
                key: 'attempts',
                title: t('notifications.deadLetters.attempts'),
                width: 100,
                render: (_, j) => `${j.attempts} / ${j.maxAttempts}`,
              },
              { key: 'at', title: t('notifications.deadLetters.at'), width: 170, render: (_, j) => formatDateTime(j.updatedAt) },
              {
                key: 'retry',
                width: 130,
                render: (_, j) => (
                  <Button
                    icon={<RedoOutlined />}
                    loading={retrying.loading}
                    data-testid="retry-job"
                    onClick={() =>
                      void retry({ variables: { id: j.id } })
                        .then(() => message.success(t('notifications.deadLetters.retried')))
                        .catch(showError)
                    }
                  >
                    {t('notifications.deadLetters.retry')}
                  </Button>
                ),
              },
            ]}
          />
          {connection.totalCount > paging.pageSize ? (
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
  );
}

export default function NotificationChannelsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useMutationErrors();
  const [editing, setEditing] = useState<ChannelFieldsFragment | 'new' | null>(null);
  const { data, loading, error, refetch } = useQuery(NotificationChannelsQuery, { fetchPolicy: 'cache-and-network' });
  const [remove] = useMutation(DeleteNotificationChannelMutation, { refetchQueries: ['NotificationChannels'] });
  const [test, testing] = useMutation(TestNotificationChannelMutation);
  const channels = data?.notificationChannels;
  return (
    <>
      <PageHeader
        title={t('notifications.channelsPage.title')}
        subTitle={data ? t('notifications.channelsPage.queue', data.jobQueueSummary) : undefined}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-channel">
            {t('notifications.channelsPage.add')}
          </Button>
        }
      />
      <Card variant="borderless">
        <Typography.Paragraph type="secondary">{t('notifications.channelsPage.subtitle')}</Typography.Paragraph>
        {!channels && loading ? (
          <TableSkeleton />
        ) : !channels ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <Table
            rowKey="id"
            pagination={false}
            dataSource={channels}
            data-testid="channels-table"
            scroll={{ x: 800 }}
            locale={{ emptyText: <EmptyState title={t('notifications.channelsPage.empty')} /> }}
            columns={[
              { key: 'name', title: t('notifications.channelsPage.name'), render: (_, c) => c.name },
              { key: 'type', title: t('notifications.channelsPage.type'), render: (_, c) => t(`notifications.channelTypes.${c.type}`) },
              {
                key: 'target',
                title: t('notifications.channelsPage.target'),
                render: (_, c) => (
                  <Typography.Text type="secondary" ellipsis style={{ maxWidth: 260 }}>
                    {c.type === 'SMTP' ? `${c.host}:${c.port} · ${c.fromAddress}` : c.url}
                  </Typography.Text>
                ),
              },
              {
                key: 'kinds',
                title: t('notifications.channelsPage.kinds'),
                render: (_, c) => (c.kinds.length ? c.kinds.map((k) => <Tag key={k}>{t(`notifications.kinds.${k}`)}</Tag>) : '—'),
              },
              {
                key: 'enabled',
                title: t('notifications.channelsPage.enabled'),
                width: 80,
                render: (_, c) => (c.enabled ? <Tag color="green">✓</Tag> : <Tag>—</Tag>),
              },
              {
                key: 'actions',
                width: 220,
                render: (_, c) => (
                  <Space>
                    <Button
                      size="small"
                      icon={<SendOutlined />}
                      loading={testing.loading}
                      onClick={() =>
                        void test({ variables: { id: c.id } })
                          .then((r) => {
                            const res = r.data?.testNotificationChannel;
                            if (res?.ok) void message.success(t('notifications.channelsPage.testOk', { message: res.message }));
                            else void message.error(t('notifications.channelsPage.testFailed', { message: res?.message ?? '' }));
                          })
                          .catch(showError)
                      }
                    >
                      {t('notifications.channelsPage.test')}
                    </Button>
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      aria-label={t('notifications.channelsPage.edit')}
                      onClick={() => setEditing(c)}
                    />
                    <Popconfirm
                      title={t('notifications.channelsPage.deleteConfirm', { name: c.name })}
                      onConfirm={() =>
                        void remove({ variables: { id: c.id } })
                          .then(() => message.success(t('notifications.channelsPage.deleted')))
                          .catch(showError)
                      }
                    >
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('notifications.channelsPage.delete')} />
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Card>
      <DeadLetters />
      {editing ? <ChannelModal channel={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
