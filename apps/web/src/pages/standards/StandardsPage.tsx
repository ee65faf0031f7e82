// 标准库 Standards library: server-side search and filters (category, position, format, critical,
// archived) and sort (code, score) in the URL (ListPage), cursor pagination, a drawer to create/edit, archive/restore, Excel
// export and import.
import { useMemo, useState } from 'react';
import { App, Button, Checkbox, Popconfirm, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PROPERTY_FORMATS, STANDARD_CATEGORIES } from '@pinzhi/domain';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/PageStates';
import { useDownload } from '../../components/useDownload';
import { useMutationErrors } from '../../components/useMutationErrors';
import { useLocale } from '../../app/LocaleProvider';
import { useCan } from '../../session/Allow';
import { CategoryTag, CriticalTag, FormatsText, PositionsText, positionOptions } from './StandardLabels';
import { StandardDrawer } from './StandardDrawer';
import { ImportStandardsModal } from './ImportStandardsModal';
import { FILTER_KEYS, filterParams, filtersFromParams, toFilterVariable, type StandardListFilters } from './standard-filters';
import { ArchiveStandardMutation, RestoreStandardMutation, StandardsQuery } from './standards.operations';
import type { StandardFieldsFragment } from '../../gql/graphql';

/** Column key → the API's sort field; without one the library is listed by code. */
const SORTS = { code: 'CODE', score: 'DEFAULT_SCORE' } as const;

