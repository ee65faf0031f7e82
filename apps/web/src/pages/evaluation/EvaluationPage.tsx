// 品质评价: each project's score for a month or quarter, ranked in the company and in its region,
// with the change since the previous period, a score trend (company, region or a clicked project)
// and an Excel export. Period, region, sort of the ranking (on the server), trend scope and length
// live in the URL (ListPage).
import { lazy, Suspense, useMemo } from 'react';
import { Button, Card, DatePicker, Segmented, Select, Skeleton, Space, Tag, Tooltip, Typography, theme, type TableColumnsType } from 'antd';
import { DownloadOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { periodKey, shiftPeriod, type EvaluationPeriod, type EvaluationPeriodKind } from '@pinzhi/domain';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/PageStates';
import { useDownload } from '../../components/useDownload';
import { dayjs } from '../../lib/format';
import { useQueryState } from '../../lib/url-state';
import { todayString } from '../inspection-calendar/calendar-utils';
import { EvaluationRegionsQuery, ProjectEvaluationQuery, ScoreTrendQuery } from './evaluation.operations';
import {
  changeText,
  currentPeriod,
  evaluationStateFromParams,
  formatScore,
  lastPeriod,
  periodLabel,
  periodParams,
  samePeriod,
  scoreLevel,
  TREND_LENGTHS,
} from './period';
import type { ProjectEvaluationQuery as EvaluationData } from '../../gql/graphql';
import type { TrendDatum } from './TrendChart';

const TrendChart = lazy(() => import('./TrendChart'));

type Row = EvaluationData['projectEvaluation']['nodes'][number];

/** Column key → the API's sort field; without one the ranking's own order (rank, unscored last). */
const SORTS = {
  tenantRank: 'RANK',
  regionRank: 'REGION_RANK',
  score: 'SCORE',
  change: 'CHANGE',
  inspections: 'INSPECTIONS',
  failed: 'FAILED_INSPECTIONS',
  critical: 'CRITICAL_FAILURES',
} as const;

/** The Excel export of a ranking (the API's GET /downloads/evaluation.xlsx). */
export function evaluationExportPath(period: EvaluationPeriod, regionId?: string): string {
  const q = new URLSearchParams({ kind: period.kind, year: String(period.year), index: String(period.index) });
  if (regionId) q.set('regionId', regionId);
  return `/downloads/evaluation.xlsx?${q.toString()}`;
}

function PeriodPicker({ period, today, onChange }: { period: EvaluationPeriod; today: string; onChange: (p: EvaluationPeriod) => void }) {
  const { t, i18n } = useTranslation();
  const current = currentPeriod(today, period.kind);
  const last = lastPeriod(today, period.kind);
  const firstMonth = (period.index - 1) * (period.kind === 'MONTH' ? 1 : 3) + 1;
  return (
    <Space wrap size={8} data-testid="period-picker">
      <Segmented<EvaluationPeriodKind>
        value={period.kind}
        onChange={(kind) => onChange(currentPeriod(today, kind))}
        options={[
          { value: 'MONTH', label: t('evaluation.kinds.MONTH') },
          { value: 'QUARTER', label: t('evaluation.kinds.QUARTER') },
        ]}
        data-testid="period-kind"
      />
      <Button
        icon={<LeftOutlined />}
        aria-label={t('evaluation.previousPeriod')}
        title={t('evaluation.previousPeriod')}
        onClick={() => onChange(shiftPeriod(period, -1))}
        data-testid="period-prev"
      />
      <DatePicker
        picker={period.kind === 'MONTH' ? 'month' : 'quarter'}
        allowClear={false}
        value={dayjs(`${period.year}-${String(firstMonth).padStart(2, '0')}-01`)}
        format={() => periodLabel(period, i18n.language)}
        disabledDate={(d) => d.isAfter(dayjs(today), 'month')}
        onChange={(d) => {
          if (!d) return;
          onChange({ kind: period.kind, year: d.year(), index: period.kind === 'MONTH' ? d.month() + 1 : Math.floor(d.month() / 3) + 1 });
        }}
        style={{ width: 150 }}
        data-testid="period-value"
      />
      <Button
        icon={<RightOutlined />}
        aria-label={t('evaluation.nextPeriod')}
        title={t('evaluation.nextPeriod')}
        disabled={samePeriod(period, current)}
        onClick={() => onChange(shiftPeriod(period, 1))}
        data-testid="period-next"
      />
      <Button
        type={samePeriod(period, current) ? 'primary' : 'default'}
        ghost={samePeriod(period, current)}
        onClick={() => onChange(current)}
        data-testid="period-this"
      >
        {t(`evaluation.thisPeriod.${period.kind}`)}
      </Button>
      <Button
        type={samePeriod(period, last) ? 'primary' : 'default'}
        ghost={samePeriod(period, last)}
        onClick={() => onChange(last)}
        data-testid="period-last"
      >
        {t(`evaluation.lastPeriod.${period.kind}`)}
      </Button>
    </Space>
  );
}

function Trend({
  period,
  regionId,
  projectId,
  length,
  onLength,
  onBack,
  projectLabel,
  regionLabel,
}: {
  period: EvaluationPeriod;
  regionId?: string;
  projectId?: string;
  length: number;
  onLength: (n: number) => void;
  onBack: () => void;
  projectLabel?: string;
  regionLabel?: string;
}) {
  const { t, i18n } = useTranslation();
  const { data, previousData, loading, error, refetch } = useQuery(ScoreTrendQuery, {
    variables: {
      kind: period.kind,
      periods: length,
      until: { kind: period.kind, year: period.year, index: period.index },
      projectId: projectId ?? null,
      regionId: projectId ? null : (regionId ?? null),
    },
    notifyOnNetworkStatusChange: true,
  });
  const trend = (data ?? previousData)?.projectScoreTrend;
  const points: TrendDatum[] = (trend?.points ?? []).map((p) => ({
    key: p.period.key,
    label: periodLabel(p.period, i18n.language),
    score: p.score ?? null,
    inspections: p.inspections,
  }));
  const scopeName = trend?.project
    ? `${trend.project.code} · ${trend.project.name}`
    : projectId
      ? (projectLabel ?? '')
      : trend?.region
        ? trend.region.name
        : regionId
          ? (regionLabel ?? t('evaluation.trend.scopeRegion'))
          : t('evaluation.trend.company');
  const lengthLabel = (n: number) =>
    period.kind === 'MONTH' ? t('evaluation.trend.lengthMonths', { count: n }) : t('evaluation.trend.lengthQuarters', { count: n });
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="trend-card"
      data-scope={projectId ? 'project' : regionId ? 'region' : 'company'}
      title={
        <Space wrap>
          <span>{t('evaluation.trend.title')}</span>
          <Tag color={projectId ? 'blue' : 'default'} data-testid="trend-scope">
            {scopeName}
          </Tag>
          {projectId ? (
            <Button size="small" type="link" onClick={onBack} data-testid="trend-back">
              {t('evaluation.trend.backToAll')}
            </Button>
          ) : null}
        </Space>
      }
      extra={
        <Segmented<number>
          size="small"
          value={length}
          onChange={onLength}
          options={TREND_LENGTHS[period.kind].map((n) => ({ value: n, label: lengthLabel(n) }))}
          data-testid="trend-length"
        />
      }
    >
      {!trend && loading ? (
        <Skeleton active paragraph={{ rows: 5 }} />
      ) : !trend && error ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : points.every((p) => p.score === null) ? (
        <EmptyState title={t('evaluation.trend.noData')} hint={projectId ? undefined : t('evaluation.trend.clickHint')} />
      ) : (
        <>
          <Suspense fallback={<Skeleton active paragraph={{ rows: 5 }} />}>
            <TrendChart data={points} passMark={trend?.passMark ?? null} />
          </Suspense>
          {!projectId ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('evaluation.trend.clickHint')}
            </Typography.Text>
          ) : null}
        </>
      )}
      {/* The numbers behind the chart, for screen readers and tests. */}
      <ol
        data-testid="trend-points"
        style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', margin: 0, padding: 0 }}
      >
        {points.map((p) => (
          <li key={p.key} data-key={p.key} data-score={p.score ?? ''}>
            {p.label}: {formatScore(p.score)}
          </li>
        ))}
      </ol>
    </Card>
  );
}

