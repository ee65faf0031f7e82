// Project detail: property, region, stage, contract, manager; stage change offers only the
// server's allowedNextStages. Tabs (in the URL, ?tab=handbook|inspection-plan|findings): overview, the project's
// 工作手册, its 检查计划 and 扣分到人 (findings per employee and standard) (lazy chunks: the editors are heavy).
import { lazy, Suspense } from 'react';
import { App, Alert, Button, Card, Descriptions, Dropdown, Popconfirm, Steps, Tabs, Tag, Typography } from 'antd';
import { DownOutlined, EditOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router-dom';
import { RecordHistory } from '../../components/audit/RecordHistory';
import { useTranslation } from 'react-i18next';
import { PROJECT_STAGES, type ProjectStage } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton, TableSkeleton } from '../../components/PageStates';
import { FormatTag, StageTag } from '../../components/Tags';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDate, formatDateTime } from '../../lib/format';
import { useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { ArchiveProjectMutation, ChangeProjectStageMutation, ProjectQuery } from './projects.operations';

const ProjectHandbookTab = lazy(() => import('../handbooks/ProjectHandbookTab'));
const ProjectInspectionPlanTab = lazy(() => import('../inspection-planning/ProjectInspectionPlanTab'));
const ProjectFindingsTab = lazy(() => import('../inspections/ProjectFindingsTab'));

const TABS = ['overview', 'handbook', 'inspection-plan', 'findings', 'history'] as const;

const PATH: ProjectStage[] = PROJECT_STAGES.filter((s) => s !== 'EXITED');

export default function ProjectDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { modal, message } = App.useApp();
  const canEdit = useCan('portfolio.edit');
  const mayReadFindings = useCan('findings.read');
  const reportError = useMutationErrors();
  const { params, update } = useQueryState();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'overview';
  const { data, loading, error, refetch } = useQuery(ProjectQuery, { variables: { id }, notifyOnNetworkStatusChange: true });
  const [changeStage, changing] = useMutation(ChangeProjectStageMutation);
  const [archive, archiving] = useMutation(ArchiveProjectMutation);

  const back = () => (window.history.length > 1 ? navigate(-1) : navigate('/projects'));

  if (!data && loading) return <PageSkeleton rows={10} />;
  if (!data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const project = data.project;

  const confirmStage = (to: ProjectStage) => {
    modal.confirm({
      title: t('projects.changeStage'),
      content: t('projects.changeStageConfirm', { from: t(`stages.${project.stage}`), to: t(`stages.${to}`) }),
      okText: t('common.ok'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: to === 'EXITED' },
      onOk: async () => {
        try {
          await changeStage({ variables: { id: project.id, stage: to, expectedVersion: project.version } });
          void message.success(t('projects.stageChanged', { stage: t(`stages.${to}`) }));
        } catch (e) {
          reportError(e, { onReload: () => void refetch() });
        }
      },
    });
  };

  const doArchive = async () => {
    try {
      await archive({ variables: { id: project.id } });
      void message.success(t('projects.archivedMessage'));
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };

  const next = project.allowedNextStages;
  const onboardingLink = project.onboarding ? (
    <Button onClick={() => navigate(`/onboarding/${project.onboarding!.id}`)} data-testid="project-onboarding">
      {t('nav.onboarding')}
    </Button>
  ) : null;
  const actions = canEdit ? (
    <>
      {onboardingLink}
      <Button icon={<EditOutlined />} onClick={() => navigate(`/projects/${project.id}/edit`)} data-testid="edit-project">
        {t('common.edit')}
      </Button>
      {next.length ? (
        <Dropdown
          trigger={['click']}
          menu={{
            items: next.map((stage) => ({
              key: stage,
              label: <span data-testid={`stage-option-${stage}`}>{t('projects.changeStageTo', { stage: t(`stages.${stage}`) })}</span>,
              danger: stage === 'EXITED',
            })),
            onClick: ({ key }) => confirmStage(key as ProjectStage),
          }}
        >
          <Button type="primary" loading={changing.loading} data-testid="change-stage">
            {t('projects.changeStage')} <DownOutlined />
          </Button>
        </Dropdown>
      ) : null}
      {!project.archivedAt ? (
        <Popconfirm
          title={t('projects.archive')}
          description={<div style={{ maxWidth: 260 }}>{t('projects.archiveConfirm')}</div>}
          okText={t('common.ok')}
          cancelText={t('common.cancel')}
          onConfirm={doArchive}
        >
          <Button icon={<InboxOutlined />} loading={archiving.loading}>
            {t('projects.archive')}
          </Button>
        </Popconfirm>
      ) : null}
    </>
  ) : null;

  const current = PATH.indexOf(project.stage);

  return (
    <>
      <PageHeader
        onBack={back}
        title={project.name}
        subTitle={project.code}
        tags={
          <>
            <StageTag stage={project.stage} />
            {project.archivedAt ? <Tag>{t('projects.archived')}</Tag> : null}
          </>
        }
        extra={actions ?? onboardingLink}
      />
      <Card variant="borderless" style={{ marginBottom: 16 }} title={t('projects.stageProgress')}>
        {project.stage === 'EXITED' ? (
          <Alert type="error" showIcon title={t('projects.finalStage')} />
        ) : (
          <Steps size="small" current={current} items={PATH.map((stage) => ({ title: t(`stages.${stage}`) }))} responsive />
        )}
      </Card>
      <Card variant="borderless">
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key === 'overview' ? undefined : key })}
          data-testid="project-tabs"
          items={[
            {
              key: 'overview',
              label: t('projects.overview'),
              children: (
                <Descriptions
                  bordered
                  size="middle"
                  column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
                  data-testid="project-descriptions"
                  items={[
                    { key: 'code', label: t('projects.code'), children: project.code },
                    { key: 'name', label: t('projects.name'), children: project.name },
                    { key: 'stage', label: t('projects.stage'), children: <StageTag stage={project.stage} /> },
                    {
                      key: 'property',
                      label: t('projects.property'),
                      children: (
                        <div>
                          <div>
                            {project.property.name} <FormatTag format={project.property.format} />
                          </div>
                          {project.property.address ? (
                            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                              {project.property.address}
                            </Typography.Text>
                          ) : null}
                        </div>
                      ),
                    },
                    { key: 'region', label: t('projects.region'), children: project.region.name },
                    {
                      key: 'manager',
                      label: t('projects.manager'),
                      children: project.manager ? (
                        <span title={project.manager.email}>{project.manager.displayName}</span>
                      ) : (
                        <Typography.Text type="secondary">{t('projects.noManager')}</Typography.Text>
                      ),
                    },
                    {
                      key: 'contract',
                      label: t('projects.contract'),
                      children:
                        project.contractStart || project.contractEnd
                          ? `${formatDate(project.contractStart)} ~ ${formatDate(project.contractEnd)}`
                          : t('common.none'),
                    },
                    { key: 'tz', label: t('projects.timeZone'), children: project.timeZone },
                    { key: 'updated', label: t('common.updatedAt'), children: formatDateTime(project.updatedAt, project.timeZone) },
                    {
                      key: 'scope',
                      label: t('projects.serviceScope'),
                      span: 'filled',
                      children: project.serviceScope ? (
                        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{project.serviceScope}</Typography.Paragraph>
                      ) : (
                        t('common.none')
                      ),
                    },
                    { key: 'created', label: t('common.createdAt'), children: formatDateTime(project.createdAt, project.timeZone) },
                  ]}
                />
              ),
            },
            {
              key: 'handbook',
              label: <span data-testid="project-tab-handbook">{t('handbooks.projectTab')}</span>,
              children: (
                <Suspense fallback={<TableSkeleton />}>
                  <ProjectHandbookTab projectId={project.id} />
                </Suspense>
              ),
            },
            {
              key: 'inspection-plan',
              label: <span data-testid="project-tab-inspection-plan">{t('inspectionPlanning.projectTab')}</span>,
              children: (
                <Suspense fallback={<TableSkeleton />}>
                  <ProjectInspectionPlanTab projectId={project.id} />
                </Suspense>
              ),
            },
            ...(mayReadFindings
              ? [
                  {
                    key: 'findings',
                    label: <span data-testid="project-tab-findings">{t('findings.project.tab')}</span>,
                    children: (
                      <Suspense fallback={<TableSkeleton />}>
                        <ProjectFindingsTab projectId={project.id} />
                      </Suspense>
                    ),
                  },
                ]
              : []),
            {
              key: 'history',
              label: <span data-testid="project-tab-history">{t('audit.history')}</span>,
              children: <RecordHistory entity="Project" id={project.id} plain />,
            },
          ]}
        />
      </Card>
    </>
  );
}
