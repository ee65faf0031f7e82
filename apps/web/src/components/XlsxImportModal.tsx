// The one Excel-import dialog for row imports (employees, costs …): choose an .xlsx → dry run
// (nothing written) → report with row errors → "Import" writes, only when the check is clean
// (any wrong row: nothing written). Each capability supplies its mutation, title and hint.
import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Modal, Space, Spin, Statistic, Table, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useDownload } from './useDownload';
import { useMutationErrors } from './useMutationErrors';
import { importErrorText, MAX_IMPORT_BYTES, readAsBase64 } from '../pages/standards/ImportStandardsModal';

/** What every row import returns (the GraphQL *ImportReport types have this shape). */
export interface RowImportReport {
  rows: number;
  created: number;
  updated: number;
  written: boolean;
  errors: ReadonlyArray<{ row: number; column?: string | null; field: string; reason: string; message: string }>;
}

export interface XlsxImportModalProps {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
  title: string;
  /** Shown above the drop zone: what the sheet must contain. */
  intro: ReactNode;
  /** Runs the import mutation; null when it failed (the error is already shown). */
  run: (fileBase64: string, dryRun: boolean) => Promise<RowImportReport | null | undefined>;
  running: boolean;
  /** An optional template workbook to download. */
  template?: { url: string; fileName: string; label: string };
  testId?: string;
}

export function XlsxImportModal({ open, onClose, onImported, title, intro, run, running, template, testId }: XlsxImportModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const { download, pending } = useDownload();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [report, setReport] = useState<RowImportReport | null>(null);
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
      return (await run(chosen.base64, dryRun)) ?? null;
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
      title={title}
      onCancel={() => {
        reset();
        onClose();
      }}
      width={760}
      destroyOnHidden
      footer={
        <Space>
          {template ? (
            <Button loading={pending !== null} onClick={() => void download(template.url, template.fileName)}>
              {template.label}
            </Button>
          ) : null}
          {file ? <Button onClick={reset}>{t('import.chooseAnother')}</Button> : null}
          <Button type="primary" disabled={!clean} loading={running} onClick={() => void confirm()} data-testid="confirm-import">
            {t('import.confirm')}
          </Button>
        </Space>
      }
    >
      <div data-testid={testId}>
        {!file ? (
          <>
            {intro}
            <Upload.Dragger
              accept=".xlsx"
              multiple={false}
              showUploadList={false}
              beforeUpload={(raw) => (void choose(raw), Upload.LIST_IGNORE)}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('import.drop')}</p>
            </Upload.Dragger>
          </>
        ) : null}
        {problem ? <Alert type="error" showIcon title={problem} style={{ marginTop: 16 }} /> : null}
        {running ? (
          <div style={{ textAlign: 'center', padding: 32 }}>
            <Spin />
          </div>
        ) : null}
        {report && !running ? (
          <div data-testid="import-report">
            <Space size={48} style={{ marginBottom: 16 }}>
              <Statistic title={t('import.rows')} value={report.rows} />
              <Statistic title={written ? t('import.created') : t('import.toCreate')} value={report.created} />
              <Statistic title={written ? t('import.updated') : t('import.toUpdate')} value={report.updated} />
              <Statistic title={t('import.errors')} value={report.errors.length} />
            </Space>
            {written ? (
              <Alert type="success" showIcon title={t('import.written', { created: report.created, updated: report.updated })} />
            ) : report.errors.length ? (
              <>
                <Alert
                  type="error"
                  showIcon
                  title={t('import.nothingWritten')}
                  description={t('import.nothingWrittenHint', { count: report.errors.length })}
                  style={{ marginBottom: 12 }}
                  data-testid="import-nothing-written"
                />
                <Table
                  rowKey={(e) => `${e.row}-${e.field}-${e.reason}`}
                  size="small"
                  dataSource={[...report.errors]}
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
              <Alert
                type="info"
                showIcon
                title={t('import.checked')}
                description={t('import.checkedHint', { created: report.created, updated: report.updated })}
              />
            )}
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
