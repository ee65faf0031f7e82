// 现场检查: the phone-first inspection form (planned occurrence or ad hoc). The form lives on the
// device (localStorage) as it is filled, drafts go to the server on demand, and a submission
// reuses the inspection's client key so a retry after a dropped connection stores it once.
import { memo, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Collapse,
  DatePicker,
  Descriptions,
  Input,
  Modal,
  Progress,
  Select,
  Space,
  Switch,
  Tag,
  Typography,
  theme,
} from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { AimOutlined, CheckOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { INSPECTION_RULES, RECTIFICATION_RULES, type ChecklistDoc } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/PageStates';
import { revealWhenRendered } from '../../lib/reveal';
import { useMutationErrors } from '../../components/useMutationErrors';
import { toApiError, type FieldProblem } from '../../lib/errors';
import { translateFieldProblem } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import {
  checklistDoc,
  adoptClientKey,
  clientKeyFor,
  findServerDraft,
  emptyDraft,
  forgetInspection,
  fromSavedInspection,
  itemOf,
  loadLocalDraft,
  mapFieldProblems,
  previewScore,
  storeLocalDraft,
  submissionProblems,
  toInspectionInput,
  type FormDraft,
  type FormTarget,
  type ItemDraft,
} from './inspection-form';
import { EvidencePhotos, useUploadErrorText } from './EvidencePhotos';
import { SignatureField, type SignatureHandle } from './SignatureField';
import { EvidenceStoreContext } from './uploads';
import { bilingual, formatPercent, itemTitle } from './parts';
import {
  ChargeableEmployeesQuery,
  InspectionDraftsQuery,
  InspectionPickerOptionsQuery,
  PerformAdHocQuery,
  PerformOccurrenceQuery,
  RectificationOwnerOptionsQuery,
  SaveInspectionDraftMutation,
  SubmitInspectionMutation,
} from './inspections.operations';
import type { InspectionInput, PerformChecklistFragment } from '../../gql/graphql';

type ChecklistItem = PerformChecklistFragment['sections'][number]['items'][number];

interface FormContext {
  projectId: string;
  projectName: string;
  templateName: string;
  timeZone: string;
  manager: { id: string; displayName: string } | null;
  dueAt?: string | null;
}

// ——— One checklist item ———

/** 扣分到人: the employees of the project the item's standard applies to (position, gender), chosen by the server's rule. */
function EmployeePicker({
  projectId,
  standardId,
  value,
  onChange,
}: {
  projectId: string;
  standardId: string;
  value: string | null;
  onChange: (employeeId: string | null) => void;
}) {
  const { t } = useTranslation();
  // Offline (the field app) the project's eligible employees cannot be asked for, so the picker
  // is not shown (a finding filled offline is not charged to anyone).
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  const { data, loading, error } = useQuery(ChargeableEmployeesQuery, { variables: { projectId, standardId }, skip: offline });
  if (offline || error) return null; // a role that may not name people performs without it
  const options = (data?.chargeableEmployees ?? []).map((e) => ({
    value: e.id,
    label: [e.name, e.employeeNo, e.positionName].filter(Boolean).join(' · '),
  }));
  return (
    <div style={{ marginTop: 12, display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      <Typography.Text type="secondary">{t('findings.chargeTo')}</Typography.Text>
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={loading}
        value={value ?? undefined}
        onChange={(v) => onChange((v as string | undefined) ?? null)}
        options={options}
        placeholder={options.length || loading ? t('findings.chargePlaceholder') : t('findings.noneEligible')}
        notFoundContent={t('findings.noneEligible')}
        style={{ minWidth: 220, flex: 1 }}
        data-testid="item-employee"
      />
    </div>
  );
}

const ItemCard = memo(function ItemCard({
  item,
  value,
  errors,
  owners,
  manager,
  projectId,
  onChange,
}: {
  item: ChecklistItem;
  value: ItemDraft;
  errors: string[] | undefined;
  owners: { value: string; label: string }[];
  manager: { id: string; displayName: string } | null;
  projectId: string;
  onChange: (key: string, patch: Partial<ItemDraft>) => void;
}) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const lang = i18n.language;
  const set = (patch: Partial<ItemDraft>) => onChange(item.key, patch);
  const results = (['PASS', 'FAIL', 'NA'] as const).filter((r) => r !== 'NA' || item.naAllowed);
  const colors = { PASS: 'green', FAIL: 'red', NA: 'default' } as const;
  const failed = value.result === 'FAIL';
  const hasError = !!errors?.length;
  return (
    <div
      data-testid="inspection-item"
      data-item-key={item.key}
      data-critical={String(item.critical)}
      data-standard={item.standard?.code ?? ''}
      data-result={value.result ?? ''}
      id={`item-${item.key}`}
      style={{
        border: `1px solid ${hasError ? token.colorError : failed ? token.colorErrorBorder : token.colorBorderSecondary}`,
        background: failed ? token.colorErrorBg : token.colorBgContainer,
        borderRadius: token.borderRadiusLG,
        padding: 12,
        marginBottom: 12,
      }}
    >
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start', marginBottom: 8 }}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text strong style={{ fontSize: 15 }}>
            {itemTitle(item, lang)}
          </Typography.Text>
          <div style={{ marginTop: 2 }}>
            <Space size={4} wrap>
              {item.standard?.code ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.standard.code}
                </Typography.Text>
              ) : null}
              <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
                {t('inspections.form.points', { points: item.points })}
              </Tag>
              {item.critical ? (
                <Tag color="red" style={{ marginInlineEnd: 0 }}>
                  {t('inspections.form.critical')}
                </Tag>
              ) : null}
            </Space>
          </div>
        </div>
      </div>
      <div
        role="radiogroup"
        aria-label={t('inspections.form.result')}
        style={{ display: 'grid', gridTemplateColumns: `repeat(${results.length}, 1fr)`, gap: 8 }}
      >
        {results.map((r) => {
          const selected = value.result === r;
          return (
            <Button
              key={r}
              role="radio"
              aria-checked={selected}
              size="large"
              color={colors[r]}
              variant={selected ? 'solid' : 'outlined'}
              icon={selected ? <CheckOutlined /> : undefined}
              style={{ height: 48, fontSize: 16 }}
              onClick={() =>
                set(
                  r === 'FAIL'
                    ? { result: r }
                    : {
                        result: r,
                        deductionKeys: [],
                        rectify: false,
                        customerFacing: false,
                        employeeId: null,
                        ...(r === 'NA' ? { score: null } : {}),
                      },
                )
              }
              data-testid={`result-${r}`}
            >
              {t(`inspections.results.${r}`)}
            </Button>
          );
        })}
      </div>
      {failed && item.deductions.length ? (
        <div style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t('inspections.form.deductions')}</Typography.Text>
          <Checkbox.Group
            value={value.deductionKeys}
            onChange={(keys) => set({ deductionKeys: keys as string[], score: null })}
            style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 4 }}
          >
            {item.deductions.map((d) => (
              <Checkbox key={d.key} value={d.key} style={{ padding: '6px 0' }} data-testid={`deduction-${d.key}`}>
                {bilingual(d.labelZh, d.labelEn, lang)} <Typography.Text type="danger">−{d.points}</Typography.Text>
              </Checkbox>
            ))}
          </Checkbox.Group>
        </div>
      ) : null}
      {value.result && value.result !== 'NA' ? (
        <div style={{ marginTop: 12, display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <Typography.Text type="secondary">{t('inspections.form.score')}</Typography.Text>
          <NumberInput
            min={0}
            max={item.points}
            integer
            inputMode="numeric"
            value={value.score}
            disabled={failed && value.deductionKeys.length > 0}
            placeholder={t('inspections.form.scoreDefault')}
            onChange={(v) => set({ score: typeof v === 'number' ? v : null })}
            inlineError
            style={{ width: 120 }}
            data-testid="item-score"
          />
          <Typography.Text type="secondary">/ {item.points}</Typography.Text>
        </div>
      ) : null}
      <Input.TextArea
        value={value.note}
        onChange={(e) => set({ note: e.target.value })}
        placeholder={failed ? t('inspections.form.notePlaceholderFailed') : t('inspections.form.notePlaceholder')}
        maxLength={INSPECTION_RULES.itemNote.max}
        autoSize={{ minRows: 1, maxRows: 5 }}
        style={{ marginTop: 12 }}
        data-testid="item-note"
      />
      <div style={{ marginTop: 12 }}>
        <EvidencePhotos
          value={value.evidence}
          onChange={(evidence) => set({ evidence })}
          max={INSPECTION_RULES.evidencePerItem.max}
          testId="item-photos"
        />
      </div>
      {failed && item.standard?.id ? (
        <EmployeePicker
          projectId={projectId}
          standardId={item.standard.id}
          value={value.employeeId}
          onChange={(employeeId) => set({ employeeId })}
        />
      ) : null}
      {failed ? (
        <label
          style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 40, marginTop: 12 }}
          title={t('inspections.form.customerFacingHint')}
        >
          <Switch
            checked={value.customerFacing}
            onChange={(customerFacing) => set({ customerFacing })}
            data-testid="customer-facing-toggle"
          />
          {t('inspections.form.customerFacing')}
        </label>
      ) : null}
      {failed && item.critical ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('inspections.form.autoRectification')}
          data-testid="auto-rectification"
        />
      ) : null}
      {failed && !item.critical ? (
        <div style={{ marginTop: 12 }}>
          <label style={{ display: 'flex', alignItems: 'center', gap: 8, minHeight: 40 }}>
            <Switch checked={value.rectify} onChange={(rectify) => set({ rectify })} data-testid="rectify-toggle" />
            {t('inspections.form.requestRectification')}
          </label>
          {value.rectify ? (
            <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }} data-testid="rectify-options">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                value={value.rectification.ownerUserId ?? undefined}
                placeholder={manager ? t('inspections.form.ownerDefault', { name: manager.displayName }) : t('inspections.form.owner')}
                options={owners}
                onChange={(ownerUserId?: string) => set({ rectification: { ...value.rectification, ownerUserId: ownerUserId ?? null } })}
                style={{ width: '100%' }}
                data-testid="rectify-owner"
              />
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                inputReadOnly
                value={value.rectification.deadline ? dayjs(value.rectification.deadline) : null}
                disabledDate={(d) => d.isBefore(dayjs(), 'day') || d.isAfter(dayjs().add(RECTIFICATION_RULES.maxDeadlineDays, 'day'))}
                placeholder={t('inspections.form.deadlineDefault', { days: RECTIFICATION_RULES.defaultDeadlineDays })}
                onChange={(d) => set({ rectification: { ...value.rectification, deadline: d ? d.toISOString() : null } })}
                style={{ width: '100%' }}
                data-testid="rectify-deadline"
              />
              <Input.TextArea
                value={value.rectification.description}
                onChange={(e) => set({ rectification: { ...value.rectification, description: e.target.value } })}
                placeholder={t('inspections.form.descriptionDefault')}
                maxLength={RECTIFICATION_RULES.description.max}
                autoSize={{ minRows: 2, maxRows: 5 }}
                data-testid="rectify-description"
              />
              <Checkbox
                checked={value.rectification.evidenceRequired}
                onChange={(e) => set({ rectification: { ...value.rectification, evidenceRequired: e.target.checked } })}
              >
                {t('inspections.form.evidenceRequired')}
              </Checkbox>
            </Space>
          ) : null}
        </div>
      ) : null}
      {hasError ? (
        <div role="alert" data-testid="item-error" style={{ marginTop: 8, color: token.colorError }}>
          {errors!.join('；')}
        </div>
      ) : null}
    </div>
  );
});

