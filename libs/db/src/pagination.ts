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

type CursorValue = string | number | null;

function encode(sortValue: CursorValue, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

function decode(cursor: string, argument: 'after' | 'before'): [CursorValue, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[1] === 'string') return v as [CursorValue, string];
  } catch {
    /* fall through */
  }
  throw new InvalidCursorError(argument);
}

/**
 * Keyset (cursor) pagination over `alias.sortProperty, alias.id` — stable under inserts,
 * one COUNT plus one page query whatever the page size. The sort column must be NOT NULL.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  options: PageRequest & { alias: string; sortProperty: string; direction: 'ASC' | 'DESC'; defaultSize: number },
): Promise<Page<T>> {
  const { alias, sortProperty } = options;
  const backward = options.last != null || options.before != null;
  const size = (backward ? options.last : options.first) ?? options.defaultSize;
  const totalCount = await qb.clone().getCount();

  const raw = unguarded(qb);
  const meta = raw.expressionMap.mainAlias!.metadata;
  const column = meta.findColumnWithPropertyName(sortProperty);
  if (!column) throw new Error(`unknown sort property ${sortProperty}`);
  const driver = raw.dataSource.driver;
  const toCursorValue = (row: T): CursorValue => {
    const v = row[sortProperty];
    return v instanceof Date ? v.toISOString() : (v as CursorValue);
  };
  const fromCursorValue = (v: CursorValue): unknown =>
    column.type === 'datetime' && typeof v === 'string' ? driver.preparePersistentValue(new Date(v), column) : v;

  // Going backward reads the list in the opposite order, then flips the page back.
  const dir = backward ? (options.direction === 'ASC' ? 'DESC' : 'ASC') : options.direction;
  const cmp = dir === 'ASC' ? '>' : '<';
  const cursor = backward ? options.before : options.after;
  const page = qb.clone();
  if (cursor) {
    const [value, id] = decode(cursor, backward ? 'before' : 'after');
    const sortValue = fromCursorValue(value);
    page.andWhere(
      new Brackets((w) => {
        w.where(`${alias}.${sortProperty} ${cmp} :__cursorValue`, { __cursorValue: sortValue }).orWhere(
          new Brackets((w2) =>
            w2.where(`${alias}.${sortProperty} = :__cursorValue`).andWhere(`${alias}.id ${cmp} :__cursorId`, { __cursorId: id }),
          ),
        );
      }),
    );
  }
  page
    .orderBy(`${alias}.${sortProperty}`, dir)
    .addOrderBy(`${alias}.id`, dir)
    .take(undefined)
    .skip(undefined)
    .limit(size + 1);
  const rows = await page.getMany();
  const more = rows.length > size;
  const nodes = rows.slice(0, size);
  if (backward) nodes.reverse();
  return {
    nodes,
    totalCount,
    hasNextPage: backward ? Boolean(options.before) : more,
    hasPreviousPage: backward ? more : Boolean(options.after),
    startCursor: nodes.length ? encode(toCursorValue(nodes[0]), nodes[0].id) : null,
    endCursor: nodes.length ? encode(toCursorValue(nodes[nodes.length - 1]), nodes[nodes.length - 1].id) : null,
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
