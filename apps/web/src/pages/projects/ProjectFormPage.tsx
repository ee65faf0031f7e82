// Create / edit a project. Client rules mirror the server's (@pinzhi/domain RULES); the server's
// BAD_USER_INPUT field problems land on the same fields.
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE, PROJECT_STAGES, RULES, type ProjectStage } from '@pinzhi/domain';
import type { Dayjs } from 'dayjs';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { dayjs } from '../../lib/format';
import { formRules, requiredChoice } from '../../lib/rules';
import { useDataScope, useMe } from '../../session/SessionProvider';
import { PropertyOptionsQuery } from '../properties/properties.operations';
import { RegionOptionsQuery } from '../regions/regions.operations';
import {
  CompanyProjectDefaultsQuery,
  CreateProjectMutation,
  ManagerOptionsQuery,
  ProjectQuery,
  UpdateProjectMutation,
} from './projects.operations';
import type { ProjectDetailFragment } from '../../gql/graphql';

export interface ProjectFormValues {
  code: string;
  name: string;
  propertyId?: string;
  regionId?: string;
  stage?: ProjectStage;
  contractStart?: Dayjs | null;
  contractEnd?: Dayjs | null;
  serviceScope?: string;
  managerUserId?: string | null;
  timeZone: string;
}

export const PROJECT_FORM_FIELDS = [
  'code',
  'name',
  'propertyId',
  'regionId',
  'stage',
  'contractStart',
  'contractEnd',
  'serviceScope',
  'managerUserId',
  'timeZone',
] as const;

const TIME_ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Urumqi', 'Asia/Singapore', 'Asia/Tokyo', 'UTC'];

function toDay(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value, 'YYYY-MM-DD') : null;
}

