// Regions: everyone reads; company admins create and edit.
import { useState } from 'react';
import { Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { useCan } from '../../session/Allow';
import { RegionsQuery } from './regions.operations';
import { RegionFormModal } from './RegionFormModal';
import type { RegionFieldsFragment } from '../../gql/graphql';

export default function RegionsPage() {
  const { t } = useTranslation();
  const canEdit = useCan('regions.edit');
  const { data, loading, error, refetch } = useQuery(RegionsQuery, { variables: { first: 100 }, notifyOnNetworkStatusChange: true });
  const [editing, setEditing] = useState<RegionFieldsFragment | null>(null);
  const [creating, setCreating] = useState(false);

  const columns: TableColumnsType<RegionFieldsFragment> = [
    { key: 'name', title: t('regions.name'), dataIndex: 'name' },
    {
      key: 'code',
      title: t('regions.code'),
      render: (_, row) => row.code ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
    { key: 'createdAt', title: t('common.createdAt'), render: (_, row) => formatDateTime(row.createdAt) },
    { key: 'updatedAt', title: t('common.updatedAt'), render: (_, row) => formatDateTime(row.updatedAt) },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 100,
            render: (_: unknown, row: RegionFieldsFragment) => (
              <Button type="link" size="small" onClick={() => setEditing(row)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const createButton = canEdit ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-region">
      {t('regions.create')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('regions.title')} extra={createButton} />
      <Card variant="borderless">
        {!data && loading ? (
          <TableSkeleton />
        ) : !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <>
            <Table<RegionFieldsFragment>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={data.regions.nodes}
              loading={loading}
              pagination={false}
              scroll={{ x: 640 }}
              data-testid="regions-table"
              locale={{
                emptyText: (
                  <EmptyState
                    title={canEdit ? t('regions.empty') : t('regions.emptyReadOnly')}
                    hint={canEdit ? t('regions.emptyHint') : undefined}
                    action={createButton}
                  />
                ),
              }}
            />
            {data.regions.totalCount > 0 ? (
              <Typography.Text type="secondary" style={{ display: 'block', marginTop: 16 }}>
                {t('common.total', { count: data.regions.totalCount })}
              </Typography.Text>
            ) : null}
          </>
        )}
      </Card>
      <RegionFormModal
        open={creating || !!editing}
        region={editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onSaved={() => void refetch()}
        onReload={() => void refetch()}
      />
    </>
  );
}
