// 三级检查对比: per project, the month's self-check average beside the regional and company checks,
// the gap between self-checks and the independent checks, and the projects whose self-checks run
// above the company's threshold highlighted. The month lives in the URL (?month=YYYY-MM).
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Space, Table, Tag, Tooltip, Typography, theme, type TableColumnsType } from 'antd';
import { LeftOutlined, RightOutlined, WarningFilled } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { dayjs } from '../../lib/format';
import { useQueryState } from '../../lib/url-state';
import { todayString } from '../inspection-calendar/calendar-utils';
import { LevelComparisonQuery } from './level-comparison.operations';
import type { LevelComparisonQuery as Data } from '../../gql/graphql';

type Row = Data['levelComparison']['nodes'][number];
const PAGE_SIZE = 50;

/** The month shown: ?month=YYYY-MM, else last month (a finished month is what gets compared). */
export function monthOf(param: string | null, today: string): string {
  if (param && /^\d{4}-(0[1-9]|1[0-2])$/.test(param)) return param;
  return dayjs(today).subtract(1, 'month').format('YYYY-MM');
}

/** First and last day of a month (YYYY-MM). */
export function monthRange(month: string): { from: string; to: string } {
  const d = dayjs(`${month}-01`);
  return { from: d.format('YYYY-MM-DD'), to: d.endOf('month').format('YYYY-MM-DD') };
}

const fmt = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(1));

export default function LevelComparisonPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { params, update } = useQueryState();
  const today = todayString();
  const month = monthOf(params.get('month'), today);
  const range = monthRange(month);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const [pageMonth, setPageMonth] = useState(month);
  if (pageMonth !== month) {
    setPageMonth(month);
    setCursors([null]);
  }
  const after = cursors[cursors.length - 1];
  const { data, previousData, loading, error, refetch } = useQuery(LevelComparisonQuery, {
    variables: { ...range, first: PAGE_SIZE, after },
    notifyOnNetworkStatusChange: true,
  });
  const report = (data ?? previousData)?.levelComparison;
  const setMonth = (m: string) => update({ month: m });

  const levelCell = (f: { average?: number | null; count: number }) => (
    <span>
      {fmt(f.average)} <Typography.Text type="secondary">({t('levelComparison.count', { count: f.count })})</Typography.Text>
    </span>
  );
  const columns: TableColumnsType<Row> = [
    {
      key: 'project',
      title: t('levelComparison.fields.project'),
      render: (_, r) => (
        <Space size={4}>
          {r.inflated ? (
            <Tooltip title={t('levelComparison.inflatedHint', { threshold: report?.threshold ?? 0 })}>
              <WarningFilled style={{ color: token.colorError }} aria-label={t('levelComparison.inflated')} />
            </Tooltip>
          ) : null}
          <span>
            {r.project.code} · {r.project.name}
          </span>
        </Space>
      ),
    },
    { key: 'region', title: t('levelComparison.fields.region'), render: (_, r) => r.region?.name ?? '—' },
    { key: 'self', title: t('levelComparison.levels.SELF_CHECK'), render: (_, r) => levelCell(r.selfCheck) },
    { key: 'regional', title: t('levelComparison.levels.REGIONAL'), render: (_, r) => levelCell(r.regional) },
    { key: 'company', title: t('levelComparison.levels.COMPANY'), render: (_, r) => levelCell(r.company) },
    { key: 'independent', title: t('levelComparison.fields.independent'), render: (_, r) => levelCell(r.independent) },
    {
      key: 'gap',
      title: t('levelComparison.fields.gap'),
      render: (_, r) =>
        r.gap == null ? (
          '—'
        ) : (
          <span data-testid="gap">
            {r.gap > 0 ? '+' : ''}
            {r.gap.toFixed(1)}
          </span>
        ),
    },
    {
      key: 'flag',
      title: t('levelComparison.fields.flag'),
      render: (_, r) =>
        r.inflated ? (
          <Tag color="error" data-testid="inflated-tag">
            {t('levelComparison.inflated')}
          </Tag>
        ) : r.gap == null ? (
          <Typography.Text type="secondary">{t('levelComparison.notComparable')}</Typography.Text>
        ) : (
          <Tag>{t('levelComparison.ok')}</Tag>
        ),
    },
  ];

  const shift = (n: number) => setMonth(dayjs(`${month}-01`).add(n, 'month').format('YYYY-MM'));
  const thisMonth = today.slice(0, 7);
  return (
    <div data-testid="level-comparison-page">
      <PageHeader title={t('levelComparison.title')} subTitle={t('levelComparison.subtitle')} />
      <Card size="small">
        <Space wrap size={8} style={{ marginBottom: 12 }} data-testid="month-picker">
          <Button
            icon={<LeftOutlined />}
            aria-label={t('levelComparison.previousMonth')}
            onClick={() => shift(-1)}
            data-testid="month-prev"
          />
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            disabledDate={(d) => d.isAfter(dayjs(today), 'month')}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
            data-testid="month-value"
          />
          <Button
            icon={<RightOutlined />}
            aria-label={t('levelComparison.nextMonth')}
            disabled={month >= thisMonth}
            onClick={() => shift(1)}
            data-testid="month-next"
          />
          {report ? (
            <Typography.Text type="secondary" data-testid="threshold">
              {t('levelComparison.thresholdNote', { threshold: report.threshold })}
            </Typography.Text>
          ) : null}
        </Space>
        {report && report.flaggedCount > 0 ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('levelComparison.flaggedSummary', { count: report.flaggedCount })}
            data-testid="flagged-summary"
          />
        ) : null}
        {!report && loading ? (
          <TableSkeleton />
        ) : !report && error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : report && report.totalCount === 0 ? (
          <EmptyState title={t('levelComparison.empty')} hint={t('levelComparison.emptyHint')} />
        ) : report ? (
          <>
            {error ? <ErrorState error={error} onRetry={() => void refetch()} compact /> : null}
            <Table<Row>
              rowKey={(r) => r.project.id}
              columns={columns}
              dataSource={report.nodes}
              loading={loading}
              pagination={false}
              size="middle"
              scroll={{ x: 900 }}
              onRow={(r) => ({
                'data-testid': `comparison-row-${r.project.code}`,
                'data-inflated': r.inflated ? 'true' : 'false',
                style: r.inflated ? { background: token.colorErrorBg } : undefined,
              })}
              data-testid="comparison-table"
            />
            <Space style={{ marginTop: 12, justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text type="secondary" data-testid="total-count">
                {t('common.total', { count: report.totalCount })}
              </Typography.Text>
              <Space>
                <Button size="small" disabled={cursors.length <= 1 || loading} onClick={() => setCursors((c) => c.slice(0, -1))}>
                  {t('levelComparison.previousPage')}
                </Button>
                <Button
                  size="small"
                  disabled={!report.pageInfo.hasNextPage || loading}
                  onClick={() => setCursors((c) => [...c, report.pageInfo.endCursor ?? null])}
                >
                  {t('levelComparison.nextPage')}
                </Button>
              </Space>
            </Space>
          </>
        ) : null}
      </Card>
    </div>
  );
}
