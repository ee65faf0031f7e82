// 项目接管: pipeline per region, late tasks, open tasks per department, the onboardings, and
// starting onboarding of a prospect (regional ops: their regions; admins).
import { useState } from 'react';
import { App, Button, Card, Col, Form, Modal, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ProjectStage } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { StageTag } from '../../components/Tags';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useCan } from '../../session/Allow';
import { DashboardQuery, StartOnboardingMutation } from './onboarding.operations';
import { deptName } from './PhaseTasks';
import { DateField } from '../../components/DateFields';

export default function OnboardingPipelinePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const mayManage = useCan('onboarding.manage');
  const { data, loading, error, refetch } = useQuery(DashboardQuery, { fetchPolicy: 'cache-and-network' });
  const [starting, setStarting] = useState(false);
  if (loading && !data) return <TableSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const d = data!.onboardingDashboard;
  const onboardings = data!.onboardings.nodes;
  return (
    <div data-testid="onboarding-pipeline-page">
      <PageHeader
        title={t('onboarding.pipeline.title')}
        subTitle={t('onboarding.pipeline.subtitle')}
        extra={
          mayManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setStarting(true)} data-testid="start-onboarding">
              {t('onboarding.pipeline.start')}
            </Button>
          ) : null
        }
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('onboarding.pipeline.byRegion')}>
            <Table
              size="small"
              rowKey={(r) => r.region?.id ?? ''}
              pagination={false}
              dataSource={d.pipeline}
              data-testid="pipeline-table"
              locale={{ emptyText: t('onboarding.pipeline.empty') }}
              columns={[
                { key: 'region', title: t('onboarding.common.region'), render: (_, r) => r.region?.name },
                { key: 'survey', title: t('onboarding.pipeline.survey'), dataIndex: 'survey', width: 90 },
                { key: 'proposal', title: t('onboarding.pipeline.proposal'), dataIndex: 'proposal', width: 90 },
                { key: 'takeover', title: t('onboarding.pipeline.takeover'), dataIndex: 'takeover', width: 90 },
                { key: 'live', title: t('onboarding.pipeline.live'), dataIndex: 'live', width: 100 },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('onboarding.pipeline.byDepartment')}>
            <Table
              size="small"
              rowKey={(r) => r.department?.id ?? ''}
              pagination={false}
              dataSource={d.openByDepartment}
              locale={{ emptyText: t('onboarding.common.none') }}
              columns={[
                { key: 'dept', title: t('onboarding.myTasks.department'), render: (_, r) => deptName(r.department, i18n.language) },
                { key: 'open', title: t('onboarding.pipeline.open'), dataIndex: 'open', width: 90 },
                {
                  key: 'late',
                  title: t('onboarding.common.late'),
                  width: 90,
                  render: (_, r) => (r.late ? <Tag color="red">{r.late}</Tag> : 0),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        title={`${t('onboarding.pipeline.late')} · ${t('onboarding.pipeline.lateCount', { count: d.lateCount })}`}
        style={{ marginBottom: 16 }}
      >
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={d.lateTasks}
          data-testid="late-tasks"
          locale={{ emptyText: t('onboarding.pipeline.noLate') }}
          columns={[
            {
              key: 'project',
              title: t('onboarding.common.project'),
              width: 200,
              render: (_, x) => <Link to={`/onboarding/${x.onboarding?.id}`}>{`${x.project?.code} ${x.project?.name}`}</Link>,
            },
            { key: 'title', title: t('onboarding.common.task'), dataIndex: 'title' },
            { key: 'owner', title: t('onboarding.common.owner'), width: 160, render: (_, x) => deptName(x.owner, i18n.language) },
            { key: 'due', title: t('onboarding.common.due'), dataIndex: 'dueDate', width: 110 },
          ]}
        />
      </Card>
      <Card size="small" title={t('onboarding.pipeline.list')}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={onboardings}
          data-testid="onboardings-table"
          onRow={(o) => ({ 'data-testid': 'onboarding-row', 'data-code': o.project?.code }) as never}
          locale={{
            emptyText: (
              <EmptyState title={t('onboarding.pipeline.empty')} hint={mayManage ? t('onboarding.pipeline.emptyHint') : undefined} />
            ),
          }}
          columns={[
            {
              key: 'project',
              title: t('onboarding.common.project'),
              render: (_, o) => (
                <Link to={`/onboarding/${o.id}`} data-testid="onboarding-link">
                  {o.project?.code} {o.project?.name}
                </Link>
              ),
            },
            { key: 'region', title: t('onboarding.common.region'), width: 120, render: (_, o) => o.region?.name },
            {
              key: 'stage',
              title: t('projects.stage'),
              width: 110,
              render: (_, o) => (o.project ? <StageTag stage={o.project.stage as ProjectStage} /> : null),
            },
            { key: 'status', title: t('onboarding.common.status'), width: 100, render: (_, o) => t(`onboarding.status.${o.status}`) },
            {
              key: 'gate',
              title: t('onboarding.page.gate'),
              width: 100,
              render: (_, o) =>
                o.status !== 'ACTIVE' ? (
                  '—'
                ) : o.gate.open ? (
                  <Tag color="green">{t('onboarding.pipeline.gateOpen')}</Tag>
                ) : (
                  <Tag color="orange">{t('onboarding.pipeline.gateClosed')}</Tag>
                ),
            },
            { key: 'start', title: t('onboarding.pipeline.startDate'), dataIndex: 'startDate', width: 110 },
          ]}
        />
      </Card>
      <StartModal
        open={starting}
        prospects={data!.projects.nodes}
        onClose={() => setStarting(false)}
        onStarted={(id) => {
          setStarting(false);
          void navigate(`/onboarding/${id}`);
        }}
      />
    </div>
  );
}

function StartModal({
  open,
  prospects,
  onClose,
  onStarted,
}: {
  open: boolean;
  prospects: Array<{ id: string; code: string; name: string }>;
  onClose: () => void;
  onStarted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useMutationErrors();
  const [form] = Form.useForm<{ projectId: string; startDate?: string }>();
  const [start, running] = useMutation(StartOnboardingMutation);
  return (
    <Modal
      open={open}
      title={t('onboarding.pipeline.startTitle')}
      onCancel={onClose}
      okButtonProps={{ loading: running.loading, 'data-testid': 'start-confirm' } as never}
      onOk={() =>
        form
          .validateFields()
          .then((v) => start({ variables: { input: { projectId: v.projectId, startDate: v.startDate || null } } }))
          .then((r) => {
            void message.success(t('onboarding.pipeline.started'));
            form.resetFields();
            onStarted(r.data!.startOnboarding.id);
          })
          .catch((e) => {
            if (e && typeof e === 'object' && 'errorFields' in e) return;
            onError(e, { form, fields: ['projectId', 'startDate', 'templateId'] });
          })
      }
    >
      {prospects.length === 0 ? <Typography.Text type="secondary">{t('onboarding.pipeline.noProspects')}</Typography.Text> : null}
      <Form form={form} layout="vertical">
        <Form.Item name="projectId" label={t('onboarding.pipeline.startProject')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={prospects.map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
            data-testid="start-project"
          />
        </Form.Item>
        <Form.Item name="startDate" label={t('onboarding.pipeline.startDate')}>
          <DateField data-testid="start-date" />
        </Form.Item>
        <Space />
      </Form>
    </Modal>
  );
}
