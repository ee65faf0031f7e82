// The state of a list page, all in the URL so a link, a reload or back/forward reproduces the
// view: filters (plain query keys the page reads), the sort (?sort=<column key>&order=asc|desc)
// and the cursor page (?after/before/page/size). See ListPage.tsx for how a page uses it.
import { useCallback, useMemo } from 'react';
import { useCursorPaging, useQueryState, type CursorPaging } from '../../lib/url-state';

export type SortDirection = 'ASC' | 'DESC';
export type AntSortOrder = 'ascend' | 'descend' | null;

export interface ListOptions<K extends string> {
  /** URL keys that filter the list: "clear filters" removes them, and any of them set makes the list "filtered". */
  filters?: readonly string[];
  /**
   * Sortable columns: the column's key (also its URL value) → the API's sort field for
   * server-sorted lists, or `true` for a list sorted in the browser (its column has a compare function).
   */
  sorts?: Readonly<Record<K, string | true>>;
  /** Cursor paging: `backwards` when the connection takes last/before, `forwards` otherwise, `none` for unpaged lists. */
  paging?: 'backwards' | 'forwards' | 'none';
  /** The URL keys of the sort, when a page shows two sortable lists (default `sort` and `order`). */
  sortParams?: readonly [sort: string, order: string];
}

export interface ListState<K extends string = string> {
  params: URLSearchParams;
  /** Merges query values (undefined/''/false removes a key); any change but paging returns to the first page. */
  update: ReturnType<typeof useQueryState>['update'];
  filterKeys: readonly string[];
  filtered: boolean;
  clearFilters: () => void;
  /** The sort chosen in the URL (none: the list's default order, decided by the API or the page). */
  sort: { key: K; direction: SortDirection } | undefined;
  sortKeys: readonly K[];
  /** `{ field, direction }` for the API, or undefined (the API's default order). */
  sortVariable: { field: string; direction: SortDirection } | undefined;
  /** antd's `sortOrder` of a column. */
  sortOrder: (key: string) => AntSortOrder;
  setSort: (key: string | undefined, order: AntSortOrder | undefined) => void;
  paging: CursorPaging;
  /** Sort and page variables to spread into the list query's variables. */
  variables: Record<string, unknown>;
}

export function useListState<K extends string = string>(options: ListOptions<K> = {}): ListState<K> {
  const { params, update } = useQueryState();
  const paging = useCursorPaging({ backwards: options.paging === 'backwards' });
  const filterKeys = useMemo(() => options.filters ?? [], [options.filters]);
  const sorts = options.sorts;
  const sortKeys = useMemo(() => Object.keys(sorts ?? {}) as K[], [sorts]);

  const [sortParam, orderKey] = options.sortParams ?? ['sort', 'order'];
  const sortKey = params.get(sortParam);
  const orderParam = params.get(orderKey);
  const sort = useMemo(
    () =>
      sortKey && (sortKeys as string[]).includes(sortKey)
        ? { key: sortKey as K, direction: (orderParam === 'desc' ? 'DESC' : 'ASC') as SortDirection }
        : undefined,
    [orderParam, sortKey, sortKeys],
  );
  const sortVariable = useMemo(() => {
    const field = sort && sorts?.[sort.key];
    return typeof field === 'string' ? { field, direction: sort!.direction } : undefined;
  }, [sort, sorts]);

  const variables = useMemo(
    () => ({ ...(sortVariable ? { sort: sortVariable } : {}), ...(options.paging === 'none' ? {} : paging.variables) }),
    [options.paging, paging.variables, sortVariable],
  );

  const clearFilters = useCallback(() => update(Object.fromEntries(filterKeys.map((k) => [k, undefined]))), [filterKeys, update]);
  const setSort = useCallback(
    (key: string | undefined, order: AntSortOrder | undefined) => {
      if (!key || !order || !(sortKeys as string[]).includes(key)) update({ [sortParam]: undefined, [orderKey]: undefined });
      else update({ [sortParam]: key, [orderKey]: order === 'descend' ? 'desc' : 'asc' });
    },
    [orderKey, sortKeys, sortParam, update],
  );
  const sortOrder = useCallback(
    (key: string): AntSortOrder => (sort?.key === key ? (sort.direction === 'ASC' ? 'ascend' : 'descend') : null),
    [sort],
  );

  return {
    params,
    update,
    filterKeys,
    filtered: filterKeys.some((k) => !!params.get(k)),
    clearFilters,
    sort,
    sortKeys,
    sortVariable,
    sortOrder,
    setSort,
    paging,
    variables,
  };
}
