// Sorting for every list: one `sort: { field, direction }` argument per list, its fields an enum of
// the entity's own columns (each with a tenant-leading `(tenantId, column, id)` index), the row id
// as the tie-breaker, and a default order per list. `paginate` (libs/db) reads the page in that
// order; in-memory lists (rankings) use `sortRows` with the same NULL placement.
import type { SortOrder } from '@pinzhi/db';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { BadUserInputError } from './errors';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export interface ListSort<F extends string = string> {
  field: F;
  direction: SortDirection | 'ASC' | 'DESC';
}

/**
 * Declares the GraphQL enum `<Name>SortField` (keys are the API names, values the entity's
 * property names) and returns the input type `<Name>Sort { field, direction }`:
 *
 *   export const InspectionSortField = { SUBMITTED_AT: 'submittedAt', SCORE: 'scorePercent' } as const;
 *   export const InspectionSort = SortInput('Inspection', InspectionSortField);
 *   // in the args: @Field(() => InspectionSort, { nullable: true }) sort?: ListSort<…>;
 */
export function SortInput<E extends Record<string, string>>(name: string, fields: E) {
  registerEnumType(fields, { name: `${name}SortField` });
  @InputType(`${name}Sort`, { description: `Order of the ${name} list; ties are broken by id in the same direction` })
  class SortInputClass implements ListSort<E[keyof E]> {
    @Field(() => fields)
    field!: E[keyof E];

    @Field(() => SortDirection)
    direction!: SortDirection;
  }
  return SortInputClass;
}

/**
 * The order a list is read in: the caller's sort, or the list's default. A field outside the list's
 * enum (only reachable by calling the service directly) is BAD_USER_INPUT at `sort.field`.
 */
export function sortOrder<E extends Record<string, string>>(
  fields: E,
  sort: ListSort | null | undefined,
  fallback: ListSort<E[keyof E]>,
): SortOrder & { property: E[keyof E] } {
  const chosen = sort ?? fallback;
  if (!Object.values(fields).includes(chosen.field)) {
    throw BadUserInputError.field(['sort', 'field'], 'INVALID_VALUE', `This list cannot be sorted by ${String(chosen.field)}`, {
      allowed: Object.keys(fields),
    });
  }
  if (chosen.direction !== 'ASC' && chosen.direction !== 'DESC')
    throw BadUserInputError.field(['sort', 'direction'], 'INVALID_VALUE', 'ASC or DESC');
  return { property: chosen.field as E[keyof E], direction: chosen.direction };
}

type Sortable = string | number | boolean | Date | null | undefined;

/**
 * Sorts rows built in memory (e.g. a ranking) like `paginate` orders a table: NULL first
 * ascending and last descending (or, with `nulls: 'last'`, last either way — the unscored rows
 * of a ranking), then by `idOf` in the same direction.
 */
export function sortRows<T>(
  rows: T[],
  order: SortOrder,
  valueOf: (row: T, property: string) => unknown,
  idOf: (row: T) => string,
  nulls: 'low' | 'last' = 'low',
): T[] {
  const sign = order.direction === 'ASC' ? 1 : -1;
  const norm = (v: Sortable) => (v instanceof Date ? v.getTime() : typeof v === 'boolean' ? Number(v) : v);
  return [...rows].sort((a, b) => {
    const x = norm(valueOf(a, order.property) as Sortable);
    const y = norm(valueOf(b, order.property) as Sortable);
    let c = 0;
    if (x == null || y == null) {
      c = x == null ? (y == null ? 0 : -1) : 1;
      if (nulls === 'last' && c !== 0) return -c;
    } else if (typeof x === 'string' && typeof y === 'string') c = x < y ? -1 : x > y ? 1 : 0;
    else c = (x as number) - (y as number);
    if (c === 0) c = idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0;
    return sign * c;
  });
}
