// 培训计划编辑: position, scope (company / region / project), period, and items = courses with a
// required-by date, pass mark and validity; per-item coverage from the requirements of the plan's
// position for that course (one small count query per item). /training/plans/new creates.
import { useEffect } from 'react';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { NumberInput, numberRange } from '../../components/NumberInput';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RecordHistory } from '../../components/audit/RecordHistory';
import { TRAINING_RULES } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { ConfirmDeleteButton } from '../../components/ConfirmDeleteButton';
import { DateField } from '../../components/DateFields';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useCan } from '../../session/Allow';
import { OutdatedTag } from './parts';
import { planInput, type PlanForm } from './training-utils';
import {
  ArchivePlanMutation,
  CoursesQuery,
  CreatePlanMutation,
  PlanQuery,
  RequirementsQuery,
  TrainingOptionsQuery,
  UpdatePlanMutation,
} from './training.operations';

const FIELDS = ['name', 'positionId', 'scope', 'regionId', 'projectId', 'periodStart', 'periodEnd', 'items'];

function ItemCoverage({ courseId, positionId }: { courseId?: string; positionId?: string }) {
  const skip = !courseId || !positionId;
  const all = useQuery(RequirementsQuery, { variables: { filter: { courseId, positionId }, first: 1 }, skip });
  const done = useQuery(RequirementsQuery, { variables: { filter: { courseId, positionId, status: 'COMPLETED' }, first: 1 }, skip });
  const total = all.data?.trainingRequirements.totalCount;
  const completed = done.data?.trainingRequirements.totalCount;
  if (skip || total == null || completed == null) return <span>—</span>;
  return <span data-testid="item-coverage">{total ? `${completed}/${total}` : '—'}</span>;
}

