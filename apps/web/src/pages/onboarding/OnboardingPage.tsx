// A project's onboarding (前期接管): stage gate and advance / override / go-live, what go-live
// provisioned, and tabs (in the URL, ?tab=) for the tasks per phase, the site survey, the
// service proposal and the history.
import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Steps, Tabs, Tag, Timeline, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RecordHistory } from '../../components/audit/RecordHistory';
import { ONBOARDING_PHASES, ONBOARDING_TASK_STATUSES, type OnboardingTaskStatus, type ProjectStage } from '@pinzhi/domain';

const TASK_STATUSES: readonly string[] = ONBOARDING_TASK_STATUSES;
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { StageTag } from '../../components/Tags';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { pickEnum, useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { useMe } from '../../session/SessionProvider';
import { AdvanceMutation, OnboardingQuery } from './onboarding.operations';
import { PhaseTasks, deptName } from './PhaseTasks';
import { GoLivePreviewCard, GoLiveWarnings, useGoLivePreview } from './GoLivePreview';
import { SurveyForm } from './SurveyForm';
import { ProposalEditor } from './ProposalEditor';
import type { OnboardingQuery as OnboardingData } from '../../gql/graphql';

const TABS = ['tasks', 'survey', 'proposal', 'history', 'changes'] as const;
const PATH: ProjectStage[] = ['PROSPECT', 'SURVEY', 'PROPOSAL', 'TAKEOVER', 'OPERATING'];
export type OnboardingView = NonNullable<OnboardingData['onboarding']>;

export default function OnboardingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { params, update } = useQueryState();
  const tab = pickEnum(params.get('tab'), TABS) ?? 'tasks';
  const { data, loading, error, refetch } = useQuery(OnboardingQuery, { variables: { id } });
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const o = data!.onboarding;
  const project = o.project!;
  const active = o.status === 'ACTIVE';
  return (
    <div data-testid="onboarding-page">
      <PageHeader
        onBack={() => void navigate('/onboarding')}
        title={t('onboarding.page.title', { code: project.code })}
        subTitle={`${project.name} · ${project.region.name} · ${t('onboarding.page.template')}：${o.template?.name ?? '—'}`}
        tags={
          <Space size={4}>
            <StageTag stage={project.stage as ProjectStage} />
            <Tag color={o.status === 'COMPLETED' ? 'green' : o.status === 'CANCELLED' ? 'red' : 'blue'} data-testid="onboarding-status">
              {t(`onboarding.status.${o.status}`)}
            </Tag>
          </Space>
        }
        extra={<AdvanceActions o={o} onDone={() => void refetch()} />}
      />
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={Math.max(0, PATH.indexOf(project.stage as ProjectStage))}
          items={PATH.map((s) => ({ title: t(`stages.${s}`) }))}
        />
        <div style={{ marginTop: 16 }}>
          <GateAlert o={o} />
        </div>
        {active && o.gate.nextStage === 'OPERATING' ? <GoLivePreviewCard onboardingId={o.id} /> : null}
        {o.status === 'COMPLETED' ? (
          <Alert
            style={{ marginTop: 12 }}
            type="success"
            showIcon
            data-testid="provisioned"
            title={t('onboarding.page.provisioned')}
            description={
              <Space wrap size={16}>
                {o.handbookId ? (
                  <Link to={`/handbooks/${o.handbookId}`} data-testid="provisioned-handbook">
                    {t('onboarding.page.handbook')}
                  </Link>
                ) : null}
                <Link to={`/inspection-calendar?scope=project&project=${project.id}`} data-testid="provisioned-calendar">
                  {t('onboarding.page.calendar')} · {t('onboarding.page.frequencies', { count: o.frequencyCount ?? 0 })}
                </Link>
                <Link to={`/training/employees?project=${project.id}`} data-testid="provisioned-training">
                  {t('onboarding.page.training')} · {t('onboarding.page.requirements', { count: o.requirementCount ?? 0 })}
                </Link>
              </Space>
            }
          />
        ) : null}
      </Card>
      <Card variant="borderless">
        <Tabs
          activeKey={tab}
          onChange={(k) => update({ tab: k === 'tasks' ? undefined : k })}
          items={[
            {
              key: 'tasks',
              label: <span data-testid="tab-tasks">{t('onboarding.page.tabs.tasks')}</span>,
              children: (
                <Space orientation="vertical" style={{ width: '100%' }} size={16}>
                  {!active ? <Alert type="info" title={t('onboarding.page.finished')} /> : null}
                  {ONBOARDING_PHASES.map((phase) => (
                    <PhaseTasks
                      key={phase}
                      phase={phase}
                      o={o}
                      departments={data!.departments}
                      myDepartmentIds={data!.myDepartments.map((d) => d.id)}
                    />
                  ))}
                </Space>
              ),
            },
            {
              key: 'survey',
              label: <span data-testid="tab-survey">{t('onboarding.page.tabs.survey')}</span>,
              children: <SurveyForm o={o} positions={data!.positions} onSaved={() => void refetch()} />,
            },
            {
              key: 'proposal',
              label: <span data-testid="tab-proposal">{t('onboarding.page.tabs.proposal')}</span>,
              children: <ProposalEditor o={o} positions={data!.positions} onSaved={() => void refetch()} />,
            },
            {
              key: 'history',
              label: <span data-testid="tab-history">{t('onboarding.page.tabs.history')}</span>,
              children: (
                <Timeline
                  data-testid="history"
                  items={[...o.events].reverse().map((e) => ({
                    color: e.kind === 'OVERRIDE' ? 'red' : e.kind === 'GO_LIVE' ? 'green' : 'blue',
                    children: (
                      <div data-testid={`event-${e.kind}`}>
                        <Typography.Text strong>{t(`onboarding.events.${e.kind as 'STARTED'}`, { defaultValue: e.kind })}</Typography.Text>{' '}
                        <Typography.Text type="secondary">{formatDateTime(e.createdAt, project.timeZone)}</Typography.Text>
                        {e.dataJson ? <StageChange json={e.dataJson} departments={data!.departments} /> : null}
                        {e.text ? <div>{e.text}</div> : null}
                      </div>
                    ),
                  }))}
                />
              ),
            },
            {
              key: 'changes',
              label: <span data-testid="tab-changes">{t('audit.history')}</span>,
              children: <RecordHistory entity="Onboarding" id={o.id} plain />,
              destroyOnHidden: true,
            },
          ]}
        />
      </Card>
    </div>
  );
}