export default function EvaluationPage() {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const { state: historyState } = useQueryState();
  const list = useListState({ sorts: SORTS, paging: 'forwards' });
  const { params, update, paging } = list;
  const today = useMemo(() => todayString(), []);
  const state = useMemo(() => evaluationStateFromParams(params, today), [params, today]);
  const { period, regionId, projectId, trendLength } = state;
  const { download, pending } = useDownload();
  const regions = useQuery(EvaluationRegionsQuery);
  const query = useQuery(ProjectEvaluationQuery, {
    variables: {
      period: { kind: period.kind, year: period.year, index: period.index },
      regionId: regionId ?? null,
      ...list.variables,
      after: paging.after ?? null,
    },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (query.data ?? query.previousData)?.projectEvaluation;
  const rows = connection?.nodes ?? [];
  const selected = rows.find((r) => r.project.id === projectId);
  const levelColor = { good: token.colorSuccess, warning: token.colorWarning, bad: token.colorError } as const;

  const setPeriod = (p: EvaluationPeriod) => update({ ...periodParams(p), trend: undefined });
  /** Picks a project's trend without leaving the current page of the ranking. */
  const pickProject = (id: string | undefined) =>
    update({ project: id, after: paging.after, page: paging.page > 1 ? paging.page : undefined }, { state: historyState });

  const columns: TableColumnsType<Row> = [
    {
      key: 'tenantRank',
      title: t('evaluation.fields.tenantRank'),
      width: 90,
      align: 'center',
      render: (_, r) =>
        r.tenantRank == null ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <span data-testid="tenant-rank" style={{ fontWeight: r.tenantRank <= 3 ? 600 : undefined, fontVariantNumeric: 'tabular-nums' }}>
            {r.tenantRank}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              / {connection?.tenantRankedCount}
            </Typography.Text>
          </span>
        ),
    },
    {
      key: 'regionRank',
      title: t('evaluation.fields.regionRank'),
      width: 90,
      align: 'center',
      render: (_, r) => <span data-testid="region-rank">{r.regionRank ?? '—'}</span>,
    },
    {
      key: 'project',
      title: t('evaluation.fields.project'),
      width: 240,
      render: (_, r) => <Typography.Link data-testid="evaluation-project">{`${r.project.code} · ${r.project.name}`}</Typography.Link>,
    },
    { key: 'region', title: t('evaluation.fields.region'), width: 110, render: (_, r) => r.region?.name ?? t('common.none') },
    {
      key: 'score',
      title: t('evaluation.fields.score'),
      width: 130,
      align: 'right',
      render: (_, r) =>
        r.score == null ? (
          <Tag data-testid="unranked">{t('evaluation.unranked')}</Tag>
        ) : (
          <Tooltip title={`${r.earnedPoints} / ${r.possiblePoints}`}>
            <span
              data-testid="evaluation-score"
              data-level={scoreLevel(r.score)}
              style={{ color: levelColor[scoreLevel(r.score)], fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}
            >
              {formatScore(r.score)}
            </span>
          </Tooltip>
        ),
    },
    {
      key: 'change',
      title: t('evaluation.fields.change'),
      width: 100,
      align: 'right',
      render: (_, r) => {
        const c = changeText(r.change);
        const color = c.direction === 'up' ? token.colorSuccess : c.direction === 'down' ? token.colorError : token.colorTextTertiary;
        return (
          <Tooltip
            title={
              r.previousScore != null && connection
                ? `${periodLabel(connection.previous, i18n.language)}: ${formatScore(r.previousScore)}`
                : undefined
            }
          >
            <span data-testid="evaluation-change" data-direction={c.direction} style={{ color, fontVariantNumeric: 'tabular-nums' }}>
              {c.text}
            </span>
          </Tooltip>
        );
      },
    },
    { key: 'inspections', title: t('evaluation.fields.inspections'), width: 90, align: 'right', render: (_, r) => r.inspections },
    {
      key: 'failed',
      title: t('evaluation.fields.failed'),
      width: 100,
      align: 'right',
      render: (_, r) => <Typography.Text type={r.failedInspections ? 'danger' : undefined}>{r.failedInspections}</Typography.Text>,
    },
    {
      key: 'critical',
      title: t('evaluation.fields.critical'),
      width: 110,
      align: 'right',
      render: (_, r) => (r.criticalFailures ? <Tag color="red">{r.criticalFailures}</Tag> : 0),
    },
  ];

  const regionOptions = (regions.data?.regions.nodes ?? []).map((r) => ({ value: r.id, label: r.name }));
  return (
    <div data-testid="evaluation-page">
      <PageHeader
        title={t('evaluation.title')}
        subTitle={t('evaluation.subtitle')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            loading={!!pending}
            onClick={() => void download(evaluationExportPath(period, regionId), `品质评价-${periodKey(period)}.xlsx`)}
            data-testid="export-evaluation"
          >
            {t('evaluation.export')}
          </Button>
        }
      />
      <Card variant="borderless" style={{ marginBottom: 12 }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
          <PeriodPicker period={period} today={today} onChange={setPeriod} />
          <Select
            allowClear
            placeholder={t('evaluation.allRegions')}
            value={regionId}
            onChange={(v?: string) => update({ region: v, project: undefined })}
            options={regionOptions}
            style={{ width: 160 }}
            data-testid="filter-region"
          />
        </div>
      </Card>

      <Trend
        period={period}
        regionId={regionId}
        projectId={projectId}
        length={trendLength}
        onLength={(n) =>
          update(
            {
              trend: n === TREND_LENGTHS[period.kind][0] ? undefined : n,
              after: paging.after,
              page: paging.page > 1 ? paging.page : undefined,
            },
            { state: historyState },
          )
        }
        onBack={() => pickProject(undefined)}
        projectLabel={selected ? `${selected.project.code} · ${selected.project.name}` : undefined}
        regionLabel={regionOptions.find((r) => r.value === regionId)?.label}
      />

      <Card
        variant="borderless"
        title={t('evaluation.ranking')}
        extra={
          connection ? (
            <Typography.Text type="secondary" data-testid="evaluation-summary">
              {t('evaluation.rankingHint', {
                period: periodLabel(connection.period, i18n.language),
                total: connection.totalCount,
                ranked: connection.rankedCount,
              })}
              {' · '}
              {t('evaluation.compareWith', { period: periodLabel(connection.previous, i18n.language) })}
            </Typography.Text>
          ) : null
        }
      >
        <ListPage<Row>
          card={false}
          list={list}
          query={query}
          connection={connection}
          columns={columns}
          empty={<EmptyState title={t('evaluation.empty')} hint={t('evaluation.emptyHint')} />}
          testIds={{ table: 'evaluation-table' }}
          rowKey={(r) => r.project.id}
          scroll={{ x: 1000 }}
          onRow={(r) =>
            ({
              'data-testid': 'evaluation-row',
              'data-project-code': r.project.code,
              'data-rank': r.tenantRank ?? '',
              'data-selected': String(r.project.id === projectId),
              onClick: () => pickProject(r.project.id),
              style: { cursor: 'pointer', background: r.project.id === projectId ? token.colorPrimaryBg : undefined },
            }) as never
          }
        />
      </Card>
    </div>
  );
}
