// 每日汇总: one local day's inspections per project and region with company totals (due,
// completed, late, missed, open, submitted, average score, failed, open/overdue rectifications),
// linking each project to its calendar day and its rectifications. Day and filters in the URL.
import { useMemo } from 'react';
import { Button, Card, DatePicker, Select, Space, Table, Typography, theme, type TableColumnsType } from 'antd';
import { CalendarOutlined, LeftOutlined, RightOutlined, ToolOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { nextLocalDay } from '@pinzhi/domain';
import { CursorPager } from '../../components/CursorPager';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { dayjs, formatDateTime } from '../../lib/format';
import { useCursorPaging, useQueryState } from '../../lib/url-state';
import { todayString } from '../inspection-calendar/calendar-utils';
import { InspectionFilterOptionsQuery } from '../inspections/inspections.operations';
import { formatScore } from '../evaluation/period';
import { InspectionDailySummaryQuery } from './inspection-summary.operations';
import type { DaySummaryCountsFieldsFragment, InspectionDailySummaryQuery as SummaryData } from '../../gql/graphql';

type Counts = Omit<DaySummaryCountsFieldsFragment, '__typename'>;
type ProjectRow = SummaryData['inspectionDailySummary']['projects'][number];
type RegionRow = SummaryData['inspectionDailySummary']['regions'][number];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const COUNT_KEYS = [
  'due',
  'completed',
  'late',
  'missed',
  'open',
  'inspections',
  'averageScore',
  'failedInspections',
  'openRectifications',
  'overdueRectifications',
] as const;
type CountKey = (typeof COUNT_KEYS)[number];

export function previousLocalDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** The day of the summary: ?date= when valid, else today. */
export function summaryDateFromParams(params: URLSearchParams, today: string): string {
  const d = params.get('date');
  return d && DAY.test(d) && dayjs(d, 'YYYY-MM-DD', true).isValid() ? d : today;
}

export function calendarDayLink(projectId: string, date: string): string {
  return `/inspection-calendar?scope=project&project=${encodeURIComponent(projectId)}&date=${date}&day=${date}`;
}

function countValue(counts: Counts, key: CountKey): string {
  return key === 'averageScore' ? formatScore(counts.averageScore) : String(counts[key]);
}

function StatCards({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const tone: Partial<Record<CountKey, string>> = {
    missed: counts.missed ? token.colorError : undefined,
    late: counts.late ? token.colorWarning : undefined,
    failedInspections: counts.failedInspections ? token.colorError : undefined,
    overdueRectifications: counts.overdueRectifications ? token.colorError : undefined,
    completed: token.colorSuccess,
  };
  return (
    <div
      data-testid="summary-totals"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))', gap: 12, marginBottom: 12 }}
    >
      {COUNT_KEYS.map((key) => (
        <Card
          key={key}
          size="small"
          variant="borderless"
          data-testid={`summary-total-${key}`}
          data-value={key === 'averageScore' ? (counts.averageScore ?? '') : counts[key]}
        >
          <div style={{ color: token.colorTextSecondary, fontSize: 13 }}>{t(`inspectionSummary.counts.${key}`)}</div>
          <div style={{ fontSize: 24, fontWeight: 600, fontVariantNumeric: 'tabular-nums', color: tone[key] ?? token.colorText }}>
            {countValue(counts, key)}
          </div>
        </Card>
      ))}
    </div>
  );
}

