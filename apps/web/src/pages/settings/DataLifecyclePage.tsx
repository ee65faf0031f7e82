// 设置 → 数据导出与注销 (company admins): the company's exports (request, state, download) and its
// deletion after a grace period (typed confirmation, countdown, cancel). The API does the work in
// background jobs; this page polls while an export is waiting or running.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { daysLeft } from './DeletionBanner';
import { downloadFile } from '../../lib/download';
import { formatDateTime } from '../../lib/format';
import type { CompanyExportsQuery as CompanyExportsData } from '../../gql/graphql';
import {
  CancelCompanyDeletionMutation,
  CompanyDeletionBannerQuery,
  CompanyExportsQuery,
  RequestCompanyDeletionMutation,
  RequestCompanyExportMutation,
} from './data-lifecycle.operations';

type ExportRow = CompanyExportsData['companyExports'][number];

const STATE_COLORS: Record<string, string> = {
  REQUESTED: 'default',
  RUNNING: 'processing',
  READY: 'success',
  FAILED: 'error',
  EXPIRED: 'default',
};

function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export default function DataLifecyclePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(CompanyExportsQuery, {
    notifyOnNetworkStatusChange: false,
  });
  const refetchQueries = [{ query: CompanyExportsQuery }, { query: CompanyDeletionBannerQuery }];
  const [requestExport, requesting] = useMutation(RequestCompanyExportMutation, {
    refetchQueries: [{ query: CompanyExportsQuery }],
    awaitRefetchQueries: true,
  });
  const [requestDeletion, scheduling] = useMutation(RequestCompanyDeletionMutation, { refetchQueries, awaitRefetchQueries: true });
  const [cancelDeletion, cancelling] = useMutation(CancelCompanyDeletionMutation, { refetchQueries, awaitRefetchQueries: true });
  const [confirming, setConfirming] = useState(false);
  const [form] = Form.useForm<{ code: string }>();

  const exports = data?.companyExports ?? [];
  const busy = exports.some((e) => e.state === 'REQUESTED' || e.state === 'RUNNING');
  // Poll while the background job works (stopped as soon as nothing waits).
  if (busy) startPolling(2000);
  else stopPolling();

  if (loading && !data) return <PageSkeleton />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const settings = data.companyLifecycleSettings;
  const deletion = data.companyDeletion;

  const download = async (row: ExportRow) => {
    try {
      await downloadFile(row.downloadPath!, `${settings.companyCode}-export.zip`);
    } catch (e) {
      void message.error(t('dataLifecycle.exports.downloadFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  const columns: TableColumnsType<ExportRow> = [
    { title: t('dataLifecycle.exports.requestedAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    {
      title: t('dataLifecycle.exports.requestedBy'),
      dataIndex: 'requestedByName',
      // No member: the platform operator asked for it from its console.
      render: (v: string | null) => v ?? t('dataLifecycle.exports.byPlatform'),
    },
    {
      title: t('dataLifecycle.exports.state'),
      dataIndex: 'state',
      render: (v: string, row) => (
        <Space orientation="vertical" size={0}>
          <Tag color={STATE_COLORS[v]} data-testid={`export-state-${row.id}`}>
            {t(`dataLifecycle.exports.states.${v as ExportRow['state']}`)}
          </Tag>
          {row.error ? <Typography.Text type="danger">{row.error}</Typography.Text> : null}
        </Space>
      ),
    },
    { title: t('dataLifecycle.exports.size'), dataIndex: 'bytes', render: (v: number | null) => formatBytes(v) },
    {
      title: t('dataLifecycle.exports.contents'),
      key: 'contents',
      render: (_: unknown, row) =>
        row.tableCount == null
          ? '—'
          : t('dataLifecycle.exports.contentsValue', { tables: row.tableCount, rows: row.rowCount ?? 0, files: row.fileCount ?? 0 }),
    },
    { title: t('dataLifecycle.exports.expiresAt'), dataIndex: 'expiresAt', render: (v: string | null) => (v ? formatDateTime(v) : '—') },
    {
      key: 'download',
      render: (_: unknown, row) =>
        row.downloadPath ? (
          <Button type="link" onClick={() => void download(row)} data-testid={`download-export-${row.id}`}>
            {t('dataLifecycle.exports.download')}
          </Button>
        ) : null,
    },
  ];

  const onRequestExport = async () => {
    try {
      await requestExport();
      void message.success(t('dataLifecycle.exports.requested'));
    } catch (e) {
      reportError(e);
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
      await requestDeletion({ variables: { confirmCode: code.trim() } });
      setConfirming(false);
      form.resetFields();
      void message.success(t('dataLifecycle.deletion.requestedOk'));
    } catch (e) {
      reportError(e, { form, fields: ['code'], rename: { confirmCode: 'code' } });
    }
  };

  const onCancelDeletion = async () => {
    try {
      await cancelDeletion();
      void message.success(t('dataLifecycle.deletion.cancelled'));
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };

  return (
    <div style={{ maxWidth: 1000 }} data-testid="data-lifecycle-page">
      <PageHeader title={t('dataLifecycle.title')} subTitle={t('dataLifecycle.subtitle')} />
      <Card
        title={t('dataLifecycle.exports.title')}
        style={{ marginBottom: 16 }}
        extra={
          <Space>
            <Button onClick={() => void refetch()}>{t('dataLifecycle.exports.refresh')}</Button>
            <Button
              type="primary"
              loading={requesting.loading}
              disabled={busy}
              onClick={() => void onRequestExport()}
              data-testid="request-export"
            >
              {t('dataLifecycle.exports.request')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph type="secondary">
          {t('dataLifecycle.exports.hint', { days: settings.exportRetentionDays })}
        </Typography.Paragraph>
        {exports.length === 0 ? (
          <EmptyState title={t('dataLifecycle.exports.empty')} />
        ) : (
          <Table<ExportRow>
            rowKey="id"
            columns={columns}
            dataSource={exports}
            pagination={false}
            size="middle"
            data-testid="exports-table"
          />
        )}
      </Card>
      <Card title={t('dataLifecycle.deletion.title')} data-testid="deletion-card">
        {deletion ? (
          <Alert
            type="error"
            showIcon
            data-testid="deletion-scheduled"
            title={t('dataLifecycle.deletion.scheduled', { date: formatDateTime(deletion.dueAt), days: daysLeft(deletion.dueAt) })}
            description={t('dataLifecycle.deletion.scheduledBy', {
              name: deletion.requestedByName ?? t('dataLifecycle.exports.byPlatform'),
            })}
            action={
              <Button danger loading={cancelling.loading} onClick={() => void onCancelDeletion()} data-testid="cancel-deletion">
                {t('dataLifecycle.deletion.cancel')}
              </Button>
            }
          />
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              {t('dataLifecycle.deletion.hint', { days: settings.deletionGraceDays })}
            </Typography.Paragraph>
            <Button danger onClick={() => setConfirming(true)} data-testid="request-deletion">
              {t('dataLifecycle.deletion.request')}
            </Button>
          </>
        )}
      </Card>
      <Modal
        open={confirming}
        title={t('dataLifecycle.deletion.confirmTitle')}
        okText={t('dataLifecycle.deletion.confirmOk')}
        okButtonProps={{ danger: true, loading: scheduling.loading, ...({ 'data-testid': 'confirm-deletion' } as Record<string, string>) }}
        onOk={() => void onConfirmDeletion()}
        onCancel={() => setConfirming(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>
          {t('dataLifecycle.deletion.confirmText', { code: settings.companyCode, days: settings.deletionGraceDays })}
        </Typography.Paragraph>
        <Form form={form} layout="vertical">
          <Form.Item
            name="code"
            label={t('dataLifecycle.deletion.confirmLabel')}
            rules={[
              {
                validator: (_, v: string | undefined) =>
                  (v ?? '').trim() === settings.companyCode
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('dataLifecycle.deletion.confirmMismatch'))),
              },
            ]}
          >
            <Input autoComplete="off" data-testid="deletion-code" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
