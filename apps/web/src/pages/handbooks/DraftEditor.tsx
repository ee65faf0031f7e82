// 草稿编辑: the whole draft of a handbook — sections (order, rename, delete), their standards
// (order, remove, overrides of requirement/score, note, add from the library) and service
// frequencies (builder) — saved whole with the draft's version; CONFLICT, field errors at their
// row and cell, unsaved-changes guard, publish with a summary and the diff, discard.
import { memo, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  theme,
  type TableColumnsType,
} from 'antd';
import { NumberInput } from '../../components/NumberInput';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CheckOutlined,
  CloudUploadOutlined,
  EditOutlined,
  PlusOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE } from '@pinzhi/domain';
import { EmptyState } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { useLocale } from '../../app/LocaleProvider';
import { isStaleVersion, toApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { length, required } from '../../lib/rules';
import { CriticalTag } from '../standards/StandardLabels';
import { AddStandardsModal } from './AddStandardsModal';
import { FrequencyModal, type FrequencyValues } from './FrequencyModal';
import { PublishModal } from './PublishModal';
import { HANDBOOK_RECURRENCE, describeRule, wrappable } from '../../components/recurrence/recurrence';
import { sectionTitle, taskTitle, useWhere } from './VersionView';
import {
  DRAFT_LIMITS,
  NO_ERRORS,
  adoptKeys,
  applySaved,
  clearServerError,
  draftFingerprint,
  draftReducer,
  draftToInput,
  hasErrors,
  mapServerProblems,
  mergeErrors,
  validateDraft,
  versionToDraft,
  type DraftAction,
  type DraftErrors,
  type DraftFrequency,
  type DraftItem,
  type DraftSection,
  type VersionContent,
} from './draft';
import { DiscardHandbookDraftMutation, SaveHandbookDraftMutation } from './handbooks.operations';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import type { HandbookHeaderFragment } from '../../gql/graphql';

type Zone = { id: string; name: string };

/** Dispatch plus "the user edited these fields of this entry" (drops the server's message there). */
type Edit = (action: DraftAction, touched?: { uid: string; fields: string[] }) => void;

function CellError({ message }: { message?: string }) {
  const { token } = theme.useToken();
  if (!message) return null;
  return (
    <div style={{ color: token.colorError, fontSize: 12, lineHeight: 1.5, marginTop: 2 }} data-testid="cell-error" role="alert">
      {message}
    </div>
  );
}

function MoveButtons({
  onUp,
  onDown,
  first,
  last,
  label,
}: {
  onUp: () => void;
  onDown: () => void;
  first: boolean;
  last: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Tooltip title={t('draft.moveUp')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowUpOutlined />}
          disabled={first}
          onClick={onUp}
          aria-label={`${t('draft.moveUp')} ${label}`}
        />
      </Tooltip>
      <Tooltip title={t('draft.moveDown')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          disabled={last}
          onClick={onDown}
          aria-label={`${t('draft.moveDown')} ${label}`}
        />
      </Tooltip>
    </>
  );
}

/** The English override of a requirement: a link until it is wanted (or set), then a text box. */
function EnglishOverride({ item, error, onChange }: { item: DraftItem; error?: string; onChange: (text: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open && !item.requirementEn && !error) {
    return (
      <Button
        type="link"
        size="small"
        style={{ paddingInline: 0, fontSize: 12, height: 'auto', marginTop: 2 }}
        onClick={() => setOpen(true)}
      >
        + {t('draft.requirementOverrideEn')}
      </Button>
    );
  }
  return (
    <>
      <Input.TextArea
        value={item.requirementEn}
        placeholder={item.standard.requirementEn || t('draft.requirementEnPlaceholder')}
        autoSize={{ minRows: 1, maxRows: 4 }}
        status={error ? 'error' : undefined}
        onChange={(e) => onChange(e.target.value)}
        style={{ marginTop: 4, fontSize: 12 }}
        autoFocus={open && !item.requirementEn}
        aria-label={`${t('draft.requirementOverrideEn')} ${item.standard.code}`}
      />
      <CellError message={error} />
    </>
  );
}

interface TitleValues {
  titleZh: string;
  titleEn?: string;
}

/** Section title (zh required, en optional) in a small modal: new sections and renames. */
function SectionTitleModal({
  open,
  initial,
  onCancel,
  onOk,
}: {
  open: boolean;
  initial: TitleValues | null;
  onCancel: () => void;
  onOk: (values: { titleZh: string; titleEn: string }) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TitleValues>();
  useEffect(() => {
    if (open) form.setFieldsValue(initial ?? { titleZh: '', titleEn: '' });
  }, [form, initial, open]);
  return (
    <Modal
      open={open}
      title={initial ? t('draft.renameSection') : t('draft.addSection')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'save-section-title' } as Record<string, string>}
    >
      <Form<TitleValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={(v) => onOk({ titleZh: v.titleZh.trim(), titleEn: v.titleEn?.trim() ?? '' })}
        data-testid="section-title-form"
      >
        <Form.Item
          name="titleZh"
          label={t('draft.sectionTitleZh')}
          rules={[required(t), ...length(t, { max: DRAFT_LIMITS.title })]}
          validateFirst
        >
          <Input placeholder={t('draft.sectionTitlePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="titleEn" label={t('draft.sectionTitleEn')} rules={length(t, { max: DRAFT_LIMITS.titleEn })}>
          <Input placeholder={t('common.optional')} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface SectionCardProps {
  section: DraftSection;
  index: number;
  count: number;
  errors: DraftErrors['byUid'];
  zones: readonly Zone[];
  edit: Edit;
  onRename: (section: DraftSection) => void;
  onAddStandards: (section: DraftSection) => void;
  onFrequency: (section: DraftSection, frequency: DraftFrequency | null) => void;
}

const SectionCard = memo(function SectionCard({
  section,
  index,
  count,
  errors,
  zones,
  edit,
  onRename,
  onAddStandards,
  onFrequency,
}: SectionCardProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { token } = theme.useToken();
  const where = useWhere(zones);
  const own = errors[section.uid] ?? {};
  const s = section.uid;

  const itemColumns: TableColumnsType<DraftItem> = [
    { key: 'n', title: '#', width: 44, render: (_, _i, n) => n + 1 },
    {
      key: 'standard',
      title: t('handbooks.standard'),
      width: 230,
      render: (_, item) => (
        <div>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {item.standard.code}
          </Typography.Text>
          <div style={{ fontWeight: 500 }}>
            {language === 'en-US' ? item.standard.titleEn || item.standard.titleZh : item.standard.titleZh}
          </div>
          <Space size={4} wrap style={{ marginTop: 2 }}>
            {item.standard.critical ? <CriticalTag /> : null}
            {item.key === null ? (
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {t('draft.new')}
              </Tag>
            ) : null}
            {item.requirementZh.trim() || item.requirementEn.trim() || item.score !== null ? (
              <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                {t('handbooks.overridden')}
              </Tag>
            ) : null}
            {item.standard.archivedAt ? <Tag style={{ marginInlineEnd: 0 }}>{t('standards.archived')}</Tag> : null}
          </Space>
          <CellError message={errors[item.uid]?.standardId ?? errors[item.uid]?._ ?? errors[item.uid]?.key} />
        </div>
      ),
    },
    {
      key: 'requirement',
      title: (
        <Tooltip title={t('draft.overrideHint')}>
          <span>{t('draft.requirementOverride')}</span>
        </Tooltip>
      ),
      render: (_, item) => (
        <div>
          <Input.TextArea
            value={item.requirementZh}
            placeholder={item.standard.requirementZh}
            autoSize={{ minRows: 2, maxRows: 6 }}
            status={errors[item.uid]?.requirementZh ? 'error' : undefined}
            onChange={(e) =>
              edit(
                { type: 'updateItem', section: s, item: item.uid, patch: { requirementZh: e.target.value } },
                { uid: item.uid, fields: ['requirementZh'] },
              )
            }
            aria-label={`${t('draft.requirementOverride')} ${item.standard.code}`}
            data-testid="item-requirement-zh"
          />
          <CellError message={errors[item.uid]?.requirementZh} />
          <EnglishOverride
            item={item}
            error={errors[item.uid]?.requirementEn}
            onChange={(requirementEn) =>
              edit(
                { type: 'updateItem', section: s, item: item.uid, patch: { requirementEn } },
                { uid: item.uid, fields: ['requirementEn'] },
              )
            }
          />
        </div>
      ),
    },
    {
      key: 'score',
      title: t('handbooks.score'),
      width: 96,
      render: (_, item) => (
        <div>
          <NumberInput
            value={item.score}
            min={DRAFT_LIMITS.score.min}
            max={DRAFT_LIMITS.score.max}
            integer
            placeholder={String(item.standard.defaultScore)}
            status={errors[item.uid]?.score ? 'error' : undefined}
            onChange={(v) =>
              edit(
                { type: 'updateItem', section: s, item: item.uid, patch: { score: typeof v === 'number' ? v : null } },
                { uid: item.uid, fields: ['score'] },
              )
            }
            style={{ width: 76 }}
            aria-label={`${t('handbooks.score')} ${item.standard.code}`}
            data-testid="item-score"
          />
          <CellError message={errors[item.uid]?.score} />
        </div>
      ),
    },
    {
      key: 'note',
      title: t('draft.note'),
      width: 170,
      render: (_, item) => (
        <div>
          <Input.TextArea
            value={item.note}
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder={t('common.optional')}
            status={errors[item.uid]?.note ? 'error' : undefined}
            onChange={(e) =>
              edit({ type: 'updateItem', section: s, item: item.uid, patch: { note: e.target.value } }, { uid: item.uid, fields: ['note'] })
            }
            aria-label={`${t('draft.note')} ${item.standard.code}`}
          />
          <CellError message={errors[item.uid]?.note} />
        </div>
      ),
    },
    {
      key: 'actions',
      title: '',
      width: 104,
      render: (_, item, n) => (
        <Space size={0}>
          <MoveButtons
            label={item.standard.code}
            first={n === 0}
            last={n === section.items.length - 1}
            onUp={() => edit({ type: 'moveItem', section: s, item: item.uid, delta: -1 })}
            onDown={() => edit({ type: 'moveItem', section: s, item: item.uid, delta: 1 })}
          />
          <ConfirmDeleteButton
            label={t('draft.removeStandard')}
            subject={item.standard.code}
            description={t('draft.removeStandardConfirm', { code: item.standard.code })}
            onConfirm={() => edit({ type: 'removeItem', section: s, item: item.uid })}
            testId="remove-item"
          />
        </Space>
      ),
    },
  ];

  const frequencyColumns: TableColumnsType<DraftFrequency> = [
    { key: 'n', title: '#', width: 44, render: (_, _f, n) => n + 1 },
    {
      key: 'task',
      title: t('draft.task'),
      width: 220,
      render: (_, f) => (
        <div>
          <div style={{ fontWeight: 500 }}>{taskTitle(f, language)}</div>
          {language === 'zh-CN' && f.taskEn ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.taskEn}
            </Typography.Text>
          ) : null}
          {f.key === null ? (
            <Tag color="green" style={{ marginInlineStart: 0, marginTop: 2 }}>
              {t('draft.new')}
            </Tag>
          ) : null}
          <CellError message={errors[f.uid]?.taskZh ?? errors[f.uid]?.taskEn ?? errors[f.uid]?._ ?? errors[f.uid]?.key} />
        </div>
      ),
    },
    {
      key: 'where',
      title: t('draft.where'),
      width: 150,
      render: (_, f) => (
        <div>
          {where(f)}
          <CellError message={errors[f.uid]?.zoneId ?? errors[f.uid]?.locationZh} />
        </div>
      ),
    },
    {
      key: 'frequency',
      title: t('draft.frequency'),
      render: (_, f) => (
        <div>
          <div>{describeRule(f.rrule, language, HANDBOOK_RECURRENCE)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
            {wrappable(f.rrule)}
          </Typography.Text>
          <CellError message={errors[f.uid]?.rrule} />
        </div>
      ),
    },
    {
      key: 'note',
      title: t('draft.note'),
      width: 160,
      render: (_, f) => (
        <div>
          {f.note}
          <CellError message={errors[f.uid]?.note} />
        </div>
      ),
    },
    {
      key: 'actions',
      title: '',
      width: 136,
      render: (_, f, n) => (
        <Space size={0}>
          <Tooltip title={t('common.edit')}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => onFrequency(section, f)}
              aria-label={`${t('common.edit')} ${f.taskZh}`}
              data-testid="edit-frequency"
            />
          </Tooltip>
          <MoveButtons
            label={f.taskZh}
            first={n === 0}
            last={n === section.frequencies.length - 1}
            onUp={() => edit({ type: 'moveFrequency', section: s, frequency: f.uid, delta: -1 })}
            onDown={() => edit({ type: 'moveFrequency', section: s, frequency: f.uid, delta: 1 })}
          />
          <ConfirmDeleteButton
            label={t('draft.removeFrequency')}
            subject={f.taskZh}
            description={t('draft.removeFrequencyConfirm', { task: f.taskZh })}
            onConfirm={() => edit({ type: 'removeFrequency', section: s, frequency: f.uid })}
          />
        </Space>
      ),
    },
  ];

  const titleError = own.titleZh ?? own.titleEn ?? own._ ?? own.key;
  return (
    <Card
      variant="outlined"
      style={{ marginBottom: 16, borderColor: titleError ? token.colorErrorBorder : undefined }}
      data-testid="draft-section"
      data-section={section.titleZh}
      id={`section-${section.uid}`}
      title={
        <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, flexWrap: 'wrap', whiteSpace: 'normal' }}>
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {t('draft.sectionNumber', { n: index + 1 })}
          </Typography.Text>
          <span data-testid="section-title">{sectionTitle(section, language) || t('draft.untitled')}</span>
          {language === 'zh-CN' && section.titleEn ? (
            <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
              {section.titleEn}
            </Typography.Text>
          ) : null}
          {section.key === null ? <Tag color="green">{t('draft.new')}</Tag> : null}
          <CellError message={titleError} />
        </div>
      }
      extra={
        <Space size={0}>
          <Tooltip title={t('draft.renameSection')}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => onRename(section)}
              aria-label={t('draft.renameSection')}
              data-testid="rename-section"
            />
          </Tooltip>
          <MoveButtons
            label={section.titleZh}
            first={index === 0}
            last={index === count - 1}
            onUp={() => edit({ type: 'moveSection', section: s, delta: -1 })}
            onDown={() => edit({ type: 'moveSection', section: s, delta: 1 })}
          />
          <ConfirmDeleteButton
            label={t('draft.deleteSection')}
            subject={section.titleZh}
            description={t('draft.deleteSectionConfirm', { items: section.items.length, frequencies: section.frequencies.length })}
            onConfirm={() => edit({ type: 'removeSection', section: s })}
            testId="delete-section"
            confirmTestId="confirm-delete-section"
          />
        </Space>
      }
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <Typography.Text strong>
          {t('handbooks.standards')} <Badge count={section.items.length} showZero color={token.colorTextQuaternary} />
        </Typography.Text>
        <Button size="small" icon={<PlusOutlined />} onClick={() => onAddStandards(section)} data-testid="add-from-library">
          {t('draft.addFromLibrary')}
        </Button>
      </div>
      <CellError message={own.items} />
      <Table<DraftItem>
        rowKey="uid"
        size="small"
        columns={itemColumns}
        dataSource={section.items}
        pagination={false}
        scroll={{ x: 980 }}
        onRow={(item) => ({ 'data-code': item.standard.code }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Typography.Text type="secondary">{t('draft.noStandardsYet')}</Typography.Text> }}
        data-testid="draft-items"
      />
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', margin: '20px 0 8px' }}>
        <Typography.Text strong>
          {t('handbooks.serviceFrequencies')} <Badge count={section.frequencies.length} showZero color={token.colorTextQuaternary} />
        </Typography.Text>
        <Button size="small" icon={<PlusOutlined />} onClick={() => onFrequency(section, null)} data-testid="add-frequency">
          {t('draft.addFrequency')}
        </Button>
      </div>
      <CellError message={own.frequencies} />
      <Table<DraftFrequency>
        rowKey="uid"
        size="small"
        columns={frequencyColumns}
        dataSource={section.frequencies}
        pagination={false}
        scroll={{ x: 900 }}
        onRow={(f) => ({ 'data-task': f.taskZh }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Typography.Text type="secondary">{t('draft.noFrequenciesYet')}</Typography.Text> }}
        data-testid="draft-frequencies"
      />
    </Card>
  );
});

export function DraftEditor({
  handbook,
  draft,
  onReload,
  onPublished,
  onDiscarded,
}: {
  handbook: HandbookHeaderFragment;
  draft: VersionContent;
  /** Reloads the handbook and starts the editor again from the server's draft. */
  onReload: () => Promise<unknown> | void;
  onPublished: (number: number) => Promise<unknown> | void;
  onDiscarded: () => Promise<unknown> | void;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { message, modal } = App.useApp();
  const { token } = theme.useToken();
  const reportError = useMutationErrors();
  const [doc, dispatch] = useReducer(draftReducer, draft, versionToDraft);
  const docRef = useRef(doc);
  docRef.current = doc;
  const [baseline, setBaseline] = useState(() => draftFingerprint(versionToDraft(draft)));
  const [serverVersion, setServerVersion] = useState(draft.version);
  const [savedAt, setSavedAt] = useState(draft.updatedAt);
  const [serverErrors, setServerErrors] = useState<DraftErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<{ expected?: number; current?: number } | null>(null);
  const [titleFor, setTitleFor] = useState<DraftSection | 'new' | null>(null);
  const [libraryFor, setLibraryFor] = useState<DraftSection | null>(null);
  const [frequencyFor, setFrequencyFor] = useState<{ section: DraftSection; frequency: DraftFrequency | null } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [save, saving] = useMutation(SaveHandbookDraftMutation);
  const [discard, discarding] = useMutation(DiscardHandbookDraftMutation);

  const fingerprint = useMemo(() => draftFingerprint(doc), [doc]);
  const dirty = fingerprint !== baseline;
  const { markClean } = useUnsavedChanges(dirty);
  const clientErrors = useMemo(() => validateDraft(doc, t), [doc, t]);
  const errors = useMemo(() => mergeErrors(clientErrors, serverErrors), [clientErrors, serverErrors]);
  const zones = handbook.project?.property.zones ?? [];
  const isTemplate = handbook.kind === 'TEMPLATE';
  const timeZone = handbook.project?.timeZone ?? DEFAULT_TIME_ZONE;

  const edit = useCallback<Edit>((action, touched) => {
    dispatch(action);
    if (touched) setServerErrors((e) => clearServerError(e, touched.uid, touched.fields));
  }, []);

  const scrollToFirstError = () => {
    setTimeout(() => document.querySelector('[data-testid="cell-error"]')?.scrollIntoView?.({ block: 'center', behavior: 'smooth' }), 50);
  };

  const saveDraft = async (): Promise<boolean> => {
    if (hasErrors(clientErrors)) {
      void message.warning(t('states.validationFailed'));
      scrollToFirstError();
      return false;
    }
    const sent = doc;
    try {
      const { data } = await save({ variables: { handbookId: handbook.id, input: draftToInput(sent), expectedVersion: serverVersion } });
      const saved = data?.saveHandbookDraft;
      if (!saved) return false;
      const applied = applySaved(sent, saved);
      setServerVersion(saved.version);
      setSavedAt(saved.updatedAt);
      setBaseline(draftFingerprint(applied));
      setServerErrors(NO_ERRORS);
      setConflict(null);
      // Edits made while saving stay (with the keys the save gave new entries).
      dispatch({ type: 'reset', doc: docRef.current === sent ? applied : adoptKeys(docRef.current, applied) });
      void message.success(t('draft.saved'));
      return true;
    } catch (error) {
      const problem = toApiError(error);
      if (isStaleVersion(problem)) {
        setConflict({ expected: problem.extensions.expectedVersion as number, current: problem.extensions.currentVersion as number });
        return false;
      }
      if (problem.code === 'BAD_USER_INPUT' && problem.fields.length) {
        setServerErrors(mapServerProblems(sent, problem.fields, t));
        void message.error(t('states.validationFailed'));
        scrollToFirstError();
        return false;
      }
      reportError(error);
      return false;
    }
  };

  // Ctrl/⌘+S saves (while the editor is on screen: its tab may be hidden).
  const saveRef = useRef(saveDraft);
  saveRef.current = saveDraft;
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && rootRef.current?.offsetParent) {
        e.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const reload = () => {
    const go = () => {
      markClean();
      void onReload();
    };
    if (!dirty) return go();
    modal.confirm({
      title: t('draft.reloadTitle'),
      content: t('draft.reloadConfirm'),
      okText: t('draft.reload'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true, ...({ 'data-testid': 'confirm-reload' } as Record<string, string>) },
      onOk: go,
    });
  };

  const openPublish = async () => {
    if (dirty && !(await saveDraft())) return;
    setPublishing(true);
  };

  const doDiscard = async () => {
    try {
      await discard({ variables: { handbookId: handbook.id } });
      markClean();
      void message.success(t('draft.discarded'));
      await onDiscarded();
    } catch (e) {
      reportError(e);
    }
  };

  const onRename = useCallback((section: DraftSection) => setTitleFor(section), []);
  const onAddStandards = useCallback((section: DraftSection) => setLibraryFor(section), []);
  const onFrequency = useCallback((section: DraftSection, frequency: DraftFrequency | null) => setFrequencyFor({ section, frequency }), []);

  const saveFrequency = (values: FrequencyValues) => {
    if (!frequencyFor) return;
    const { section, frequency } = frequencyFor;
    if (frequency) {
      edit(
        { type: 'updateFrequency', section: section.uid, frequency: frequency.uid, patch: values },
        { uid: frequency.uid, fields: ['taskZh', 'taskEn', 'zoneId', 'locationZh', 'rrule', 'note', '_'] },
      );
    } else edit({ type: 'addFrequency', section: section.uid, frequency: values });
    setFrequencyFor(null);
  };

  const counts = useMemo(
    () => ({
      sections: doc.sections.length,
      items: doc.sections.reduce((n, s) => n + s.items.length, 0),
      frequencies: doc.sections.reduce((n, s) => n + s.frequencies.length, 0),
    }),
    [doc],
  );
  const titleInitial = useMemo(
    () => (titleFor && titleFor !== 'new' ? { titleZh: titleFor.titleZh, titleEn: titleFor.titleEn } : null),
    [titleFor],
  );
  const librarySection = libraryFor ? doc.sections.find((s) => s.uid === libraryFor.uid) : undefined;
  const present = useMemo(() => new Set(librarySection?.items.map((i) => i.standard.id) ?? []), [librarySection]);

  return (
    <div data-testid="draft-editor" ref={rootRef}>
      <div
        style={{
          position: 'sticky',
          top: 64,
          zIndex: 5,
          background: token.colorBgContainer,
          padding: '10px 0',
          marginBottom: 12,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          display: 'flex',
          flexWrap: 'wrap',
          gap: 12,
          alignItems: 'center',
          justifyContent: 'space-between',
        }}
        data-testid="draft-toolbar"
      >
        <Space size={8} wrap>
          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
            {t('draft.draftOf', { base: draft.basedOnNumber ? `V${draft.basedOnNumber}` : t('draft.noBase') })}
          </Tag>
          <Typography.Text type="secondary" data-testid="draft-status">
            {dirty ? (
              <Badge status="warning" text={t('draft.unsaved')} />
            ) : (
              <Badge
                status="success"
                text={t('draft.savedAt', { time: formatDateTime(savedAt, timeZone, 'short'), version: serverVersion })}
              />
            )}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('draft.counts', counts)}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={() => setTitleFor('new')} data-testid="add-section">
            {t('draft.addSection')}
          </Button>
          {handbook.latestNumber > 0 ? (
            <Popconfirm
              title={t('draft.discard')}
              description={<div style={{ maxWidth: 280 }}>{t('draft.discardConfirm', { n: handbook.latestNumber })}</div>}
              okText={t('draft.discard')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, ...({ 'data-testid': 'confirm-discard' } as Record<string, string>) }}
              onConfirm={doDiscard}
            >
              <Button danger loading={discarding.loading} data-testid="discard-draft">
                {t('draft.discard')}
              </Button>
            </Popconfirm>
          ) : null}
          <Button
            type={dirty ? 'primary' : 'default'}
            icon={dirty ? <SaveOutlined /> : <CheckOutlined />}
            loading={saving.loading}
            onClick={() => void saveDraft()}
            data-testid="save-draft"
          >
            {saving.loading ? t('common.saving') : t('common.save')}
          </Button>
          <Tooltip title={doc.sections.length ? undefined : t('draft.needSection')}>
            <Button
              type={dirty ? 'default' : 'primary'}
              icon={<CloudUploadOutlined />}
              disabled={!doc.sections.length || saving.loading}
              onClick={() => void openPublish()}
              data-testid="publish"
            >
              {t('draft.publish')}
            </Button>
          </Tooltip>
        </Space>
      </div>

      {conflict ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('draft.conflictTitle')}
          description={t('draft.conflict', { expected: conflict.expected ?? '?', current: conflict.current ?? '?' })}
          action={
            <Button danger onClick={reload} data-testid="reload-draft">
              {t('draft.reload')}
            </Button>
          }
          data-testid="draft-conflict"
        />
      ) : null}
      {errors.doc.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={errors.doc.join(t('common.listSeparator'))}
          data-testid="draft-errors"
        />
      ) : null}

      {doc.sections.length === 0 ? (
        <Card variant="outlined">
          <EmptyState
            title={t('draft.noSections')}
            hint={isTemplate ? t('draft.noSectionsTemplateHint') : t('draft.noSectionsHint')}
            action={
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setTitleFor('new')}>
                {t('draft.addSection')}
              </Button>
            }
          />
        </Card>
      ) : (
        doc.sections.map((section, i) => (
          <SectionCard
            key={section.uid}
            section={section}
            index={i}
            count={doc.sections.length}
            errors={errors.byUid}
            zones={zones}
            edit={edit}
            onRename={onRename}
            onAddStandards={onAddStandards}
            onFrequency={onFrequency}
          />
        ))
      )}
      {doc.sections.length ? (
        <Button type="dashed" block icon={<PlusOutlined />} onClick={() => setTitleFor('new')}>
          {t('draft.addSection')}
        </Button>
      ) : null}

      <SectionTitleModal
        open={titleFor !== null}
        initial={titleInitial}
        onCancel={() => setTitleFor(null)}
        onOk={(v) => {
          if (titleFor === 'new') {
            edit({ type: 'addSection', ...v });
            setTimeout(
              () =>
                [...document.querySelectorAll('[data-testid="draft-section"]')]
                  .pop()
                  ?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }),
              50,
            );
          } else if (titleFor)
            edit({ type: 'renameSection', section: titleFor.uid, ...v }, { uid: titleFor.uid, fields: ['titleZh', 'titleEn', '_'] });
          setTitleFor(null);
        }}
      />
      <AddStandardsModal
        open={!!libraryFor}
        sectionTitle={libraryFor ? sectionTitle(libraryFor, language) : ''}
        format={handbook.format}
        present={present}
        onCancel={() => setLibraryFor(null)}
        onAdd={(standards) => {
          if (libraryFor) edit({ type: 'addItems', section: libraryFor.uid, standards });
          void message.success(t('draft.standardsAdded', { count: standards.length }));
          setLibraryFor(null);
        }}
      />
      <FrequencyModal
        open={!!frequencyFor}
        frequency={frequencyFor?.frequency ?? null}
        zones={zones}
        isTemplate={isTemplate}
        timeZone={timeZone}
        onCancel={() => setFrequencyFor(null)}
        onSave={saveFrequency}
      />
      <PublishModal
        open={publishing}
        handbookId={handbook.id}
        latestNumber={handbook.latestNumber}
        expectedVersion={serverVersion}
        counts={counts}
        zones={zones}
        sectionTitles={new Map(doc.sections.filter((s) => s.key).map((s) => [s.key!, s.titleZh]))}
        onClose={() => setPublishing(false)}
        onConflict={(c) => {
          setPublishing(false);
          setConflict(c);
        }}
        onPublished={async (number) => {
          setPublishing(false);
          markClean();
          await onPublished(number);
        }}
      />
    </div>
  );
}
