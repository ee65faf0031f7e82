// 草稿编辑: the whole checklist draft — pass mark, sections (add, rename, reorder, delete) and their
// items (added from the standards library; points, checkpoint wording, deductions, N/A allowed,
// critical; reorder, remove) — saved whole with the draft's version; CONFLICT, field errors at
// their item and cell, unsaved-changes guard, publish with a change summary, discard.
import { memo, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Alert, App, Badge, Button, Card, Checkbox, Form, Input, Modal, Popconfirm, Space, Tag, Tooltip, Typography, theme } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  CheckOutlined,
  CloudUploadOutlined,
  EditOutlined,
  MinusCircleOutlined,
  PlusOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PropertyFormat } from '@pinzhi/domain';
import { useLocale } from '../../app/LocaleProvider';
import { EmptyState } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { isStaleVersion, toApiError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { length, required } from '../../lib/rules';
import { AddStandardsModal } from '../handbooks/AddStandardsModal';
import {
  DOC_UID,
  LIMITS,
  NO_ERRORS,
  adoptKeys,
  applySaved,
  checklistReducer,
  clearServerError,
  draftFingerprint,
  draftToInput,
  draftTotals,
  hasErrors,
  itemCode,
  mapServerProblems,
  mergeErrors,
  sectionTitle,
  validateChecklist,
  versionToDraft,
  type ChecklistAction,
  type ChecklistErrors,
  type ChecklistVersion,
  type DeductionPatch,
  type DraftItem,
  type ItemPatch,
  type DraftSection,
} from './checklist';
import { StandardCell } from './ChecklistView';
import { DiscardInspectionTemplateDraftMutation, SaveInspectionTemplateDraftMutation } from './inspection-templates.operations';
import { PublishChecklistModal } from './PublishChecklistModal';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import type { InspectionTemplateHeaderFragment } from '../../gql/graphql';

/** Dispatch plus "the user edited these fields of this entry" (drops the server's message there). */
type Edit = (action: ChecklistAction, touched?: { uid: string; fields: string[] }) => void;
type Errors = ChecklistErrors['byUid'];

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
      <Tooltip title={t('inspectionTemplates.editor.moveUp')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowUpOutlined />}
          disabled={first}
          onClick={onUp}
          aria-label={`${t('inspectionTemplates.editor.moveUp')} ${label}`}
        />
      </Tooltip>
      <Tooltip title={t('inspectionTemplates.editor.moveDown')}>
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          disabled={last}
          onClick={onDown}
          aria-label={`${t('inspectionTemplates.editor.moveDown')} ${label}`}
        />
      </Tooltip>
    </>
  );
}

interface TitleValues {
  titleZh: string;
  titleEn?: string;
}

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
      title={initial ? t('inspectionTemplates.editor.renameSection') : t('inspectionTemplates.editor.addSection')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'template-save-section-title' } as Record<string, string>}
    >
      <Form<TitleValues>
        form={form}
        layout="vertical"
        style={{ marginTop: 12 }}
        onFinish={(v) => onOk({ titleZh: v.titleZh.trim(), titleEn: v.titleEn?.trim() ?? '' })}
        data-testid="template-section-title-form"
      >
        <Form.Item
          name="titleZh"
          label={t('inspectionTemplates.editor.sectionTitleZh')}
          rules={[required(t), ...length(t, { max: LIMITS.title.max })]}
          validateFirst
        >
          <Input
            placeholder={t('inspectionTemplates.editor.sectionTitlePlaceholder')}
            autoComplete="off"
            data-testid="template-section-title-zh"
          />
        </Form.Item>
        <Form.Item name="titleEn" label={t('inspectionTemplates.editor.sectionTitleEn')} rules={length(t, { max: LIMITS.titleEn })}>
          <Input placeholder={t('common.optional')} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The English checkpoint: a link until it is wanted (or set), then a text box. */
