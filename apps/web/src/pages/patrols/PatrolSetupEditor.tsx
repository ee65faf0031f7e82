// Set-up of a project's patrol points (per property zone, with quick checks from the standards
// library) and routes (points in walking order): create, edit, archive. Only PATROL_MANAGERS see it.
// A route's schedule (when it is walked and by whom) is set in the route's dialog with the
// inspection-planning schedule fields (calendar rule, window, late, holidays, assignee, dates).
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  Divider,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PATROL_RULES } from '@pinzhi/domain';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import type { PatrolPointFieldsFragment, PatrolRouteFieldsFragment, PatrolScheduleInput } from '../../gql/graphql';
import { toApiError } from '../../lib/errors';
import { translateFieldProblem } from '../../lib/form-errors';
import { NEW_RULE } from '../../components/recurrence/recurrence';
import { HolidayListsQuery, PlanningAssigneesQuery } from '../inspection-planning/inspection-planning.operations';
import { todayIn, type FrequencyDraft } from '../inspection-planning/planning';
import { AssigneeFields, memberOptionsOf, ScheduleDateFields, ScheduleFields } from '../inspection-planning/ScheduleFields';
import {
  ArchivePatrolPointMutation,
  ArchivePatrolRouteMutation,
  CreatePatrolPointMutation,
  CreatePatrolRouteMutation,
  PatrolEditorQuery,
  PatrolSetupQuery,
  PatrolStandardOptionsQuery,
  UpdatePatrolPointMutation,
  UpdatePatrolRouteMutation,
} from './patrols.operations';

type Point = PatrolPointFieldsFragment;
type Route = PatrolRouteFieldsFragment;
/** After a change: the editor's lists and the report tab's routes. */
const REFETCH = [PatrolEditorQuery, PatrolSetupQuery];

interface PointValues {
  zoneId?: string;
  name: string;
  locationHint?: string;
  quickCheckStandardIds: string[];
}

const POINT_FIELDS = ['zoneId', 'name', 'locationHint', 'quickCheckStandardIds'] as const;
const ROUTE_FIELDS = ['name', 'note', 'pointIds'] as const;

/** Unsaved edits ask before the modal closes (and before leaving the page). */
function useCloseGuard(onClose: () => void) {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  useUnsavedChanges(dirty);
  const close = () => {
    if (!dirty) return onClose();
    modal.confirm({
      title: t('unsaved.title'),
      content: t('unsaved.content'),
      okText: t('unsaved.leave'),
      cancelText: t('unsaved.stay'),
      okButtonProps: { danger: true },
      onOk: onClose,
    });
  };
  return { close, onValuesChange: () => setDirty(true) };
}

function StandardsSelect({
  value,
  onChange,
  initial,
}: {
  value?: string[];
  onChange?: (v: string[]) => void;
  initial: { id: string; code: string; titleZh: string; titleEn?: string | null }[];
}) {
  const { i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(PatrolStandardOptionsQuery, { variables: { search: search || null } });
  const label = (s: { code: string; titleZh: string; titleEn?: string | null }) =>
    `${s.code} ${i18n.language === 'en-US' && s.titleEn ? s.titleEn : s.titleZh}`;
  const known = new Map(initial.map((s) => [s.id, label(s)]));
  for (const s of data?.standards.nodes ?? []) known.set(s.id, label(s));
  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      loading={loading}
      showSearch={{ onSearch: setSearch, filterOption: false }}
      options={[...known].map(([id, l]) => ({ value: id, label: l }))}
      maxCount={PATROL_RULES.quickChecksPerPoint.max}
      data-testid="patrol-point-checks"
    />
  );
}