export default function StandardsPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { message } = App.useApp();
  const canEdit = useCan('handbooks.edit');
  const reportError = useMutationErrors();
  const { download, pending } = useDownload();
  const list = useListState({ filters: FILTER_KEYS, sorts: SORTS, paging: 'backwards' });
  const { params, update } = list;
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const [editing, setEditing] = useState<StandardFieldsFragment | null | undefined>(undefined);
  const [importing, setImporting] = useState(false);

  const query = useQuery(StandardsQuery, {
    variables: { filter: toFilterVariable(filters), ...list.variables },
    notifyOnNetworkStatusChange: true,
  });
  const { refetch } = query;
  const [archive] = useMutation(ArchiveStandardMutation);
  const [restore] = useMutation(RestoreStandardMutation);
  const connection = (query.data ?? query.previousData)?.standards;
  const setFilters = (changes: Partial<StandardListFilters>) => update(filterParams({ ...filters, ...changes }));

  const toggleArchived = async (row: StandardFieldsFragment) => {
    try {
      if (row.archivedAt) {
        await restore({ variables: { id: row.id } });
        void message.success(t('standards.restored', { code: row.code }));
      } else {
        await archive({ variables: { id: row.id } });
        void message.success(t('standards.archivedMessage', { code: row.code }));
      }
      void refetch();
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };

  const title = (row: StandardFieldsFragment) => (language === 'en-US' ? row.titleEn || row.titleZh : row.titleZh);
  const requirement = (row: StandardFieldsFragment) => (language === 'en-US' ? row.requirementEn || row.requirementZh : row.requirementZh);

  const columns: TableColumnsType<StandardFieldsFragment> = [
    {
      key: 'code',
      title: t('standards.code'),
      width: 122,
      fixed: 'left',
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          {canEdit ? (
            <Typography.Link onClick={() => setEditing(row)} data-testid="standard-code" style={{ fontFamily: 'monospace' }}>
              {row.code}
            </Typography.Link>
          ) : (
            <Typography.Text data-testid="standard-code" style={{ fontFamily: 'monospace' }}>
              {row.code}
            </Typography.Text>
          )}
          {row.archivedAt ? <Tag style={{ marginInlineEnd: 0 }}>{t('standards.archived')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'category', title: t('standards.category'), width: 104, render: (_, row) => <CategoryTag category={row.category} /> },
    {
      key: 'title',
      title: t('standards.title'),
      render: (_, row) => (
        <div style={{ minWidth: 220 }}>
          <div style={{ fontWeight: 500 }}>
            {title(row)} {row.critical ? <CriticalTag /> : null}
          </div>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 1, tooltip: requirement(row) }} style={{ fontSize: 12, margin: 0 }}>
            {requirement(row)}
          </Typography.Paragraph>
        </div>
      ),
    },
    { key: 'positions', title: t('standards.positions'), width: 130, render: (_, row) => <PositionsText positions={row.positions} /> },
    {
      key: 'condition',
      title: t('standards.condition'),
      width: 96,
      render: (_, row) =>
        row.condition ? t(`conditions.${row.condition}`) : <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
    },
    { key: 'checkMethod', title: t('standards.checkMethod'), width: 96, render: (_, row) => t(`checkMethods.${row.checkMethod}`) },
    { key: 'score', title: t('standards.defaultScore'), width: 84, align: 'right', dataIndex: 'defaultScore' },
    { key: 'formats', title: t('standards.formats'), width: 140, render: (_, row) => <FormatsText formats={row.formats} /> },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 112,
            fixed: 'right' as const,
            render: (_: unknown, row: StandardFieldsFragment) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(row)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={row.archivedAt ? t('standards.restore') : t('standards.archive')}
                  description={
                    <div style={{ maxWidth: 260 }}>{row.archivedAt ? t('standards.restoreConfirm') : t('standards.archiveConfirm')}</div>
                  }
                  okText={t('common.ok')}
                  cancelText={t('common.cancel')}
                  onConfirm={() => toggleArchived(row)}
                >
                  <Button type="link" size="small" danger={!row.archivedAt}>
                    {row.archivedAt ? t('standards.restore') : t('standards.archive')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const createButton = canEdit ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="create-standard">
      {t('standards.create')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('standards.pageTitle')}
        subTitle={t('standards.subtitle')}
        extra={
          <>
            <Button
              icon={<DownloadOutlined />}
              loading={pending !== null}
              onClick={() => void download('/downloads/standards.xlsx', 'standards.xlsx')}
              data-testid="export-standards"
            >
              {t('standards.export')}
            </Button>
            {canEdit ? (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="import-standards">
                {t('standards.import')}
              </Button>
            ) : null}
            {createButton}
          </>
        }
      />
      <ListPage<StandardFieldsFragment>
        list={list}
        query={query}
        connection={connection}
        columns={columns}
        search={{ placeholder: t('standards.searchPlaceholder'), width: 280, testId: 'standard-search' }}
        filters={
          <>
            <Select
              allowClear
              data-testid="filter-category"
              placeholder={t('standards.allCategories')}
              value={filters.category}
              onChange={(category?: StandardListFilters['category']) => setFilters({ category })}
              options={STANDARD_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
              style={{ width: 140 }}
              popupMatchSelectWidth={false}
            />
            <Select
              allowClear
              data-testid="filter-position"
              placeholder={t('standards.anyPosition')}
              value={filters.position}
              onChange={(position?: string) => setFilters({ position })}
              options={positionOptions(language)}
              style={{ width: 140 }}
              popupMatchSelectWidth={false}
            />
            <Select
              allowClear
              data-testid="filter-format"
              placeholder={t('standards.anyFormat')}
              value={filters.format}
              onChange={(format?: StandardListFilters['format']) => setFilters({ format })}
              options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
              style={{ width: 170 }}
              popupMatchSelectWidth={false}
            />
            <Select
              allowClear
              data-testid="filter-critical"
              placeholder={t('standards.criticalFilter')}
              value={filters.critical === undefined ? undefined : filters.critical ? 'yes' : 'no'}
              onChange={(v?: 'yes' | 'no') => setFilters({ critical: v === undefined ? undefined : v === 'yes' })}
              options={[
                { value: 'yes', label: t('standards.criticalOnly') },
                { value: 'no', label: t('standards.nonCriticalOnly') },
              ]}
              style={{ width: 140 }}
            />
            <Checkbox
              checked={!!filters.includeArchived}
              onChange={(e) => setFilters({ includeArchived: e.target.checked || undefined })}
              style={{ alignSelf: 'center' }}
              data-testid="filter-archived"
            >
              {t('standards.includeArchived')}
            </Checkbox>
          </>
        }
        empty={
          <EmptyState
            title={canEdit ? t('standards.empty') : t('standards.emptyReadOnly')}
            hint={canEdit ? t('standards.emptyHint') : undefined}
            action={createButton}
          />
        }
        emptyFiltered={t('standards.emptyFiltered')}
        testIds={{ filters: 'standard-filters', table: 'standards-table' }}
        scroll={{ x: 1100 }}
        onRow={(row) =>
          ({ 'data-code': row.code, style: row.archivedAt ? { opacity: 0.6 } : undefined }) as React.HTMLAttributes<HTMLElement>
        }
      />
      {canEdit ? (
        <>
          <StandardDrawer
            open={editing !== undefined}
            standard={editing ?? null}
            onClose={() => setEditing(undefined)}
            onReload={() => void refetch()}
          />
          <ImportStandardsModal open={importing} onClose={() => setImporting(false)} onImported={() => void refetch()} />
        </>
      ) : null}
    </>
  );
}
