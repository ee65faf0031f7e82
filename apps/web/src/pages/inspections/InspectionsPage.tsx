// 检查记录: submitted inspections, newest first, sortable by date, score and failed items; filters
// (project, region, result, dates, mine) and sort in the URL (ListPage).
import { useMemo } from 'react';
import { Button, Checkbox, DatePicker, Select, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { pickEnum } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { InspectionFilterOptionsQuery, InspectionsQuery } from './inspections.operations';
import { formatPercent, PassTag } from './parts';
import type { InspectionFilter, InspectionsQuery as InspectionsData } from '../../gql/graphql';

type Row = InspectionsData['inspections']['nodes'][number];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const FILTER_KEYS = ['project', 'region', 'result', 'from', 'to', 'mine'];
/** Column key → the API's sort field; without one the API lists newest first. */
const SORTS = { date: 'SUBMITTED_AT', score: 'SCORE', failed: 'FAILED_ITEMS' } as const;

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
  const list = useListState({ filters: FILTER_KEYS, sorts: SORTS, paging: 'backwards' });
  const { params, update } = list;
  const filter = useMemo(() => inspectionFilterFromParams(params), [params]);
  const query = useQuery(InspectionsQuery, {
    variables: { filter, ...list.variables },
    notifyOnNetworkStatusChange: true,
  });
  const options = useQuery(InspectionFilterOptionsQuery);
  const connection = (query.data ?? query.previousData)?.inspections;

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

  const empty = (
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
      <ListPage<Row>
        list={list}
        query={query}
        connection={connection}
        columns={columns}
        filters={
          <>
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
          </>
        }
        empty={empty}
        emptyFiltered={t('inspections.list.emptyFiltered')}
        testIds={{ filters: 'inspection-filters', table: 'inspections-table' }}
        scroll={{ x: 1100 }}
        onRow={(r) => ({ 'data-passed': String(r.passed) }) as never}
      />
    </>
  );
}
