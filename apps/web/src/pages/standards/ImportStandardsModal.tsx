// Excel import of the standards library: choose an .xlsx → dry run (nothing written) → report
// (rows, to create, to update, row errors) → "Import" writes, only when the dry run is clean.
import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Spin, Statistic, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { CheckCircleFilled, DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useDownload } from '../../components/useDownload';
import { useMutationErrors } from '../../components/useMutationErrors';
import { toApiError } from '../../lib/errors';
import { ImportStandardsMutation } from './standards.operations';
import { STANDARD_LIMITS } from './StandardDrawer';
import type { ImportStandardsMutation as ImportData } from '../../gql/graphql';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

type Report = ImportData['importStandards'];
type RowError = Report['errors'][number];

interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

/** The longest text each imported column may hold (for TOO_LONG, which the report gives without params). */
const MAX_BY_FIELD: Record<string, number> = {
  code: 32,
  titleZh: STANDARD_LIMITS.title,
  titleEn: STANDARD_LIMITS.titleEn,
  requirementZh: STANDARD_LIMITS.requirement,
  requirementEn: STANDARD_LIMITS.requirement,
  source: STANDARD_LIMITS.source,
  positions: STANDARD_LIMITS.position,
};

/** A row error in the user's language, from its reason (the server's English message is the fallback). */
export function importErrorText(t: TFunction, error: Pick<RowError, 'row' | 'field' | 'reason' | 'message'>): string {
  const quoted = /"([^"]*)"/.exec(error.message)?.[1];
  const otherRow = /row (\d+)/i.exec(error.message)?.[1];
  switch (error.reason) {
    case 'REQUIRED':
      return error.row === 1 ? t('import.reasons.MISSING_COLUMN') : t('import.reasons.REQUIRED');
    case 'TOO_LONG':
      return MAX_BY_FIELD[error.field] ? t('validation.TOO_LONG', { max: MAX_BY_FIELD[error.field] }) : t('import.reasons.TOO_LONG');
    case 'TOO_SHORT':
      return t('import.reasons.TOO_SHORT');
    case 'OUT_OF_RANGE':
      return t('validation.OUT_OF_RANGE', STANDARD_LIMITS.score);
    case 'INVALID_FORMAT':
      return error.field === 'code' ? t('validation.code') : t('validation.INVALID_FORMAT');
    case 'TAKEN':
      return otherRow ? t('import.reasons.DUPLICATE_ROW', { row: otherRow }) : t('import.reasons.DUPLICATE');
    case 'INVALID_VALUE':
      if (error.field === 'defaultScore') return t('import.reasons.NOT_A_NUMBER');
      return quoted !== undefined ? t('import.reasons.UNKNOWN_VALUE', { value: quoted }) : t('validation.INVALID_VALUE');
    default:
      return error.message || error.reason;
  }
}

