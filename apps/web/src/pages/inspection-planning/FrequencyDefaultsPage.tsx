// 默认检查频次: per property format, the ordered list of frequencies a new project usually needs
// (the schedule part only; the assignee is a role). Edited locally, saved as a whole set.
import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ASSIGNEE_ROLES, PROPERTY_FORMATS, type AssigneeRole } from '@pinzhi/domain';
import { useLocale } from '../../app/LocaleProvider';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { toApiError, type FieldProblem } from '../../lib/errors';
import { translateFieldProblem } from '../../lib/form-errors';
import { pickEnum, useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import type {
  InspectionFrequencyDefaultFieldsFragment,
  InspectionFrequencyDefaultInput,
  PeriodUnit,
  PropertyFormat,
  ScheduleAnchor,
} from '../../gql/graphql';
import {
  HolidayListsQuery,
  InspectionFrequencyDefaultsQuery,
  PlanningTemplatesQuery,
  SaveInspectionFrequencyDefaultsMutation,
} from './inspection-planning.operations';
import { NEW_RULE } from '../../components/recurrence/recurrence';
import { describeSchedule, formatWindow } from './planning';
import { ScheduleFields } from './ScheduleFields';

export interface DefaultItem {
  key: string;
  templateId: string;
  templateName: string;
  anchor: ScheduleAnchor;
  rrule: string | null;
  periodUnit: PeriodUnit | null;
  periodCount: number | null;
  startTime: string | null;
  windowMinutes: number;
  allowLate: boolean;
  holidayListId: string | null;
  holidayListName: string | null;
  assigneeRole: AssigneeRole;
}

interface DefaultFormValues {
  templateId?: string;
  anchor: ScheduleAnchor;
  rrule?: string | null;
  periodUnit?: PeriodUnit | null;
  periodCount?: number | null;
  startTime?: string | null;
  windowMinutes?: number | null;
  allowLate?: boolean;
  holidayListId?: string | null;
  assigneeRole?: AssigneeRole;
}

let keySeq = 0;
const newKey = () => `new-${++keySeq}`;

export function itemFromDefault(d: InspectionFrequencyDefaultFieldsFragment): DefaultItem {
  return {
    key: d.id,
    templateId: d.template?.id ?? '',
    templateName: d.template?.name ?? '',
    anchor: d.anchor,
    rrule: d.rrule ?? null,
    periodUnit: d.periodUnit ?? null,
    periodCount: d.periodCount ?? null,
    startTime: d.startTime ?? null,
    windowMinutes: d.windowMinutes,
    allowLate: d.allowLate,
    holidayListId: d.holidayList?.id ?? null,
    holidayListName: d.holidayList?.name ?? null,
    assigneeRole: d.assigneeRole ?? 'INSPECTOR',
  };
}

export function defaultInput(item: DefaultItem): InspectionFrequencyDefaultInput {
  const calendar = item.anchor === 'CALENDAR';
  return {
    templateId: item.templateId,
    anchor: item.anchor,
    rrule: calendar ? item.rrule : null,
    periodUnit: calendar ? null : item.periodUnit,
    periodCount: calendar ? null : item.periodCount,
    startTime: calendar ? null : item.startTime,
    windowMinutes: item.windowMinutes,
    allowLate: item.allowLate,
    holidayListId: item.holidayListId,
    assigneeRole: item.assigneeRole,
  };
}

/** Server problems of saveInspectionFrequencyDefaults (paths items.N.field) by item index. */
export function problemsByItem(problems: readonly FieldProblem[]): { byItem: Map<number, FieldProblem[]>; rest: FieldProblem[] } {
  const byItem = new Map<number, FieldProblem[]>();
  const rest: FieldProblem[] = [];
  for (const p of problems) {
    const at = p.path.indexOf('items');
    const index = at >= 0 ? Number(p.path[at + 1]) : Number.NaN;
    if (Number.isInteger(index)) byItem.set(index, [...(byItem.get(index) ?? []), p]);
    else rest.push(p);
  }
  return { byItem, rest };
}

function DefaultFrequencyModal({
  open,
  item,
  format,
  onCancel,
  onSave,
}: {
  open: boolean;
  /** null = a new default */
  item: DefaultItem | null;
  format: PropertyFormat;
  onCancel: () => void;
  onSave: (item: DefaultItem) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DefaultFormValues>();
  const templates = useQuery(PlanningTemplatesQuery, { variables: { filter: { format, publishedOnly: true }, first: 100 }, skip: !open });
  const holidays = useQuery(HolidayListsQuery, { skip: !open });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      item
        ? {
            ...item,
            rrule: item.rrule ?? NEW_RULE,
            periodUnit: item.periodUnit ?? 'DAY',
            periodCount: item.periodCount ?? 1,
            startTime: item.startTime ?? '09:00',
          }
        : {
            anchor: 'CALENDAR',
            rrule: NEW_RULE,
            periodUnit: 'DAY',
            periodCount: 1,
            startTime: '09:00',
            windowMinutes: 120,
            allowLate: false,
            assigneeRole: 'INSPECTOR',
          },
    );
  }, [form, item, open]);

  const templateOptions = useMemo(() => {
    const list = (templates.data?.inspectionTemplates.nodes ?? []).map((n) => ({ id: n.id, name: n.name }));
    if (item?.templateId && !list.some((x) => x.id === item.templateId)) list.unshift({ id: item.templateId, name: item.templateName });
    return list;
  }, [item, templates.data]);
  const holidayLists = holidays.data?.holidayLists ?? [];
  const noTemplates = !templates.loading && templates.data && templates.data.inspectionTemplates.nodes.length === 0;

  const onFinish = (v: DefaultFormValues) => {
    const calendar = v.anchor === 'CALENDAR';
    onSave({
      key: item?.key ?? newKey(),
      templateId: v.templateId!,
      templateName: templateOptions.find((x) => x.id === v.templateId)?.name ?? item?.templateName ?? '',
      anchor: v.anchor,
      rrule: calendar ? (v.rrule?.trim() ?? null) : null,
      periodUnit: calendar ? null : (v.periodUnit ?? null),
      periodCount: calendar ? null : (v.periodCount ?? null),
      startTime: calendar ? null : (v.startTime ?? null),
      windowMinutes: v.windowMinutes!,
      allowLate: !!v.allowLate,
      holidayListId: v.holidayListId || null,
      holidayListName:
        holidayLists.find((h) => h.id === v.holidayListId)?.name ??
        (v.holidayListId === item?.holidayListId ? item?.holidayListName : null) ??
        null,
      assigneeRole: v.assigneeRole!,
    });
  };

  return (
    <Modal
      open={open}
      title={item ? t('inspectionPlanning.defaults.editTitle') : t('inspectionPlanning.defaults.newTitle')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      width={820}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'default-frequency-ok' } as Record<string, string>}
      data-testid="default-frequency-modal"
    >
      <Form<DefaultFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        style={{ marginTop: 12 }}
        data-testid="default-frequency-form"
      >
        <ScheduleFields
          templates={templateOptions}
          templatesLoading={templates.loading}
          holidayLists={holidayLists}
          holidayListsLoading={holidays.loading}
          templateHint={noTemplates ? t('inspectionPlanning.fields.noTemplates', { format: t(`formats.${format}`) }) : undefined}
        />
        <Row>
          <Col xs={24} sm={12}>
            <Form.Item
              name="assigneeRole"
              label={t('inspectionPlanning.defaults.assigneeRole')}
              rules={[{ required: true, message: t('inspectionPlanning.validation.assigneeRequired') }]}
            >
              <Select
                options={ASSIGNEE_ROLES.map((r) => ({ value: r, label: t(`inspectionPlanning.assigneeRoles.${r}`) }))}
                data-testid="default-assignee-role"
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

