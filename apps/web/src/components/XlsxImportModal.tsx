// The one Excel-import dialog (projects, standards, employees, costs …): the columns to fill in (from the
// shared IMPORT_SHEETS, so the dialog and the importer name them the same), the import's own
// template to download, choose an .xlsx → dry run (nothing written) → report with row errors in
// the user's language → "Import" writes, only when the check is clean (any wrong row: nothing
// written). Each capability supplies its kind and its mutation.
import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Modal, Space, Spin, Statistic, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { CheckCircleFilled, DownloadOutlined, FileExcelOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { importColumnNames, type ImportKind } from '@pinzhi/domain';
import { useDownload } from './useDownload';
import { useMutationErrors } from './useMutationErrors';
import { toApiError } from '../lib/errors';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The templates the API offers, per import (each re-imports cleanly: it holds the current data). */
export const IMPORT_TEMPLATES: Record<ImportKind, string> = {
  projects: '/downloads/projects/template.xlsx',
  standards: '/downloads/standards.xlsx',
  employees: '/downloads/employees/template.xlsx',
  costs: '/downloads/costs/template.xlsx',
  members: '/downloads/members/template.xlsx',
};

export interface ImportRowProblem {
  row: number;
  column?: string | null;
  field: string;
  reason: string;
  message: string;
  params?: Record<string, unknown> | null;
}

/** What every row import returns (the GraphQL *ImportReport types have this shape). */
export interface RowImportReport {
  rows: number;
  created: number;
  /** Absent for imports that only create (members: invitations). */
  updated?: number;
  written: boolean;
  errors: ReadonlyArray<ImportRowProblem>;
}

/** What a field's INVALID_FORMAT means when the server did not say (class-validator's checks). */
const FORMAT_OF_FIELD: Record<string, string> = {
  hireDate: 'DATE',
  contractStart: 'DATE',
  contractEnd: 'DATE',
  area: 'NUMBER',
  month: 'MONTH',
  budget: 'YUAN',
  actual: 'YUAN',
  code: 'CODE',
  defaultScore: 'INTEGER',
  email: 'EMAIL',
};

/**
 * A row error in the user's language, from its reason and params — never the server's English
 * message (the reasons are the closed list IMPORT_ROW_REASONS; anything else gets a neutral text).
 */
export function importErrorText(t: TFunction, e: Pick<ImportRowProblem, 'row' | 'field' | 'reason' | 'params'>): string {
  const p = (e.params ?? {}) as Record<string, unknown>;
  const has = (k: string) => p[k] !== undefined && p[k] !== null && p[k] !== '';
  switch (e.reason) {
    case 'REQUIRED':
      return e.row === 1
        ? t('import.reasons.MISSING_COLUMN', { column: p['column'] ?? e.field, columnEn: p['columnEn'] ?? p['column'] ?? e.field })
        : t('import.reasons.REQUIRED');
    case 'TOO_LONG':
      return has('max') ? t('import.reasons.TOO_LONG', p) : t('import.reasons.TOO_LONG_PLAIN');
    case 'TOO_SHORT':
      return t('import.reasons.TOO_SHORT');
    case 'OUT_OF_RANGE':
      return has('min') && has('max') ? t('import.reasons.OUT_OF_RANGE', p) : t('import.reasons.OTHER');
    case 'INVALID_FORMAT': {
      const expected = String(p['expected'] ?? FORMAT_OF_FIELD[e.field] ?? 'OTHER');
      const key = ['MONTH', 'YUAN', 'DATE', 'CODE', 'INTEGER', 'NUMBER', 'EMAIL'].includes(expected) ? expected : 'OTHER';
      if ((key === 'MONTH' || key === 'YUAN' || key === 'INTEGER' || key === 'NUMBER' || key === 'EMAIL') && !has('value'))
        return t('import.reasons.FORMAT.OTHER');
      return t(`import.reasons.FORMAT.${key as 'OTHER'}`, { min: 0, max: 100, ...p });
    }
    case 'INVALID_VALUE':
      return has('value') ? t('import.reasons.INVALID_VALUE', p) : t('import.reasons.INVALID_VALUE_PLAIN');
    case 'NOT_FOUND': {
      const field = e.field === 'regions' ? 'region' : e.field;
      const key = field === 'project' || field === 'position' || field === 'region' ? field : 'OTHER';
      return t(`import.reasons.NOT_FOUND.${key as 'OTHER'}`, { value: p['value'] ?? '' });
    }
    case 'TAKEN':
      if (has('row')) return t('import.reasons.TAKEN', { row: p['row'], value: p['value'] ?? '' });
      if (e.field === 'email') return t('import.reasons.TAKEN_EMAIL', { value: p['value'] ?? '' });
      return has('value') ? t('import.reasons.TAKEN_USED', { value: p['value'] }) : t('import.reasons.TAKEN_PLAIN');
    case 'DATE_ORDER':
      return t('import.reasons.DATE_ORDER');
    default:
      return t('import.reasons.OTHER');
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

export interface XlsxImportModalProps {
  kind: ImportKind;
  open: boolean;
  onClose: () => void;
  onImported: () => void;
  /** Runs the import mutation; null when it failed (the error is already shown). */
  run: (fileBase64: string, dryRun: boolean) => Promise<RowImportReport | null | undefined>;
  running: boolean;
  /** Shown under the success message after a write (members: the new invitation links). */
  resultExtra?: ReactNode;
}

interface ChosenFile {
  name: string;
  size: number;
  base64: string;
}

export function XlsxImportModal({ kind, open, onClose, onImported, run, running, resultExtra }: XlsxImportModalProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const { download, pending } = useDownload();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState(false);
  const [check, setCheck] = useState<RowImportReport | null>(null);
  const [result, setResult] = useState<RowImportReport | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const lang = i18n.language === 'en-US' ? 'en' : 'zh';
  const separator = lang === 'en' ? ', ' : '、';

  const reset = () => {
    setFile(null);
    setCheck(null);
    setResult(null);
    setFileProblem(null);
  };
  const close = () => {
    if (running) return;
    reset();
    onClose();
  };

  const submit = async (chosen: ChosenFile, dryRun: boolean): Promise<RowImportReport | null> => {
    setFileProblem(null);
    try {
      return (await run(chosen.base64, dryRun)) ?? null;
    } catch (error) {
      const problem = toApiError(error);
      const fileField = problem.fields.find((f) => f.field === 'fileBase64');
      if (problem.code === 'BAD_USER_INPUT' && fileField) {
        const reason = ['TOO_LONG', 'REQUIRED', 'LIMIT_REACHED'].includes(fileField.reason) ? fileField.reason : 'INVALID_FORMAT';
        setFileProblem(t(`import.fileProblems.${reason as 'REQUIRED'}`, { max: fileField.params?.['max'] ?? '' }));
      } else reportError(error);
      return null;
    }
  };

  const choose = async (raw: File) => {
    reset();
    if (!/\.xlsx$/i.test(raw.name)) return setFileProblem(t('import.fileProblems.NOT_XLSX'));
    if (raw.size > MAX_IMPORT_BYTES) return setFileProblem(t('import.fileProblems.TOO_LONG'));
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
      void message.success(t(`import.kinds.${kind}.done`, { created: report.created, updated: report.updated }));
      onImported();
    } else setCheck(report); // the data changed since the check: show what is wrong now
  };

  const busy = reading || running;
  const report = result ?? check;
  const clean = !!check && check.errors.length === 0 && check.rows > 0;
  const columns: TableColumnsType<ImportRowProblem> = [
    { key: 'row', title: t('import.row'), dataIndex: 'row', width: 70 },
    { key: 'column', title: t('import.column'), dataIndex: 'column', width: 140 },
    { key: 'problem', title: t('import.problem'), render: (_, e) => importErrorText(t, e) },
  ];
  const template = (
    <Button
      type="link"
      icon={<DownloadOutlined />}
      style={{ paddingInline: 0 }}
      loading={pending !== null}
      onClick={() => void download(IMPORT_TEMPLATES[kind], t(`import.kinds.${kind}.templateFile`))}
      data-testid="import-template"
    >
      {t('import.template')}
    </Button>
  );

  const footer = result ? (
    <Button type="primary" onClick={close}>
      {t('common.close')}
    </Button>
  ) : (
    <Space>
      <Button onClick={close} disabled={running}>
        {t('common.cancel')}
      </Button>
      {file ? (
        <Button onClick={reset} disabled={busy}>
          {t('import.chooseAnother')}
        </Button>
      ) : null}
      <Button
        type="primary"
        disabled={!clean || busy}
        loading={running && !!check}
        onClick={() => void confirm()}
        data-testid="confirm-import"
      >
        {t('import.confirm')}
      </Button>
    </Space>
  );

  return (
    <Modal
      open={open}
      title={t(`import.kinds.${kind}.title`)}
      onCancel={close}
      footer={footer}
      width={760}
      destroyOnHidden
      mask={{ closable: !busy }}
    >
      <div data-testid="import-modal" data-kind={kind}>
        {!file && !busy ? (
          <>
            <Typography.Paragraph style={{ marginBottom: 4 }} data-testid="import-columns">
              {t('import.requiredColumns', { columns: importColumnNames(kind, 'required', lang).join(separator) })}
              {importColumnNames(kind, 'optional', lang).length ? (
                <>
                  <br />
                  <Typography.Text type="secondary">
                    {t('import.optionalColumns', { columns: importColumnNames(kind, 'optional', lang).join(separator) })}
                  </Typography.Text>
                </>
              ) : null}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('import.checkFirst')}</Typography.Paragraph>
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
            <div style={{ marginTop: 8 }}>
              {template}
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
                {t('import.templateHint')}
              </Typography.Paragraph>
            </div>
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
              {report.updated !== undefined ? (
                <Statistic title={result ? t('import.updated') : t('import.toUpdate')} value={report.updated} />
              ) : null}
              <Statistic
                title={t('import.errors')}
                value={report.errors.length}
                styles={{ content: { color: report.errors.length ? '#cf1322' : undefined } }}
              />
            </Space>
            {result ? (
              <>
                <Alert
                  type="success"
                  showIcon
                  icon={<CheckCircleFilled />}
                  title={t(`import.kinds.${kind}.written`, { created: result.created, updated: result.updated })}
                  data-testid="import-written"
                />
                {resultExtra}
              </>
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
                <Table<ImportRowProblem>
                  rowKey={(e) => `${e.row}-${e.field}-${e.reason}`}
                  size="small"
                  columns={columns}
                  dataSource={[...report.errors]}
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
                description={t(`import.kinds.${kind}.checkedHint`, { created: report.created, updated: report.updated })}
                data-testid="import-clean"
              />
            )}
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
