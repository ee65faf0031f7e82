// 消息设置 (everyone): which kinds also go to e-mail, 企业微信, 钉钉 or a webhook (the app always gets
// them), quiet hours, the daily e-mail digest and the language notifications are written in.
import { useEffect, useMemo, useState } from 'react';
import { App, Button, Card, Checkbox, Form, Input, Select, Space, Switch, Table, Tooltip, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  DELIVERY_CHANNELS,
  NOTIFICATION_KIND_GROUP,
  NOTIFICATION_KINDS,
  type DeliveryChannel,
  type NotificationKind,
} from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from './notifications.operations';

interface FormValues {
  language: 'zh_CN' | 'en_US';
  timeZone: string;
  quietStart?: string;
  quietEnd?: string;
  digest: boolean;
  digestHour: number;
}

const FIELDS = ['language', 'timeZone', 'quietStart', 'quietEnd', 'digest', 'digestHour'] as const;
const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: h, label: `${String(h).padStart(2, '0')}:00` }));
const ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'America/New_York'];

export default function NotificationSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useMutationErrors();
  const [form] = Form.useForm<FormValues>();
  const { data, loading, error, refetch } = useQuery(NotificationPreferencesQuery, { fetchPolicy: 'cache-and-network' });
  const [save, saving] = useMutation(UpdateNotificationPreferencesMutation);
  const [channels, setChannels] = useState<Record<string, DeliveryChannel[]>>({});
  const prefs = data?.notificationPreferences;

  useEffect(() => {
    if (!prefs) return;
    setChannels(Object.fromEntries(prefs.channels.map((c) => [c.kind, c.channels as DeliveryChannel[]])));
    form.setFieldsValue({
      language: prefs.language as FormValues['language'],
      timeZone: prefs.timeZone,
      quietStart: prefs.quietStart ?? undefined,
      quietEnd: prefs.quietEnd ?? undefined,
      digest: prefs.digest,
      digestHour: prefs.digestHour,
    });
  }, [prefs, form]);

  const rows = useMemo(() => NOTIFICATION_KINDS.map((kind) => ({ kind, group: NOTIFICATION_KIND_GROUP[kind] })), []);
  if (!prefs && loading) return <PageSkeleton />;
  if (!prefs) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const available = new Set(prefs.available);

  const toggle = (kind: NotificationKind, channel: DeliveryChannel, on: boolean) =>
    setChannels((c) => ({ ...c, [kind]: on ? [...new Set([...(c[kind] ?? []), channel])] : (c[kind] ?? []).filter((x) => x !== channel) }));

  const submit = async (values: FormValues) => {
    try {
      await save({
        variables: {
          input: {
            language: values.language,
            timeZone: values.timeZone,
            quietStart: values.quietStart || null,
            quietEnd: values.quietEnd || null,
            digest: values.digest,
            digestHour: values.digestHour,
            channels: Object.entries(channels)
              .filter(([, c]) => c.length)
              .map(([kind, c]) => ({ kind: kind as NotificationKind, channels: c })),
          },
        },
      });
      void message.success(t('notifications.settings.saved'));
    } catch (e) {
      showError(e, { form, fields: FIELDS });
    }
  };

  return (
    <>
      <PageHeader title={t('notifications.settings.title')} subTitle={t('notifications.settings.subtitle')} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="notification-settings">
        <Card variant="borderless" style={{ marginBottom: 16 }}>
          <Table
            rowKey="kind"
            size="small"
            pagination={false}
            dataSource={rows}
            data-testid="channel-matrix"
            columns={[
              {
                key: 'kind',
                title: t('notifications.settings.kind'),
                render: (_, r) => (
                  <Space size={4}>
                    <Typography.Text type="secondary">{t(`notifications.groups.${r.group}`)}</Typography.Text>·
                    <span>{t(`notifications.kinds.${r.kind}`)}</span>
                  </Space>
                ),
              },
              {
                key: 'app',
                title: t('notifications.settings.inApp'),
                width: 90,
                align: 'center',
                render: () => <Checkbox checked disabled />,
              },
              ...DELIVERY_CHANNELS.map((channel) => ({
                key: channel,
                title: t(`notifications.channels.${channel}`),
                width: 100,
                align: 'center' as const,
                render: (_: unknown, r: { kind: NotificationKind }) => {
                  const box = (
                    <Checkbox
                      data-testid={`pref-${r.kind}-${channel}`}
                      disabled={!available.has(channel) && !(channels[r.kind] ?? []).includes(channel)}
                      checked={(channels[r.kind] ?? []).includes(channel)}
                      onChange={(e) => toggle(r.kind, channel, e.target.checked)}
                    />
                  );
                  return available.has(channel) ? box : <Tooltip title={t('notifications.settings.unavailable')}>{box}</Tooltip>;
                },
              })),
            ]}
          />
        </Card>
        <Card variant="borderless">
          <Space wrap size={24} align="start">
            <Form.Item name="language" label={t('notifications.settings.language')} style={{ minWidth: 160 }}>
              <Select
                options={[
                  { value: 'zh_CN', label: '中文' },
                  { value: 'en_US', label: 'English' },
                ]}
              />
            </Form.Item>
            <Form.Item name="timeZone" label={t('notifications.settings.timeZone')} style={{ minWidth: 200 }}>
              <Select showSearch options={[...new Set([prefs.timeZone, ...ZONES])].map((z) => ({ value: z, label: z }))} />
            </Form.Item>
            <Form.Item
              name="quietStart"
              label={`${t('notifications.settings.quietHours')} · ${t('notifications.settings.quietStart')}`}
              extra={t('notifications.settings.quietHoursHelp')}
            >
              <Input placeholder="22:00" style={{ width: 110 }} data-testid="quiet-start" />
            </Form.Item>
            <Form.Item name="quietEnd" label={t('notifications.settings.quietEnd')}>
              <Input placeholder="07:30" style={{ width: 110 }} data-testid="quiet-end" />
            </Form.Item>
            <Form.Item
              name="digest"
              label={t('notifications.settings.digest')}
              valuePropName="checked"
              extra={t('notifications.settings.digestHelp')}
            >
              <Switch />
            </Form.Item>
            <Form.Item name="digestHour" label={t('notifications.settings.digestHour')} style={{ minWidth: 120 }}>
              <Select options={HOURS} />
            </Form.Item>
          </Space>
          <div>
            <Button type="primary" htmlType="submit" loading={saving.loading} data-testid="save-preferences">
              {t('common.save')}
            </Button>
          </div>
        </Card>
      </Form>
    </>
  );
}