function fromDay(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

function initialValues(project?: ProjectDetailFragment): Partial<ProjectFormValues> {
  if (!project) return { stage: 'PROSPECT', timeZone: DEFAULT_TIME_ZONE };
  return {
    code: project.code,
    name: project.name,
    propertyId: project.property.id,
    regionId: project.region.id,
    contractStart: toDay(project.contractStart),
    contractEnd: toDay(project.contractEnd),
    serviceScope: project.serviceScope ?? undefined,
    managerUserId: project.manager?.id ?? null,
    timeZone: project.timeZone,
  };
}

function ProjectForm({ project, onReload }: { project?: ProjectDetailFragment; onReload?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<ProjectFormValues>();
  const [dirty, setDirty] = useState(false);
  const { markClean } = useUnsavedChanges(dirty);
  const reportError = useMutationErrors();
  const isAdmin = me.role === 'TENANT_ADMIN';
  // Regions to choose follow the data scope: a region-scoped user's own, the company's for a
  // company-wide one, none beyond the project's own for a project-scoped one.
  const scope = useDataScope();
  const regionScoped = scope.kind !== 'COMPANY';

  const properties = useQuery(PropertyOptionsQuery, { variables: {} });
  const regionQuery = useQuery(RegionOptionsQuery, { skip: regionScoped });
  const managers = useQuery(ManagerOptionsQuery, { skip: !isAdmin });
  const companyTimeZone = useQuery(CompanyProjectDefaultsQuery, { skip: !!project }).data?.companySettings.timeZone;
  // A new project starts in the company's time zone, unless the user already chose one.
  useEffect(() => {
    if (companyTimeZone && !form.isFieldTouched('timeZone')) form.setFieldValue('timeZone', companyTimeZone);
  }, [companyTimeZone, form]);
  const [create, creating] = useMutation(CreateProjectMutation);
  const [update, updating] = useMutation(UpdateProjectMutation);
  const saving = creating.loading || updating.loading;

  const regions = useMemo(
    () => (scope.kind === 'REGIONS' ? me.regions : scope.kind === 'PROJECTS' ? [] : (regionQuery.data?.regions.nodes ?? [])),
    [me.regions, regionQuery.data, scope.kind],
  );
  const propertyOptions = useMemo(() => {
    const nodes = properties.data?.properties.nodes ?? [];
    const list = nodes.map((p) => ({ value: p.id, label: `${p.name} · ${t(`formats.${p.format}`)}` }));
    if (project && !nodes.some((p) => p.id === project.property.id)) {
      list.unshift({ value: project.property.id, label: project.property.name });
    }
    return list;
  }, [project, properties.data, t]);
  const regionOptions = useMemo(() => {
    const list = regions.map((r) => ({ value: r.id, label: r.name }));
    if (project && !list.some((r) => r.value === project.region.id)) list.unshift({ value: project.region.id, label: project.region.name });
    return list;
  }, [project, regions]);
  const managerOptions = useMemo(() => {
    const list = (managers.data?.members.nodes ?? []).map((m) => ({ value: m.user.id, label: `${m.user.displayName} (${m.user.email})` }));
    if (project?.manager && !list.some((m) => m.value === project.manager!.id)) {
      list.unshift({ value: project.manager.id, label: project.manager.displayName });
    }
    return list;
  }, [managers.data, project]);
  const timeZones = useMemo(
    () =>
      [...new Set([...(project ? [project.timeZone] : []), ...(companyTimeZone ? [companyTimeZone] : []), ...TIME_ZONES])].map((z) => ({
        value: z,
        label: z,
      })),
    [project, companyTimeZone],
  );

  const nothingToChoose =
    !project && !properties.loading && !regionQuery.loading && (propertyOptions.length === 0 || regionOptions.length === 0);

  const onFinish = async (values: ProjectFormValues) => {
    const common = {
      code: values.code.trim(),
      name: values.name.trim(),
      propertyId: values.propertyId!,
      regionId: values.regionId!,
      contractStart: fromDay(values.contractStart),
      contractEnd: fromDay(values.contractEnd),
      serviceScope: values.serviceScope?.trim() || null,
      timeZone: values.timeZone,
      ...(isAdmin ? { managerUserId: values.managerUserId || null } : {}),
    };
    try {
      if (project) {
        const { data } = await update({ variables: { id: project.id, input: common, expectedVersion: project.version } });
        markClean();
        void message.success(t('projects.saved'));
        navigate(`/projects/${data?.updateProject.id ?? project.id}`);
      } else {
        const { data } = await create({ variables: { input: { ...common, stage: values.stage } } });
        markClean();
        void message.success(t('projects.saved'));
        navigate(data ? `/projects/${data.createProject.id}` : '/projects');
      }
    } catch (error) {
      reportError(error, { form, fields: PROJECT_FORM_FIELDS, rename: { managerUserId: 'managerUserId' }, onReload });
    }
  };

  return (
    <Card variant="borderless">
      {nothingToChoose ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('projects.noRegionsHint')}
          action={
            <Space>
              <Link to="/regions">{t('nav.regions')}</Link>
              <Link to="/properties/new">{t('properties.create')}</Link>
            </Space>
          }
        />
      ) : null}
      <Form<ProjectFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues(project)}
        onFinish={onFinish}
        onValuesChange={() => setDirty(true)}
        scrollToFirstError
        data-testid="project-form"
        style={{ maxWidth: 960 }}
      >
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="code" label={t('projects.code')} rules={formRules.code(t)} validateFirst>
              <Input placeholder={t('projects.codePlaceholder')} maxLength={RULES.code.max + 10} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('projects.name')} rules={formRules.name(t)} validateFirst>
              <Input placeholder={t('projects.namePlaceholder')} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="propertyId" label={t('projects.property')} rules={[requiredChoice(t)]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('projects.propertyPlaceholder')}
                options={propertyOptions}
                loading={properties.loading}
                data-testid="project-property"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="regionId" label={t('projects.region')} rules={[requiredChoice(t)]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('projects.regionPlaceholder')}
                options={regionOptions}
                loading={regionQuery.loading}
                data-testid="project-region"
              />
            </Form.Item>
          </Col>
          {!project ? (
            <Col xs={24} md={12}>
              <Form.Item name="stage" label={t('projects.initialStage')}>
                <Select options={PROJECT_STAGES.filter((s) => s !== 'EXITED').map((s) => ({ value: s, label: t(`stages.${s}`) }))} />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={12}>
            <Form.Item name="timeZone" label={t('projects.timeZone')} rules={[requiredChoice(t)]}>
              <Select showSearch options={timeZones} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contractStart" label={t('projects.contractStart')} rules={[formRules.isoDate(t)]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="contractEnd"
              label={t('projects.contractEnd')}
              dependencies={['contractStart']}
              rules={[
                formRules.isoDate(t),
                ({ getFieldValue }) => ({
                  validator: (_rule, end: Dayjs | null) => {
                    const start = getFieldValue('contractStart') as Dayjs | null;
                    return start && end && end.isBefore(start, 'day')
                      ? Promise.reject(new Error(t('validation.DATE_ORDER')))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {isAdmin ? (
            <Col xs={24} md={12}>
              <Form.Item name="managerUserId" label={t('projects.manager')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('projects.managerPlaceholder')}
                  options={managerOptions}
                  loading={managers.loading}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24}>
            <Form.Item name="serviceScope" label={t('projects.serviceScope')} rules={formRules.serviceScope(t)}>
              <Input.TextArea
                rows={4}
                showCount={{ formatter: ({ count }) => `${count} / ${RULES.serviceScope.max}` }}
                placeholder={t('projects.serviceScopePlaceholder')}
              />
            </Form.Item>
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="save-project">
            {saving ? t('common.saving') : t('common.save')}
          </Button>
          <Button onClick={() => navigate(project ? `/projects/${project.id}` : '/projects')} disabled={saving}>
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export default function ProjectFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ProjectQuery, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  const title = id ? t('projects.edit') : t('projects.create');
  const back = () => navigate(id ? `/projects/${id}` : '/projects');

  if (id && !data && loading) return <PageSkeleton rows={10} />;
  if (id && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={title} subTitle={data?.project.code} onBack={back} />
      <ProjectForm key={data?.project.version ?? 'new'} project={data?.project} onReload={() => void refetch()} />
    </>
  );
}
