// 我的审批: requests waiting for my decision (default), those I submitted, those I decided, or all I
// may read; newest first, 50 a page with "more".
import { Button, Card, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { pickEnum, useQueryState } from '../../lib/url-state';
import type { ApprovalRequestsQuery as Data } from '../../gql/graphql';
import { ApprovalRequestsQuery } from './approvals.operations';

type Row = Data['approvalRequests']['nodes'][number];
const VIEWS = ['WAITING_FOR_ME', 'MINE', 'DECIDED_BY_ME', 'ALL'] as const;
export const STATUS_COLORS: Record<string, string> = {
  PENDING_APPROVAL: 'processing',
  APPROVED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
};

export default function ApprovalsPage() {
  const { t } = useTranslation();
  const tr = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  const { params, update } = useQueryState();
  const view = pickEnum(params.get('view'), VIEWS) ?? 'WAITING_FOR_ME';
  const q = useQuery(ApprovalRequestsQuery, { variables: { filter: { view }, first: 50 }, fetchPolicy: 'cache-and-network' });
  const columns: TableColumnsType<Row> = [
    { title: t('approvals.columns.title'), dataIndex: 'title', render: (_v, r) => <Link to={`/approvals/${r.id}`}>{r.title}</Link> },
    { title: t('approvals.columns.kind'), dataIndex: 'kind', render: (k: string) => tr(`approvals.kinds.${k}`) },
    {
      title: t('approvals.columns.status'),
      dataIndex: 'status',
      render: (s: string) => <Tag color={STATUS_COLORS[s]}>{tr(`approvals.statuses.${s}`)}</Tag>,
    },
    { title: t('approvals.columns.requester'), dataIndex: ['requester', 'displayName'] },
    { title: t('approvals.columns.createdAt'), dataIndex: 'createdAt', render: (d: string) => formatDateTime(d) },
  ];
  const data = q.data?.approvalRequests;
  return (
    <div data-testid="approvals-page">
      <PageHeader title={t('approvals.title')} subTitle={t('approvals.subtitle')} />
      <Card variant="borderless">
        <Segmented
          data-testid="approvals-view"
          value={view}
          onChange={(v) => update({ view: v === 'WAITING_FOR_ME' ? undefined : String(v) })}
          options={VIEWS.map((v) => ({ value: v, label: tr(`approvals.views.${v}`) }))}
          style={{ marginBottom: 12 }}
        />
        {q.loading && !data ? (
          <TableSkeleton />
        ) : q.error && !data ? (
          <ErrorState error={q.error} onRetry={() => void q.refetch()} />
        ) : !data || data.nodes.length === 0 ? (
          <EmptyState title={t('approvals.empty')} hint={t('approvals.emptyHint')} />
        ) : (
          <>
            <Table<Row>
              data-testid="approvals-table"
              rowKey="id"
              columns={columns}
              dataSource={data.nodes}
              pagination={false}
              size="middle"
            />
            {data.pageInfo.hasNextPage && (
              <Button
                style={{ marginTop: 12 }}
                onClick={() =>
                  void q.fetchMore({
                    variables: { after: data.pageInfo.endCursor },
                    updateQuery: (prev, { fetchMoreResult }) => ({
                      approvalRequests: {
                        ...fetchMoreResult.approvalRequests,
                        nodes: [...prev.approvalRequests.nodes, ...fetchMoreResult.approvalRequests.nodes],
                      },
                    }),
                  })
                }
              >
                {t('audit.more', { count: data.totalCount - data.nodes.length })}
              </Button>
            )}
          </>
        )}
      </Card>
    </div>
  );
}
