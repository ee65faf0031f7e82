// 培训计划: plans per position, newest period first; position filter and sort (name, position, period)
// in the URL (ListPage, sorted in the browser: the list is not paged).
import { Button, Select, Space, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { byText, byValue, ListPage, useListState } from '../../components/list-page';
import { EmptyState } from '../../components/PageStates';
import { useCan } from '../../session/Allow';
import { PlansQuery, TrainingOptionsQuery } from './training.operations';
import type { PlanFieldsFragment } from '../../gql/graphql';

const SORTS = { name: true, position: true, period: true } as const;

export default function TrainingPlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useListState({ filters: ['position'], sorts: SORTS, paging: 'none' });
  const { params, update } = list;
  const mayManage = useCan('training.manage');
  const positionId = params.get('position') || undefined;
  const includeArchived = params.get('archived') === '1';
  const options = useQuery(TrainingOptionsQuery);
  const query = useQuery(PlansQuery, { variables: { filter: { positionId, includeArchived } } });
  const columns: TableColumnsType<PlanFieldsFragment> = [
    {
      key: 'name',
      title: t('training.plans.name'),
      sorter: byText((p) => p.name),
      render: (_, p) => (
        <Space>
          <Link to={`/training/plans/${p.id}`} data-testid="plan-link">
            {p.name}
          </Link>
          {p.archivedAt ? <Tag>{t('training.common.archived')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'position',
      title: t('training.common.position'),
      width: 100,
      sorter: byText((p) => p.position?.name),
      render: (_, p) => p.position?.name ?? '—',
    },
    {
      key: 'scope',
      title: t('training.plans.scope'),
      width: 200,
      render: (_, p) =>
        `${t(`training.scopes.${p.scope}`)}${p.region ? ` · ${p.region.name}` : ''}${p.project ? ` · ${p.project.code}` : ''}`,
    },
    {
      key: 'period',
      title: t('training.plans.period'),
      width: 210,
      sorter: byValue((p) => p.periodStart),
      render: (_, p) => `${p.periodStart} – ${p.periodEnd}`,
    },
    {
      key: 'items',
      title: t('training.plans.items'),
      width: 110,
      render: (_, p) => t('training.plans.itemCount', { count: p.items.length }),
    },
  ];
  return (
    <div data-testid="training-plans-page">
      <PageHeader
        title={t('training.plans.title')}
        subTitle={t('training.plans.subtitle')}
        extra={
          mayManage ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/training/plans/new')} data-testid="new-plan">
              {t('training.plans.new')}
            </Button>
          ) : null
        }
      />
      <ListPage<PlanFieldsFragment>
        list={list}
        query={query}
        rows={query.data?.trainingPlans}
        columns={columns}
        filters={
          <>
            <Select
              allowClear
              placeholder={t('training.common.allPositions')}
              value={positionId}
              onChange={(v?: string) => update({ position: v })}
              options={(options.data?.positions ?? []).map((p) => ({ value: p.id, label: p.name }))}
              style={{ width: 160 }}
              data-testid="filter-position"
            />
            <Select
              value={includeArchived ? '1' : '0'}
              onChange={(v: string) => update({ archived: v === '1' ? '1' : undefined })}
              options={[
                { value: '0', label: t('training.employees.active') },
                { value: '1', label: t('training.employees.all') },
              ]}
              style={{ width: 110 }}
            />
          </>
        }
        empty={<EmptyState title={t('training.plans.empty')} hint={mayManage ? t('training.plans.emptyHint') : undefined} />}
        testIds={{ table: 'plans-table' }}
        onRow={(p) => ({ 'data-testid': 'plan-row', 'data-name': p.name }) as never}
      />
    </div>
  );
}
