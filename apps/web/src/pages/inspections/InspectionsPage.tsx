// 检查记录: submitted inspections with filters (project, region, result, dates, mine) in the URL.
import { useMemo } from 'react';
import { Button, Card, Checkbox, DatePicker, Select, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { CursorPager } from '../../components/CursorPager';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { pickEnum, useCursorPaging, useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { InspectionFilterOptionsQuery, InspectionsQuery } from './inspections.operations';
import { formatPercent, PassTag } from './parts';
import type { InspectionFilter, InspectionsQuery as InspectionsData } from '../../gql/graphql';

type Row = InspectionsData['inspections']['nodes'][number];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function inspectionFilterFromParams(params: URLSearchParams): InspectionFilter {
  const result = pickEnum(params.get('result'), ['passed', 'failed'] as const);
  const from = params.get('from');
  const to = params.get('to');
  return {
    projectId: params.get('project') || undefined,
    regionId: params.get('region') || undefined,
    passed: result ? result === 'passed' : undefined,
    from: from && DAY.test(from) ? from : undefined,
    to: to && DAY.test(to) ? to : undefined,
    mine: params.get('mine') === '1' || undefined,
  };
}

export default function InspectionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canPerform = useCan('inspections.perform');
  const { params, update } = useQueryState();
  const paging = useCursorPaging({ backwards: true });
  const filter = useMemo(() => inspectionFilterFromParams(params), [params]);
  const { data, previousData, loading, error, refetch } = useQuery(InspectionsQuery, {
    variables: { filter, ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const options = useQuery(InspectionFilterOptionsQuery);
  const connection = (data ?? previousData)?.inspections;
  const active = Object.values(filter).some((v) => v !== undefined);
  const clear = () => update({ project: undefined, region: undefined, result: undefined, from: undefined, to: undefined, mine: undefined });

  const columns: TableColumnsType<Row> = [
    {
      key: 'date',
      title: t('inspections.fields.date'),
      width: 150,
      render: (_, r) => (
        <Link to={`/inspections/${r.id}`}>
          {r.submittedAt ? formatDateTime(r.submittedAt, r.project.timeZone, 'short') : (r.localDate ?? t('common.none'))}
        </Link>
      ),
    },
    { key: 'project', title: t('inspections.fields.project'), width: 220, render: (_, r) => `${r.project.code} · ${r.project.name}` },
    { key: 'template', title: t('inspections.fields.template'), width: 200, render: (_, r) => r.template?.name ?? t('common.none') },
    {
      key: 'score',
      title: t('inspections.fields.score'),
      width: 90,
      align: 'right',
      render: (_, r) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{formatPercent(r.scorePercent)}</span>,
    },
    { key: 'result', title: t('inspections.fields.result'), width: 100, render: (_, r) => <PassTag passed={r.passed} status={r.status} /> },
    { key: 'failed', title: t('inspections.fields.failedItems'), width: 90, align: 'right', render: (_, r) => r.failedItems },
    {
      key: 'inspector',
      title: t('inspections.fields.inspector'),
      width: 120,
      render: (_, r) => r.inspector?.displayName ?? t('common.none'),
    },
    { key: 'region', title: t('inspections.fields.region'), width: 100, render: (_, r) => r.region?.name ?? t('common.none') },
    {
      key: 'kind',
      title: t('inspections.fields.kind'),
      width: 90,
      render: (_, r) => (
        <Typography.Text type="secondary">{r.occurrence ? t('inspections.planned') : t('inspections.adHoc')}</Typography.Text>
      ),
    },
  ];

  const emptyText = active ? (
    <EmptyState title={t('inspections.list.emptyFiltered')} action={<Button onClick={clear}>{t('common.clearFilters')}</Button>} />
  ) : (
    <EmptyState
      title={t('inspections.list.empty')}
      hint={canPerform ? t('inspections.list.emptyHint') : undefined}
      action={
        canPerform ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/inspections/perform')}>
            {t('inspections.list.new')}
          </Button>
        ) : undefined
      }
    />
  );

  return (
    <>
      <PageHeader
        title={t('inspections.list.title')}
        extra={
          canPerform ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => navigate('/inspections/perform')}
              data-testid="new-inspection-button"
            >
              {t('inspections.list.new')}
            </Button>
          ) : null
        }
      />
      <Card variant="borderless">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }} data-testid="inspection-filters">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('inspections.list.allProjects')}
            value={params.get('project') ?? undefined}
            onChange={(v?: string) => update({ project: v })}
            options={(options.data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
            style={{ width: 220 }}
            data-testid="filter-project"
          />
          <Select
            allowClear
            placeholder={t('inspections.list.allRegions')}
            value={params.get('region') ?? undefined}
            onChange={(v?: string) => update({ region: v })}
            options={(options.data?.regions.nodes ?? []).map((r) => ({ value: r.id, label: r.name }))}
            style={{ width: 150 }}
            data-testid="filter-region"
          />
          <Select
            allowClear
            placeholder={t('inspections.list.allResults')}
            value={params.get('result') ?? undefined}
            onChange={(v?: string) => update({ result: v })}
            options={[
              { value: 'passed', label: t('inspections.passed') },
              { value: 'failed', label: t('inspections.failed') },
            ]}
            style={{ width: 130 }}
            data-testid="filter-result"
          />
          <DatePicker.RangePicker
            value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
            onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            allowEmpty={[true, true]}
            style={{ width: 260 }}
            data-testid="filter-dates"
          />
          <Checkbox
            checked={!!filter.mine}
            onChange={(e) => update({ mine: e.target.checked ? '1' : undefined })}
            style={{ alignSelf: 'center' }}
            data-testid="filter-mine"
          >
            {t('inspections.list.mine')}
          </Checkbox>
          {active ? (
            <Button type="link" onClick={clear}>
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </div>
        {!connection && loading ? (
          <TableSkeleton />
        ) : !connection && error ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <>
            {error ? <ErrorState error={error} onRetry={() => void refetch()} compact /> : null}
            <Table<Row>
              data-testid="inspections-table"
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={connection?.nodes ?? []}
              loading={loading}
              pagination={false}
              scroll={{ x: 1100 }}
              locale={{ emptyText }}
              onRow={(r) => ({ 'data-passed': String(r.passed) }) as never}
            />
            {connection && connection.totalCount > 0 ? (
              <CursorPager
                page={paging.page}
                pageSize={paging.pageSize}
                totalCount={connection.totalCount}
                hasPrevious={paging.hasPrevious}
                hasNext={connection.pageInfo.hasNextPage}
                onFirst={paging.first}
                onPrevious={() => paging.previous(connection.pageInfo.startCursor)}
                onNext={() => paging.next(connection.pageInfo.endCursor)}
                onPageSize={paging.setPageSize}
                disabled={loading}
              />
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
