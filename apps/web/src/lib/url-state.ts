// List state (filters, sort, page) kept in the URL query string so links reproduce a view.
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { RULES } from '@pinzhi/domain';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = RULES.pageSize.default;

export function pickEnum<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function pickPageSize(value: string | null): number {
  const n = Number(value);
  return (PAGE_SIZES as readonly number[]).includes(n) ? n : DEFAULT_PAGE_SIZE;
}

export function pickPage(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

/** Keys that hold pagination; any other change returns to the first page. */
const PAGING_KEYS = ['after', 'before', 'page'];

interface PagingState {
  trail?: string[];
}

/**
 * Read/update query-string state. `update` merges values (undefined/'' removes a key) and, unless
 * only paging keys change, resets pagination.
 */
export function useQueryState() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();

  const update = useCallback(
    (changes: Record<string, string | number | boolean | undefined | null>, options: { replace?: boolean; state?: PagingState } = {}) => {
      const next = new URLSearchParams(location.search);
      const pagingOnly = Object.keys(changes).every((k) => PAGING_KEYS.includes(k));
      if (!pagingOnly) for (const key of PAGING_KEYS) next.delete(key);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined || value === null || value === '' || value === false) next.delete(key);
        else next.set(key, String(value));
      }
      const search = next.toString();
      // Urgent, not a transition: a list whose query re-renders while a transition of the same
      // page is pending can flip between the old and new variables (Apollo refetching each time).
      navigate(
        { pathname: location.pathname, search: search ? `?${search}` : '' },
        { replace: options.replace, state: options.state, flushSync: true },
      );
    },
    [location.pathname, location.search, navigate],
  );

  return { params, update, state: (location.state ?? {}) as PagingState };
}

export interface CursorPaging {
  page: number;
  pageSize: number;
  after?: string;
  before?: string;
  /** Variables for a connection field: first/after, or last/before when paging backwards. */
  variables: { first?: number; after?: string; last?: number; before?: string };
  first: () => void;
  previous: (startCursor: string | null | undefined) => void;
  next: (endCursor: string | null | undefined) => void;
  setPageSize: (size: number) => void;
  hasPrevious: boolean;
}

/**
 * Cursor pagination in the URL (after/before/page/size). With `backwards` the connection supports
 * last/before; otherwise "previous" walks back a trail of cursors kept in the history state.
 */
export function useCursorPaging(options: { backwards: boolean }): CursorPaging {
  const { params, update, state } = useQueryState();
  const page = pickPage(params.get('page'));
  const pageSize = pickPageSize(params.get('size'));
  const after = params.get('after') ?? undefined;
  const before = options.backwards ? (params.get('before') ?? undefined) : undefined;
  const trail = useMemo(() => state.trail ?? [], [state.trail]);

  const variables = useMemo(
    () => (before ? { last: pageSize, before } : { first: pageSize, ...(after ? { after } : {}) }),
    [after, before, pageSize],
  );

  const first = useCallback(() => update({ after: undefined, before: undefined, page: undefined }), [update]);

  const previous = useCallback(
    (startCursor: string | null | undefined) => {
      if (page <= 2) return first();
      if (options.backwards && startCursor) {
        update({ before: startCursor, after: undefined, page: page - 1 });
        return;
      }
      const prevTrail = trail.slice(0, -1);
      const prevAfter = trail[trail.length - 1];
      if (!prevAfter) return first();
      update({ after: prevAfter, before: undefined, page: page - 1 }, { state: { trail: prevTrail } });
    },
    [first, options.backwards, page, trail, update],
  );

  const next = useCallback(
    (endCursor: string | null | undefined) => {
      if (!endCursor) return;
      const nextTrail = after ? [...trail, after] : trail;
      update({ after: endCursor, before: undefined, page: page + 1 }, { state: { trail: nextTrail } });
    },
    [after, page, trail, update],
  );

  const setPageSize = useCallback((size: number) => update({ size: size === DEFAULT_PAGE_SIZE ? undefined : size }), [update]);

  return {
    page,
    pageSize,
    after,
    before,
    variables,
    first,
    previous,
    next,
    setPageSize,
    hasPrevious: page > 1,
  };
}
