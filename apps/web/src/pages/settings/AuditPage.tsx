// Audit trail (company admins): who changed which record, when and what — in the user's language
// (labels from the domain's registry, names instead of ids, links to the records); filtered by kind
// of record, person and a date range (all in the URL).
import { useMemo } from 'react';
import { Card, DatePicker, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ENTITIES, DEFAULT_TIME_ZONE } from '@pinzhi/domain';
import { CursorPager } from '../../components/CursorPager';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { AuditChanges, RecordName } from '../../components/audit/AuditChanges';
import { auditLanguage, entityText, fieldText, operationText } from '../../components/audit/audit-text';
import { dayjs, formatDateTime } from '../../lib/format';
import { useCursorPaging, useQueryState } from '../../lib/url-state';
import { AuditEntriesQuery, AuditUserOptionsQuery } from './audit.operations';
import type { AuditEntriesQuery as AuditData, AuditFilter } from '../../gql/graphql';

type Entry = AuditData['auditEntries']['nodes'][number];

const OPERATION_COLORS: [RegExp, string][] = [
  [/^(create|invite|reactivate|start|add|issue|propose|enrol)/i, 'green'],
  [/^(login|logout)$/i, 'default'],
  [/^(update|save|set|enter|record|comment|handle|refresh)/i, 'blue'],
  [/^(change|publish|submit|verify|resolve|goLive|decide|review|complete)/i, 'purple'],
  [/^(archive|close|cancel|flag|override|reopen|reject)/i, 'orange'],
  [/^(deactivate|delete|discard|revoke|unenrol)/i, 'red'],
];

function operationColor(operation: string): string {
  return OPERATION_COLORS.find(([pattern]) => pattern.test(operation))?.[1] ?? 'default';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const { params, update } = useQueryState();
  const paging = useCursorPaging({ backwards: true });
  const lang = auditLanguage(i18n.language);
  const entity = params.get('entity') || undefined;
  const userId = params.get('user') || undefined;
  const from = DAY.test(params.get('from') ?? '') ? params.get('from')! : undefined;
  const to = DAY.test(params.get('to') ?? '') ? params.get('to')! : undefined;
  const filter = useMemo(() => {
    const f: AuditFilter = {};
    if (entity) f.entity = entity;
    if (userId) f.userId = userId;
    // Whole days in the company's time zone (China Standard Time): from 00:00 of the first to 00:00 after the last.
    if (from) f.from = dayjs.tz(from, DEFAULT_TIME_ZONE).startOf('day').toISOString();
    if (to) f.to = dayjs.tz(to, DEFAULT_TIME_ZONE).add(1, 'day').startOf('day').toISOString();
    return Object.keys(f).length ? f : undefined;
  }, [entity, userId, from, to]);
  const { data, previousData, loading, error, refetch } = useQuery(AuditEntriesQuery, {
    variables: { filter, ...paging.variables },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const users = useQuery(AuditUserOptionsQuery);
  const connection = (data ?? previousData)?.auditEntries;
  const active = !!(entity || userId || from || to);

  const entityOptions = useMemo(
    () =>
      Object.keys(AUDIT_ENTITIES)
        .map((e) => ({ value: e, label: entityText(e, lang, t) }))
        .sort((a, b) => a.label.localeCompare(b.label, lang === 'zh' ? 'zh-CN' : 'en')),
    [lang, t],
  );

  const columns: TableColumnsType<Entry> = [
    {
      key: 'time',
      title: t('audit.time'),
      width: 170,
      render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(row.createdAt)}</span>,
    },
    {
      key: 'user',
      title: t('audit.user'),
      width: 140,
      ellipsis: true,
      render: (_, row) =>
        row.user ? (
          <span title={row.user.email}>{row.user.displayName}</span>
        ) : (
          <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>
        ),
    },
    {
      key: 'operation',
      title: t('audit.operation'),
      width: 170,
      render: (_, row) => (
        <Tag color={operationColor(row.operation)} style={{ whiteSpace: 'normal' }}>
          {operationText(row.operation, lang, t)}
        </Tag>
      ),
    },
    {
      key: 'record',
      title: t('audit.record'),
      width: 300,
      ellipsis: true,
      render: (_, row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <Typography.Text type="secondary">{entityText(row.subject.kind, lang, t)}</Typography.Text>{' '}
          <RecordName {...row.subject} fallback={row.subject.kind === row.record.kind ? '' : (row.record.name ?? '')} />
          {row.subject.kind !== row.record.kind && row.record.name && row.subject.name ? (
            <Typography.Text type="secondary"> · {row.record.name}</Typography.Text>
          ) : null}
        </span>
      ),
    },
    {
      key: 'changes',
      title: t('audit.changes'),
      ellipsis: true,
      render: (_, row) => {
        const fields = row.changeList.map((c) => fieldText(c.field, lang, t));
        return fields.length ? (
          <Typography.Text type="secondary" title={fields.join(t('common.listSeparator'))}>
            {fields.join(t('common.listSeparator'))}
          </Typography.Text>
        ) : (
          t('common.none')
        );
      },
    },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Card variant="borderless">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
          <Select
            allowClear
            placeholder={t('audit.allEntities')}
            value={entity}
            onChange={(value?: string) => update({ entity: value })}
            options={entityOptions}
            style={{ width: 160 }}
            data-testid="filter-entity"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.allUsers')}
            value={userId}
            onChange={(value?: string) => update({ user: value })}
            loading={users.loading}
            options={(users.data?.members.nodes ?? []).map((m) => ({ value: m.user.id, label: `${m.user.displayName} (${m.user.email})` }))}
            style={{ width: 260 }}
            popupMatchSelectWidth={false}
            data-testid="filter-user"
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
            placeholder={[t('audit.dateFrom'), t('audit.dateTo')]}
            onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
            data-testid="filter-dates"
          />
        </div>
        {!connection && loading ? (
          <TableSkeleton />
        ) : !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <>
            {error ? <ErrorState error={error} onRetry={() => void refetch()} compact /> : null}
            <Table<Entry>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={connection.nodes}
              loading={loading}
              pagination={false}
              scroll={{ x: 960 }}
              tableLayout="fixed"
              data-testid="audit-table"
              expandable={{ expandedRowRender: (row) => <AuditChanges entry={row} />, rowExpandable: (row) => row.changeList.length > 0 }}
              locale={{
                emptyText: active ? (
                  <EmptyState title={t('audit.emptyFiltered')} />
                ) : (
                  <EmptyState title={t('audit.empty')} hint={t('audit.emptyHint')} />
                ),
              }}
            />
            {connection.totalCount > 0 ? (
              <CursorPager
                page={paging.page}
                pageSize={paging.pageSize}
                totalCount={connection.totalCount}
                hasPrevious={paging.hasPrevious}
                hasNext={connection.pageInfo.hasNextPage || paging.page * paging.pageSize < connection.totalCount}
                onFirst={paging.first}
                onPrevious={() => paging.previous(connection.pageInfo.startCursor)}
                onNext={() => paging.next(connection.pageInfo.endCursor)}
                onPageSize={paging.setPageSize}
                disabled={loading}
              />
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
