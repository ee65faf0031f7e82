// 我的部门任务: onboarding tasks any of my departments owns or collaborates on (filters in the URL).
import { Card, Checkbox, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { OnboardingTaskStatus } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useQueryState } from '../../lib/url-state';
import { MyTasksQuery } from './onboarding.operations';
import { deptName } from './PhaseTasks';
import type { MyDepartmentTasksQuery } from '../../gql/graphql';

type Row = MyDepartmentTasksQuery['onboardingTasks']['nodes'][number];

export default function MyDepartmentTasksPage() {
  const { t, i18n } = useTranslation();
  const { params, update } = useQueryState();
  const departmentId = params.get('department') || null;
  const openOnly = params.get('open') !== '0';
  const lateOnly = params.get('late') === '1';
  const { data, loading, error, refetch } = useQuery(MyTasksQuery, {
    variables: { filter: { myDepartments: true, departmentId, openOnly, lateOnly }, first: 100 },
  });
  const columns: TableColumnsType<Row> = [
    {
      key: 'project',
      title: t('onboarding.common.project'),
      width: 200,
      render: (_, x) => <Link to={`/onboarding/${x.onboarding?.id}`}>{`${x.project?.code} ${x.project?.name}`}</Link>,
    },
    { key: 'phase', title: t('onboarding.common.phase'), width: 110, render: (_, x) => t(`onboarding.phases.${x.phase}`) },
    {
      key: 'title',
      title: t('onboarding.common.task'),
      render: (_, x) => (
        <Space size={4} wrap>
          {x.title}
          {x.required ? <Tag color="gold">{t('onboarding.common.required')}</Tag> : null}
          {x.late ? <Tag color="red">{t('onboarding.common.late')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'departments',
      title: `${t('onboarding.common.owner')} / ${t('onboarding.common.collaborators')}`,
      width: 240,
      render: (_, x) => (
        <Space size={4} wrap>
          <Tag color="blue">{deptName(x.owner, i18n.language)}</Tag>
          {x.collaborators.map((c) => (
            <Tag key={c.id}>{deptName(c, i18n.language)}</Tag>
          ))}
        </Space>
      ),
    },
    { key: 'assignee', title: t('onboarding.common.assignee'), width: 120, render: (_, x) => x.assignee?.displayName ?? '—' },
    { key: 'due', title: t('onboarding.common.due'), dataIndex: 'dueDate', width: 110 },
    {
      key: 'status',
      title: t('onboarding.common.status'),
      width: 90,
      render: (_, x) => t(`onboarding.taskStatus.${x.status as OnboardingTaskStatus}`),
    },
  ];
  const mine = data?.myDepartments ?? [];
  return (
    <div data-testid="my-tasks-page">
      <PageHeader title={t('onboarding.myTasks.title')} subTitle={t('onboarding.myTasks.subtitle')} />
      <Card variant="borderless">
        <Space style={{ marginBottom: 16 }} wrap>
          <Select
            allowClear
            style={{ width: 240 }}
            placeholder={t('onboarding.myTasks.allMine')}
            value={departmentId ?? undefined}
            onChange={(v?: string) => update({ department: v })}
            options={mine.map((d) => ({ value: d.id, label: deptName(d, i18n.language) }))}
            data-testid="filter-department"
          />
          <Checkbox checked={openOnly} onChange={(e) => update({ open: e.target.checked ? undefined : '0' })}>
            {t('onboarding.myTasks.openOnly')}
          </Checkbox>
          <Checkbox checked={lateOnly} onChange={(e) => update({ late: e.target.checked ? '1' : undefined })}>
            {t('onboarding.myTasks.lateOnly')}
          </Checkbox>
        </Space>
        {loading && !data ? (
          <TableSkeleton />
        ) : error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <>
            <Table<Row>
              rowKey="id"
              columns={columns}
              dataSource={data?.onboardingTasks.nodes ?? []}
              pagination={false}
              data-testid="my-tasks-table"
              onRow={(x) => ({ 'data-testid': 'my-task-row', 'data-title': x.title }) as never}
              locale={{
                emptyText: (
                  <EmptyState
                    title={t('onboarding.myTasks.empty')}
                    hint={mine.length ? t('onboarding.myTasks.emptyHint') : t('onboarding.myTasks.noDepartment')}
                  />
                ),
              }}
            />
            <div style={{ marginTop: 12 }}>{t('common.total', { count: data?.onboardingTasks.totalCount ?? 0 })}</div>
          </>
        )}
      </Card>
    </div>
  );
}
