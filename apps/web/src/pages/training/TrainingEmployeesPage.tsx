// 员工: staff by name with filters (position, project, region, active, search; all in the URL),
// cursor pages, "new employee" and the Excel import (HR, admins). A row opens the training record.
import { useMemo, useState } from 'react';
import { Button, Card, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '../../components/CursorPager';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useCursorPaging, useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { ImportEmployeesModal } from './ImportEmployeesModal';
import { EmployeeModal } from './EmployeeModal';
import { EmployeesQuery, TrainingOptionsQuery } from './training.operations';
import type { EmployeeFilter, EmployeeRowFragment } from '../../gql/graphql';

export function employeeFilterFromParams(params: URLSearchParams): EmployeeFilter {
  const active = params.get('active');
  return {
    positionId: params.get('position') || undefined,
    projectId: params.get('project') || undefined,
    regionId: params.get('region') || undefined,
    q: params.get('q') || undefined,
    active: active === 'all' ? undefined : active !== 'false',
  };
}

export default function TrainingEmployeesPage() {
  const { t } = useTranslation();
  const { params, update } = useQueryState();
  const paging = useCursorPaging({ backwards: false });
  const mayManage = useCan('training.manage');
  const [importing, setImporting] = useState(false);
  const [creating, setCreating] = useState(false);
  const filter = useMemo(() => employeeFilterFromParams(params), [params]);
  const options = useQuery(TrainingOptionsQuery);
  const { data, previousData, loading, error, refetch } = useQuery(EmployeesQuery, {
    variables: { filter, first: paging.variables.first, after: paging.variables.after ?? null },
    notifyOnNetworkStatusChange: true,
  });
  const conn = (data ?? previousData)?.employees;
  const columns: TableColumnsType<EmployeeRowFragment> = [
    {
      key: 'name',
      title: t('training.employees.fields.name'),
      render: (_, e) => (
        <Link to={`/training/employees/${e.id}`} data-testid="employee-link">
          {e.name}
        </Link>
      ),
    },
    { key: 'no', title: t('training.employees.fields.employeeNo'), width: 110, render: (_, e) => e.employeeNo ?? '—' },
    { key: 'position', title: t('training.employees.fields.position'), width: 100, render: (_, e) => e.position?.name ?? '—' },
    {
      key: 'project',
      title: t('training.employees.fields.project'),
      render: (_, e) => (e.project ? `${e.project.code} · ${e.project.name}` : '—'),
    },
    { key: 'hire', title: t('training.employees.fields.hireDate'), width: 120, render: (_, e) => e.hireDate },
    {
      key: 'active',
      title: t('training.employees.fields.active'),
      width: 90,
      render: (_, e) => (
        <Tag color={e.active ? 'green' : 'default'}>{e.active ? t('training.employees.active') : t('training.employees.inactive')}</Tag>
      ),
    },
  ];
  const filtered = !!(filter.positionId || filter.projectId || filter.regionId || filter.q);
  return (
    <div data-testid="training-employees-page">
      <PageHeader
        title={t('training.employees.title')}
        subTitle={t('training.employees.subtitle')}
        extra={
          mayManage ? (
            <>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="import-employees">
                {t('training.employees.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-employee">
                {t('training.employees.new')}
              </Button>
            </>
          ) : null
        }
      />
      <Card variant="borderless">
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('training.employees.search')}
            defaultValue={filter.q ?? ''}
            onSearch={(v) => update({ q: v.trim() })}
            style={{ width: 200 }}
            data-testid="filter-q"
          />
          <Select
            allowClear
            placeholder={t('training.common.allPositions')}
            value={(filter.positionId as string | undefined) ?? undefined}
            onChange={(v?: string) => update({ position: v })}
            options={(options.data?.positions ?? []).map((p) => ({ value: p.id, label: p.name }))}
            style={{ width: 130 }}
            data-testid="filter-position"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('training.common.allProjects')}
            value={(filter.projectId as string | undefined) ?? undefined}
            onChange={(v?: string) => update({ project: v })}
            options={(options.data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
            style={{ width: 220 }}
          />
          <Select
            allowClear
            placeholder={t('training.common.allRegions')}
            value={(filter.regionId as string | undefined) ?? undefined}
            onChange={(v?: string) => update({ region: v })}
            options={(options.data?.regions.nodes ?? []).map((r) => ({ value: r.id, label: r.name }))}
            style={{ width: 130 }}
          />
          <Select
            value={params.get('active') ?? 'true'}
            onChange={(v: string) => update({ active: v === 'true' ? undefined : v })}
            options={[
              { value: 'true', label: t('training.employees.active') },
              { value: 'false', label: t('training.employees.inactive') },
              { value: 'all', label: t('training.employees.all') },
            ]}
            style={{ width: 100 }}
          />
        </Space>
        {!conn && loading ? (
          <TableSkeleton />
        ) : !conn && error ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <>
            <Table<EmployeeRowFragment>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={conn?.nodes ?? []}
              loading={loading}
              pagination={false}
              scroll={{ x: 800 }}
              data-testid="employees-table"
              locale={{
                emptyText: (
                  <EmptyState
                    title={t('training.employees.empty')}
                    hint={filtered ? undefined : t('training.employees.emptyHint')}
                    action={
                      filtered ? (
                        <Button onClick={() => update({ q: undefined, position: undefined, project: undefined, region: undefined })}>
                          {t('common.clearFilters')}
                        </Button>
                      ) : undefined
                    }
                  />
                ),
              }}
              onRow={(e) => ({ 'data-testid': 'employee-row', 'data-name': e.name }) as never}
            />
            {conn && conn.totalCount > 0 ? (
              <CursorPager
                page={paging.page}
                pageSize={paging.pageSize}
                totalCount={conn.totalCount}
                hasPrevious={paging.hasPrevious}
                hasNext={conn.pageInfo.hasNextPage}
                onFirst={paging.first}
                onPrevious={() => paging.previous(null)}
                onNext={() => paging.next(conn.pageInfo.endCursor)}
                onPageSize={paging.setPageSize}
                disabled={loading}
              />
            ) : null}
          </>
        )}
      </Card>
      <ImportEmployeesModal open={importing} onClose={() => setImporting(false)} onImported={() => void refetch()} />
      {creating ? <EmployeeModal employee={null} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
