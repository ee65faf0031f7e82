import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { unguarded } from './scoped-query';

export interface PageRequest {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page<T> {
  nodes: T[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export class InvalidCursorError extends Error {
  constructor(readonly argument: 'after' | 'before') {
    super(`${argument} is not a cursor this list issued`);
  }
}

/** One list order: an entity property, then the row id in the same direction as the tie-breaker. */
export interface SortOrder {
  property: string;
  direction: 'ASC' | 'DESC';
}

type CursorValue = string | number | boolean | null;

/** A cursor names the property it was issued for, so a cursor of another sort order is refused, not misread. */
function encode(property: string, sortValue: CursorValue, id: string): string {
  return Buffer.from(JSON.stringify([property, sortValue, id])).toString('base64url');
}

function decode(cursor: string, property: string, argument: 'after' | 'before'): [CursorValue, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 3 && v[0] === property && typeof v[2] === 'string') return [v[1] as CursorValue, v[2]];
  } catch {
    /* fall through */
  }
  throw new InvalidCursorError(argument);
}

export type PaginateOptions = PageRequest & {
  alias: string;
  defaultSize: number;
} & ({ sort: SortOrder } | { sortProperty: string; direction: 'ASC' | 'DESC' });

/**
 * Keyset (cursor) pagination over `alias.<sort property>, alias.id` — stable under inserts,
 * one COUNT plus one page query whatever the page size. Each sortable column has a
 * tenant-leading index `(tenantId, column, id)` so the page is read in index order (no sort
 * of the whole tenant; apps/api/integration/list-plans.spec.ts EXPLAINs every list's sorts).
 *
 * Nullable sort columns are allowed: both SQLite and MySQL/MariaDB order NULL before any
 * value (first ascending, last descending), and the cursor conditions below follow that.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  options: PaginateOptions,
): Promise<Page<T>> {
  const { alias } = options;
  const sort: SortOrder = 'sort' in options ? options.sort : { property: options.sortProperty, direction: options.direction };
  const property = sort.property;
  const backward = options.last != null || options.before != null;
  const size = (backward ? options.last : options.first) ?? options.defaultSize;
  const totalCount = await qb.clone().getCount();

  const raw = unguarded(qb);
  const meta = raw.expressionMap.mainAlias!.metadata;
  const column = meta.findColumnWithPropertyName(property);
  if (!column) throw new Error(`unknown sort property ${property}`);
  const driver = raw.dataSource.driver;
  const toCursorValue = (row: T): CursorValue => {
    const v = row[property];
    return v instanceof Date ? v.toISOString() : ((v ?? null) as CursorValue);
  };
  const fromCursorValue = (v: CursorValue): unknown =>
    column.type === 'datetime' && typeof v === 'string' ? driver.preparePersistentValue(new Date(v), column) : v;

  // Going backward reads the list in the opposite order, then flips the page back.
  const dir = backward ? (sort.direction === 'ASC' ? 'DESC' : 'ASC') : sort.direction;
  const cmp = dir === 'ASC' ? '>' : '<';
  const cursor = backward ? options.before : options.after;
  const page = qb.clone();
  if (cursor) {
    const [value, id] = decode(cursor, property, backward ? 'before' : 'after');
    const col = `${alias}.${property}`;
    const afterId = `${alias}.id ${cmp} :__cursorId`;
    page.andWhere(
      new Brackets((w) => {
        if (value === null) {
          // NULLs come first ascending: after a NULL come the other NULLs (by id), then every value.
          w.where(new Brackets((w2) => w2.where(`${col} IS NULL`).andWhere(afterId, { __cursorId: id })));
          if (dir === 'ASC') w.orWhere(`${col} IS NOT NULL`);
        } else {
          w.where(`${col} ${cmp} :__cursorValue`, { __cursorValue: fromCursorValue(value) }).orWhere(
            new Brackets((w2) => w2.where(`${col} = :__cursorValue`).andWhere(afterId, { __cursorId: id })),
          );
          // Descending, the NULLs come after every value.
          if (dir === 'DESC' && column.isNullable) w.orWhere(`${col} IS NULL`);
        }
      }),
    );
  }
  page
    .orderBy(`${alias}.${property}`, dir)
    .addOrderBy(`${alias}.id`, dir)
    .take(undefined)
    .skip(undefined)
    .limit(size + 1);
  const rows = await page.getMany();
  const more = rows.length > size;
  const nodes = rows.slice(0, size);
  if (backward) nodes.reverse();
  const cursorOf = (row: T) => encode(property, toCursorValue(row), row.id);
  return {
    nodes,
    totalCount,
    hasNextPage: backward ? Boolean(options.before) : more,
    hasPreviousPage: backward ? more : Boolean(options.after),
    startCursor: nodes.length ? cursorOf(nodes[0]) : null,
    endCursor: nodes.length ? cursorOf(nodes[nodes.length - 1]) : null,
  };
}

/**
 * A LIKE pattern matching `text` anywhere, with %, _ and the escape character escaped.
 * Use as `column LIKE :p ESCAPE '!'` — '!' because a backslash literal is written
 * differently in MySQL and SQLite.
 */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