export default function FrequencyDefaultsPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { message, modal } = App.useApp();
  const reportError = useMutationErrors();
  const canPlan = useCan('inspections.plan');
  const { params, update } = useQueryState();
  const format: PropertyFormat = pickEnum(params.get('format'), PROPERTY_FORMATS) ?? 'RESIDENTIAL';
  const { data, loading, error, refetch } = useQuery(InspectionFrequencyDefaultsQuery, {
    variables: { format },
    notifyOnNetworkStatusChange: true,
  });
  const [save, saving] = useMutation(SaveInspectionFrequencyDefaultsMutation);
  /** Local edits; null = showing what is saved. */
  const [edited, setEdited] = useState<DefaultItem[] | null>(null);
  const [editing, setEditing] = useState<DefaultItem | 'new' | null>(null);
  const [problems, setProblems] = useState<{ byItem: Map<number, FieldProblem[]>; rest: FieldProblem[] } | null>(null);
  const dirty = edited !== null;
  const { markClean } = useUnsavedChanges(dirty);

  const saved = useMemo(() => (data?.inspectionFrequencyDefaults ?? []).map(itemFromDefault), [data]);
  const items = edited ?? saved;
  const formatName = t(`formats.${format}`);

  const change = (next: DefaultItem[]) => {
    setEdited(next);
    setProblems(null);
  };

  const switchFormat = (next: PropertyFormat) => {
    const go = () => {
      setEdited(null);
      setProblems(null);
      update({ format: next });
    };
    if (!dirty) return go();
    modal.confirm({
      title: t('inspectionPlanning.defaults.switchTitle'),
      content: t('inspectionPlanning.defaults.switchContent'),
      okText: t('inspectionPlanning.defaults.switchOk'),
      cancelText: t('unsaved.stay'),
      okButtonProps: { danger: true },
      onOk: go,
    });
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [it] = next.splice(index, 1);
    next.splice(index + by, 0, it);
    change(next);
  };

  const onSave = async () => {
    try {
      await save({ variables: { format, items: items.map(defaultInput) } });
      markClean();
      await refetch();
      setEdited(null);
      setProblems(null);
      void message.success(t('inspectionPlanning.defaults.saved', { format: formatName }));
    } catch (e) {
      const problem = toApiError(e);
      if (problem.code === 'BAD_USER_INPUT' && problem.fields.length) {
        setProblems(problemsByItem(problem.fields));
        return;
      }
      reportError(e, { onReload: () => void refetch() });
    }
  };

  const problemLines = problems
    ? [
        ...[...problems.byItem].flatMap(([i, ps]) =>
          ps.map((p) =>
            t('inspectionPlanning.defaults.itemProblem', {
              n: i + 1,
              name: items[i]?.templateName ?? '',
              problem: translateFieldProblem(t, p),
            }),
          ),
        ),
        ...problems.rest.map((p) => translateFieldProblem(t, p)),
      ]
    : [];

  const columns: TableColumnsType<DefaultItem> = [
    { key: 'position', title: t('inspectionPlanning.defaults.position'), width: 70, render: (_, _row, i) => i + 1 },
    {
      key: 'template',
      title: t('inspectionPlanning.table.template'),
      render: (_, row, i) => (
        <Space size={4} wrap>
          <span style={{ fontWeight: 500 }}>{row.templateName || t('inspectionPlanning.table.templateGone')}</span>
          {problems?.byItem.has(i) ? (
            <Tooltip
              title={problems.byItem
                .get(i)!
                .map((p) => translateFieldProblem(t, p))
                .join(t('inspectionPlanning.problemSeparator'))}
            >
              <Tag color="error">!</Tag>
            </Tooltip>
          ) : null}
        </Space>
      ),
    },
    { key: 'schedule', title: t('inspectionPlanning.table.schedule'), render: (_, row) => describeSchedule(row, language) },
    {
      key: 'window',
      title: t('inspectionPlanning.table.window'),
      width: 120,
      render: (_, row) => formatWindow(row.windowMinutes, language),
    },
    {
      key: 'late',
      title: t('inspectionPlanning.table.allowLate'),
      width: 100,
      render: (_, row) =>
        row.allowLate ? <Tag color="blue">{t('inspectionPlanning.table.yes')}</Tag> : <Tag>{t('inspectionPlanning.table.no')}</Tag>,
    },
    {
      key: 'role',
      title: t('inspectionPlanning.defaults.assigneeRole'),
      width: 130,
      render: (_, row) => t(`inspectionPlanning.assigneeRoles.${row.assigneeRole}`),
    },
    {
      key: 'holidays',
      title: t('inspectionPlanning.table.holidayList'),
      width: 140,
      render: (_, row) => row.holidayListName ?? t('common.none'),
    },
  ];
  if (canPlan) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 200,
      fixed: 'right',
      render: (_, row, i) => (
        <Space size={0}>
          <Tooltip title={t('inspectionPlanning.defaults.moveUp')}>
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined />}
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={t('inspectionPlanning.defaults.moveUp')}
            />
          </Tooltip>
          <Tooltip title={t('inspectionPlanning.defaults.moveDown')}>
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined />}
              disabled={i === items.length - 1}
              onClick={() => move(i, 1)}
              aria-label={t('inspectionPlanning.defaults.moveDown')}
            />
          </Tooltip>
          <Button type="link" size="small" onClick={() => setEditing(row)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('inspectionPlanning.defaults.remove')}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => change(items.filter((x) => x.key !== row.key))}
          >
            <Button type="link" size="small" danger>
              {t('inspectionPlanning.defaults.remove')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    });
  }

  const addButton = (
    <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-default-frequency">
      {t('inspectionPlanning.defaults.add')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('inspectionPlanning.defaults.title')}
        subTitle={t('inspectionPlanning.defaults.subtitle')}
        extra={
          canPlan ? (
            <>
              {dirty ? (
                <Button
                  onClick={() => {
                    setEdited(null);
                    setProblems(null);
                  }}
                  disabled={saving.loading}
                  data-testid="discard-defaults"
                >
                  {t('inspectionPlanning.defaults.discard')}
                </Button>
              ) : null}
              <Button
                type="primary"
                icon={<SaveOutlined />}
                loading={saving.loading}
                disabled={!dirty || saving.loading}
                onClick={() => void onSave()}
                data-testid="save-defaults"
              >
                {saving.loading ? t('common.saving') : t('inspectionPlanning.defaults.save')}
              </Button>
            </>
          ) : undefined
        }
      />
      <Card variant="borderless">
        <div
          style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center', justifyContent: 'space-between', marginBottom: 16 }}
        >
          <Space wrap>
            <Typography.Text>{t('inspectionPlanning.defaults.format')}</Typography.Text>
            <Select<PropertyFormat>
              value={format}
              onChange={switchFormat}
              options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
              style={{ width: 200 }}
              aria-label={t('inspectionPlanning.defaults.format')}
              data-testid="defaults-format-select"
            />
            {dirty ? <Tag color="warning">{t('inspectionPlanning.defaults.unsaved')}</Tag> : null}
          </Space>
          {canPlan ? addButton : <Typography.Text type="secondary">{t('inspectionPlanning.defaults.readOnly')}</Typography.Text>}
        </div>
        {problemLines.length ? (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('inspectionPlanning.defaults.itemsInvalid')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {problemLines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            }
            data-testid="defaults-problems"
          />
        ) : null}
        {!data && loading ? (
          <TableSkeleton />
        ) : !data && !edited ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <Table<DefaultItem>
            rowKey="key"
            size="middle"
            columns={columns}
            dataSource={items}
            pagination={false}
            loading={loading}
            scroll={{ x: 1000 }}
            data-testid="defaults-table"
            locale={{
              emptyText: (
                <EmptyState
                  title={t('inspectionPlanning.defaults.empty', { format: formatName })}
                  hint={canPlan ? t('inspectionPlanning.defaults.emptyHint') : undefined}
                  action={
                    canPlan ? (
                      <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                        {t('inspectionPlanning.defaults.add')}
                      </Button>
                    ) : undefined
                  }
                />
              ),
            }}
          />
        )}
      </Card>
      <DefaultFrequencyModal
        open={editing !== null}
        item={editing === 'new' ? null : editing}
        format={format}
        onCancel={() => setEditing(null)}
        onSave={(item) => {
          const exists = items.some((x) => x.key === item.key);
          change(exists ? items.map((x) => (x.key === item.key ? item : x)) : [...items, item]);
          setEditing(null);
        }}
      />
    </>
  );
}