export default function TrainingPlanPage() {
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const mayManage = useCan('training.manage');
  const [form] = Form.useForm<PlanForm>();
  const options = useQuery(TrainingOptionsQuery);
  const courses = useQuery(CoursesQuery, { variables: { includeArchived: false } });
  const plan = useQuery(PlanQuery, { variables: { id }, skip: isNew });
  const [create, creating] = useMutation(CreatePlanMutation, { refetchQueries: ['TrainingPlans'] });
  const [updatePlan, updating] = useMutation(UpdatePlanMutation);
  const [archive] = useMutation(ArchivePlanMutation, { refetchQueries: ['TrainingPlans'] });
  const p = plan.data?.trainingPlan;
  const scope = Form.useWatch('scope', form);
  const positionId = Form.useWatch('positionId', form);
  const items = Form.useWatch('items', form) ?? [];

  useEffect(() => {
    if (!p) return;
    form.setFieldsValue({
      name: p.name,
      positionId: p.position?.id,
      scope: p.scope,
      regionId: p.region?.id,
      projectId: p.project?.id,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      items: p.items.map((i) => ({
        courseId: i.course?.id ?? '',
        requiredBy: i.requiredBy,
        passMark: i.passMark,
        validityMonths: i.validityMonths,
      })),
    });
  }, [p, form]);

  if (!isNew && plan.loading && !p) return <PageSkeleton />;
  if (!isNew && plan.error && !p) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;

  type CourseInfo = {
    title: string;
    outdated: boolean;
    defaultPassMark: number;
    defaultValidityMonths?: number | null;
    outdatedBy?: { number: number | null } | null;
  };
  const courseById = new Map<string, CourseInfo>(
    (p?.items ?? []).flatMap((i) => (i.course ? [[i.course.id, i.course as CourseInfo] as const] : [])),
  );
  for (const c of courses.data?.courses ?? [])
    courseById.set(c.id, { ...c, outdatedBy: c.outdatedBy ? { number: c.outdatedBy.number } : null });
  const CourseCell = ({ value }: { value?: string }) => {
    const c = value ? courseById.get(value) : undefined;
    return (
      <Space>
        <span>{c?.title ?? '—'}</span>
        {c?.outdated ? <OutdatedTag number={c.outdatedBy?.number} /> : null}
      </Space>
    );
  };
  const CoverageCell = ({ value }: { value?: string }) => <ItemCoverage courseId={value} positionId={positionId ?? p?.position?.id} />;
  const submit = async (values: PlanForm) => {
    try {
      const input = planInput({ ...values, items: values.items ?? [] });
      if (isNew) {
        const { data } = await create({ variables: { input } });
        void message.success(t('training.plans.created'));
        if (data) void navigate(`/training/plans/${data.createTrainingPlan.id}`, { replace: true });
      } else {
        await updatePlan({ variables: { id, input, expectedVersion: p?.version } });
        void message.success(t('training.common.saved'));
      }
    } catch (e) {
      reportError(e, { form, fields: FIELDS, onReload: () => void plan.refetch() });
    }
  };
  const required = [{ required: true, message: t('validation.REQUIRED') }];
  // A course cannot be due before the plan starts (coverage would count it overdue at once); the API refuses it too.
  const notBeforePlanStart = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_: unknown, v: string | null) => {
      const start = getFieldValue('periodStart') as string | null;
      return !v || !start || v >= start ? Promise.resolve() : Promise.reject(new Error(t('validation.NOT_BEFORE', { min: start })));
    },
  });
  const thisYear = new Date().getFullYear();

  return (
    <div data-testid="training-plan-page">
      <PageHeader
        onBack={() => void navigate('/training/plans')}
        title={isNew ? t('training.plans.newTitle') : (p?.name ?? '')}
        extra={
          mayManage ? (
            <>
              {!isNew && !p?.archivedAt ? (
                <Popconfirm
                  title={t('training.plans.archiveConfirm')}
                  onConfirm={() =>
                    void archive({ variables: { id } })
                      .then(() => navigate('/training/plans'))
                      .catch((e: unknown) => reportError(e))
                  }
                >
                  <Button danger>{t('training.plans.archive')}</Button>
                </Popconfirm>
              ) : null}
              <Button type="primary" loading={creating.loading || updating.loading} onClick={() => form.submit()} data-testid="save-plan">
                {t('training.plans.save')}
              </Button>
            </>
          ) : null
        }
      />
      {!mayManage ? <Alert type="info" showIcon title={t('training.plans.readOnly')} style={{ marginBottom: 16 }} /> : null}
      <Form<PlanForm>
        form={form}
        layout="vertical"
        disabled={!mayManage}
        onFinish={(v) => void submit(v)}
        initialValues={{ scope: 'TENANT', periodStart: `${thisYear}-01-01`, periodEnd: `${thisYear}-12-31`, items: [] }}
        data-testid="plan-form"
      >
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space wrap size={16} align="start">
            <Form.Item
              name="name"
              label={t('training.plans.name')}
              rules={[...required, { max: TRAINING_RULES.name.max, message: t('validation.TOO_LONG', { max: TRAINING_RULES.name.max }) }]}
              style={{ width: 300 }}
            >
              <Input data-testid="plan-name" />
            </Form.Item>
            <Form.Item name="positionId" label={t('training.common.position')} rules={required} style={{ width: 160 }}>
              <Select options={(options.data?.positions ?? []).map((x) => ({ value: x.id, label: x.name }))} data-testid="plan-position" />
            </Form.Item>
            <Form.Item name="scope" label={t('training.plans.scope')} rules={required} style={{ width: 140 }}>
              <Select
                options={(['TENANT', 'REGION', 'PROJECT'] as const).map((s) => ({ value: s, label: t(`training.scopes.${s}`) }))}
                data-testid="plan-scope"
              />
            </Form.Item>
            {scope === 'REGION' ? (
              <Form.Item name="regionId" label={t('training.common.region')} rules={required} style={{ width: 160 }}>
                <Select options={(options.data?.regions.nodes ?? []).map((r) => ({ value: r.id, label: r.name }))} />
              </Form.Item>
            ) : null}
            {scope === 'PROJECT' ? (
              <Form.Item name="projectId" label={t('training.common.project')} rules={required} style={{ width: 240 }}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(options.data?.projects.nodes ?? []).map((x) => ({ value: x.id, label: `${x.code} · ${x.name}` }))}
                />
              </Form.Item>
            ) : null}
            <Form.Item name="periodStart" label={t('training.plans.periodStart')} rules={required}>
              <DateField data-testid="plan-period-start" />
            </Form.Item>
            <Form.Item
              name="periodEnd"
              label={t('training.plans.periodEnd')}
              dependencies={['periodStart']}
              rules={[
                ...required,
                ({ getFieldValue }) => ({
                  validator: (_, v: string) =>
                    !v || v >= getFieldValue('periodStart') ? Promise.resolve() : Promise.reject(new Error(t('validation.DATE_ORDER'))),
                }),
              ]}
            >
              <DateField data-testid="plan-period-end" />
            </Form.Item>
          </Space>
        </Card>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <Card
              size="small"
              title={t('training.plans.items')}
              extra={
                mayManage ? (
                  <Select
                    style={{ width: 260 }}
                    placeholder={
                      <span>
                        <PlusOutlined /> {t('training.plans.addCourse')}
                      </span>
                    }
                    value={null}
                    showSearch={{ optionFilterProp: 'label' }}
                    onChange={(courseId: string) => {
                      const c = courseById.get(courseId);
                      add({
                        courseId,
                        requiredBy: form.getFieldValue('periodEnd'),
                        passMark: c?.defaultPassMark ?? 60,
                        validityMonths: c?.defaultValidityMonths ?? null,
                      });
                    }}
                    options={(courses.data?.courses ?? [])
                      .filter((c) => !items.some((i) => i?.courseId === c.id))
                      .map((c) => ({ value: c.id, label: c.title }))}
                    data-testid="add-course"
                  />
                ) : null
              }
            >
              {fields.length === 0 ? (
                <Typography.Text type="secondary" data-testid="no-items">
                  {t('training.plans.noItems')}
                </Typography.Text>
              ) : (
                <Table
                  rowKey="key"
                  size="small"
                  pagination={false}
                  dataSource={fields}
                  data-testid="plan-items"
                  onRow={() => ({ 'data-testid': 'plan-item' }) as never}
                  columns={[
                    {
                      key: 'course',
                      title: t('training.common.course'),
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'courseId']} noStyle>
                          <CourseCell />
                        </Form.Item>
                      ),
                    },
                    {
                      key: 'requiredBy',
                      title: t('training.plans.requiredBy'),
                      width: 170,
                      render: (_, f) => (
                        <Form.Item
                          name={[f.name, 'requiredBy']}
                          dependencies={['periodStart']}
                          rules={[...required, notBeforePlanStart]}
                          style={{ margin: 0 }}
                        >
                          <DateField data-testid="item-required-by" />
                        </Form.Item>
                      ),
                    },
                    {
                      key: 'passMark',
                      title: t('training.plans.passMark'),
                      width: 110,
                      render: (_, f) => (
                        <Form.Item
                          name={[f.name, 'passMark']}
                          rules={[...required, numberRange(t, { min: 0, max: 100, integer: true })]}
                          style={{ margin: 0 }}
                        >
                          <NumberInput min={0} max={100} integer />
                        </Form.Item>
                      ),
                    },
                    {
                      key: 'validity',
                      title: t('training.plans.validityMonths'),
                      width: 130,
                      render: (_, f) => (
                        <Form.Item
                          name={[f.name, 'validityMonths']}
                          style={{ margin: 0 }}
                          tooltip={t('training.plans.validityHint')}
                          rules={[numberRange(t, { ...TRAINING_RULES.validityMonths, integer: true })]}
                        >
                          <NumberInput
                            min={TRAINING_RULES.validityMonths.min}
                            max={TRAINING_RULES.validityMonths.max}
                            integer
                            placeholder={t('training.common.never')}
                          />
                        </Form.Item>
                      ),
                    },
                    {
                      key: 'coverage',
                      title: t('training.plans.coverage'),
                      width: 90,
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'courseId']} noStyle>
                          <CoverageCell />
                        </Form.Item>
                      ),
                    },
                    {
                      key: 'remove',
                      width: 50,
                      render: (_, f) =>
                        mayManage ? (
                          <ConfirmDeleteButton
                            label={t('training.plans.remove')}
                            subject={courseById.get(form.getFieldValue(['items', f.name, 'courseId']) as string)?.title}
                            description={t('training.plans.removeConfirm')}
                            onConfirm={() => remove(f.name)}
                            testId="remove-plan-item"
                          />
                        ) : null,
                    },
                  ]}
                />
              )}
            </Card>
          )}
        </Form.List>
      </Form>
      {!isNew ? <RecordHistory entity="TrainingPlan" id={id} /> : null}
    </div>
  );
}