// ——— The form ———

function localProblemText(
  t: (k: 'inspections.form.resultRequired' | 'validation.INVALID_VALUE' | 'validation.NOT_FOUND') => string,
  reason: string,
  max?: number,
  tr?: (p: FieldProblem) => string,
): string {
  if (reason === 'RESULT_REQUIRED') return t('inspections.form.resultRequired');
  if (reason === 'OUT_OF_RANGE' && tr) return tr({ path: [], field: 'score', reason, message: '', params: { min: 0, max } });
  if (reason === 'NOT_FOUND') return t('validation.NOT_FOUND');
  return t('validation.INVALID_VALUE');
}

/**
 * The field app (offline-first) fills the same form: photos and the signature are kept on the
 * phone (its EvidenceStore), there are no server drafts, and submitting queues the inspection.
 */
export interface FieldSubmission {
  submit: (input: InspectionInput, draft: FormDraft) => Promise<void>;
}

export function InspectionForm({
  target,
  version,
  context,
  field,
}: {
  target: FormTarget;
  version: PerformChecklistFragment;
  context: FormContext;
  field?: FieldSubmission;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const reportError = useMutationErrors();
  const uploadErrorText = useUploadErrorText();
  const lang = i18n.language;
  const doc: ChecklistDoc = useMemo(() => checklistDoc(version), [version]);
  const clientKey = useMemo(() => clientKeyFor(target), [target]);
  const local = useMemo(() => loadLocalDraft(target, clientKey), [target, clientKey]);
  const [draft, setDraft] = useState<FormDraft>(() => local ?? emptyDraft(clientKey));
  const [resumed, setResumed] = useState(!!local);
  const drafts = useQuery(InspectionDraftsQuery, { variables: { first: 100 }, skip: !!local || !!field, fetchPolicy: 'network-only' });
  const owners = useQuery(RectificationOwnerOptionsQuery, { skip: !!field && !navigator.onLine });
  const evidenceStore = useContext(EvidenceStoreContext);
  const [saveDraft, saving] = useMutation(SaveInspectionDraftMutation);
  const [submit, submitting] = useMutation(SubmitInspectionMutation);
  const [itemErrors, setItemErrors] = useState<Record<string, string[]>>({});
  const [signatureError, setSignatureError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [locating, setLocating] = useState(false);
  const signature = useRef<SignatureHandle>(null);
  const drawnRef = useRef(false);
  const [openSections, setOpenSections] = useState<string[]>(() => doc.sections.map((s) => s.key));

  // A draft saved on the server with this key (another tab, or before the local copy was lost),
  // or for the same inspection on another device: it is continued under its own key.
  const serverDraft = useMemo(
    () => findServerDraft(drafts.data?.inspections.nodes ?? [], target, clientKey),
    [drafts.data, target, clientKey],
  );
  useEffect(() => {
    if (serverDraft && !resumed) {
      if (serverDraft.clientKey !== clientKey) adoptClientKey(target, serverDraft.clientKey);
      setDraft(fromSavedInspection(serverDraft));
      setResumed(true);
    }
  }, [serverDraft, resumed, target, clientKey]);

  // Kept on the device as it is filled, until it is submitted.
  const submittedRef = useRef(false);
  useEffect(() => {
    if (!submittedRef.current) storeLocalDraft(target, draft);
  }, [target, draft]);

  const onItemChange = useCallback((key: string, patch: Partial<ItemDraft>) => {
    setDraft((d) => ({ ...d, items: { ...d.items, [key]: { ...itemOf(d, key), ...patch } } }));
    setItemErrors((e) => (e[key] ? { ...e, [key]: [] } : e));
  }, []);
  const onDrawn = useCallback((drawn: boolean) => {
    drawnRef.current = drawn;
    setSignatureError(null);
    setDraft((d) => (d.signature ? { ...d, signature: null } : d));
  }, []);
  const onClearStored = useCallback(() => setDraft((d) => ({ ...d, signature: null })), []);

  const preview = useMemo(() => previewScore(doc, draft), [doc, draft]);
  const ownerOptions = useMemo(
    () => (owners.data?.inspectionAssignees ?? []).filter((a) => a.user).map((a) => ({ value: a.user!.id, label: a.user!.displayName })),
    [owners.data],
  );
  const itemsByKey = useMemo(() => new Map(version.sections.flatMap((s) => s.items.map((i) => [i.key, i] as const))), [version]);
  const tr = useCallback((p: FieldProblem) => translateFieldProblem(t, p), [t]);

  /**
   * Brings an item with a problem into view and moves the focus to its first answer button, so
   * the inspector (or a screen reader) lands on what is missing. Its section is opened first;
   * the element is looked up on the following frames until the panel has rendered it.
   */
  const scrollToItem = (key: string) => {
    const section = doc.sections.find((s) => s.items.some((i) => i.key === key));
    if (section) setOpenSections((open) => (open.includes(section.key) ? open : [...open, section.key]));
    revealWhenRendered(`[id="item-${key}"]`, '[data-testid^="result-"]');
  };

  /** Uploads a new drawing; returns the draft with its signature (unchanged when nothing new). */
  const withSignature = async (current: FormDraft): Promise<FormDraft> => {
    if (current.signature || !drawnRef.current) return current;
    const png = await signature.current?.exportPng();
    if (!png) return current;
    const stored = await evidenceStore.add(new File([png], 'signature.png', { type: 'image/png' }));
    const next = { ...current, signature: { id: stored.id, url: stored.url } };
    setDraft((d) => ({ ...d, signature: next.signature }));
    return next;
  };

  const applyServerProblems = (error: unknown, input: ReturnType<typeof toInspectionInput>) => {
    const problem = toApiError(error);
    if (problem.code !== 'BAD_USER_INPUT') return reportError(error);
    const mapped = mapFieldProblems(problem.fields, input);
    const errs: Record<string, string[]> = {};
    for (const [key, list] of Object.entries(mapped.items)) errs[key] = list.map(tr);
    setItemErrors(errs);
    if (mapped.signature.length) setSignatureError(mapped.signature.map(tr).join('；'));
    const first = Object.keys(errs)[0];
    if (first) scrollToItem(first);
    if (mapped.other.length) void message.error(mapped.other.map(tr).join('；'));
    else void message.warning(t('states.validationFailed'));
  };

  const save = async () => {
    setBusy('save');
    let input: ReturnType<typeof toInspectionInput> | null = null;
    try {
      const current = await withSignature(draft);
      input = toInspectionInput(doc, current, target, { submit: false, performedAt: current.startedAt });
      await saveDraft({ variables: { input } });
      void message.success(t('inspections.form.draftSaved'));
    } catch (error) {
      if (input) applyServerProblems(error, input);
      else setSignatureError(uploadErrorText(error));
    } finally {
      setBusy(null);
    }
  };

  const askSubmit = () => {
    const problems = submissionProblems(doc, draft);
    const errs: Record<string, string[]> = {};
    for (const [key, reasons] of Object.entries(problems.items))
      errs[key] = reasons.map((r) => localProblemText(t, r, itemsByKey.get(key)?.points, tr));
    const needsSignature = problems.signature && !drawnRef.current;
    setItemErrors(errs);
    setSignatureError(needsSignature ? t('inspections.form.signatureRequired') : null);
    const first = Object.keys(errs)[0];
    if (first || needsSignature) {
      void message.warning(
        first ? t('inspections.form.incomplete', { count: Object.keys(errs).length }) : t('inspections.form.signatureRequired'),
      );
      if (first) scrollToItem(first);
      else revealWhenRendered('[data-testid="signature-field"]');
      return;
    }
    setConfirming(true);
  };

  const doSubmit = async () => {
    setBusy('submit');
    let input: ReturnType<typeof toInspectionInput> | null = null;
    try {
      const current = await withSignature(draft);
      input = toInspectionInput(doc, current, target, { submit: true, performedAt: current.startedAt });
      if (field) {
        await field.submit(input, current);
        submittedRef.current = true;
        forgetInspection(target);
        setConfirming(false);
        return;
      }
      const result = await submit({ variables: { input } });
      const stored = result.data?.submitInspection;
      submittedRef.current = true;
      forgetInspection(target);
      setConfirming(false);
      void message.success(t('inspections.form.submitted'));
      if (stored) navigate(`/inspections/${stored.id}`, { replace: true });
    } catch (error) {
      setConfirming(false);
      if (!input) setSignatureError(uploadErrorText(error));
      else if (toApiError(error).code === 'NETWORK') void message.error(t('inspections.form.offline'));
      else applyServerProblems(error, input);
    } finally {
      setBusy(null);
    }
  };

  const locate = () => {
    if (!navigator.geolocation) {
      void message.info(t('inspections.form.noGeolocation'));
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocating(false);
        setDraft((d) => ({
          ...d,
          latitude: Math.round(pos.coords.latitude * 1e6) / 1e6,
          longitude: Math.round(pos.coords.longitude * 1e6) / 1e6,
        }));
      },
      () => {
        setLocating(false);
        void message.info(t('inspections.form.locationDenied'));
      },
      { enableHighAccuracy: true, timeout: 10_000, maximumAge: 60_000 },
    );
  };

  if (!local && !field && drafts.loading && !drafts.data) return <PageSkeleton />;

  const sectionAnswered = (keys: string[]) => keys.filter((k) => itemOf(draft, k).result !== null).length;
  const scoreColor =
    preview.passed === false || preview.criticalFailed ? token.colorError : preview.passed ? token.colorSuccess : token.colorText;

  return (
    <div style={{ maxWidth: 760, margin: '0 auto' }} data-testid="inspection-form">
      <PageHeader title={t('inspections.form.title')} onBack={() => navigate(-1)} />
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={1} styles={{ label: { width: 88 } }}>
          <Descriptions.Item label={t('inspections.fields.project')}>
            <span data-testid="form-project">{context.projectName}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('inspections.fields.template')}>
            <span data-testid="form-template">{context.templateName}</span>
            {version.number ? <Typography.Text type="secondary"> · v{version.number}</Typography.Text> : null}
          </Descriptions.Item>
          {context.dueAt ? (
            <Descriptions.Item label={t('inspections.fields.dueAt')}>
              {formatDateTime(context.dueAt, context.timeZone, 'short')}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('inspections.fields.passScore')}>
            {t('inspections.form.passScore', { score: doc.passScore })}
          </Descriptions.Item>
        </Descriptions>
        {resumed ? (
          <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('inspections.form.resumed')} data-testid="form-resumed" />
        ) : null}
      </Card>

      <Card size="small" style={{ marginBottom: 12 }} data-testid="score-card">
        <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
          <Progress
            type="circle"
            size={64}
            percent={Math.round((preview.answered / Math.max(1, preview.total)) * 100)}
            format={() => `${preview.answered}/${preview.total}`}
          />
          <div style={{ flex: 1 }}>
            <div style={{ fontSize: 24, fontWeight: 600, color: scoreColor }} data-testid="live-score">
              {formatPercent(preview.percent)}
              <span style={{ fontSize: 14, fontWeight: 400 }}> {t('inspections.form.percentUnit')}</span>
            </div>
            <Typography.Text type="secondary" data-testid="live-progress">
              {t('inspections.form.progress', { answered: preview.answered, total: preview.total })}
              {' · '}
              {preview.passed === null
                ? t('inspections.form.provisional')
                : preview.passed
                  ? t('inspections.passed')
                  : t('inspections.failed')}
            </Typography.Text>
            {preview.criticalFailed ? (
              <div>
                <Typography.Text type="danger">{t('inspections.form.criticalFailed')}</Typography.Text>
              </div>
            ) : null}
          </div>
        </div>
      </Card>

      <Collapse
        activeKey={openSections}
        onChange={(keys) => setOpenSections(Array.isArray(keys) ? keys : [keys])}
        style={{ marginBottom: 12, background: token.colorBgContainer }}
        items={version.sections.map((s) => ({
          key: s.key,
          label: (
            <span data-testid="form-section-title">
              {bilingual(s.titleZh, s.titleEn, lang)}{' '}
              <Typography.Text type="secondary">
                ({sectionAnswered(s.items.map((i) => i.key))}/{s.items.length})
              </Typography.Text>
            </span>
          ),
          styles: { body: { padding: 12 } },
          children: (
            <div data-testid="form-section">
              {s.items.map((item) => (
                <ItemCard
                  key={item.key}
                  item={item}
                  value={itemOf(draft, item.key)}
                  errors={itemErrors[item.key]}
                  owners={ownerOptions}
                  manager={context.manager}
                  projectId={context.projectId}
                  onChange={onItemChange}
                />
              ))}
            </div>
          ),
        }))}
      />
      {preview.answered < preview.total ? (
        <Button
          block
          size="large"
          style={{ marginBottom: 12 }}
          data-testid="mark-rest-pass"
          onClick={() =>
            setDraft((d) => {
              const items = { ...d.items };
              for (const s of doc.sections)
                for (const i of s.items) if (!items[i.key]?.result) items[i.key] = { ...itemOf(d, i.key), result: 'PASS' };
              return { ...d, items };
            })
          }
        >
          {t('inspections.form.markRestPass', { count: preview.total - preview.answered })}
        </Button>
      ) : null}

      <Card size="small" title={t('inspections.form.general')} style={{ marginBottom: 12 }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
            <Button icon={<AimOutlined />} loading={locating} onClick={locate} size="large" data-testid="locate">
              {t('inspections.form.locate')}
            </Button>
            {draft.latitude != null && draft.longitude != null ? (
              <Typography.Text type="secondary" data-testid="coordinates">
                {draft.latitude.toFixed(5)}, {draft.longitude.toFixed(5)}
              </Typography.Text>
            ) : null}
          </div>
          <Input
            size="large"
            value={draft.locationText}
            maxLength={INSPECTION_RULES.locationText.max}
            onChange={(e) => setDraft((d) => ({ ...d, locationText: e.target.value }))}
            placeholder={t('inspections.form.locationText')}
            data-testid="location-text"
          />
          <Input.TextArea
            value={draft.note}
            maxLength={INSPECTION_RULES.note.max}
            onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))}
            placeholder={t('inspections.form.generalNote')}
            autoSize={{ minRows: 2, maxRows: 6 }}
            data-testid="inspection-note"
          />
        </Space>
      </Card>

      <Card size="small" title={t('inspections.form.signature')} style={{ marginBottom: 12 }}>
        <SignatureField
          ref={signature}
          storedUrl={draft.signature?.url ?? null}
          onDrawn={onDrawn}
          onClearStored={onClearStored}
          error={signatureError}
        />
      </Card>

      <div
        style={{
          position: 'sticky',
          bottom: 0,
          zIndex: 5,
          display: 'flex',
          gap: 8,
          padding: '10px 0',
          background: token.colorBgLayout,
          borderTop: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        {field ? null : (
          <Button
            size="large"
            icon={<SaveOutlined />}
            loading={busy === 'save'}
            disabled={busy !== null}
            onClick={() => void save()}
            style={{ flex: 1 }}
            data-testid="save-draft"
          >
            {busy === 'save' ? t('common.saving') : t('inspections.form.saveDraft')}
          </Button>
        )}
        <Button
          type="primary"
          size="large"
          icon={<SendOutlined />}
          disabled={busy !== null}
          onClick={askSubmit}
          style={{ flex: 1 }}
          data-testid="submit-inspection"
        >
          {t('inspections.form.submit')}
        </Button>
      </div>

      <Modal
        open={confirming}
        title={t('inspections.form.confirmTitle')}
        okText={t('inspections.form.confirmOk')}
        cancelText={t('common.cancel')}
        onOk={() => void doSubmit()}
        onCancel={() => setConfirming(false)}
        confirmLoading={busy === 'submit' || saving.loading || submitting.loading}
        okButtonProps={{ 'data-testid': 'confirm-submit' } as never}
        destroyOnHidden
      >
        <div data-testid="submit-confirm">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('inspections.fields.score')}>
              <span data-testid="confirm-score">
                {formatPercent(preview.percent)} {t('inspections.form.percentUnit')} ({preview.earned}/{preview.possible})
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('inspections.fields.result')}>
              <Tag color={preview.passed ? 'green' : 'red'} data-testid="confirm-result">
                {preview.passed ? t('inspections.passed') : t('inspections.failed')}
              </Tag>
              {preview.criticalFailed ? <Typography.Text type="danger">{t('inspections.form.criticalFailed')}</Typography.Text> : null}
            </Descriptions.Item>
          </Descriptions>
          {preview.rectifications.length ? (
            <>
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                {t('inspections.form.willOpen', { count: preview.rectifications.length })}
              </Typography.Paragraph>
              <ul style={{ paddingInlineStart: 20, margin: 0 }} data-testid="confirm-rectifications">
                {preview.rectifications.map((r) => {
                  const item = itemsByKey.get(r.itemKey);
                  return (
                    <li key={r.itemKey}>
                      {item ? itemTitle(item, lang) : r.itemKey}{' '}
                      <Typography.Text type="secondary">
                        ({r.automatic ? t('inspections.form.automatic') : t('inspections.form.requested')})
                      </Typography.Text>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <Typography.Text type="secondary">{t('inspections.form.noneWillOpen')}</Typography.Text>
          )}
        </div>
      </Modal>
    </div>
  );
}

// ——— Loading what the form needs ———

function OccurrenceForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PerformOccurrenceQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const target = useMemo(() => ({ occurrenceId: id }), [id]);
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const o = data!.inspectionOccurrence;
  if (!o.templateVersion) return <EmptyState title={t('inspections.form.noChecklist')} />;
  if (o.state === 'COMPLETED' || o.state === 'LATE') return <EmptyState title={t('inspections.form.alreadyDone')} />;
  return (
    <InspectionForm
      target={target}
      version={o.templateVersion}
      context={{
        projectId: o.project.id,
        projectName: `${o.project.code} · ${o.project.name}`,
        templateName: o.template?.name ?? o.templateVersion.template.name,
        timeZone: o.project.timeZone,
        manager: o.project.manager ?? null,
        dueAt: o.dueAt,
      }}
    />
  );
}

function AdHocForm({ projectId, templateId }: { projectId: string; templateId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PerformAdHocQuery, { variables: { projectId, templateId } });
  const target = useMemo(() => ({ projectId, templateId }), [projectId, templateId]);
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const version = data!.inspectionTemplate.latestVersion;
  if (!version) return <EmptyState title={t('inspections.form.noChecklist')} />;
  return (
    <InspectionForm
      target={target}
      version={version}
      context={{
        projectId: data!.project.id,
        projectName: `${data!.project.code} · ${data!.project.name}`,
        templateName: data!.inspectionTemplate.name,
        timeZone: data!.project.timeZone,
        manager: data!.project.manager ?? null,
      }}
    />
  );
}

/** 新建检查: pick the project and the checklist of an ad-hoc inspection. */
function NewInspectionPicker() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(InspectionPickerOptionsQuery);
  const [projectId, setProjectId] = useState<string>();
  const [templateId, setTemplateId] = useState<string>();
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const project = data?.projects.nodes.find((p) => p.id === projectId);
  const templates = (data?.inspectionTemplates.nodes ?? []).filter(
    (tpl) => !project || !tpl.format || tpl.format === project.property.format,
  );
  return (
    <div style={{ maxWidth: 560, margin: '0 auto' }}>
      <PageHeader title={t('inspections.form.newTitle')} onBack={() => navigate('/inspections')} />
      <Card data-testid="new-inspection">
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <div>
            <Typography.Text strong>{t('inspections.fields.project')}</Typography.Text>
            <Select
              size="large"
              showSearch={{ optionFilterProp: 'label' }}
              value={projectId}
              onChange={(v: string) => {
                setProjectId(v);
                setTemplateId(undefined);
              }}
              placeholder={t('inspections.form.pickProject')}
              options={(data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
              style={{ width: '100%', marginTop: 4 }}
              data-testid="pick-project"
            />
          </div>
          <div>
            <Typography.Text strong>{t('inspections.fields.template')}</Typography.Text>
            <Select
              size="large"
              showSearch={{ optionFilterProp: 'label' }}
              value={templateId}
              onChange={(v: string) => setTemplateId(v)}
              disabled={!projectId}
              placeholder={t('inspections.form.pickTemplate')}
              options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
              notFoundContent={<EmptyState title={t('inspections.form.noTemplates')} />}
              style={{ width: '100%', marginTop: 4 }}
              data-testid="pick-template"
            />
          </div>
          <Button
            type="primary"
            size="large"
            block
            disabled={!projectId || !templateId}
            onClick={() => navigate(`/inspections/perform?project=${projectId}&template=${templateId}`)}
            data-testid="start-inspection"
          >
            {t('inspections.form.start')}
          </Button>
        </Space>
      </Card>
    </div>
  );
}

export default function InspectionFormPage() {
  const [params] = useSearchParams();
  const occurrence = params.get('occurrence');
  const project = params.get('project');
  const template = params.get('template');
  if (occurrence) return <OccurrenceForm key={occurrence} id={occurrence} />;
  if (project && template) return <AdHocForm key={`${project}:${template}`} projectId={project} templateId={template} />;
  return <NewInspectionPicker />;
}
