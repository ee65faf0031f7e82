// 同步: what this phone recorded and where it stands — waiting, being sent, sent (with what the
// server did when the plan had changed meanwhile), refused (with the server's reasons). A refused
// record stays on the phone until the user sends it again or deletes it: nothing is dropped silently.
import { useState } from 'react';
import { App, Button, Card, Empty, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { useFieldData, useOnline } from './field-data';
import { deleteOutbox, retry, type FlushResult } from './outbox';
import type { OutboxItem } from './field-db';

const STATUS_COLORS = { WAITING: 'orange', SENDING: 'blue', SENT: 'green', REFUSED: 'red' } as const;

export default function FieldSyncPage({ sync }: { sync: () => Promise<FlushResult | void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const data = useFieldData();
  const online = useOnline();
  const [running, setRunning] = useState(false);
  const mine = data.outbox;

  const syncNow = async () => {
    setRunning(true);
    try {
      await sync();
    } catch {
      void message.error(t('field.sync.notes.REFUSED_OTHER'));
    } finally {
      setRunning(false);
    }
  };

  const describe = (item: OutboxItem) => {
    const scans = (item.input['scans'] as unknown[] | undefined)?.length;
    const answers = (item.input['items'] as unknown[] | undefined)?.length;
    return item.kind === 'PATROL'
      ? t('field.patrol.progress', { done: scans ?? 0, total: scans ?? 0 })
      : t('field.sync.answers', { count: answers ?? 0 });
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="field-sync">
      <Card size="small">
        <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <Typography.Text strong style={{ flex: 1 }}>
            {t('field.sync.title')}
          </Typography.Text>
          <Button type="primary" loading={running} disabled={!online} onClick={() => void syncNow()} data-testid="field-sync-now">
            {running ? t('field.sync.running') : t('field.sync.now')}
          </Button>
        </div>
        {!online ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('field.offlineHint')}
          </Typography.Text>
        ) : null}
      </Card>
      {mine.length === 0 ? (
        <Empty description={t('field.sync.empty')} />
      ) : (
        <List
          dataSource={mine}
          renderItem={(item) => (
            <List.Item data-testid="field-outbox-item" data-status={item.status} data-kind={item.kind} data-id={item.id}>
              <div style={{ width: '100%' }}>
                <Space size={4} wrap>
                  <Tag color={STATUS_COLORS[item.status]} data-testid="field-outbox-status">
                    {t(`field.sync.${item.status}`)}
                  </Tag>
                  <Tag color={item.kind === 'PATROL' ? 'purple' : 'geekblue'}>
                    {item.kind === 'PATROL' ? t('field.work.patrol') : t('field.work.inspection')}
                  </Tag>
                  <Typography.Text strong>{item.title}</Typography.Text>
                </Space>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.subtitle} · {formatDateTime(item.createdAt, null, 'short')} · {describe(item)}
                    {item.attempts ? ` · ${t('field.sync.attempts', { count: item.attempts })}` : ''}
                  </Typography.Text>
                </div>
                {item.result ? (
                  <Typography.Text type="success" style={{ fontSize: 12 }}>
                    {t('field.sync.sentAt', { time: formatDateTime(item.result.at, null, 'short') })}
                  </Typography.Text>
                ) : null}
                {item.notes.map((n, i) => (
                  <div key={i}>
                    <Typography.Text
                      type={n.code.startsWith('REFUSED') ? 'danger' : 'warning'}
                      style={{ fontSize: 13 }}
                      data-testid="field-outbox-note"
                      data-code={n.code}
                    >
                      {t(`field.sync.notes.${n.code}`, n.params ?? {})}
                    </Typography.Text>
                  </div>
                ))}
                {item.problems.length ? (
                  <ul style={{ margin: '4px 0', paddingInlineStart: 18 }} data-testid="field-outbox-problems">
                    {item.problems.map((p, i) => (
                      <li key={i}>
                        <Typography.Text type="danger" style={{ fontSize: 12 }}>
                          {p.path ? `${p.path}: ` : ''}
                          {p.message}
                        </Typography.Text>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {item.status === 'REFUSED' ? (
                  <Space style={{ marginTop: 6 }}>
                    <Button
                      size="small"
                      onClick={async () => {
                        await retry(item.id);
                        await data.reload();
                        if (online) await syncNow();
                      }}
                      data-testid="field-outbox-retry"
                    >
                      {t('field.sync.retry')}
                    </Button>
                    <Popconfirm
                      title={t('field.sync.discardConfirm')}
                      onConfirm={async () => {
                        await deleteOutbox(item.id);
                        await data.reload();
                      }}
                    >
                      <Button size="small" danger data-testid="field-outbox-discard">
                        {t('field.sync.discard')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ) : null}
              </div>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
