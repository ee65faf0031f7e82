// 工作台: greeting; today's work (my inspections day by day, one tap to start) first for inspectors
// and on every phone; then — not on phones, where they only push today's work off the screen —
// portfolio figures; onboarding figures and recently updated projects.
import { Button, Card, Col, Grid, Row, Space, Statistic, Tag, Typography, theme } from 'antd';
import { ApartmentOutlined, CheckCircleOutlined, EnvironmentOutlined, PlusOutlined, RocketOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/PageStates';
import { StageTag } from '../../components/Tags';
import { formatDateTime } from '../../lib/format';
import { useCan } from '../../session/Allow';
import { useMe } from '../../session/SessionProvider';
import { DashboardOnboardingQuery, DashboardQuery } from './dashboard.operations';
import { MyTodosCard } from './MyTodosCard';
import { SetupChecklistCard } from '../setup/SetupChecklistCard';
import { AgendaView } from '../inspection-calendar/AgendaView';
import { todayString } from '../inspection-calendar/calendar-utils';

export default function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const canEdit = useCan('portfolio.edit');
  const { token } = theme.useToken();
  const { data, loading, error, refetch } = useQuery(DashboardQuery, { notifyOnNetworkStatusChange: true });
  const screens = Grid.useBreakpoint();
  const phone = screens.md === false;
  const showAgenda = phone || me.role === 'INSPECTOR';
  const agenda = showAgenda ? (
    <Card
      variant="borderless"
      title={t('inspectionCalendar.agenda.title')}
      extra={<Link to="/inspection-calendar?scope=mine">{t('inspectionCalendar.agenda.calendar')}</Link>}
      style={{ marginBottom: 16 }}
      styles={{ body: { padding: phone ? 12 : undefined } }}
      data-testid="dashboard-agenda"
    >
      <AgendaView scope={{ mine: true }} from={todayString()} today={todayString()} />
    </Card>
  ) : null;

  const header = (
    <>
      <Card variant="borderless" style={{ marginBottom: 16 }}>
        <Space orientation="vertical" size={4}>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
            {t('dashboard.greeting', { name: me.user.displayName })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('dashboard.subtitle', { tenant: me.tenant.name, role: t(`roles.${me.role}`) })}
          </Typography.Text>
          {me.regions.length && me.role === 'REGIONAL_OPS' ? (
            <Space size={4} wrap>
              <Typography.Text type="secondary">{t('dashboard.myRegions')}:</Typography.Text>
              {me.regions.map((r) => (
                <Tag key={r.id}>{r.name}</Tag>
              ))}
            </Space>
          ) : null}
        </Space>
      </Card>
      {/* A new company's first day: what is left (company admins; gone when done or dismissed). */}
      <SetupChecklistCard />
      {/* What waits on me comes first: the portfolio figures follow. */}
      <MyTodosCard />
    </>
  );

  if (!data && loading)
    return (
      <>
        {header}
        {agenda}
        <PageSkeleton />
      </>
    );
  if (!data)
    return (
      <>
        {header}
        {agenda}
        <Card variant="borderless">
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        </Card>
      </>
    );

  const pipeline = data.prospect.totalCount + data.survey.totalCount + data.proposal.totalCount + data.takeover.totalCount;
  const stats = [
    { key: 'total', title: t('dashboard.totalProjects'), value: data.allProjects.totalCount, icon: <ApartmentOutlined />, to: '/projects' },
    {
      key: 'operating',
      title: t('dashboard.operating'),
      value: data.operating.totalCount,
      icon: <CheckCircleOutlined />,
      to: '/projects?stage=OPERATING',
    },
    {
      key: 'pipeline',
      title: t('dashboard.pipeline'),
      value: pipeline,
      icon: <RocketOutlined />,
      to: '/projects?sort=updatedAt&order=desc',
    },
    { key: 'regions', title: t('dashboard.regions'), value: data.regions.totalCount, icon: <EnvironmentOutlined />, to: '/regions' },
  ];

  return (
    <>
      {header}
      {agenda}
      <Row gutter={[16, 16]} style={{ marginBottom: 16, display: phone ? 'none' : undefined }} data-testid="portfolio-figures">
        {stats.map((s) => (
          <Col key={s.key} xs={12} lg={6}>
            <Link to={s.to}>
              <Card variant="borderless" hoverable>
                <Statistic title={s.title} value={s.value} prefix={s.icon} />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      <OnboardingFigures />
      <Card
        variant="borderless"
        title={t('dashboard.recentProjects')}
        extra={
          <Space>
            {canEdit ? (
              <Button icon={<PlusOutlined />} onClick={() => navigate('/projects/new')}>
                {t('dashboard.newProject')}
              </Button>
            ) : null}
            <Link to="/projects">{t('dashboard.allProjects')}</Link>
          </Space>
        }
      >
        {data.recent.nodes.length === 0 ? (
          <EmptyState
            title={t('dashboard.noProjects')}
            hint={canEdit ? t('dashboard.noProjectsHint') : t('dashboard.noProjectsReadOnly')}
            action={
              canEdit ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/projects/new')}>
                  {t('dashboard.newProject')}
                </Button>
              ) : undefined
            }
          />
        ) : (
          <div data-testid="recent-projects">
            {data.recent.nodes.map((p, i) => (
              <div
                key={p.id}
                style={{
                  display: 'flex',
                  flexWrap: 'wrap',
                  alignItems: 'center',
                  justifyContent: 'space-between',
                  gap: 8,
                  padding: '12px 0',
                  borderTop: i === 0 ? undefined : `1px solid ${token.colorSplit}`,
                }}
              >
                <div style={{ minWidth: 0 }}>
                  <Space size={8} wrap>
                    <Link to={`/projects/${p.id}`} style={{ fontWeight: 500 }}>
                      {p.name}
                    </Link>
                    <StageTag stage={p.stage} />
                  </Space>
                  <div
                    style={{ color: token.colorTextDescription, marginTop: 4 }}
                  >{`${p.code} · ${p.property.name} · ${p.region.name}`}</div>
                </div>
                <Typography.Text type="secondary">{formatDateTime(p.updatedAt, p.timeZone)}</Typography.Text>
              </div>
            ))}
          </div>
        )}
      </Card>
    </>
  );
}

/** 工作台: late onboarding tasks (in the regions the caller sees) and my departments' open ones. */
function OnboardingFigures() {
  const { t } = useTranslation();
  const { data } = useQuery(DashboardOnboardingQuery);
  if (!data) return null;
  const figures = [
    { key: 'late', title: t('dashboard.lateOnboarding'), value: data.onboardingDashboard.lateCount, to: '/onboarding' },
    { key: 'mine', title: t('dashboard.myDepartmentTasks'), value: data.onboardingTasks.totalCount, to: '/onboarding/tasks' },
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {figures.map((f) => (
        <Col key={f.key} xs={12} lg={6}>
          <Link to={f.to} data-testid={`dashboard-onboarding-${f.key}`}>
            <Card variant="borderless" hoverable>
              <Statistic title={f.title} value={f.value} />
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
