// Excel import of budgets and actuals, like the employee import: choose an .xlsx → dry run (nothing
// written) → report with row errors → "Import" writes only when the check is clean.
import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Spin, Statistic, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../../components/useDownload';
import { useMutationErrors } from '../../components/useMutationErrors';
import { importErrorText, MAX_IMPORT_BYTES, readAsBase64 } from '../standards/ImportStandardsModal';
import { ImportCostsMutation } from './costs.operations';
import type { ImportCostsMutation as ImportData } from '../../gql/graphql';

type Report = ImportData['importCosts'];

export function ImportCostsModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const { download, pending } = useDownload();
  const [run, running] = useMutation(ImportCostsMutation);
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [written, setWritten] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const reset = () => {
    setFile(null);
    setReport(null);
    setWritten(false);
    setProblem(null);
  };
  const submit = async (chosen: { base64: string }, dryRun: boolean) => {
    try {
      const { data } = await run({ variables: { fileBase64: chosen.base64, dryRun } });
      return data?.importCosts ?? null;
    } catch (e) {
      reportError(e);
      return null;
    }
  };
  const choose = async (raw: File) => {
    reset();
    if (!/\.xlsx$/i.test(raw.name)) return setProblem(t('import.fileProblems.NOT_XLSX'));
    if (raw.size > MAX_IMPORT_BYTES) return setProblem(t('import.fileProblems.TOO_LONG'));
    const chosen = { name: raw.name, base64: await readAsBase64(raw) };
    setFile(chosen);
    setReport(await submit(chosen, true));
  };
  const confirm = async () => {
    if (!file) return;
    const r = await submit(file, false);
    if (!r) return;
    setReport(r);
    if (r.written) {
      setWritten(true);
      void message.success(t('import.done', { created: r.created, updated: r.updated }));
      onImported();
    }
  };
  const clean = !!report && !written && report.errors.length === 0 && report.rows > 0;
  return (
    <Modal
      open={open}
      title={t('costs.project.importTitle')}
      onCancel={() => {
        reset();
        onClose();
      }}
      width={760}
      destroyOnHidden
      footer={
        <Space>
          <Button loading={pending !== null} onClick={() => void download('/downloads/costs/template.xlsx', '运营成本导入模板.xlsx')}>
            {t('costs.project.template')}
          </Button>
          {file ? <Button onClick={reset}>{t('import.chooseAnother')}</Button> : null}
          <Button type="primary" disabled={!clean} loading={running.loading} onClick={() => void confirm()} data-testid="confirm-import">
            {t('import.confirm')}
          </Button>
        </Space>
      }
    >
      {!file ? (
        <Upload.Dragger accept=".xlsx" multiple={false} showUploadList={false} beforeUpload={(raw) => (void choose(raw), Upload.LIST_IGNORE)} data-testid="import-upload">
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.drop')}</p>
          <Typography.Text type="secondary">项目编码 · 月份 · 成本类别 · 预算（元） · 实际（元）</Typography.Text>
        </Upload.Dragger>
      ) : null}
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginTop: 16 }} /> : null}
      {running.loading ? (
        <div style={{ textAlign: 'center', padding: 32 }}>
          <Spin />
        </div>
      ) : null}
      {report && !running.loading ? (
        <div data-testid="import-report">
          <Space size={48} style={{ marginBottom: 16 }}>
            <Statistic title={t('import.rows')} value={report.rows} />
            <Statistic title={t('import.created')} value={report.created} />
            <Statistic title={t('import.updated')} value={report.updated} />
            <Statistic title={t('import.errors')} value={report.errors.length} />
          </Space>
          {written ? (
            <Alert type="success" showIcon title={t('import.written', { created: report.created, updated: report.updated })} />
          ) : report.errors.length ? (
            <>
              <Alert type="error" showIcon title={t('import.nothingWritten')} description={t('import.nothingWrittenHint', { count: report.errors.length })} style={{ marginBottom: 12 }} />
              <Table
                rowKey={(e) => `${e.row}-${e.field}-${e.reason}`}
                size="small"
                dataSource={report.errors}
                pagination={report.errors.length > 10 ? { pageSize: 10 } : false}
                columns={[
                  { key: 'row', title: t('import.row'), dataIndex: 'row', width: 70 },
                  { key: 'column', title: t('import.column'), dataIndex: 'column', width: 140 },
                  { key: 'problem', title: t('import.problem'), render: (_, e) => importErrorText(t, e) },
                ]}
                data-testid="import-errors"
              />
            </>
          ) : (
            <Alert type="info" showIcon title={t('import.checked')} description={t('import.checkedHint', { created: report.created, updated: report.updated })} />
          )}
        </div>
      ) : null}
    </Modal>
  );
}