function StageChange({ json, departments }: { json: string; departments: OnboardingData['departments'] }) {
  const { t, i18n } = useTranslation();
  const data = JSON.parse(json) as { from?: string | null; to?: string | null; onBehalfOfDepartmentId?: string };
  if (!data.to) return null;
  if (TASK_STATUSES.includes(data.to as OnboardingTaskStatus)) {
    const behalf = data.onBehalfOfDepartmentId ? departments.find((d) => d.id === data.onBehalfOfDepartmentId) : null;
    return (
      <span>
        {' '}
        {data.from ? t(`onboarding.taskStatus.${data.from as OnboardingTaskStatus}`) : ''} →{' '}
        {t(`onboarding.taskStatus.${data.to as OnboardingTaskStatus}`)}
        {data.onBehalfOfDepartmentId ? (
          <Typography.Text type="warning" data-testid="on-behalf">
            {' '}
            {t('onboarding.task.onBehalf', { department: deptName(behalf, i18n.language) })}
          </Typography.Text>
        ) : null}
      </span>
    );
  }
  if (!data.from || !PATH.concat('EXITED').includes(data.to as ProjectStage)) return null;
  return (
    <span>
      {' '}
      {t(`stages.${data.from as ProjectStage}`)} → {t(`stages.${data.to as ProjectStage}`)}
    </span>
  );
}

