import { RULES } from '@pinzhi/domain';
import { InvalidCursorError, type Page } from '@pinzhi/db';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from './errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** Relay-style arguments; forward (first/after) or backward (last/before). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, { nullable: true })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}

/** Refuses page sizes above the hard maximum and mixed directions, with the field named. */
export function checkPageArgs(args: PageArgs): void {
  const max = RULES.pageSize.max;
  for (const key of ['first', 'last'] as const) {
    const v = args[key];
    if (v != null && (v < 1 || v > max)) {
      throw BadUserInputError.field(key, 'OUT_OF_RANGE', `${key} must be between 1 and ${max}`, { min: 1, max });
    }
  }
  if ((args.first != null || args.after != null) && (args.last != null || args.before != null)) {
    throw BadUserInputError.field('last', 'INVALID_VALUE', 'use first/after or last/before, not both');
  }
}

export function cursorError(error: unknown): never {
  if (error instanceof InvalidCursorError) throw BadUserInputError.field(error.argument, 'INVALID_VALUE', error.message);
  throw error;
}

export interface ConnectionShape<T> {
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function toConnection<T>(page: Page<T>): ConnectionShape<T> {
  const { nodes, totalCount, ...info } = page;
  return { nodes, totalCount, pageInfo: info };
}

/** `class ProjectConnection extends Connection(Project) {}` */
export function Connection<T extends object>(node: ClassType<T>) {
  // Abstract and never referenced itself, so type-graphql emits only the concrete subclasses.
  @ObjectType()
  abstract class ConnectionClass {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

/** Query cost of a paginated field: the page size times the cost of one node. */
export function pageComplexity({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }): number {
  const size = (args['first'] as number | undefined) ?? (args['last'] as number | undefined) ?? RULES.pageSize.default;
  return 1 + Math.min(size, RULES.pageSize.max) * Math.max(childComplexity, 1);
}
