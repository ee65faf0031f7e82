// The platform's audit trail (/platform/audit): what every operator did, newest first, paged.
import { useState } from 'react';
import { Table, Typography } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { auditEntityLabel, auditFieldLabel, auditOperationLabel, type AuditLanguage } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { PlatformAuditEntriesQuery } from './platform.operations';
import type { PlatformAuditEntriesQuery as Result } from '../../gql/graphql';

const PAGE_SIZE = 50;
type Entry = Result['platformAuditEntries']['nodes'][number];

function value(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)) return formatDateTime(v, null, 'short');
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

export default function PlatformAuditPage() {
  const { t, i18n } = useTranslation();
  const lang: AuditLanguage = i18n.language.startsWith('en') ? 'en' : 'zh';
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(PlatformAuditEntriesQuery, {
    variables: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const list = (data ?? previousData)?.platformAuditEntries;
  return (
    <div data-testid="platform-audit">
      <PageHeader title={t('platform.audit.title')} subTitle={t('platform.audit.subtitle')} />
      {error && !list ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !list ? (
        <TableSkeleton />
      ) : list.totalCount === 0 ? (
        <EmptyState title={t('platform.audit.empty')} />
      ) : (
        <Table<Entry>
          rowKey="id"
          loading={loading}
          dataSource={[...list.nodes]}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.totalCount,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: setPage,
          }}
          columns={[
            { title: t('platform.audit.at'), key: 'at', render: (_, e) => formatDateTime(e.createdAt, null, 'short') },
            { title: t('platform.audit.operator'), key: 'operator', render: (_, e) => e.operatorEmail ?? t('platform.audit.commandLine') },
            {
              title: t('platform.audit.operation'),
              key: 'operation',
              render: (_, e) => (
                <span>
                  {auditOperationLabel(e.operation, lang) ?? e.operation}
                  <Typography.Text type="secondary"> · {auditEntityLabel(e.entity, lang) ?? e.entity}</Typography.Text>
                </span>
              ),
            },
            { title: t('platform.audit.company'), key: 'company', render: (_, e) => e.companyName ?? '—' },
            {
              title: t('platform.audit.changes'),
              key: 'changes',
              render: (_, e) =>
                e.changes.length ? (
                  <div>
                    {e.changes.map((c) => (
                      <div key={c.field}>
                        {auditFieldLabel(c.field, lang) ?? c.field}: {value(c.from)} → {value(c.to)}
                      </div>
                    ))}
                  </div>
                ) : (
                  '—'
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