function PointModal({
  projectId,
  zones,
  point,
  onClose,
}: {
  projectId: string;
  zones: { id: string; name: string }[];
  point: Point | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PointValues>();
  const report = useMutationErrors();
  const guard = useCloseGuard(onClose);
  const [create, created] = useMutation(CreatePatrolPointMutation, { refetchQueries: REFETCH });
  const [update, updated] = useMutation(UpdatePatrolPointMutation, { refetchQueries: REFETCH });
  const save = async (values: PointValues) => {
    const input = {
      zoneId: values.zoneId ?? '',
      name: values.name.trim(),
      locationHint: values.locationHint?.trim() || null,
      quickCheckStandardIds: values.quickCheckStandardIds ?? [],
    };
    try {
      if (point) await update({ variables: { id: point.id, expectedVersion: point.version, input } });
      else await create({ variables: { projectId, input } });
      onClose();
    } catch (e) {
      report(e, { form, fields: POINT_FIELDS });
    }
  };
  return (
    <Modal
      open
      title={t(point ? 'field.admin.editPoint' : 'field.admin.newPoint')}
      onCancel={guard.close}
      onOk={() => form.submit()}
      okButtonProps={{ loading: created.loading || updated.loading, 'data-testid': 'patrol-point-save' } as never}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        onValuesChange={guard.onValuesChange}
        initialValues={{
          zoneId: point?.zoneId,
          name: point?.name ?? '',
          locationHint: point?.locationHint ?? '',
          quickCheckStandardIds: point?.quickChecks.map((s) => s.id) ?? [],
        }}
      >
        <Form.Item name="zoneId" label={t('field.admin.fields.zone')} rules={[{ required: true }]}>
          <Select options={zones.map((z) => ({ value: z.id, label: z.name }))} data-testid="patrol-point-zone" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('field.admin.fields.name')}
          rules={[{ required: true, whitespace: true }, { max: PATROL_RULES.pointName.max }]}
        >
          <Input data-testid="patrol-point-name" maxLength={PATROL_RULES.pointName.max} showCount />
        </Form.Item>
        <Form.Item name="locationHint" label={t('field.admin.fields.locationHint')} rules={[{ max: PATROL_RULES.locationHint.max }]}>
          <Input data-testid="patrol-point-hint" maxLength={PATROL_RULES.locationHint.max} />
        </Form.Item>
        <Form.Item name="quickCheckStandardIds" label={t('field.admin.fields.quickChecks')} extra={t('field.admin.quickChecksHint')}>
          <StandardsSelect initial={point?.quickChecks ?? []} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Points in walking order: add from the project's points, move up / down, remove. */
function OrderedPoints({ value = [], onChange, points }: { value?: string[]; onChange?: (v: string[]) => void; points: Point[] }) {
  const { t } = useTranslation();
  const byId = new Map(points.map((p) => [p.id, p]));
  const move = (i: number, d: number) => {
    const next = [...value];
    [next[i], next[i + d]] = [next[i + d], next[i]];
    onChange?.(next);
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <List
        size="small"
        bordered
        dataSource={value}
        locale={{ emptyText: t('field.admin.noPoints') }}
        data-testid="patrol-route-points"
        renderItem={(id, i) => (
          <List.Item
            data-testid="patrol-route-point"
            actions={[
              <Button key="up" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label="up" />,
              <Button
                key="down"
                size="small"
                icon={<ArrowDownOutlined />}
                disabled={i === value.length - 1}
                onClick={() => move(i, 1)}
                aria-label="down"
              />,
              <Button
                key="remove"
                size="small"
                icon={<DeleteOutlined />}
                onClick={() => onChange?.(value.filter((_, j) => j !== i))}
                aria-label="remove"
              />,
            ]}
          >
            {`${i + 1}. ${byId.get(id)?.name ?? id}`}
            {byId.get(id) ? <Typography.Text type="secondary">{` · ${byId.get(id)!.zoneName}`}</Typography.Text> : null}
          </List.Item>
        )}
      />
      <Select
        style={{ width: '100%' }}
        placeholder={t('field.admin.addPoint')}
        value={null}
        onChange={(id: string) => onChange?.([...value, id])}
        options={points.filter((p) => !value.includes(p.id)).map((p) => ({ value: p.id, label: `${p.name} · ${p.zoneName}` }))}
        showSearch={{ optionFilterProp: 'label' }}
        data-testid="patrol-route-add-point"
      />
    </Space>
  );
}

/** The schedule's form values: a calendar rule (a route has no "after completion" and no checklist). */
export function scheduleDraft(route: Route | null, timeZone: string, now = new Date()): FrequencyDraft {
  const s = route?.schedule;
  return {
    anchor: 'CALENDAR',
    rrule: s?.rrule ?? NEW_RULE,
    windowMinutes: s?.windowMinutes ?? 120,
    allowLate: s?.allowLate ?? false,
    holidayListId: s?.holidayList?.id,
    assigneeKind: s?.assigneeUser ? 'USER' : 'ROLE',
    assigneeRole: s?.assigneeUser ? undefined : (s?.assigneeRole ?? 'INSPECTOR'),
    assigneeUserId: s?.assigneeUser?.id,
    startDate: s?.startDate ?? todayIn(timeZone, now),
    endDate: s?.endDate ?? null,
    excludedDates: s?.excludedDates ?? [],
    note: s?.note ?? '',
  };
}

/** The form's values as the API's PatrolScheduleInput. */
export function toPatrolSchedule(d: FrequencyDraft): PatrolScheduleInput {
  return {
    rrule: d.rrule?.trim() ?? '',
    windowMinutes: d.windowMinutes ?? 0,
    allowLate: !!d.allowLate,
    holidayListId: d.holidayListId || null,
    assigneeRole: d.assigneeKind === 'ROLE' ? (d.assigneeRole ?? null) : null,
    assigneeUserId: d.assigneeKind === 'USER' ? (d.assigneeUserId ?? null) : null,
    startDate: d.startDate ?? '',
    endDate: d.endDate || null,
    excludedDates: d.excludedDates ?? [],
    note: d.note?.trim() || null,
  };
}

const SCHEDULE_FIELDS = [
  'rrule',
  'windowMinutes',
  'allowLate',
  'holidayListId',
  'assigneeRole',
  'assigneeUserId',
  'startDate',
  'endDate',
  'excludedDates',
] as const;

function RouteModal({
  projectId,
  timeZone,
  points,
  route,
  onClose,
  now,
}: {
  projectId: string;
  timeZone: string;
  points: Point[];
  route: Route | null;
  onClose: () => void;
  now?: Date;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string; note?: string; pointIds: string[] }>();
  const [scheduleForm] = Form.useForm<FrequencyDraft>();
  const [scheduled, setScheduled] = useState(Boolean(route?.schedule?.rrule));
  const report = useMutationErrors();
  const guard = useCloseGuard(onClose);
  const holidays = useQuery(HolidayListsQuery, { skip: !scheduled });
  const assignees = useQuery(PlanningAssigneesQuery, { skip: !scheduled });
  const [create, created] = useMutation(CreatePatrolRouteMutation, { refetchQueries: REFETCH });
  const [update, updated] = useMutation(UpdatePatrolRouteMutation, { refetchQueries: REFETCH });
  const initialSchedule = scheduleDraft(route, timeZone, now);
  const today = todayIn(timeZone, now);

  /** Server problems of the schedule (input.schedule.*) go on its fields; the rest as before. */
  const reportSave = (e: unknown) => {
    const problem = toApiError(e);
    const mine = problem.code === 'BAD_USER_INPUT' ? problem.fields.filter((p) => p.path[0] === 'input' && p.path[1] === 'schedule') : [];
    const updates = mine.flatMap((p) => {
      const name = p.path[2] as (typeof SCHEDULE_FIELDS)[number] | undefined;
      return name && (SCHEDULE_FIELDS as readonly string[]).includes(name) ? [{ name, errors: [translateFieldProblem(t, p)] }] : [];
    });
    if (updates.length === mine.length && mine.length === problem.fields.length && mine.length) {
      scheduleForm.setFields(updates as never);
      void message.warning(t('states.validationFailed'));
      return;
    }
    if (updates.length) scheduleForm.setFields(updates as never);
    report(e, { form, fields: ROUTE_FIELDS });
  };

  const save = async () => {
    let values: { name: string; note?: string; pointIds: string[] };
    let schedule: PatrolScheduleInput | null = null;
    try {
      const [v, d] = await Promise.all([form.validateFields(), scheduled ? scheduleForm.validateFields() : Promise.resolve(null)]);
      values = v;
      if (d) schedule = toPatrolSchedule({ ...initialSchedule, ...d });
    } catch {
      return; // the forms show what is missing
    }
    const input = { name: values.name.trim(), note: values.note?.trim() || null, pointIds: values.pointIds };
    try {
      if (route) await update({ variables: { id: route.id, expectedVersion: route.version, input: { ...input, schedule } } });
      else await create({ variables: { projectId, input: schedule ? { ...input, schedule } : input } });
      onClose();
    } catch (e) {
      reportSave(e);
    }
  };
  return (
    <Modal
      open
      title={t(route ? 'field.admin.editRoute' : 'field.admin.newRoute')}
      onCancel={guard.close}
      onOk={() => void save()}
      okButtonProps={{ loading: created.loading || updated.loading, 'data-testid': 'patrol-route-save' } as never}
      destroyOnHidden
      width={720}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={() => void save()}
        onValuesChange={guard.onValuesChange}
        initialValues={{ name: route?.name ?? '', note: route?.note ?? '', pointIds: route?.pointIds ?? [] }}
      >
        <Form.Item
          name="name"
          label={t('field.admin.fields.name')}
          rules={[{ required: true, whitespace: true }, { max: PATROL_RULES.routeName.max }]}
        >
          <Input data-testid="patrol-route-name" maxLength={PATROL_RULES.routeName.max} showCount />
        </Form.Item>
        <Form.Item
          name="pointIds"
          label={t('field.admin.fields.points')}
          rules={[
            { type: 'array', required: true, min: PATROL_RULES.pointsPerRoute.min },
            { type: 'array', max: PATROL_RULES.pointsPerRoute.max },
          ]}
        >
          <OrderedPoints points={points} />
        </Form.Item>
        <Form.Item name="note" label={t('field.admin.fields.note')} rules={[{ max: PATROL_RULES.note.max }]}>
          <Input.TextArea data-testid="patrol-route-note" rows={2} maxLength={PATROL_RULES.note.max} />
        </Form.Item>
      </Form>
      <Divider titlePlacement="start" plain>
        {t('field.admin.fields.schedule')}
      </Divider>
      <Space align="center" style={{ marginBottom: 12 }}>
        <Switch
          checked={scheduled}
          onChange={(on) => {
            setScheduled(on);
            guard.onValuesChange();
          }}
          data-testid="patrol-route-scheduled"
          aria-label={t('field.admin.fields.scheduled')}
        />
        <Typography.Text>{scheduled ? t('field.admin.fields.scheduled') : t('field.admin.unscheduledHint')}</Typography.Text>
      </Space>
      {scheduled ? (
        <Form<FrequencyDraft>
          form={scheduleForm}
          layout="vertical"
          initialValues={initialSchedule}
          onValuesChange={guard.onValuesChange}
          data-testid="patrol-route-schedule"
        >
          <ScheduleFields checklist={false} holidayLists={holidays.data?.holidayLists ?? []} holidayListsLoading={holidays.loading} />
          <AssigneeFields
            members={memberOptionsOf(t, assignees.data?.inspectionAssignees, route?.schedule?.assigneeUser)}
            loading={assignees.loading}
            failed={!!assignees.error}
          />
          <ScheduleDateFields timeZone={timeZone} today={today} savedStartDate={route?.schedule?.startDate} />
        </Form>
      ) : null}
    </Modal>
  );
}

export function PatrolSetupEditor({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const report = useMutationErrors();
  const { data, loading, error, refetch } = useQuery(PatrolEditorQuery, { variables: { projectId } });
  const [archivePoint] = useMutation(ArchivePatrolPointMutation, { refetchQueries: REFETCH });
  const [archiveRoute] = useMutation(ArchivePatrolRouteMutation, { refetchQueries: REFETCH });
  const [pointEdit, setPointEdit] = useState<Point | 'new' | null>(null);
  const [routeEdit, setRouteEdit] = useState<Route | 'new' | null>(null);
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const zones = data?.project.property.zones ?? [];
  const points = (data?.patrolPoints ?? []).filter((p) => !p.archivedAt);
  const routes = (data?.patrolRoutes ?? []).filter((r) => !r.archivedAt);
  const pointNames = new Map(points.map((p) => [p.id, p.name]));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="patrol-setup">
      <Card
        size="small"
        title={t('field.admin.points')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPointEdit('new')} data-testid="patrol-point-new">
            {t('field.admin.newPoint')}
          </Button>
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={points}
          scroll={{ x: 560 }}
          locale={{ emptyText: <Empty description={t('field.admin.noPoints')} /> }}
          data-testid="patrol-points-table"
          columns={[
            { title: t('field.admin.fields.name'), dataIndex: 'name' },
            { title: t('field.admin.fields.zone'), dataIndex: 'zoneName' },
            { title: t('field.admin.fields.locationHint'), render: (_, p) => p.locationHint ?? '—' },
            { title: t('field.admin.fields.quickChecks'), render: (_, p) => p.quickChecks.map((s) => <Tag key={s.id}>{s.code}</Tag>) },
            {
              title: '',
              render: (_, p) => (
                <Space>
                  <Button size="small" onClick={() => setPointEdit(p)} data-testid="patrol-point-edit">
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('field.admin.archiveConfirm')}
                    onConfirm={() => archivePoint({ variables: { id: p.id } }).catch((e: unknown) => report(e))}
                  >
                    <Button size="small" danger data-testid="patrol-point-archive">
                      {t('field.admin.archive')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('field.admin.routes')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRouteEdit('new')}
            disabled={points.length === 0}
            data-testid="patrol-route-new"
          >
            {t('field.admin.newRoute')}
          </Button>
        }
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={routes}
          scroll={{ x: 560 }}
          locale={{ emptyText: <Empty description={t('field.admin.noRoutes')} /> }}
          data-testid="patrol-routes-table"
          columns={[
            { title: t('field.admin.fields.name'), dataIndex: 'name' },
            {
              title: t('field.admin.fields.points'),
              render: (_, r) => r.pointIds.map((id, i) => `${i + 1}. ${pointNames.get(id) ?? '—'}`).join('  '),
            },
            {
              title: t('field.admin.fields.schedule'),
              render: (_, r) => r.schedule?.ruleText ?? r.schedule?.rrule ?? t('field.admin.unscheduled'),
            },
            {
              title: '',
              render: (_, r) => (
                <Space>
                  <Button size="small" onClick={() => setRouteEdit(r)} data-testid="patrol-route-edit">
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('field.admin.archiveConfirm')}
                    onConfirm={() => archiveRoute({ variables: { id: r.id } }).catch((e: unknown) => report(e))}
                  >
                    <Button size="small" danger data-testid="patrol-route-archive">
                      {t('field.admin.archive')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {pointEdit ? (
        <PointModal projectId={projectId} zones={zones} point={pointEdit === 'new' ? null : pointEdit} onClose={() => setPointEdit(null)} />
      ) : null}
      {routeEdit ? (
        <RouteModal
          projectId={projectId}
          timeZone={data?.project.timeZone ?? 'Asia/Shanghai'}
          points={points}
          route={routeEdit === 'new' ? null : routeEdit}
          onClose={() => setRouteEdit(null)}
        />
      ) : null}
    </Space>
  );
}
