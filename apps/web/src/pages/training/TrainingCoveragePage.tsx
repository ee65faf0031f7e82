// 培训覆盖率: coverage by project or by position (lowest first) with progress bars and counts;
// each count drills down to the requirements list below, filtered; region filter; both lists sortable
// (coverage in the browser, requirements on the server), all in the URL (ListPage).
import { useMemo } from 'react';
import { Button, Card, Progress, Segmented, Select, Space, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { REQUIREMENT_STATUSES, type RequirementStatus } from '@pinzhi/domain';
import { byText, byValue, ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/PageStates';
import { pickEnum } from '../../lib/url-state';
import { RequirementStatusTag } from './parts';
import { coverageColor } from './training-utils';
import { CoverageQuery, RequirementsQuery, TrainingOptionsQuery } from './training.operations';
import type { TrainingCoverageQuery, TrainingRequirementsQuery } from '../../gql/graphql';

type Row = TrainingCoverageQuery['trainingCoverage'][number];
type Req = TrainingRequirementsQuery['trainingRequirements']['nodes'][number];

/** Requirements sort on the server (own URL keys: the coverage table above has ?sort=). */
const REQUIREMENT_SORTS = { requiredBy: 'REQUIRED_BY' } as const;
const COVERAGE_SORTS = { name: true, coverage: true, required: true, overdue: true, expiringSoon: true, expired: true } as const;

function RequirementsList({ projectId, positionId, status }: { projectId?: string; positionId?: string; status?: RequirementStatus }) {
  const { t } = useTranslation();
  const list = useListState({ sorts: REQUIREMENT_SORTS, paging: 'forwards', sortParams: ['rsort', 'rorder'] });
  const query = useQuery(RequirementsQuery, {
    variables: { filter: { projectId, positionId, status }, ...list.variables, after: list.paging.after ?? null },
  });
  const columns: TableColumnsType<Req> = [
    {
      key: 'employee',
      title: t('training.session.employee'),
      render: (_, r) => (r.employee ? <Link to={`/training/employees/${r.employee.id}`}>{r.employee.name}</Link> : '—'),
    },
    { key: 'project', title: t('training.common.project'), render: (_, r) => r.employee?.project?.code ?? '—' },
    { key: 'position', title: t('training.common.position'), render: (_, r) => r.employee?.position?.name ?? '—' },
    { key: 'course', title: t('training.common.course'), render: (_, r) => r.course?.title ?? '—' },
    {
      key: 'reason',
      title: '',
      render: (_, r) =>
        r.reason === 'RETRAINING' ? (
          <Typography.Text type="warning">{t('training.reasons.RETRAINING')}</Typography.Text>
        ) : (
          t('training.reasons.PLAN')
        ),
    },
    { key: 'requiredBy', title: t('training.plans.requiredBy'), width: 130, render: (_, r) => r.requiredBy },
    { key: 'status', title: t('training.sessions.fields.status'), render: (_, r) => <RequirementStatusTag status={r.status} /> },
  ];
  return (
    <ListPage<Req>
      card={false}
      list={list}
      query={query}
      connection={(query.data ?? query.previousData)?.trainingRequirements}
      columns={columns}
      testIds={{ table: 'requirements-table' }}
      size="small"
    />
  );
}

export default function TrainingCoveragePage() {
  const { t } = useTranslation();
  const list = useListState({ sorts: COVERAGE_SORTS, paging: 'none' });
  const { params, update } = list;
  const groupBy = params.get('by') === 'position' ? 'POSITION' : 'PROJECT';
  const regionId = params.get('region') || undefined;
  const drillProject = params.get('project') || undefined;
  const drillPosition = params.get('position') || undefined;
  const drillStatus = pickEnum(params.get('status'), REQUIREMENT_STATUSES);
  const drilling = !!(drillProject || drillPosition || params.get('details'));
  const options = useQuery(TrainingOptionsQuery);
  const query = useQuery(CoverageQuery, {
    variables: { groupBy, regionId },
    notifyOnNetworkStatusChange: true,
  });
  const rows = (query.data ?? query.previousData)?.trainingCoverage;
  const nameOf = (r: Row) =>
    groupBy === 'PROJECT' ? (r.project ? `${r.project.code} · ${r.project.name}` : null) : (r.position?.name ?? null);
  const keyOf = (r: Row) => (groupBy === 'PROJECT' ? r.project?.id : r.position?.id) ?? 'none';
  const drill = useMemo(
    () => (r: Row, status?: RequirementStatus) => ({
      project: groupBy === 'PROJECT' ? r.project?.id : undefined,
      position: groupBy === 'POSITION' ? r.position?.id : undefined,
      status,
      details: '1',
    }),
    [groupBy],
  );
  const count = (r: Row, n: number, status?: RequirementStatus, testId?: string) =>
    n ? (
      <Typography.Link onClick={() => update(drill(r, status))} data-testid={testId}>
        {n}
      </Typography.Link>
    ) : (
      <span data-testid={testId}>0</span>
    );

  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: groupBy === 'PROJECT' ? t('training.common.project') : t('training.common.position'),
      sorter: byText(nameOf),
      render: (_, r) => nameOf(r) ?? '—',
    },
    {
      key: 'coverage',
      title: t('training.coverage.coverage'),
      width: 260,
      sorter: byValue((r) => r.coverage),
      render: (_, r) => (
        <Space>
          <Progress percent={r.coverage ?? 0} strokeColor={coverageColor(r.coverage)} size={[160, 10]} showInfo={false} />
          <span data-testid="coverage-value">{r.coverage == null ? '—' : `${r.coverage}%`}</span>
        </Space>
      ),
    },
    {
      key: 'required',
      title: t('training.coverage.required'),
      width: 90,
      sorter: byValue((r) => r.required),
      render: (_, r) => count(r, r.required),
    },
    { key: 'completed', title: t('training.coverage.completed'), width: 80, render: (_, r) => count(r, r.completed, 'COMPLETED') },
    { key: 'pending', title: t('training.coverage.pending'), width: 80, render: (_, r) => count(r, r.pending, 'REQUIRED') },
    {
      key: 'overdue',
      title: t('training.coverage.overdue'),
      width: 90,
      sorter: byValue((r) => r.overdue),
      render: (_, r) => count(r, r.overdue, 'OVERDUE', 'count-overdue'),
    },
    {
      key: 'expiringSoon',
      title: t('training.coverage.expiringSoon'),
      width: 100,
      sorter: byValue((r) => r.expiringSoon),
      render: (_, r) => count(r, r.expiringSoon, 'EXPIRING_SOON'),
    },
    {
      key: 'expired',
      title: t('training.coverage.expired'),
      width: 90,
      sorter: byValue((r) => r.expired),
      render: (_, r) => count(r, r.expired, 'EXPIRED'),
    },
  ];

  return (
    <div data-testid="training-coverage-page">
      <PageHeader title={t('training.coverage.title')} subTitle={t('training.coverage.subtitle')} />
      <div style={{ marginBottom: 16 }}>
        <ListPage<Row>
          list={list}
          query={query}
          rows={rows}
          columns={columns}
          filters={
            <>
              <Segmented
                value={groupBy}
                onChange={(v) => update({ by: v === 'POSITION' ? 'position' : undefined })}
                options={[
                  { value: 'PROJECT', label: t('training.coverage.byProject') },
                  { value: 'POSITION', label: <span data-testid="by-position">{t('training.coverage.byPosition')}</span> },
                ]}
              />
              <Select
                allowClear
                placeholder={t('training.common.allRegions')}
                value={regionId}
                onChange={(v?: string) => update({ region: v })}
                options={(options.data?.regions.nodes ?? []).map((r) => ({ value: r.id, label: r.name }))}
                style={{ width: 160 }}
                data-testid="coverage-region"
              />
            </>
          }
          empty={
            <EmptyState
              title={t('training.coverage.empty')}
              hint={t('training.coverage.emptyHint')}
              action={<Link to="/training/plans">{t('nav.trainingPlans')}</Link>}
            />
          }
          testIds={{ table: 'coverage-table' }}
          rowKey={keyOf}
          scroll={{ x: 900 }}
          onRow={(r) =>
            ({
              'data-testid': 'coverage-row',
              'data-name': groupBy === 'PROJECT' ? r.project?.code : r.position?.name,
              'data-coverage': r.coverage ?? '',
            }) as never
          }
        />
      </div>
      {drilling ? (
        <Card
          variant="borderless"
          title={`${t('training.coverage.requirementsTitle')}${drillStatus ? ` · ${t(`training.statuses.${drillStatus}`)}` : ''}`}
          extra={
            <Button onClick={() => update({ project: undefined, position: undefined, status: undefined, details: undefined })}>
              {t('common.clearFilters')}
            </Button>
          }
          data-testid="coverage-drilldown"
        >
          <RequirementsList projectId={drillProject} positionId={drillPosition} status={drillStatus} />
        </Card>
      ) : null}
    </div>
  );
}