function GateAlert({ o }: { o: OnboardingView }) {
  const { t } = useTranslation();
  if (o.status !== 'ACTIVE' || !o.gate.nextStage) return <Alert type="info" showIcon title={t('onboarding.page.gateDone')} />;
  const stage = t(`stages.${o.gate.nextStage as ProjectStage}`);
  if (o.gate.open) return <Alert type="success" showIcon data-testid="gate-open" title={t('onboarding.page.gateOpen', { stage })} />;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="gate-closed"
      title={t('onboarding.page.gateClosed', { count: o.gate.blockers.length, stage })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {o.gate.blockers.map((b) => (
            <li key={b.id}>{b.title}</li>
          ))}
        </ul>
      }
    />
  );
}

function AdvanceActions({ o, onDone }: { o: OnboardingView; onDone: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useMe();
  const mayManage = useCan('onboarding.manage');
  const mayOverride = useCan('onboarding.override');
  const onError = useMutationErrors();
  const [advance, advancing] = useMutation(AdvanceMutation);
  const [overrideOpen, setOverrideOpen] = useState(false);
  const [form] = Form.useForm<{ overrideReason: string }>();
  const next = o.gate.nextStage as ProjectStage | null;
  const { preview } = useGoLivePreview(o.id, o.status !== 'ACTIVE' || next !== 'OPERATING');
  if (!mayManage || o.status !== 'ACTIVE' || !next) return null;
  const stage = t(`stages.${next}`);
  const run = async (overrideReason: string | null) => {
    await advance({ variables: { id: o.id, overrideReason, expectedProjectVersion: o.project!.version } });
    void message.success(t('onboarding.page.advanced', { stage }));
    onDone();
  };
  void me;
  return (
    <>
      {o.gate.open ? (
        <Button
          type="primary"
          loading={advancing.loading}
          data-testid="advance"
          onClick={() =>
            modal.confirm({
              title: next === 'OPERATING' ? t('onboarding.page.goLive') : t('onboarding.page.advance', { stage }),
              content:
                next === 'OPERATING' ? (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <span>{t('onboarding.page.goLiveConfirm')}</span>
                    <GoLiveWarnings warnings={preview?.warnings ?? []} />
                  </Space>
                ) : (
                  t('onboarding.page.advanceConfirm', { stage })
                ),
              width: next === 'OPERATING' && preview?.warnings.length ? 560 : undefined,
              okButtonProps: { 'data-testid': 'advance-confirm' } as never,
              onOk: () => run(null).catch((e) => onError(e, { onReload: onDone })),
            })
          }
        >
          {next === 'OPERATING' ? t('onboarding.page.goLive') : t('onboarding.page.advance', { stage })}
        </Button>
      ) : mayOverride ? (
        <Button danger data-testid="override" onClick={() => setOverrideOpen(true)}>
          {t('onboarding.page.override')}
        </Button>
      ) : null}
      <Modal
        open={overrideOpen}
        title={t('onboarding.page.overrideTitle')}
        onCancel={() => setOverrideOpen(false)}
        okButtonProps={{ danger: true, loading: advancing.loading, 'data-testid': 'override-confirm' } as never}
        okText={t('onboarding.page.advance', { stage })}
        onOk={() =>
          form
            .validateFields()
            .then((v) => run(v.overrideReason))
            .then(() => {
              setOverrideOpen(false);
              form.resetFields();
            })
            .catch((e) => {
              if (e && typeof e === 'object' && 'errorFields' in e) return;
              onError(e, { form, fields: ['overrideReason'], onReload: onDone });
            })
        }
      >
        <Form form={form} layout="vertical">
          <Form.Item name="overrideReason" label={t('onboarding.page.overrideReason')} rules={[{ required: true, min: 2, max: 500 }]}>
            <Input.TextArea rows={3} maxLength={500} data-testid="override-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
