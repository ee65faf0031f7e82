// 巡逻 /patrols: a project's patrol routes (points in walking order, printable QR codes) and its
// reports — a route's day by run and person (done / late / missed / out of order) and the
// project's coverage over a month, day by day. Patrol managers also get a 设置 tab to create, edit and
// archive the project's points and routes (PatrolSetupEditor).
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Empty, List, Progress, Row, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { PATROL_MANAGERS } from '@pinzhi/domain';
import { DateField } from '../../components/DateFields';
import { FeatureTexts } from '../../components/FeatureTexts';
import { ErrorState, PageSkeleton } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { useMe } from '../../session/SessionProvider';
import { PatrolSetupEditor } from './PatrolSetupEditor';
import { PatrolCoverageQuery, PatrolProjectOptionsQuery, PatrolRouteDayQuery, PatrolSetupQuery } from './patrols.operations';

const STATE_COLORS: Record<string, string> = { COMPLETED: 'green', LATE: 'gold', MISSED: 'red', DUE: 'blue', OVERDUE: 'orange' };

function RouteDay({ routeId, date }: { routeId: string; date: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PatrolRouteDayQuery, { variables: { routeId, date } });
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const day = data!.patrolRouteDay;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap data-testid="patrol-day-total" data-missed={day.total.missed} data-done={day.total.done}>
        <Tag>{`${t('field.report.planned')} ${day.total.planned}`}</Tag>
        <Tag color="green">{`${t('field.report.done')} ${day.total.done}`}</Tag>
        <Tag color="gold">{`${t('field.report.late')} ${day.total.late}`}</Tag>
        <Tag color="red">{`${t('field.report.missed')} ${day.total.missed}`}</Tag>
        <Tag color="orange">{`${t('field.report.outOfOrder')} ${day.total.outOfOrder}`}</Tag>
        {day.total.coverage != null ? <Tag color="blue">{`${t('field.report.coverage')} ${day.total.coverage}%`}</Tag> : null}
      </Space>
      <Table
        size="small"
        rowKey={(r) => r.runId ?? r.occurrenceId ?? ''}
        pagination={false}
        dataSource={day.runs}
        locale={{ emptyText: t('field.report.empty') }}
        data-testid="patrol-day-runs"
        scroll={{ x: 560 }}
        columns={[
          {
            title: t('field.report.due'),
            render: (_, r) => (r.dueAt ? formatDateTime(r.dueAt, null, 'short') : t('field.report.unscheduled')),
          },
          { title: t('field.report.guard'), render: (_, r) => r.guard?.displayName ?? t('field.report.unassigned') },
          {
            title: t('field.report.state'),
            render: (_, r) =>
              r.runId ? (
                <Tag color={STATE_COLORS[r.state ?? 'COMPLETED']}>{t(`field.states.${r.state ?? 'COMPLETED'}`)}</Tag>
              ) : (
                <Tag color={r.state === 'MISSED' ? 'red' : 'default'}>
                  {r.state === 'MISSED' ? t('field.report.notWalked') : t('field.report.pending')}
                </Tag>
              ),
          },
          { title: t('field.report.done'), render: (_, r) => r.counts.done },
          { title: t('field.report.late'), render: (_, r) => r.counts.late },
          { title: t('field.report.missed'), render: (_, r) => <span data-testid="patrol-run-missed">{r.counts.missed}</span> },
          { title: t('field.report.outOfOrder'), render: (_, r) => r.counts.outOfOrder },
        ]}
      />
    </Space>
  );
}

function Coverage({ projectId, month }: { projectId: string; month: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PatrolCoverageQuery, { variables: { projectId, month } });
  if (loading && !data) return <PageSkeleton />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const c = data!.patrolCoverage;
  const days = c.days.filter((d) => d.counts.planned > 0);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="patrol-coverage">
      <Typography.Text type="secondary">{t('field.admin.coverageHint')}</Typography.Text>
      <Space wrap>
        <Typography.Text strong>{c.total.coverage != null ? `${c.total.coverage}%` : '—'}</Typography.Text>
        <Tag color="red">{`${t('field.report.missed')} ${c.total.missed}`}</Tag>
      </Space>
      {days.length === 0 ? (
        <Empty description={t('field.report.empty')} />
      ) : (
        // A bar per day: the share of planned points scanned.
        <div role="img" aria-label={t('field.report.daily')}>
          {days.map((d) => (
            <div key={d.date} style={{ display: 'flex', alignItems: 'center', gap: 8 }} data-testid="patrol-coverage-day">
              <Typography.Text style={{ width: 48, fontVariantNumeric: 'tabular-nums' }}>{d.date.slice(5)}</Typography.Text>
              <Progress
                percent={d.counts.coverage ?? 0}
                size="small"
                status={d.counts.missed ? 'exception' : 'success'}
                format={(p) => `${p}%`}
                style={{ flex: 1, margin: 0 }}
              />
            </div>
          ))}
        </div>
      )}
    </Space>
  );
}

