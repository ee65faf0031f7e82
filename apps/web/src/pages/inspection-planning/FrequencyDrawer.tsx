// Add / edit one 检查频次 of a project: the form on the left, the live preview (next occurrences
// in the project's time zone, the assignee's monthly workload) on the right; stacks when narrow.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Col, Drawer, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { INSPECTION_LEVELS } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { toApiError, type FieldProblem } from '../../lib/errors';
import { translateFieldProblem } from '../../lib/form-errors';
import { length } from '../../lib/rules';
import type { InspectionFrequencyFieldsFragment, PropertyFormat } from '../../gql/graphql';
import {
  CreateInspectionFrequencyMutation,
  HolidayListsQuery,
  PlanningAssigneesQuery,
  PlanningTemplatesQuery,
  UpdateInspectionFrequencyMutation,
} from './inspection-planning.operations';
import { FrequencyPreviewPanel, useFrequencyPreview } from './FrequencyPreview';
import { NEW_RULE } from '../../components/recurrence/recurrence';
import { problemsByField, toFrequencyInput, todayIn, type FrequencyDraft } from './planning';
import { AssigneeFields, memberOptionsOf, ScheduleDateFields, ScheduleFields } from './ScheduleFields';

export const FREQUENCY_FORM_FIELDS = [
  'templateId',
  'rrule',
  'periodUnit',
  'periodCount',
  'startTime',
  'windowMinutes',
  'allowLate',
  'holidayListId',
  'assigneeRole',
  'assigneeUserId',
  'startDate',
  'endDate',
  'excludedDates',
  'note',
  'level',
] as const;

const FIELD_LABEL_KEYS: Record<string, string> = {
  templateId: 'template',
  rrule: 'rule',
  periodUnit: 'periodUnit',
  periodCount: 'periodCount',
  startTime: 'startTime',
  windowMinutes: 'window',
  allowLate: 'allowLate',
  holidayListId: 'holidayList',
  assigneeRole: 'assignee',
  assigneeUserId: 'assignee',
  startDate: 'startDate',
  endDate: 'endDate',
  excludedDates: 'excludedDates',
  note: 'note',
};

export function initialDraft(f: InspectionFrequencyFieldsFragment | null, timeZone: string, now = new Date()): FrequencyDraft {
  if (!f) {
    return {
      templateId: undefined,
      anchor: 'CALENDAR',
      rrule: NEW_RULE,
      periodUnit: 'DAY',
      periodCount: 1,
      startTime: '09:00',
      windowMinutes: 120,
      allowLate: false,
      holidayListId: undefined,
      assigneeKind: 'ROLE',
      assigneeRole: 'INSPECTOR',
      assigneeUserId: undefined,
      startDate: todayIn(timeZone, now),
      endDate: null,
      excludedDates: [],
      note: '',
      level: null,
    };
  }
  return {
    templateId: f.template?.id,
    anchor: f.anchor,
    rrule: f.rrule ?? NEW_RULE,
    periodUnit: f.periodUnit ?? 'DAY',
    periodCount: f.periodCount ?? 1,
    startTime: f.startTime ?? '09:00',
    windowMinutes: f.windowMinutes,
    allowLate: f.allowLate,
    holidayListId: f.holidayList?.id,
    assigneeKind: f.assigneeUser ? 'USER' : 'ROLE',
    assigneeRole: f.assigneeUser ? undefined : (f.assigneeRole ?? undefined),
    assigneeUserId: f.assigneeUser?.id,
    startDate: f.startDate,
    endDate: f.endDate,
    excludedDates: f.excludedDates,
    note: f.note ?? '',
    level: f.level,
  };
}