export default function InspectionSummaryPage() {
  const { t } = useTranslation();
  const { params, update } = useQueryState();
  const paging = useCursorPaging({ backwards: false });
  const today = useMemo(() => todayString(), []);
  const date = summaryDateFromParams(params, today);
  const regionId = params.get('region') || undefined;
  const projectId = params.get('project') || undefined;
  const options = useQuery(InspectionFilterOptionsQuery);
  const { data, previousData, loading, error, refetch } = useQuery(InspectionDailySummaryQuery, {
    variables: {
      date,
      regionId: regionId ?? null,
      projectId: projectId ?? null,
      first: paging.variables.first,
      after: paging.variables.after ?? null,
    },
    notifyOnNetworkStatusChange: true,
  });
  const summary = (data ?? previousData)?.inspectionDailySummary;
  const setDate = (d: string) => update({ date: d === today ? undefined : d });
  const filtered = !!regionId || !!projectId;

  const numberColumn = (key: CountKey, width = 80) => ({
    key,
    title: t(`inspectionSummary.counts.${key}`),
    width,
    align: 'right' as const,
    render: (_: unknown, r: { counts: Counts }) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{countValue(r.counts, key)}</span>,
  });

  const projectColumns: TableColumnsType<ProjectRow> = [
    {
      key: 'project',
      title: t('inspectionSummary.project'),
      width: 220,
      fixed: 'left',
      render: (_, r) => <Link to={`/projects/${r.project.id}`}>{`${r.project.code} · ${r.project.name}`}</Link>,
    },
    {
      key: 'region',
      title: t('inspectionSummary.region'),
      width: 100,
      render: (_, r) => r.region?.name ?? t('inspectionSummary.noRegion'),
    },
    ...COUNT_KEYS.map((k) => numberColumn(k, k.endsWith('Rectifications') ? 100 : 80)),
    {
      key: 'links',
      title: t('inspectionSummary.links'),
      width: 170,
      fixed: 'right',
      render: (_, r) => (
        <Space size={4}>
          <Link to={calendarDayLink(r.project.id, date)} data-testid="summary-calendar-link">
            <CalendarOutlined /> {t('inspectionSummary.calendarLink')}
          </Link>
          <Link to={`/rectifications?project=${encodeURIComponent(r.project.id)}`} data-testid="summary-rectifications-link">
            <ToolOutlined /> {t('inspectionSummary.rectificationsLink')}
          </Link>
        </Space>
      ),
    },
  ];
  const regionColumns: TableColumnsType<RegionRow> = [
    {
      key: 'region',
      title: t('inspectionSummary.region'),
      width: 140,
      render: (_, r) =>
        r.region ? (
          <Typography.Link onClick={() => update({ region: r.region!.id, project: undefined })} data-testid="summary-region-link">
            {r.region.name}
          </Typography.Link>
        ) : (
          t('inspectionSummary.noRegion')
        ),
    },
    ...COUNT_KEYS.map((k) => numberColumn(k, k.endsWith('Rectifications') ? 100 : 80)),
  ];

  return (
    <div data-testid="summary-page">
      <PageHeader title={t('inspectionSummary.title')} subTitle={t('inspectionSummary.subtitle')} />
      <Card variant="borderless" style={{ marginBottom: 12 }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
          <Space size={8}>
            <Button
              icon={<LeftOutlined />}
              aria-label={t('inspectionSummary.prevDay')}
              title={t('inspectionSummary.prevDay')}
              onClick={() => setDate(previousLocalDay(date))}
              data-testid="summary-prev-day"
            />
            <DatePicker
              allowClear={false}
              value={dayjs(date)}
              onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))}
              disabledDate={(d) => d.isAfter(dayjs(today), 'day')}
              style={{ width: 150 }}
              data-testid="summary-date"
            />
            <Button
              icon={<RightOutlined />}
              aria-label={t('inspectionSummary.nextDay')}
              title={t('inspectionSummary.nextDay')}
              disabled={date >= today}
              onClick={() => setDate(nextLocalDay(date))}
              data-testid="summary-next-day"
            />
            <Button
              type={date === today ? 'primary' : 'default'}
              ghost={date === today}
              onClick={() => setDate(today)}
              data-testid="summary-today"
            >
              {t('inspectionSummary.today')}
            </Button>
            <Button
              type={date === previousLocalDay(today) ? 'primary' : 'default'}
              ghost={date === previousLocalDay(today)}
              onClick={() => setDate(previousLocalDay(today))}
              data-testid="summary-yesterday"
            >
              {t('inspectionSummary.yesterday')}
            </Button>
          </Space>
          <Select
            allowClear
            placeholder={t('inspectionSummary.allRegions')}
            value={regionId}
            onChange={(v?: string) => update({ region: v })}
            options={(options.data?.regions.nodes ?? []).map((r) => ({ value: r.id, label: r.name }))}
            style={{ width: 150 }}
            data-testid="filter-region"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('inspectionSummary.allProjects')}
            value={projectId}
            onChange={(v?: string) => update({ project: v })}
            options={(options.data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
            style={{ width: 220 }}
            data-testid="filter-project"
          />
          {filtered ? (
            <Button type="link" onClick={() => update({ region: undefined, project: undefined })}>
              {t('common.clearFilters')}
            </Button>
          ) : null}
          {summary ? (
            <Typography.Text type="secondary" style={{ marginLeft: 'auto', fontSize: 12 }} data-testid="summary-as-of">
              {t('inspectionSummary.asOf', { time: formatDateTime(summary.asOf, null, 'short') })}
            </Typography.Text>
          ) : null}
        </div>
      </Card>

      {!summary && loading ? (
        <Card variant="borderless">
          <TableSkeleton />
        </Card>
      ) : !summary && error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : summary ? (
        <>
          {error ? <ErrorState error={error} onRetry={() => void refetch()} compact /> : null}
          <StatCards counts={summary.total} />
          {summary.regions.length > 1 || (!regionId && summary.regions.length > 0) ? (
            <Card variant="borderless" title={t('inspectionSummary.regions')} size="small" style={{ marginBottom: 12 }}>
              <Table<RegionRow>
                data-testid="summary-regions"
                rowKey={(r) => r.region?.id ?? 'none'}
                size="small"
                columns={regionColumns}
                dataSource={summary.regions}
                pagination={false}
                scroll={{ x: 1000 }}
              />
            </Card>
          ) : null}
          <Card variant="borderless" title={t('inspectionSummary.projects')} size="small">
            <Table<ProjectRow>
              data-testid="summary-projects"
              rowKey={(r) => r.project.id}
              size="small"
              columns={projectColumns}
              dataSource={summary.projects}
              loading={loading}
              pagination={false}
              scroll={{ x: 1300 }}
              onRow={(r) => ({ 'data-project-code': r.project.code }) as never}
              locale={{
                emptyText: (
                  <EmptyState
                    title={t('inspectionSummary.empty')}
                    hint={t('inspectionSummary.emptyHint')}
                    action={
                      filtered ? (
                        <Button onClick={() => update({ region: undefined, project: undefined })}>{t('common.clearFilters')}</Button>
                      ) : undefined
                    }
                  />
                ),
              }}
            />
            {summary.projectCount > paging.pageSize ? (
              <CursorPager
                page={paging.page}
                pageSize={paging.pageSize}
                totalCount={summary.projectCount}
                hasPrevious={paging.hasPrevious}
                hasNext={summary.pageInfo.hasNextPage}
                onFirst={paging.first}
                onPrevious={() => paging.previous(null)}
                onNext={() => paging.next(summary.pageInfo.endCursor)}
                onPageSize={paging.setPageSize}
                disabled={loading}
              />
            ) : null}
          </Card>
        </>
      ) : null}
    </div>
  );
}
