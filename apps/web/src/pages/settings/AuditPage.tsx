// Audit trail (company admins): paginated, filter by entity and user (in the URL).
import { useMemo } from 'react';
import { Card, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CursorPager } from '../../components/CursorPager';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { useCursorPaging, useQueryState } from '../../lib/url-state';
import zhCN from '../../i18n/zh-CN';
import { AuditEntriesQuery, AuditUserOptionsQuery } from './audit.operations';
import type { AuditEntriesQuery as AuditData, AuditFilter } from '../../gql/graphql';

type Entry = AuditData['auditEntries']['nodes'][number];

const KNOWN_ENTITIES = Object.keys(zhCN.audit.entities);
const KNOWN_OPERATIONS = Object.keys(zhCN.audit.operations);

export function entityLabel(t: TFunction, entity: string): string {
  return KNOWN_ENTITIES.includes(entity) ? t(`audit.entities.${entity}` as 'audit.entities.Region') : entity;
}

export function operationLabel(t: TFunction, operation: string): string {
  return KNOWN_OPERATIONS.includes(operation) ? t(`audit.operations.${operation}` as 'audit.operations.createRegion') : operation;
}

const OPERATION_COLORS: [RegExp, string][] = [
  [/^(create|invite|reactivate)/i, 'green'],
  [/^(login|logout)$/i, 'default'],
  [/^update/i, 'blue'],
  [/^change/i, 'purple'],
  [/^archive/i, 'orange'],
  [/^(deactivate|delete)/i, 'red'],
];

function operationColor(operation: string): string {
  return OPERATION_COLORS.find(([pattern]) => pattern.test(operation))?.[1] ?? 'default';
}

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value || '""';
  return JSON.stringify(value);
}

/** Rows of (field, before, after) from the common shapes of a changes object. */
export function changeRows(changes: Record<string, unknown>): { field: string; before: unknown; after: unknown }[] | null {
  const rec = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  const before = rec(changes.before);
  const after = rec(changes.after);
  if ((before || after) && Object.keys(changes).every((k) => k === 'before' || k === 'after')) {
    const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
    return keys.map((field) => ({ field, before: before?.[field], after: after?.[field] }));
  }
  const rows: { field: string; before: unknown; after: unknown }[] = [];
  for (const [field, value] of Object.entries(changes)) {
    const v = rec(value);
    if (v && ('from' in v || 'to' in v)) rows.push({ field, before: v.from, after: v.to });
    else if (v && ('old' in v || 'new' in v)) rows.push({ field, before: v.old, after: v.new });
    else if (v && ('before' in v || 'after' in v)) rows.push({ field, before: v.before, after: v.after });
    else if (Array.isArray(value) && value.length === 2) rows.push({ field, before: value[0], after: value[1] });
    else rows.push({ field, before: undefined, after: value });
  }
  return rows;
}

function ChangesView({ changes }: { changes: Record<string, unknown> }) {
  const { t } = useTranslation();
  const rows = changeRows(changes);
  if (!rows || rows.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      columns={[
        { key: 'field', title: t('audit.field'), dataIndex: 'field', width: 200 },
        {
          key: 'before',
          title: t('audit.before'),
          render: (_, r) => <Typography.Text delete={r.before !== undefined}>{show(r.before)}</Typography.Text>,
        },
        { key: 'after', title: t('audit.after'), render: (_, r) => show(r.after) },
      ]}
    />
  );
}

export default function AuditPage() {
  const { t } = useTranslation();
  const { params, update } = useQueryState();
  const paging = useCursorPaging({ backwards: true });
  const entity = params.get('entity') || undefined;
  const userId = params.get('user') || undefined;
  const filter = useMemo(() => {
    const f: AuditFilter = {};
    if (entity) f.entity = entity;
    if (userId) f.userId = userId;
    return Object.keys(f).length ? f : undefined;
  }, [entity, userId]);
  const { data, previousData, loading, error, refetch } = useQuery(AuditEntriesQuery, {
    variables: { filter, ...paging.variables },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const users = useQuery(AuditUserOptionsQuery);
  const connection = (data ?? previousData)?.auditEntries;
  const active = !!(entity || userId);

  const entityOptions = useMemo(() => {
    const seen = new Set(KNOWN_ENTITIES);
    for (const node of connection?.nodes ?? []) seen.add(node.entity);
    if (entity) seen.add(entity);
    return [...seen].map((e) => ({ value: e, label: entityLabel(t, e) }));
  }, [connection, entity, t]);

  const columns: TableColumnsType<Entry> = [
    { key: 'time', title: t('audit.time'), width: 190, render: (_, row) => formatDateTime(row.createdAt) },
    {
      key: 'user',
      title: t('audit.user'),
      width: 160,
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
      width: 150,
      render: (_, row) => <Tag color={operationColor(row.operation)}>{operationLabel(t, row.operation)}</Tag>,
    },
    { key: 'entity', title: t('audit.entity'), width: 110, render: (_, row) => entityLabel(t, row.entity) },
    {
      key: 'entityId',
      title: t('audit.entityId'),
      render: (_, row) => (
        <Typography.Text code copyable={{ text: row.entityId }} style={{ fontSize: 12 }}>
          {row.entityId.length > 12 ? `${row.entityId.slice(0, 8)}…` : row.entityId}
        </Typography.Text>
      ),
    },
    {
      key: 'changes',
      title: t('audit.changes'),
      render: (_, row) => {
        const fields = changeRows(row.changes)?.map((r) => r.field) ?? [];
        return fields.length ? (
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 320 }}>
            {fields.join(', ')}
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
              scroll={{ x: 1000 }}
              data-testid="audit-table"
              expandable={{ expandedRowRender: (row) => <ChangesView changes={row.changes} />, rowExpandable: () => true }}
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