function EnglishCheckpoint({ item, error, onChange }: { item: DraftItem; error?: string; onChange: (text: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open && !item.checkpointEn && !error) {
    return (
      <Button
        type="link"
        size="small"
        style={{ paddingInline: 0, fontSize: 12, height: 'auto', marginTop: 2 }}
        onClick={() => setOpen(true)}
      >
        + {t('inspectionTemplates.editor.checkpointEn')}
      </Button>
    );
  }
  return (
    <>
      <Input.TextArea
        value={item.checkpointEn}
        placeholder={item.standard?.requirementEn || t('inspectionTemplates.editor.checkpointEnPlaceholder')}
        autoSize={{ minRows: 1, maxRows: 4 }}
        status={error ? 'error' : undefined}
        onChange={(e) => onChange(e.target.value)}
        style={{ marginTop: 4, fontSize: 12 }}
        autoFocus={open && !item.checkpointEn}
        aria-label={`${t('inspectionTemplates.editor.checkpointEn')} ${itemCode(item)}`}
      />
      <CellError message={error} />
    </>
  );
}

interface ItemRowProps {
  section: string;
  item: DraftItem;
  index: number;
  count: number;
  errors: Errors;
  edit: Edit;
}

const ItemRow = memo(function ItemRow({ section, item, index, count, errors, edit }: ItemRowProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const code = itemCode(item);
  const own = errors[item.uid] ?? {};
  const update = (patch: ItemPatch, fields: string[]) =>
    edit({ type: 'updateItem', section, item: item.uid, patch }, { uid: item.uid, fields });
  const rowError = own.standardId ?? own._ ?? own.key;

  return (
    <div
      data-testid={`checklist-item-${code}`}
      data-code={code}
      style={{
        border: `1px solid ${rowError ? token.colorErrorBorder : token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        padding: '10px 12px',
        marginBottom: 8,
        background: token.colorBgContainer,
      }}
    >
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', gap: 10, alignItems: 'flex-start', minWidth: 0 }}>
          <Typography.Text type="secondary" style={{ minWidth: 20 }}>
            {index + 1}
          </Typography.Text>
          <div style={{ minWidth: 0 }}>
            <StandardCell standard={item.standard} />
            {item.key === null ? (
              <Tag color="green" style={{ marginInlineEnd: 0, marginTop: 2 }}>
                {t('inspectionTemplates.editor.new')}
              </Tag>
            ) : null}
            <CellError message={rowError} />
          </div>
        </div>
        <Space size={0}>
          <MoveButtons
            label={code}
            first={index === 0}
            last={index === count - 1}
            onUp={() => edit({ type: 'moveItem', section, item: item.uid, delta: -1 })}
            onDown={() => edit({ type: 'moveItem', section, item: item.uid, delta: 1 })}
          />
          <ConfirmDeleteButton
            label={t('inspectionTemplates.editor.removeItem')}
            subject={code}
            description={t('inspectionTemplates.editor.removeItemConfirm', { code })}
            onConfirm={() => edit({ type: 'removeItem', section, item: item.uid })}
            testId="remove-item"
          />
        </Space>
      </div>

      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginTop: 8, paddingInlineStart: 30 }}>
        <div style={{ flex: '1 1 320px', minWidth: 240 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('inspectionTemplates.editor.checkpoint')}
          </Typography.Text>
          <Input.TextArea
            value={item.checkpointZh}
            placeholder={item.standard?.requirementZh}
            autoSize={{ minRows: 2, maxRows: 6 }}
            status={own.checkpointZh ? 'error' : undefined}
            onChange={(e) => update({ checkpointZh: e.target.value }, ['checkpointZh'])}
            aria-label={`${t('inspectionTemplates.editor.checkpoint')} ${code}`}
            data-testid="item-checkpoint"
          />
          <CellError message={own.checkpointZh} />
          <EnglishCheckpoint item={item} error={own.checkpointEn} onChange={(checkpointEn) => update({ checkpointEn }, ['checkpointEn'])} />
        </div>
        <div style={{ width: 96 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('inspectionTemplates.editor.points')}
          </Typography.Text>
          <NumberInput
            value={item.points}
            min={LIMITS.points.min}
            max={LIMITS.points.max}
            integer
            status={own.points ? 'error' : undefined}
            onChange={(v) => update({ points: typeof v === 'number' ? v : null }, ['points'])}
            style={{ width: 88 }}
            aria-label={`${t('inspectionTemplates.editor.points')} ${code}`}
            data-testid="item-points"
          />
          <CellError message={own.points} />
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 6, paddingTop: 18, minWidth: 120 }}>
          <Checkbox checked={item.naAllowed} onChange={(e) => update({ naAllowed: e.target.checked }, ['naAllowed'])} data-testid="item-na">
            {t('inspectionTemplates.editor.naAllowed')}
          </Checkbox>
          <Checkbox
            checked={item.critical}
            onChange={(e) => update({ critical: e.target.checked }, ['critical'])}
            data-testid="item-critical"
          >
            <Tooltip title={t('inspectionTemplates.view.criticalHint')}>
              <span>{t('inspectionTemplates.editor.critical')}</span>
            </Tooltip>
          </Checkbox>
        </div>
      </div>

      <div style={{ marginTop: 8, paddingInlineStart: 30 }} data-testid="item-deductions">
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('inspectionTemplates.editor.deductions')}
        </Typography.Text>
        {item.deductions.length === 0 ? (
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inspectionTemplates.editor.noDeductions')}
            </Typography.Text>
          </div>
        ) : null}
        {item.deductions.map((d, k) => {
          const de = errors[d.uid] ?? {};
          const touch = (patch: DeductionPatch, fields: string[]) =>
            edit({ type: 'updateDeduction', section, item: item.uid, deduction: d.uid, patch }, { uid: d.uid, fields });
          return (
            <div
              key={d.uid}
              style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start', marginTop: 4 }}
              data-testid="deduction-row"
            >
              <div style={{ flex: '1 1 220px' }}>
                <Input
                  size="small"
                  value={d.labelZh}
                  placeholder={t('inspectionTemplates.editor.deductionLabelPlaceholder')}
                  status={de.labelZh ? 'error' : undefined}
                  onChange={(e) => touch({ labelZh: e.target.value }, ['labelZh'])}
                  aria-label={`${t('inspectionTemplates.editor.deductionLabel')} ${code} ${k + 1}`}
                  data-testid="deduction-label"
                />
                <CellError message={de.labelZh ?? de._ ?? de.key} />
              </div>
              <div style={{ flex: '1 1 160px' }}>
                <Input
                  size="small"
                  value={d.labelEn}
                  placeholder={t('inspectionTemplates.editor.deductionLabelEn')}
                  status={de.labelEn ? 'error' : undefined}
                  onChange={(e) => touch({ labelEn: e.target.value }, ['labelEn'])}
                  aria-label={`${t('inspectionTemplates.editor.deductionLabelEn')} ${code} ${k + 1}`}
                />
                <CellError message={de.labelEn} />
              </div>
              <div>
                <NumberInput
                  size="small"
                  prefix="−"
                  value={d.points}
                  min={LIMITS.points.min}
                  max={LIMITS.points.max}
                  integer
                  status={de.points ? 'error' : undefined}
                  onChange={(v) => touch({ points: typeof v === 'number' ? v : null }, ['points'])}
                  style={{ width: 88 }}
                  aria-label={`${t('inspectionTemplates.editor.deductionPoints')} ${code} ${k + 1}`}
                  data-testid="deduction-points"
                />
                <CellError message={de.points} />
              </div>
              <Tooltip title={t('inspectionTemplates.editor.removeDeduction')}>
                <Button
                  size="small"
                  type="text"
                  icon={<MinusCircleOutlined />}
                  onClick={() => edit({ type: 'removeDeduction', section, item: item.uid, deduction: d.uid })}
                  aria-label={`${t('inspectionTemplates.editor.removeDeduction')} ${code} ${k + 1}`}
                />
              </Tooltip>
            </div>
          );
        })}
        <CellError message={own.deductions} />
        <Button
          type="link"
          size="small"
          icon={<PlusOutlined />}
          style={{ paddingInline: 0, marginTop: 2 }}
          disabled={item.deductions.length >= LIMITS.deductionsPerItem.max}
          onClick={() => edit({ type: 'addDeduction', section, item: item.uid }, { uid: item.uid, fields: ['deductions'] })}
          data-testid="add-deduction"
        >
          {t('inspectionTemplates.editor.addDeduction')}
        </Button>
      </div>
    </div>
  );
});

interface SectionCardProps {
  section: DraftSection;
  index: number;
  count: number;
  errors: Errors;
  edit: Edit;
  onRename: (section: DraftSection) => void;
  onAddItems: (section: DraftSection) => void;
}

const SectionCard = memo(function SectionCard({ section, index, count, errors, edit, onRename, onAddItems }: SectionCardProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { token } = theme.useToken();
  const own = errors[section.uid] ?? {};
  const s = section.uid;
  const titleError = own.titleZh ?? own.titleEn ?? own._ ?? own.key;
  const points = section.items.reduce((n, i) => n + (i.points ?? 0), 0);

  return (
    <Card
      variant="outlined"
      size="small"
      style={{ marginBottom: 16, borderColor: titleError ? token.colorErrorBorder : undefined }}
      data-testid="template-draft-section"
      data-section={section.titleZh}
      title={
        <div style={{ display: 'flex', alignItems: 'baseline', gap: 8, flexWrap: 'wrap', whiteSpace: 'normal' }}>
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {t('inspectionTemplates.editor.sectionNumber', { n: index + 1 })}
          </Typography.Text>
          <span data-testid="section-title">{sectionTitle(section, language) || t('inspectionTemplates.editor.untitled')}</span>
          {language === 'zh-CN' && section.titleEn ? (
            <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
              {section.titleEn}
            </Typography.Text>
          ) : null}
          {section.key === null ? <Tag color="green">{t('inspectionTemplates.editor.new')}</Tag> : null}
          <CellError message={titleError} />
        </div>
      }
      extra={
        <Space size={0}>
          <Tooltip title={t('inspectionTemplates.editor.renameSection')}>
            <Button
              size="small"
              type="text"
              icon={<EditOutlined />}
              onClick={() => onRename(section)}
              aria-label={`${t('inspectionTemplates.editor.renameSection')} ${section.titleZh}`}
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
            label={t('inspectionTemplates.editor.deleteSection')}
            subject={section.titleZh}
            description={t('inspectionTemplates.editor.deleteSectionConfirm', { items: section.items.length })}
            onConfirm={() => edit({ type: 'removeSection', section: s })}
            testId="delete-section"
            confirmTestId="confirm-delete-section"
          />
        </Space>
      }
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8, gap: 8, flexWrap: 'wrap' }}>
        <Typography.Text strong>
          {t('inspectionTemplates.editor.items')}{' '}
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {t('inspectionTemplates.view.sectionTotals', { items: section.items.length, points })}
          </Typography.Text>
        </Typography.Text>
        <Button size="small" icon={<PlusOutlined />} onClick={() => onAddItems(section)} data-testid="template-add-items">
          {t('inspectionTemplates.editor.addItems')}
        </Button>
      </div>
      <CellError message={own.items} />
      {section.items.length === 0 ? (
        <Typography.Text type="secondary">{t('inspectionTemplates.editor.noItemsYet')}</Typography.Text>
      ) : (
        section.items.map((item, n) => (
          <ItemRow key={item.uid} section={s} item={item} index={n} count={section.items.length} errors={errors} edit={edit} />
        ))
      )}
    </Card>
  );
});

export function ChecklistEditor({
  template,
  draft,
  onReload,
  onPublished,
  onDiscarded,
}: {
  template: InspectionTemplateHeaderFragment;
  draft: ChecklistVersion;
  /** Reloads the template and starts the editor again from the server's draft. */
  onReload: () => Promise<unknown> | void;
  onPublished: (number: number) => Promise<unknown> | void;
  onDiscarded: () => Promise<unknown> | void;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { message, modal } = App.useApp();
  const { token } = theme.useToken();
  const reportError = useMutationErrors();
  const [doc, dispatch] = useReducer(checklistReducer, draft, versionToDraft);
  const docRef = useRef(doc);
  docRef.current = doc;
  const [baseline, setBaseline] = useState(() => draftFingerprint(versionToDraft(draft)));
  const [serverVersion, setServerVersion] = useState(draft.version);
  const [savedAt, setSavedAt] = useState(draft.updatedAt);
  const [serverErrors, setServerErrors] = useState<ChecklistErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<{ expected?: number; current?: number } | null>(null);
  const [titleFor, setTitleFor] = useState<DraftSection | 'new' | null>(null);
  const [libraryFor, setLibraryFor] = useState<DraftSection | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [save, saving] = useMutation(SaveInspectionTemplateDraftMutation);
  const [discard, discarding] = useMutation(DiscardInspectionTemplateDraftMutation);

  const fingerprint = useMemo(() => draftFingerprint(doc), [doc]);
  const dirty = fingerprint !== baseline;
  const { markClean } = useUnsavedChanges(dirty);
  const clientErrors = useMemo(() => validateChecklist(doc, t), [doc, t]);
  const errors = useMemo(() => mergeErrors(clientErrors, serverErrors), [clientErrors, serverErrors]);
  const totals = useMemo(() => draftTotals(doc), [doc]);
  const docErrors = errors.byUid[DOC_UID] ?? {};

  const edit = useCallback<Edit>((action, touched) => {
    dispatch(action);
    if (touched) setServerErrors((e) => clearServerError(e, touched.uid, touched.fields));
  }, []);

  const scrollToFirstError = () => {
    setTimeout(
      () =>
        document
          .querySelector('[data-testid="template-draft-editor"] [data-testid="cell-error"]')
          ?.scrollIntoView?.({ block: 'center', behavior: 'smooth' }),
      50,
    );
  };

  const saveDraft = async (): Promise<boolean> => {
    if (hasErrors(clientErrors)) {
      void message.warning(t('states.validationFailed'));
      scrollToFirstError();
      return false;
    }
    const sent = doc;
    try {
      const { data } = await save({ variables: { templateId: template.id, input: draftToInput(sent), expectedVersion: serverVersion } });
      const saved = data?.saveInspectionTemplateDraft;
      if (!saved) return false;
      const applied = applySaved(sent, saved);
      setServerVersion(saved.version);
      setSavedAt(saved.updatedAt);
      setBaseline(draftFingerprint(applied));
      setServerErrors(NO_ERRORS);
      setConflict(null);
      // Edits made while saving stay (with the keys the save gave new entries).
      dispatch({ type: 'reset', doc: docRef.current === sent ? applied : adoptKeys(docRef.current, applied) });
      void message.success(t('inspectionTemplates.editor.saved'));
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

  // Ctrl/⌘+S saves while the editor is on screen (its tab may be hidden).
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
      title: t('inspectionTemplates.editor.reloadTitle'),
      content: t('inspectionTemplates.editor.reloadConfirm'),
      okText: t('inspectionTemplates.editor.reload'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true, ...({ 'data-testid': 'confirm-reload' } as Record<string, string>) },
      onOk: go,
    });
  };

  const openPublish = async () => {
    if (dirty && !(await saveDraft())) return;
    if (hasErrors(clientErrors)) {
      void message.warning(t('states.validationFailed'));
      scrollToFirstError();
      return;
    }
    setPublishing(true);
  };

  const doDiscard = async () => {
    try {
      await discard({ variables: { templateId: template.id } });
      markClean();
      void message.success(t('inspectionTemplates.editor.discarded'));
      await onDiscarded();
    } catch (e) {
      reportError(e);
    }
  };

  const onRename = useCallback((section: DraftSection) => setTitleFor(section), []);
  const onAddItems = useCallback((section: DraftSection) => setLibraryFor(section), []);
  const titleInitial = useMemo(
    () => (titleFor && titleFor !== 'new' ? { titleZh: titleFor.titleZh, titleEn: titleFor.titleEn } : null),
    [titleFor],
  );
  const librarySection = libraryFor ? doc.sections.find((s) => s.uid === libraryFor.uid) : undefined;
  const present = useMemo(() => new Set(librarySection?.items.flatMap((i) => (i.standard ? [i.standard.id] : [])) ?? []), [librarySection]);

  return (
    <div data-testid="template-draft-editor" ref={rootRef}>
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
        data-testid="template-draft-toolbar"
      >
        <Space size={8} wrap>
          <Tag color="gold" style={{ marginInlineEnd: 0 }}>
            {t('inspectionTemplates.editor.draftTag')}
          </Tag>
          <Typography.Text type="secondary" data-testid="template-draft-status">
            {dirty ? (
              <Badge status="warning" text={t('inspectionTemplates.editor.unsaved')} />
            ) : (
              <Badge
                status="success"
                text={t('inspectionTemplates.editor.savedAt', { time: formatDateTime(savedAt, null, 'short'), version: serverVersion })}
              />
            )}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="template-draft-counts">
            {t('inspectionTemplates.editor.counts', totals)}
          </Typography.Text>
        </Space>
        <Space wrap>
          <Button icon={<PlusOutlined />} onClick={() => setTitleFor('new')} data-testid="template-add-section">
            {t('inspectionTemplates.editor.addSection')}
          </Button>
          {template.latestNumber > 0 ? (
            <Popconfirm
              title={t('inspectionTemplates.editor.discard')}
              description={
                <div style={{ maxWidth: 280 }}>{t('inspectionTemplates.editor.discardConfirm', { n: template.latestNumber })}</div>
              }
              okText={t('inspectionTemplates.editor.discard')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true, ...({ 'data-testid': 'confirm-template-discard' } as Record<string, string>) }}
              onConfirm={doDiscard}
            >
              <Button danger loading={discarding.loading} data-testid="template-discard-draft">
                {t('inspectionTemplates.editor.discard')}
              </Button>
            </Popconfirm>
          ) : null}
          <Button
            type={dirty ? 'primary' : 'default'}
            icon={dirty ? <SaveOutlined /> : <CheckOutlined />}
            loading={saving.loading}
            disabled={saving.loading}
            onClick={() => void saveDraft()}
            data-testid="template-save-draft"
          >
            {saving.loading ? t('common.saving') : t('common.save')}
          </Button>
          <Button
            type={dirty ? 'default' : 'primary'}
            icon={<CloudUploadOutlined />}
            disabled={!totals.items || saving.loading}
            onClick={() => void openPublish()}
            data-testid="template-publish"
          >
            {t('inspectionTemplates.editor.publish')}
          </Button>
        </Space>
      </div>

      {conflict ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('inspectionTemplates.editor.conflictTitle')}
          description={t('inspectionTemplates.editor.conflict', { expected: conflict.expected ?? '?', current: conflict.current ?? '?' })}
          action={
            <Button danger onClick={reload} data-testid="template-reload-draft">
              {t('inspectionTemplates.editor.reload')}
            </Button>
          }
          data-testid="template-draft-conflict"
        />
      ) : null}
      {errors.doc.length ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={errors.doc.join(t('common.listSeparator'))}
          data-testid="template-draft-errors"
        />
      ) : null}

      <Card variant="outlined" size="small" style={{ marginBottom: 16 }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12 }}>
          <label htmlFor="template-pass-score">
            <Typography.Text strong>{t('inspectionTemplates.editor.passScore')}</Typography.Text>
          </label>
          <div>
            <NumberInput
              id="template-pass-score"
              value={doc.passScore}
              min={LIMITS.passScore.min}
              max={LIMITS.passScore.max}
              integer
              suffix="%"
              status={docErrors.passScore ? 'error' : undefined}
              onChange={(v) =>
                edit({ type: 'setPassScore', passScore: typeof v === 'number' ? v : null }, { uid: DOC_UID, fields: ['passScore'] })
              }
              style={{ width: 110 }}
              data-testid="template-pass-score"
            />
            <CellError message={docErrors.passScore} />
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: '1 1 300px' }}>
            {t('inspectionTemplates.editor.passScoreHint')}
          </Typography.Text>
        </div>
      </Card>

      {doc.sections.length === 0 ? (
        <Card variant="outlined">
          <EmptyState
            title={t('inspectionTemplates.editor.noSections')}
            hint={t('inspectionTemplates.editor.noSectionsHint')}
            action={
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setTitleFor('new')}>
                {t('inspectionTemplates.editor.addSection')}
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
            edit={edit}
            onRename={onRename}
            onAddItems={onAddItems}
          />
        ))
      )}
      {doc.sections.length ? (
        <Button type="dashed" block icon={<PlusOutlined />} onClick={() => setTitleFor('new')}>
          {t('inspectionTemplates.editor.addSection')}
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
                [...document.querySelectorAll('[data-testid="template-draft-section"]')]
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
        // Only the modal's initial format filter: a checklist for every format starts unfiltered.
        format={(template.format ?? undefined) as PropertyFormat | undefined}
        present={present}
        onCancel={() => setLibraryFor(null)}
        onAdd={(standards) => {
          if (libraryFor) edit({ type: 'addItems', section: libraryFor.uid, standards }, { uid: libraryFor.uid, fields: ['items'] });
          void message.success(t('inspectionTemplates.editor.itemsAdded', { count: standards.length }));
          setLibraryFor(null);
        }}
      />
      <PublishChecklistModal
        open={publishing}
        templateId={template.id}
        latestNumber={template.latestNumber}
        expectedVersion={serverVersion}
        totals={totals}
        passScore={doc.passScore ?? 0}
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