function PatrolsBody() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const manages = PATROL_MANAGERS.includes(me.role);
  const [params, setParams] = useSearchParams();
  const tab = manages && params.get('tab') === 'setup' ? 'setup' : 'report';
  const projects = useQuery(PatrolProjectOptionsQuery);
  const options = projects.data?.projects.nodes ?? [];
  const projectId = params.get('project') ?? options.find((p) => p.code === 'SH-001')?.id ?? options[0]?.id ?? '';
  const project = options.find((p) => p.id === projectId);
  const today = useMemo(
    () =>
      dayjs()
        .tz(project?.timeZone ?? 'Asia/Shanghai')
        .format('YYYY-MM-DD'),
    [project?.timeZone],
  );
  const [date, setDate] = useState<string | null>(null);
  const day = date ?? today;
  const setup = useQuery(PatrolSetupQuery, { variables: { projectIds: [projectId] }, skip: !projectId });
  const routes = setup.data?.patrolRoutes ?? [];
  const [routeId, setRouteId] = useState<string | null>(null);
  const route = routes.find((r) => r.id === routeId) ?? routes[0];

  if (projects.loading && !projects.data) return <PageSkeleton />;
  if (projects.error && !projects.data) return <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="patrols-page">
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('field.admin.tab')}
        </Typography.Title>
        <Space wrap>
          <Select
            style={{ minWidth: 240 }}
            value={projectId || undefined}
            onChange={(v: string) => {
              setRouteId(null);
              setParams(tab === 'setup' ? { project: v, tab } : { project: v });
            }}
            options={options.map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
            data-testid="patrol-project"
            showSearch={{ optionFilterProp: 'label' }}
          />
          <Button
            icon={<PrinterOutlined />}
            disabled={!projectId}
            onClick={() => navigate(`/patrols/${projectId}/codes`)}
            data-testid="patrol-print"
          >
            {t('field.admin.printCodes')}
          </Button>
        </Space>
      </Space>
      {manages ? (
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams(k === 'setup' ? { project: projectId, tab: k } : { project: projectId })}
          items={[
            { key: 'report', label: t('field.admin.report') },
            { key: 'setup', label: t('field.admin.setup') },
          ]}
          data-testid="patrol-tabs"
        />
      ) : null}
      {tab === 'setup' && projectId ? (
        <PatrolSetupEditor projectId={projectId} />
      ) : (
        <>
          {setup.error && !setup.data ? <ErrorState error={setup.error} onRetry={() => void setup.refetch()} /> : null}
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={8}>
              <Card size="small" title={t('field.admin.routes')}>
                {routes.length === 0 && !setup.loading ? (
                  <Empty description={t('field.admin.noRoutes')} />
                ) : (
                  <List
                    dataSource={routes}
                    renderItem={(r) => (
                      <List.Item
                        onClick={() => setRouteId(r.id)}
                        style={{
                          cursor: 'pointer',
                          background: r.id === route?.id ? 'rgba(22,119,255,0.06)' : undefined,
                          paddingInline: 8,
                        }}
                        data-testid="patrol-route"
                      >
                        <List.Item.Meta title={r.name} description={r.points.map((p, i) => `${i + 1}. ${p.name}`).join('  ')} />
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={16}>
              <Card
                size="small"
                title={`${t('field.report.title')}${route ? ` · ${route.name}` : ''}`}
                extra={<DateField value={day} onChange={(v) => setDate(v)} data-testid="patrol-date" allowClear={false} />}
              >
                {route ? <RouteDay routeId={route.id} date={day} /> : <Empty description={t('field.admin.noRoutes')} />}
              </Card>
            </Col>
          </Row>
          {projectId ? (
            <Card size="small" title={`${t('field.admin.coverage')} · ${day.slice(0, 7)}`}>
              <Coverage projectId={projectId} month={day.slice(0, 7)} />
            </Card>
          ) : null}
        </>
      )}
    </Space>
  );
}

export default function PatrolsPage() {
  return (
    <FeatureTexts>
      <PatrolsBody />
    </FeatureTexts>
  );
}