/** File → base64 (without the data: prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function ImportStandardsModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const { download, pending } = useDownload();
  const [run, running] = useMutation(ImportStandardsMutation);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState(false);
  const [check, setCheck] = useState<Report | null>(null);
  const [result, setResult] = useState<Report | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);

  const reset = () => {
    setFile(null);
    setCheck(null);
    setResult(null);
    setFileProblem(null);
  };

  const close = () => {
    if (running.loading) return;
    reset();
    onClose();
  };

  const submit = async (chosen: ChosenFile, dryRun: boolean): Promise<Report | null> => {
    setFileProblem(null);
    try {
      const { data } = await run({ variables: { fileBase64: chosen.base64, dryRun } });
      return data?.importStandards ?? null;
    } catch (error) {
      const problem = toApiError(error);
      const fileField = problem.fields.find((f) => f.field === 'fileBase64');
      if (problem.code === 'BAD_USER_INPUT' && fileField) {
        setFileProblem(
          t(
            `import.fileProblems.${fileField.reason === 'TOO_LONG' || fileField.reason === 'REQUIRED' ? fileField.reason : 'INVALID_FORMAT'}`,
          ),
        );
      } else reportError(error);
      return null;
    }
  };

  const choose = async (raw: File) => {
    reset();
    if (!/\.xlsx$/i.test(raw.name)) {
      setFileProblem(t('import.fileProblems.NOT_XLSX'));
      return;
    }
    if (raw.size > MAX_IMPORT_BYTES) {
      setFileProblem(t('import.fileProblems.TOO_LONG'));
      return;
    }
    setReading(true);
    try {
      const chosen = { name: raw.name, size: raw.size, base64: await readAsBase64(raw) };
      setFile(chosen);
      setCheck(await submit(chosen, true));
    } catch {
      setFileProblem(t('import.fileProblems.UNREADABLE'));
    } finally {
      setReading(false);
    }
  };

  const confirm = async () => {
    if (!file) return;
    const report = await submit(file, false);
    if (!report) return;
    if (report.written) {
      setResult(report);
      void message.success(t('import.done', { created: report.created, updated: report.updated }));
      onImported();
    } else setCheck(report); // the library changed since the check: show what is wrong now
  };

  const busy = reading || running.loading;
  const report = result ?? check;
  const clean = !!check && check.errors.length === 0 && check.rows > 0;

  const columns: TableColumnsType<RowError> = [
    { key: 'row', title: t('import.row'), dataIndex: 'row', width: 70 },
    { key: 'column', title: t('import.column'), dataIndex: 'column', width: 140 },
    { key: 'problem', title: t('import.problem'), render: (_, e) => importErrorText(t, e) },
  ];

  const footer = result ? (
    <Button type="primary" onClick={close}>
      {t('common.close')}
    </Button>
  ) : (
    <Space>
      <Button onClick={close} disabled={running.loading}>
        {t('common.cancel')}
      </Button>
      {file ? (
        <Button onClick={reset} disabled={busy}>
          {t('import.chooseAnother')}
        </Button>
      ) : null}
      <Button type="primary" disabled={!clean || busy} loading={running.loading && !!check} onClick={confirm} data-testid="confirm-import">
        {t('import.confirm')}
      </Button>
    </Space>
  );

  return (
    <Modal open={open} title={t('import.title')} onCancel={close} footer={footer} width={760} destroyOnHidden maskClosable={!busy}>
      <div data-testid="import-modal">
        {!file && !busy ? (
          <>
            <Typography.Paragraph type="secondary">{t('import.intro')}</Typography.Paragraph>
            <Upload.Dragger
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              beforeUpload={(raw) => {
                void choose(raw);
                return Upload.LIST_IGNORE;
              }}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('import.drop')}</p>
              <p className="ant-upload-hint">{t('import.dropHint', { max: '5 MB' })}</p>
            </Upload.Dragger>
            <Button
              type="link"
              icon={<DownloadOutlined />}
              style={{ paddingInline: 0, marginTop: 8 }}
              loading={pending !== null}
              onClick={() => void download('/downloads/standards.xlsx', 'standards.xlsx')}
            >
              {t('import.template')}
            </Button>
          </>
        ) : null}

        {fileProblem ? (
          <Alert type="error" showIcon title={fileProblem} style={{ marginTop: 16 }} data-testid="import-file-problem" />
        ) : null}

        {file ? (
          <Space style={{ marginBottom: 16 }}>
            <FileExcelOutlined style={{ color: '#217346', fontSize: 20 }} />
            <Typography.Text strong>{file.name}</Typography.Text>
            <Typography.Text type="secondary">{formatSize(file.size)}</Typography.Text>
          </Space>
        ) : null}

        {busy ? (
          <div style={{ padding: '32px 0', textAlign: 'center' }} data-testid="import-progress">
            <Spin size="large" />
            <div style={{ marginTop: 12 }}>
              <Typography.Text type="secondary">
                {reading ? t('import.reading') : check ? t('import.writing') : t('import.checking')}
              </Typography.Text>
            </div>
          </div>
        ) : null}

        {report && !busy ? (
          <div data-testid="import-report">
            <Space size={48} style={{ marginBottom: 16 }} wrap>
              <Statistic title={t('import.rows')} value={report.rows} />
              <Statistic title={result ? t('import.created') : t('import.toCreate')} value={report.created} />
              <Statistic title={result ? t('import.updated') : t('import.toUpdate')} value={report.updated} />
              <Statistic
                title={t('import.errors')}
                value={report.errors.length}
                styles={{ content: { color: report.errors.length ? '#cf1322' : undefined } }}
              />
            </Space>
            {result ? (
              <Alert
                type="success"
                showIcon
                icon={<CheckCircleFilled />}
                title={t('import.written', { created: result.created, updated: result.updated })}
              />
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
                <Table<RowError>
                  rowKey={(e) => `${e.row}-${e.field}-${e.reason}`}
                  size="small"
                  columns={columns}
                  dataSource={report.errors}
                  pagination={report.errors.length > 10 ? { pageSize: 10, size: 'small' } : false}
                  data-testid="import-errors"
                />
              </>
            ) : report.rows === 0 ? (
              <Alert type="warning" showIcon title={t('import.noRows')} />
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
