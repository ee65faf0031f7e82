// 员工: staff by name (or number, hire date) with filters (position, project, region, active, search)
// and sort in the URL (ListPage),
// cursor pages, "new employee" and the Excel import (HR, admins). A row opens the training record.
import { useMemo, useState } from 'react';
import { Button, Select, Tag, type TableColumnsType } from 'antd';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/PageStates';
import { useCan } from '../../session/Allow';
import { ImportEmployeesModal } from './ImportEmployeesModal';
import { EmployeeModal } from './EmployeeModal';
import { EmployeesQuery, TrainingOptionsQuery } from './training.operations';
import type { EmployeeFilter, EmployeeRowFragment } from '../../gql/graphql';

const FILTER_KEYS = ['q', 'position', 'project', 'region'];
/** Column key → the API's sort field; without one the list is by name. */
const SORTS = { name: 'NAME', no: 'EMPLOYEE_NO', hire: 'HIRE_DATE' } as const;

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
  const list = useListState({ filters: FILTER_KEYS, sorts: SORTS, paging: 'forwards' });
  const { params, update } = list;
  const mayManage = useCan('training.manage');
  const [importing, setImporting] = useState(false);
  const [creating, setCreating] = useState(false);
  const filter = useMemo(() => employeeFilterFromParams(params), [params]);
  const options = useQuery(TrainingOptionsQuery);
  const query = useQuery(EmployeesQuery, {
    variables: { filter, ...list.variables, after: list.paging.after ?? null },
    notifyOnNetworkStatusChange: true,
  });
  const conn = (query.data ?? query.previousData)?.employees;
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
      <ListPage<EmployeeRowFragment>
        list={list}
        query={query}
        connection={conn}
        columns={columns}
        search={{ placeholder: t('training.employees.search'), width: 200, testId: 'filter-q' }}
        filters={
          <>
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
          </>
        }
        empty={<EmptyState title={t('training.employees.empty')} hint={t('training.employees.emptyHint')} />}
        emptyFiltered={t('training.employees.empty')}
        testIds={{ table: 'employees-table' }}
        scroll={{ x: 800 }}
        onRow={(e) => ({ 'data-testid': 'employee-row', 'data-name': e.name }) as never}
      />
      <ImportEmployeesModal open={importing} onClose={() => setImporting(false)} onImported={() => void query.refetch()} />
      {creating ? <EmployeeModal employee={null} onClose={() => setCreating(false)} /> : null}
    </div>
  );
}