export function FrequencyDrawer({
  open,
  projectId,
  timeZone,
  format,
  frequency,
  onClose,
  onSaved,
  now,
}: {
  open: boolean;
  projectId: string;
  timeZone: string;
  format: PropertyFormat;
  /** null = a new frequency */
  frequency: InspectionFrequencyFieldsFragment | null;
  onClose: () => void;
  onSaved: () => void;
  /** For tests: "today" in the project's zone comes from this instant. */
  now?: Date;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const reportError = useMutationErrors();
  const [form] = Form.useForm<FrequencyDraft>();
  const [dirty, setDirty] = useState(false);
  useUnsavedChanges(open && dirty);

  const templates = useQuery(PlanningTemplatesQuery, { variables: { filter: { format, publishedOnly: true }, first: 100 }, skip: !open });
  const holidays = useQuery(HolidayListsQuery, { skip: !open });
  const assignees = useQuery(PlanningAssigneesQuery, { skip: !open });
  const [create, creating] = useMutation(CreateInspectionFrequencyMutation);
  const [update, updating] = useMutation(UpdateInspectionFrequencyMutation);
  const saving = creating.loading || updating.loading;

  const today = todayIn(timeZone, now);
  const initial = useMemo(() => initialDraft(frequency, timeZone, now), [frequency, now, timeZone]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initial);
    setDirty(false);
  }, [form, initial, open]);

  // ── live preview ────────────────────────────────────────────────────────
  const values = Form.useWatch((v: FrequencyDraft) => v, { form, preserve: true });
  const draft = values && values.anchor ? ({ ...initial, ...values } as FrequencyDraft) : null;
  const { state: preview, retry } = useFrequencyPreview({ projectId, frequencyId: frequency?.id ?? null, draft, enabled: open });

  const visibleFields = useCallback((d: FrequencyDraft | null): string[] => {
    const calendar = (d?.anchor ?? 'CALENDAR') === 'CALENDAR';
    return FREQUENCY_FORM_FIELDS.filter((f) => {
      if (calendar && (f === 'periodUnit' || f === 'periodCount' || f === 'startTime')) return false;
      if (!calendar && f === 'rrule') return false;
      if (d?.assigneeKind === 'USER' ? f === 'assigneeRole' : f === 'assigneeUserId') return false;
      return true;
    });
  }, []);
  const renameFor = (d: FrequencyDraft | null): Record<string, string> =>
    d?.assigneeKind === 'USER' ? { assigneeRole: 'assigneeUserId' } : { assigneeUserId: 'assigneeRole' };

  // Server problems of the preview go on the form's fields (and leave again when fixed).
  const previewErrorFields = useRef<string[]>([]);
  useEffect(() => {
    if (!open) return;
    if (preview.status === 'loading') return;
    const current: Map<string, FieldProblem[]> =
      preview.status === 'invalid' ? problemsByField(preview.problems, visibleFields(draft), renameFor(draft)).byField : new Map();
    const updates: { name: string; errors: string[] }[] = [];
    for (const name of previewErrorFields.current) if (!current.has(name)) updates.push({ name, errors: [] });
    for (const [name, problems] of current) updates.push({ name, errors: problems.map((p) => translateFieldProblem(t, p)) });
    previewErrorFields.current = [...current.keys()];
    if (updates.length) form.setFields(updates as never);
    // Only a new preview result re-marks the fields.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preview]);

  const fieldLabel = useCallback(
    (field: string) => (FIELD_LABEL_KEYS[field] ? t(`inspectionPlanning.fields.${FIELD_LABEL_KEYS[field] as 'template'}`) : null),
    [t],
  );

  // ── saving ──────────────────────────────────────────────────────────────
  const close = () => {
    if (!dirty || saving) return onClose();
    modal.confirm({
      title: t('unsaved.title'),
      content: t('unsaved.content'),
      okText: t('unsaved.leave'),
      cancelText: t('unsaved.stay'),
      okButtonProps: { danger: true },
      onOk: onClose,
    });
  };

  const onFinish = async (v: FrequencyDraft) => {
    const d = { ...initial, ...v };
    const input = toFrequencyInput(d);
    if (!input) return;
    try {
      if (frequency) {
        await update({ variables: { id: frequency.id, input, expectedVersion: frequency.version } });
        void message.success(t('inspectionPlanning.messages.updated'));
      } else {
        await create({ variables: { projectId, input } });
        void message.success(t('inspectionPlanning.messages.created'));
      }
      setDirty(false);
      onSaved();
      onClose();
    } catch (error) {
      const problem = toApiError(error);
      if (problem.code === 'BAD_USER_INPUT' && problem.fields.length) {
        const { byField, rest } = problemsByField(problem.fields, visibleFields(d), renameFor(d));
        const updates = [...byField].map(([name, ps]) => ({ name, errors: ps.map((p) => translateFieldProblem(t, p)) }));
        if (updates.length) {
          form.setFields(updates as never);
          form.scrollToField(updates[0].name, { block: 'center' });
        }
        if (rest.length) void message.error(rest.map((p) => translateFieldProblem(t, p)).join(t('inspectionPlanning.problemSeparator')));
        else void message.warning(t('states.validationFailed'));
        return;
      }
      reportError(error, {
        onReload: () => {
          onSaved();
          onClose();
        },
      });
    }
  };

  // ── pickers ─────────────────────────────────────────────────────────────
  const templateOptions = useMemo(() => {
    const list = (templates.data?.inspectionTemplates.nodes ?? []).map((n) => ({ id: n.id, name: n.name }));
    if (frequency?.template && !list.some((x) => x.id === frequency.template!.id)) list.unshift(frequency.template);
    return list;
  }, [frequency, templates.data]);
  const noTemplates = !templates.loading && templates.data && templates.data.inspectionTemplates.nodes.length === 0;

  const assigneesFailed = !!assignees.error;
  const memberOptions = useMemo(
    () => memberOptionsOf(t, assignees.data?.inspectionAssignees, frequency?.assigneeUser),
    [frequency, assignees.data, t],
  );

  return (
    <Drawer
      open={open}
      onClose={close}
      size="min(1180px, 100vw)"
      title={
        frequency
          ? t('inspectionPlanning.drawer.editTitle', { name: frequency.template?.name ?? '' })
          : t('inspectionPlanning.drawer.newTitle')
      }
      destroyOnHidden
      maskClosable={!saving}
      data-testid="frequency-drawer"
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={close} disabled={saving}>
            {t('common.cancel')}
          </Button>
          <Button type="primary" loading={saving} disabled={saving} onClick={() => form.submit()} data-testid="frequency-save">
            {saving ? t('common.saving') : t('common.save')}
          </Button>
        </Space>
      }
    >
      <div data-testid="frequency-drawer-body">
        {frequency ? (
          <Alert
            type="info"
            showIcon
            title={t('inspectionPlanning.drawer.effectiveFromNow')}
            style={{ marginBottom: 16 }}
            data-testid="frequency-effective-note"
          />
        ) : null}
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={14}>
            <Form<FrequencyDraft>
              form={form}
              layout="vertical"
              initialValues={initial}
              onFinish={(v) => void onFinish(v)}
              onValuesChange={() => setDirty(true)}
              scrollToFirstError
              data-testid="frequency-form"
              disabled={saving}
            >
              <ScheduleFields
                templates={templateOptions}
                templatesLoading={templates.loading}
                holidayLists={holidays.data?.holidayLists ?? []}
                holidayListsLoading={holidays.loading}
                templateHint={noTemplates ? t('inspectionPlanning.fields.noTemplates', { format: t(`formats.${format}`) }) : undefined}
              />
              <Form.Item name="level" label={t('levelComparison.level')} extra={t('levelComparison.frequencyLevelHint')}>
                <Select
                  allowClear
                  placeholder={t('levelComparison.frequencyLevelHint')}
                  options={INSPECTION_LEVELS.map((l) => ({ value: l, label: t(`levelComparison.levels.${l}`) }))}
                  aria-label={t('levelComparison.level')}
                  data-testid="frequency-level"
                />
              </Form.Item>
              <AssigneeFields members={memberOptions} loading={assignees.loading} failed={assigneesFailed} />
              <ScheduleDateFields timeZone={timeZone} today={today} savedStartDate={frequency?.startDate} />
              <Form.Item name="note" label={t('inspectionPlanning.fields.note')} rules={length(t, { max: 500 })}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder={t('common.optional')} maxLength={600} />
              </Form.Item>
            </Form>
          </Col>
          <Col xs={24} lg={10}>
            <div style={{ position: 'sticky', top: 0 }}>
              <FrequencyPreviewPanel state={preview} timeZone={timeZone} onRetry={retry} fieldLabel={fieldLabel} />
              {frequency ? (
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12 }}>
                  {t('inspectionPlanning.drawer.historyKept')}
                </Typography.Paragraph>
              ) : null}
            </div>
          </Col>
        </Row>
      </div>
    </Drawer>
  );
}
