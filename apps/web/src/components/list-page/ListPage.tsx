// ListPage: the one building block of every list screen — filter bar (with a debounced search
// box and "clear filters"), the table with sortable columns, loading / empty / error states and
// the cursor pager; filters, sort and page live in the URL (useListState).
//
//   const list = useListState({
//     filters: ['q', 'region', 'stage'],                       // URL keys the page filters by
//     sorts: { code: 'CODE', name: 'NAME' },                   // column key → API sort field (true: sorted in the browser)
//     paging: 'backwards',                                     // 'backwards' (last/before) | 'forwards' | 'none'
//   });
//   const filter = { regionId: list.params.get('region') ?? undefined, … };   // the page reads its own filters
//   const q = useQuery(ProjectsQuery, { variables: { filter, ...list.variables }, notifyOnNetworkStatusChange: true });
//   <ListPage list={list} query={q} connection={(q.data ?? q.previousData)?.projects}
//     columns={columns}                                       // a column whose key is in `sorts` becomes sortable
//     search={{ placeholder: t('…'), testId: 'project-search' }}  // ?q=
//     filters={<Select … value={list.params.get('region')} onChange={(v) => list.update({ region: v })} />}
//     empty={<EmptyState title={t('…')} />} emptyFiltered={t('…')} testIds={{ filters: 'project-filters', table: 'projects-table' }} />
//
// Lists that are not paginated pass `rows` instead of `connection` and `paging: 'none'`; their
// sortable columns carry a compare function (`sorter: (a, b) => …`) and sort in the browser.
// The API's default order applies while the URL has no sort; no column shows an arrow then.
import type { ReactNode } from 'react';
import { Button, Card, Table, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { CursorPager } from '../CursorPager';
import { EmptyState, ErrorState, TableSkeleton } from '../PageStates';
import { SearchBox } from './SearchBox';
import type { ListState } from './useListState';

export interface Connection<Row> {
  nodes: readonly Row[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; startCursor?: string | null; endCursor?: string | null };
}

export interface ListPageProps<Row extends object> {
  list: ListState;
  /** The list query's state (Apollo's useQuery result or the same fields). */
  query: { loading: boolean; error?: unknown; refetch: () => unknown };
  /** A paginated list's connection (current or previous data)… */
  connection?: Connection<Row> | null;
  /** …or the rows of an unpaginated list. */
  rows?: readonly Row[] | null;
  columns: TableColumnsType<Row>;
  /** A search box bound to a URL key (default `q`). */
  search?: { placeholder: string; param?: string; width?: number; testId?: string };
  /** The filter controls (bound to `list.params` / `list.update`). */
  filters?: ReactNode;
  /** Shown when the list is empty and not filtered (default: antd's "no data"). */
  empty?: ReactNode;
  /** Title shown when filters leave nothing (with a "clear filters" button). */
  emptyFiltered?: string;
  testIds?: { filters?: string; table?: string };
  rowKey?: TableProps<Row>['rowKey'];
  onRow?: TableProps<Row>['onRow'];
  rowClassName?: TableProps<Row>['rowClassName'];
  scroll?: TableProps<Row>['scroll'];
  size?: TableProps<Row>['size'];
  /** Wrap in a Card (default) or not (inside a tab or a panel of its own). */
  card?: boolean;
  /** Above the table, below the filters (e.g. a summary line). */
  extra?: ReactNode;
}

export function ListPage<Row extends object>(props: ListPageProps<Row>) {
  const { t } = useTranslation();
  const { list, query } = props;
  const rows = props.connection ? props.connection.nodes : props.rows;
  const retry = () => void query.refetch();
  const sortable = new Set<string>(list.sortKeys);

  const columns = props.columns.map((column) => {
    const key = column.key == null ? undefined : String(column.key);
    if (!key || !sortable.has(key)) return column;
    return { ...column, sorter: column.sorter ?? true, sortOrder: list.sortOrder(key) };
  });

  const onChange: TableProps<Row>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort') return;
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    list.setSort(s?.columnKey == null ? undefined : String(s.columnKey), s?.order ?? null);
  };

  const searchParam = props.search?.param ?? 'q';
  const filterBar =
    props.search || props.filters ? (
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }} data-testid={props.testIds?.filters}>
        {props.search ? (
          <SearchBox
            value={list.params.get(searchParam) ?? ''}
            onSearch={(text) => list.update({ [searchParam]: text || undefined })}
            placeholder={props.search.placeholder}
            width={props.search.width}
            testId={props.search.testId}
          />
        ) : null}
        {props.filters}
        {list.filtered ? (
          <Button type="link" onClick={list.clearFilters}>
            {t('common.clearFilters')}
          </Button>
        ) : null}
      </div>
    ) : null;

  const emptyText =
    list.filtered && props.emptyFiltered ? (
      <EmptyState title={props.emptyFiltered} action={<Button onClick={list.clearFilters}>{t('common.clearFilters')}</Button>} />
    ) : (
      props.empty
    );

  const connection = props.connection;
  const { paging } = list;
  const body =
    !rows && query.loading ? (
      <TableSkeleton />
    ) : !rows ? (
      <ErrorState error={query.error} onRetry={retry} compact />
    ) : (
      <>
        {query.error ? <ErrorState error={query.error} onRetry={retry} compact /> : null}
        {props.extra}
        <Table<Row>
          data-testid={props.testIds?.table}
          rowKey={props.rowKey ?? ('id' as TableProps<Row>['rowKey'])}
          size={props.size ?? 'middle'}
          columns={columns}
          dataSource={rows as Row[]}
          loading={query.loading}
          pagination={false}
          onChange={onChange}
          onRow={props.onRow}
          rowClassName={props.rowClassName}
          scroll={props.scroll}
          locale={emptyText === undefined ? undefined : { emptyText }}
          showSorterTooltip={false}
        />
        {connection && connection.totalCount > 0 ? (
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
            disabled={query.loading}
          />
        ) : null}
      </>
    );

  return props.card === false ? (
    <>
      {filterBar}
      {body}
    </>
  ) : (
    <Card variant="borderless">
      {filterBar}
      {body}
    </Card>
  );
}
