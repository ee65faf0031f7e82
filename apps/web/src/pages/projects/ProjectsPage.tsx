// Projects: server-side pagination, filters (region, format, stage, text) and sorting, all in
// the URL so a link reproduces the view.
import { useEffect, useMemo, useState } from 'react';
import { Button, Card, Checkbox, Input, Select, Space, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PROJECT_STAGES, PROPERTY_FORMATS, REGION_SCOPED_ROLES, RULES } from '@pinzhi/domain';
import { CursorPager } from '../../components/CursorPager';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { StageTag } from '../../components/Tags';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCursorPaging, useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { useMe } from '../../session/SessionProvider';
import { RegionOptionsQuery } from '../regions/regions.operations';
import { ProjectsQuery } from './projects.operations';
import {
  filterParams,
  filtersFromParams,
  hasActiveFilters,
  sortFromParams,
  SORT_KEYS,
  toFilterVariable,
  toSortVariable,
  type ProjectListFilters,
  type SortKey,
} from './project-filters';
import type { ProjectsQuery as ProjectsQueryData } from '../../gql/graphql';

type ProjectRow = ProjectsQueryData['projects']['nodes'][number];

function SearchBox({ value, onSearch }: { value: string; onSearch: (text: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  // Search while typing, after a pause.
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => onSearch(text.trim()), 600);
    return () => clearTimeout(timer);
  }, [onSearch, text, value]);
  return (
    <Input.Search
      allowClear
      value={text}
      maxLength={RULES.searchText.max}
      placeholder={t('projects.searchPlaceholder')}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onSearch(v.trim())}
      style={{ width: 240 }}
      data-testid="project-search"
    />
  );
}

