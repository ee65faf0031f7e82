import { RULES, SEARCH_KINDS, SEARCH_RULES, type SearchKind } from '@pinzhi/domain';
import { BadUserInputError, type RequestContext, type SearchProvider } from '@pinzhi/api-core';
import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { MembersService } from './members.service';

export const SearchKindEnum = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as { [K in SearchKind]: K };
registerEnumType(SearchKindEnum, { name: 'SearchKind', description: 'What the global search finds' });

@ObjectType('SearchHit')
export class SearchHitType {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) subtitle!: string | null;
  @Field({ description: 'The web page that shows it (RECORD_PAGES in the domain)' }) page!: string;
  @Field(() => String, { nullable: true }) pageId!: string | null;
}

@ObjectType('SearchGroup')
export class SearchGroupType {
  @Field(() => SearchKindEnum) kind!: SearchKind;
  @Field(() => Int, { description: 'How many match in all (the hits are the first of them)' }) total!: number;
  @Field(() => [SearchHitType]) hits!: SearchHitType[];
}

/** Members (admins only, like the members list): by name or email. */
export function memberSearch(members: MembersService): SearchProvider {
  return {
    kind: 'MEMBER',
    async search(ctx, text, first) {
      if (ctx.user.role !== 'TENANT_ADMIN') return null;
      const page = await members.list(ctx, { first, filter: { search: text } });
      const users = await ctx.loaders.users.loadMany(page.nodes.map((m) => m.userId));
      return {
        total: page.totalCount,
        hits: page.nodes.flatMap((m, i) => {
          const u = users[i];
          return u && !(u instanceof Error)
            ? [{ id: m.id, title: u.displayName, subtitle: u.email, page: 'Members' as const, pageId: u.email }]
            : [];
        }),
      };
    },
  };
}

/**
 * The header's global search: every capability searches its own records with its own list query
 * (tenant, role and region rules included); a kind the caller may not read is left out. Kinds
 * run one after another: each is one or two statements, and SQLite serialises them anyway.
 */
export class SearchService {
  constructor(private readonly providers: SearchProvider[]) {}

  async search(ctx: RequestContext, q: string, first: number): Promise<SearchGroupType[]> {
    const text = q.trim();
    if (!text) throw BadUserInputError.field('q', 'REQUIRED', 'Type what to look for');
    if (text.length > RULES.searchText.max)
      throw BadUserInputError.field('q', 'TOO_LONG', `At most ${RULES.searchText.max} characters`, { max: RULES.searchText.max });
    if (first < 1 || first > SEARCH_RULES.maxPerKind)
      throw BadUserInputError.field('first', 'OUT_OF_RANGE', `Between 1 and ${SEARCH_RULES.maxPerKind}`, {
        min: 1,
        max: SEARCH_RULES.maxPerKind,
      });
    const groups: SearchGroupType[] = [];
    for (const kind of SEARCH_KINDS) {
      for (const provider of this.providers.filter((p) => p.kind === kind)) {
        const found = await provider.search(ctx, text, first).catch((e: unknown) => {
          if (e instanceof GraphQLError && e.extensions['code'] === 'FORBIDDEN') return null;
          throw e;
        });
        if (found && found.total > 0) groups.push({ kind, total: found.total, hits: found.hits });
      }
    }
    return groups;
  }
}

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Authorized()
  @Query(() => [SearchGroupType], {
    description: 'Global search over projects, people, inspections, rectifications, complaints and documents the caller may see',
    complexity: ({ args, childComplexity }) =>
      (Number(args['first']) || SEARCH_RULES.defaultPerKind) * SEARCH_KINDS.length * Math.max(1, childComplexity),
  })
  search(
    @Arg('q') q: string,
    @Arg('first', () => Int, { defaultValue: SEARCH_RULES.defaultPerKind }) first: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.search(ctx, q, first);
  }
}
