// A record's history (like Odoo's chatter): who changed what and when, newest first, with the
// changes in words — one component for every detail page, backed by recordHistory(entity, id).
import { Button, Card, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../PageStates';
import { formatDateTime } from '../../lib/format';
import { AuditChanges, RecordName } from './AuditChanges';
import { RecordHistoryQuery } from './audit.operations';
import { auditLanguage, entityText, operationText } from './audit-text';

const PAGE = 10;

/** `plain`: without its own card (inside a tab). */
export function RecordHistory({ entity, id, title, plain }: { entity: string; id: string; title?: string; plain?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = auditLanguage(i18n.language);
  const { data, loading, error, refetch, fetchMore } = useQuery(RecordHistoryQuery, {
    variables: { entity, id, first: PAGE },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const history = data?.recordHistory;
  const body = !history ? (
    loading ? (
      <Skeleton active paragraph={{ rows: 3 }} />
    ) : (
      <ErrorState error={error} onRetry={() => void refetch()} compact />
    )
  ) : history.nodes.length === 0 ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.historyEmpty')} />
  ) : (
    <>
      <Timeline
        data-testid="record-history-items"
        items={history.nodes.map((e) => ({
          key: e.id,
          content: (
            <div>
              <div>
                <Typography.Text strong>{operationText(e.operation, lang, t)}</Typography.Text>
                {e.subject.kind !== entity ? (
                  <Typography.Text type="secondary">
                    {' · '}
                    {entityText(e.subject.kind, lang, t)}
                    {e.subject.name ? `「${e.subject.name}」` : ''}
                  </Typography.Text>
                ) : null}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {e.user ? e.user.displayName : t('audit.system')} · {formatDateTime(e.createdAt)}
              </Typography.Text>
              {e.changeList.length ? (
                <div style={{ marginTop: 4 }}>
                  <AuditChanges entry={e} compact />
                </div>
              ) : null}
            </div>
          ),
        }))}
      />
      {history.pageInfo.hasNextPage ? (
        <Button
          size="small"
          loading={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: history.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                recordHistory: {
                  ...fetchMoreResult.recordHistory,
                  nodes: [...prev.recordHistory.nodes, ...fetchMoreResult.recordHistory.nodes],
                },
              }),
            })
          }
        >
          {t('audit.more', { count: history.totalCount - history.nodes.length })}
        </Button>
      ) : null}
    </>
  );
  if (plain) return <div data-testid="record-history">{body}</div>;
  return (
    <Card title={title ?? t('audit.history')} size="small" data-testid="record-history" style={{ marginTop: 16 }}>
      {body}
    </Card>
  );
}

export { RecordName };
