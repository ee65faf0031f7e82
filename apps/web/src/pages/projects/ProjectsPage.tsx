// Projects: server-side pagination, filters (region, format, stage, text) and sorting, all in
// the URL so a link reproduces the view (ListPage).
import { useMemo, useState } from 'react';
import { Button, Checkbox, Select, Space, Typography, type TableColumnsType } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PROJECT_STAGES, PROPERTY_FORMATS } from '@pinzhi/domain';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/PageStates';
import { StageTag } from '../../components/Tags';
import { formatDate, formatDateTime } from '../../lib/format';
import { useCan } from '../../session/Allow';
import { useDataScope, useMe } from '../../session/SessionProvider';
import { RegionOptionsQuery } from '../regions/regions.operations';
import { ProjectsQuery } from './projects.operations';
import { ImportProjectsModal } from './ImportProjectsModal';
import { FILTER_KEYS, filterParams, filtersFromParams, SORT_KEYS, toFilterVariable, type ProjectListFilters } from './project-filters';
import type { ProjectsQuery as ProjectsQueryData } from '../../gql/graphql';

type ProjectRow = ProjectsQueryData['projects']['nodes'][number];

export default function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const canEdit = useCan('portfolio.edit');
  const [importing, setImporting] = useState(false);
  const list = useListState({ filters: FILTER_KEYS, sorts: SORT_KEYS, paging: 'backwards' });
  const { params, update } = list;
  const filters = useMemo(() => filtersFromParams(params), [params]);

  const query = useQuery(ProjectsQuery, {
    variables: { filter: toFilterVariable(filters), ...list.variables },
    notifyOnNetworkStatusChange: true,
  });
  // The region filter follows the data scope: only their regions for a region-scoped user, none
  // for a project-scoped one (their projects' regions are not theirs to pick from).
  const scope = useDataScope();
  const regionScoped = scope.kind === 'REGIONS';
  const showRegionFilter = scope.kind !== 'PROJECTS';
  const regionOptions = useQuery(RegionOptionsQuery, { skip: scope.kind !== 'COMPANY' });
  const regions = regionScoped ? me.regions : (regionOptions.data?.regions.nodes ?? []);

  const setFilters = (changes: Partial<ProjectListFilters>) => update(filterParams({ ...filters, ...changes }));
  const connection = (query.data ?? query.previousData)?.projects;

  const columns: TableColumnsType<ProjectRow> = [
    {
      key: 'code',
      title: t('projects.code'),
      dataIndex: 'code',
      width: 130,
      fixed: 'left',
      render: (code: string, row) => <Link to={`/projects/${row.id}`}>{code}</Link>,
    },
    {
      key: 'name',
      title: t('projects.name'),
      dataIndex: 'name',
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
      render: (value: string, row) => formatDateTime(value, row.timeZone, 'short'),
      width: 150,
    },
    {
      key: 'createdAt',
      title: t('common.createdAt'),
      dataIndex: 'createdAt',
      responsive: ['xxl'],
      render: (value: string, row) => formatDateTime(value, row.timeZone, 'short'),
      width: 150,
    },
  ];

  const empty = (
    <EmptyState
      title={canEdit ? t('projects.empty') : t('projects.emptyReadOnly')}
      hint={canEdit ? t('projects.emptyHint') : undefined}
      action={
        canEdit ? (
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/projects/new')}>
              {t('projects.create')}
            </Button>
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)}>
              {t('projects.import')}
            </Button>
          </Space>
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
            <Space>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="import-projects">
                {t('projects.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/projects/new')} data-testid="create-project">
                {t('projects.create')}
              </Button>
            </Space>
          ) : null
        }
      />
      <ListPage<ProjectRow>
        list={list}
        query={query}
        connection={connection}
        columns={columns}
        search={{ placeholder: t('projects.searchPlaceholder'), testId: 'project-search' }}
        filters={
          <>
            {showRegionFilter ? (
              <Select
                allowClear
                data-testid="filter-region"
                placeholder={t('projects.allRegions')}
                value={filters.regionId}
                onChange={(regionId?: string) => setFilters({ regionId })}
                options={regions.map((r) => ({ value: r.id, label: r.name }))}
                style={{ width: 160 }}
              />
            ) : null}
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
          </>
        }
        empty={empty}
        emptyFiltered={t('projects.emptyFiltered')}
        testIds={{ filters: 'project-filters', table: 'projects-table' }}
        scroll={{ x: 1040 }}
      />
      {canEdit ? (
        <ImportProjectsModal open={importing} onClose={() => setImporting(false)} onImported={() => void query.refetch()} />
      ) : null}
    </>
  );
}
