// The operator console's 数据导出与注销 for one company (a drawer from the companies list): the
// company's exports (metadata only: state, size, counts, dates; download when READY over the
// operator's own route), a new export request, and scheduling / cancelling the company's
// deletion with its code typed to confirm. The same job, archive and deletion as the admin's page.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Drawer, Form, Input, Modal, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { downloadFile } from '../../lib/download';
import { formatDateTime } from '../../lib/format';
import type { PlatformCompanyExportFieldsFragment } from '../../gql/graphql';
import { formatBytes } from './format-bytes';
import {
  PlatformCancelCompanyDeletionMutation,
  PlatformCompanyLifecycleQuery,
  PlatformRequestCompanyDeletionMutation,
  PlatformRequestCompanyExportMutation,
} from './platform.operations';

type ExportRow = PlatformCompanyExportFieldsFragment;

const STATE_COLORS: Record<string, string> = {
  REQUESTED: 'default',
  RUNNING: 'processing',
  READY: 'success',
  FAILED: 'error',
  EXPIRED: 'default',
};

const daysLeft = (dueAt: string) => Math.max(0, Math.ceil((new Date(dueAt).getTime() - Date.now()) / 86_400_000));

function LifecycleContent({ company }: { company: { id: string; name: string } }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useMutationErrors();
  const variables = { companyId: company.id };
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(PlatformCompanyLifecycleQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const refetchQueries = [{ query: PlatformCompanyLifecycleQuery, variables }];
  const [requestExport, requesting] = useMutation(PlatformRequestCompanyExportMutation, { refetchQueries, awaitRefetchQueries: true });
  const [requestDeletion, scheduling] = useMutation(PlatformRequestCompanyDeletionMutation, { refetchQueries, awaitRefetchQueries: true });
  const [cancelDeletion, cancelling] = useMutation(PlatformCancelCompanyDeletionMutation, { refetchQueries, awaitRefetchQueries: true });
  const [confirming, setConfirming] = useState(false);
  const [form] = Form.useForm<{ code: string }>();

  const lifecycle = data?.platformCompanyLifecycle;
  const exports = lifecycle?.exports ?? [];
  const busy = exports.some((e) => e.state === 'REQUESTED' || e.state === 'RUNNING');
  // Poll while the background job works (stopped as soon as nothing waits, and when the drawer closes).
  useEffect(() => {
    if (busy) startPolling(2000);
    else stopPolling();
    return () => stopPolling();
  }, [busy, startPolling, stopPolling]);

  if (loading && !lifecycle) return <PageSkeleton rows={4} />;
  if (!lifecycle) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const deletion = lifecycle.deletion;

  const download = async (row: ExportRow) => {
    try {
      await downloadFile(row.downloadPath!, `${lifecycle.companyCode}-export.zip`);
    } catch (e) {
      void message.error(t('platform.lifecycle.downloadFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  const onRequestExport = async () => {
    try {
      await requestExport({ variables });
      void message.success(t('platform.lifecycle.requested'));
    } catch (e) {
      report(e);
    }
  };

  const onConfirmDeletion = async () => {
    let code: string;
    try {
      ({ code } = await form.validateFields());
    } catch {
      return; // the form shows what is wrong
    }
    try {
      await requestDeletion({ variables: { ...variables, confirmCode: code.trim() } });
      setConfirming(false);
      form.resetFields();
      void message.success(t('platform.lifecycle.scheduledOk'));
    } catch (e) {
      report(e, { form, fields: ['code'], rename: { confirmCode: 'code' } });
    }
  };

  const onCancelDeletion = async () => {
    try {
      await cancelDeletion({ variables });
      void message.success(t('platform.lifecycle.cancelled'));
    } catch (e) {
      report(e, { onReload: () => void refetch() });
    }
  };

  const columns: TableColumnsType<ExportRow> = [
    { title: t('platform.lifecycle.requestedAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, null, 'short') },
    {
      title: t('platform.lifecycle.requestedBy'),
      dataIndex: 'requestedByPlatform',
      render: (v: boolean) => (v ? t('platform.lifecycle.byPlatform') : t('platform.lifecycle.byCompany')),
    },
    {
      title: t('platform.lifecycle.state'),
      dataIndex: 'state',
      render: (v: ExportRow['state'], row) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATE_COLORS[v]} data-testid={`platform-export-state-${row.id}`}>
            {t(`platform.lifecycle.states.${v}`)}
          </Tag>
          {row.error ? <Typography.Text type="danger">{row.error}</Typography.Text> : null}
        </Space>
      ),
    },
    { title: t('platform.lifecycle.size'), dataIndex: 'bytes', render: (v: number | null) => (v == null ? '—' : formatBytes(v)) },
    {
      title: t('platform.lifecycle.contents'),
      key: 'contents',
      render: (_: unknown, row) =>
        row.tableCount == null
          ? '—'
          : t('platform.lifecycle.contentsValue', { tables: row.tableCount, rows: row.rowCount ?? 0, files: row.fileCount ?? 0 }),
    },
    {
      title: t('platform.lifecycle.expiresAt'),
      dataIndex: 'expiresAt',
      render: (v: string | null) => (v ? formatDateTime(v, null, 'short') : '—'),
    },
    {
      key: 'download',
      render: (_: unknown, row) =>
        row.downloadPath ? (
          <Button type="link" onClick={() => void download(row)} data-testid={`platform-download-export-${row.id}`}>
            {t('platform.lifecycle.download')}
          </Button>
        ) : null,
    },
  ];

  return (
    <div data-testid="platform-lifecycle">
      <Typography.Paragraph type="secondary">{t('platform.lifecycle.intro')}</Typography.Paragraph>
      <Card
        title={t('platform.lifecycle.exportsTitle')}
        size="small"
        style={{ marginBottom: 16 }}
        extra={
          <Space>
            <Button size="small" onClick={() => void refetch()}>
              {t('platform.lifecycle.refresh')}
            </Button>
            <Button
              size="small"
              type="primary"
              loading={requesting.loading}
              disabled={busy}
              onClick={() => void onRequestExport()}
              data-testid="platform-request-export"
            >
              {t('platform.lifecycle.request')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          {t('platform.lifecycle.exportsHint', { days: lifecycle.exportRetentionDays })}
        </Typography.Paragraph>
        {error ? <ErrorState error={error} compact onRetry={() => void refetch()} /> : null}
        {exports.length === 0 ? (
          <EmptyState title={t('platform.lifecycle.empty')} />
        ) : (
          <Table<ExportRow>
            rowKey="id"
            columns={columns}
            dataSource={[...exports]}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            data-testid="platform-exports-table"
          />
        )}
      </Card>
      <Card title={t('platform.lifecycle.deletionTitle')} size="small" data-testid="platform-deletion-card">
        {deletion ? (
          <Alert
            type="error"
            showIcon
            data-testid="platform-deletion-scheduled"
            title={t('platform.lifecycle.scheduled', { date: formatDateTime(deletion.dueAt), days: daysLeft(deletion.dueAt) })}
            description={
              deletion.requestedByPlatform ? t('platform.lifecycle.scheduledByPlatform') : t('platform.lifecycle.scheduledByCompany')
            }
            action={
              <Button danger loading={cancelling.loading} onClick={() => void onCancelDeletion()} data-testid="platform-cancel-deletion">
                {t('platform.lifecycle.cancel')}
              </Button>
            }
          />
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              {t('platform.lifecycle.deletionHint', { days: lifecycle.deletionGraceDays })}
            </Typography.Paragraph>
            <Button danger onClick={() => setConfirming(true)} data-testid="platform-request-deletion">
              {t('platform.lifecycle.schedule')}
            </Button>
          </>
        )}
      </Card>
      <Modal
        open={confirming}
        title={t('platform.lifecycle.confirmTitle', { name: company.name })}
        okText={t('platform.lifecycle.confirmOk')}
        cancelText={t('common.cancel')}
        okButtonProps={{
          danger: true,
          loading: scheduling.loading,
          ...({ 'data-testid': 'platform-confirm-deletion' } as Record<string, string>),
        }}
        onOk={() => void onConfirmDeletion()}
        onCancel={() => setConfirming(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('platform.lifecycle.confirmText', { code: lifecycle.companyCode, days: lifecycle.deletionGraceDays })}
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item
            name="code"
            label={t('platform.lifecycle.confirmLabel')}
            rules={[
              {
                validator: (_, v: string | undefined) =>
                  (v ?? '').trim() === lifecycle.companyCode
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('platform.lifecycle.confirmMismatch'))),
              },
            ]}
          >
            <Input autoComplete="off" data-testid="platform-deletion-code" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

/** The drawer for `company` (closed when null). */
export function CompanyLifecycleDrawer({ company, onClose }: { company: { id: string; name: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={!!company}
      onClose={onClose}
      title={t('platform.lifecycle.title', { name: company?.name ?? '' })}
      size={860}
      destroyOnHidden
    >
      {company ? <LifecycleContent company={company} /> : null}
    </Drawer>
  );
}
