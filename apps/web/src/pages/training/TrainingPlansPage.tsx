// 培训计划: plans per position (position filter in the URL), newest period first.
import { Button, Card, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { PlansQuery, TrainingOptionsQuery } from './training.operations';
import type { PlanFieldsFragment } from '../../gql/graphql';

export default function TrainingPlansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { params, update } = useQueryState();
  const mayManage = useCan('training.manage');
  const positionId = params.get('position') || undefined;
  const includeArchived = params.get('archived') === '1';
  const options = useQuery(TrainingOptionsQuery);
  const { data, loading, error, refetch } = useQuery(PlansQuery, { variables: { filter: { positionId, includeArchived } } });
  const columns: TableColumnsType<PlanFieldsFragment> = [
    {
      key: 'name',
      title: t('training.plans.name'),
      render: (_, p) => (
        <Space>
          <Link to={`/training/plans/${p.id}`} data-testid="plan-link">
            {p.name}
          </Link>
          {p.archivedAt ? <Tag>{t('training.common.archived')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'position', title: t('training.common.position'), width: 100, render: (_, p) => p.position?.name ?? '—' },
    {
      key: 'scope',
      title: t('training.plans.scope'),
      width: 200,
      render: (_, p) =>
        `${t(`training.scopes.${p.scope}`)}${p.region ? ` · ${p.region.name}` : ''}${p.project ? ` · ${p.project.code}` : ''}`,
    },
    { key: 'period', title: t('training.plans.period'), width: 210, render: (_, p) => `${p.periodStart} – ${p.periodEnd}` },
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
      <Card variant="borderless">
        <Space style={{ marginBottom: 16 }} wrap>
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
        </Space>
        {loading && !data ? (
          <TableSkeleton />
        ) : error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <Table<PlanFieldsFragment>
            rowKey="id"
            columns={columns}
            dataSource={data?.trainingPlans ?? []}
            pagination={false}
            data-testid="plans-table"
            locale={{
              emptyText: <EmptyState title={t('training.plans.empty')} hint={mayManage ? t('training.plans.emptyHint') : undefined} />,
            }}
            onRow={(p) => ({ 'data-testid': 'plan-row', 'data-name': p.name }) as never}
          />
        )}
      </Card>
    </div>
  );
}