export default function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const canEdit = useCan('portfolio.edit');
  const { params, update } = useQueryState();
  const paging = useCursorPaging({ backwards: true });
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const sort = useMemo(() => sortFromParams(params), [params]);

  const { data, previousData, loading, error, refetch } = useQuery(ProjectsQuery, {
    variables: { filter: toFilterVariable(filters), sort: toSortVariable(sort), ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const regionScoped = REGION_SCOPED_ROLES.includes(me.role);
  const regionOptions = useQuery(RegionOptionsQuery, { skip: regionScoped });
  const regions = regionScoped ? me.regions : (regionOptions.data?.regions.nodes ?? []);

  const setFilters = (changes: Partial<ProjectListFilters>) => update(filterParams({ ...filters, ...changes }));
  const connection = (data ?? previousData)?.projects;

  const sortOrderOf = (key: SortKey) =>
    sort?.key === key ? (sort.direction === 'ASC' ? ('ascend' as const) : ('descend' as const)) : null;

  const columns: TableColumnsType<ProjectRow> = [
    {
      key: 'code',
      title: t('projects.code'),
      dataIndex: 'code',
      sorter: true,
      sortOrder: sortOrderOf('code'),
      width: 130,
      fixed: 'left',
      render: (code: string, row) => <Link to={`/projects/${row.id}`}>{code}</Link>,
    },
    {
      key: 'name',
      title: t('projects.name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: sortOrderOf('name'),
      width: 220,
      render: (name: string, row) => (
        <Space size={6} wrap>
          <Link to={`/projects/${row.id}`}>{name}</Link>
          {row.archivedAt ? <Typography.Text type="secondary">({t('projects.archived')})</Typography.Text> : null}
        </Space>
      ),
    },
    {
      key: 'property',
      title: t('projects.property'),
      width: 150,
      render: (_, row) => (
        <div>
          <div>{row.property.name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`formats.${row.property.format}`)}
          </Typography.Text>
        </div>
      ),
    },
    { key: 'region', title: t('projects.region'), render: (_, row) => row.region.name, width: 100 },
    { key: 'stage', title: t('projects.stage'), render: (_, row) => <StageTag stage={row.stage} />, width: 100 },
    {
      key: 'nextDue',
      title: t('projects.nextDue'),
      width: 190,
      render: (_, row) =>
        row.nextDueOccurrence ? (
          <span data-testid={`next-due-${row.code}`}>
            <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(row.nextDueOccurrence.dueAt, row.timeZone, 'short')}</span>
            <Typography.Text type="secondary" style={{ display: 'block' }} ellipsis>
              {row.nextDueOccurrence.template?.name}
            </Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('projects.noNextDue')}</Typography.Text>
        ),
    },
    {
      key: 'openRectifications',
      title: t('projects.openRectifications'),
      width: 110,
      align: 'right',
      render: (_, row) =>
        row.openRectificationCount > 0 ? (
          <Link to={`/rectifications?project=${row.id}`} data-testid={`open-rectifications-${row.code}`}>
            {row.openRectificationCount}
          </Link>
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        ),
    },
    {
      key: 'contract',
      title: t('projects.contract'),
      width: 190,
      render: (_, row) =>
        row.contractStart || row.contractEnd ? (
          <span
            style={{ whiteSpace: 'nowrap' }}
          >{`${formatDate(row.contractStart, 'short')} ~ ${formatDate(row.contractEnd, 'short')}`}</span>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'updatedAt',
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      sorter: true,
      sortOrder: sortOrderOf('updatedAt'),
      render: (value: string, row) => formatDateTime(value, row.timeZone, 'short'),
      width: 150,
    },
    {
      key: 'createdAt',
      title: t('common.createdAt'),
      dataIndex: 'createdAt',
      sorter: true,
      sortOrder: sortOrderOf('createdAt'),
      responsive: ['xxl'],
      render: (value: string, row) => formatDateTime(value, row.timeZone, 'short'),
      width: 150,
    },
  ];

  const onTableChange: TableProps<ProjectRow>['onChange'] = (_pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = s?.columnKey as SortKey | undefined;
    if (!s?.order || !key || !(key in SORT_KEYS)) update({ sort: undefined, order: undefined });
    else update({ sort: key, order: s.order === 'descend' ? 'desc' : 'asc' });
  };

  const active = hasActiveFilters(filters);
  const emptyText = active ? (
    <EmptyState
      title={t('projects.emptyFiltered')}
      action={<Button onClick={() => update(filterParams({}))}>{t('common.clearFilters')}</Button>}
    />
  ) : (
    <EmptyState
      title={canEdit ? t('projects.empty') : t('projects.emptyReadOnly')}
      hint={canEdit ? t('projects.emptyHint') : undefined}
      action={
        canEdit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/projects/new')}>
            {t('projects.create')}
          </Button>
        ) : undefined
      }
    />
  );

  return (
    <>
      <PageHeader
        title={t('projects.title')}
        extra={
          canEdit ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/projects/new')} data-testid="create-project">
              {t('projects.create')}
            </Button>
          ) : null
        }
      />
      <Card variant="borderless">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }} data-testid="project-filters">
          <SearchBox value={filters.search ?? ''} onSearch={(text) => setFilters({ search: text || undefined })} />
          <Select
            allowClear
            data-testid="filter-region"
            placeholder={t('projects.allRegions')}
            value={filters.regionId}
            onChange={(regionId?: string) => setFilters({ regionId })}
            options={regions.map((r) => ({ value: r.id, label: r.name }))}
            style={{ width: 160 }}
          />
          <Select
            allowClear
            data-testid="filter-format"
            placeholder={t('projects.allFormats')}
            value={filters.format}
            onChange={(format?: ProjectListFilters['format']) => setFilters({ format })}
            options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
            style={{ width: 180 }}
            popupMatchSelectWidth={false}
          />
          <Select
            allowClear
            data-testid="filter-stage"
            placeholder={t('projects.allStages')}
            value={filters.stage}
            onChange={(stage?: ProjectListFilters['stage']) => setFilters({ stage })}
            options={PROJECT_STAGES.map((s) => ({ value: s, label: t(`stages.${s}`) }))}
            style={{ width: 140 }}
          />
          <Checkbox
            checked={!!filters.includeArchived}
            onChange={(e) => setFilters({ includeArchived: e.target.checked || undefined })}
            style={{ alignSelf: 'center' }}
          >
            {t('projects.includeArchived')}
          </Checkbox>
          {active ? (
            <Button type="link" onClick={() => update(filterParams({}))}>
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
            <Table<ProjectRow>
              data-testid="projects-table"
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={connection?.nodes ?? []}
              loading={loading}
              pagination={false}
              onChange={onTableChange}
              scroll={{ x: 1040 }}
              locale={{ emptyText }}
              showSorterTooltip={false}
            />
            {connection && connection.totalCount > 0 ? (
              <CursorPager
                page={paging.page}
                pageSize={paging.pageSize}
                totalCount={connection.totalCount}
                hasPrevious={paging.hasPrevious}
                hasNext={connection.pageInfo.hasNextPage || paging.page * paging.pageSize < connection.totalCount}
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
