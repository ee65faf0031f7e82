import type { AuditRefKind, RecordPage, SearchKind } from '@pinzhi/domain';
import type { EntityClass, TenantRow } from '@pinzhi/db';
import { Field, ID, ObjectType } from 'type-graphql';
import type { RequestContext } from './context';

/** A record as people see it: its name and the page that shows it. */
export interface RecordSummary {
  name: string;
  page: RecordPage | null;
  pageId: string | null;
}

/**
 * What a capability tells the rest of the app about one kind of its records, so that the
 * audit trail and record histories can show names and links without reading its tables:
 * `describe` (names by id, through per-request DataLoaders, so a page of entries costs one
 * query per kind) and, for kinds with a history on their detail page, `assertReadable`
 * (the capability's own visibility rule: throws NOT_FOUND when the caller may not read it).
 */
export interface RecordKind {
  kind: AuditRefKind;
  describe(ctx: RequestContext, ids: readonly string[]): Promise<(RecordSummary | null)[]>;
  assertReadable?(ctx: RequestContext, id: string): Promise<void>;
}

/**
 * A RecordKind over one tenant-owned entity: rows come from `ctx.loaders.entity(cls)`
 * (tenant-scoped, batched); `summarise` may load related rows through loaders too.
 */
export function entityRecordKind<T extends TenantRow>(
  kind: AuditRefKind,
  cls: EntityClass<T>,
  summarise: (row: T, ctx: RequestContext) => RecordSummary | null | Promise<RecordSummary | null>,
  assertReadable?: (ctx: RequestContext, id: string) => Promise<unknown>,
): RecordKind {
  return {
    kind,
    async describe(ctx, ids) {
      const rows = await ctx.loaders.entity(cls).loadMany(ids);
      return Promise.all(rows.map((r) => (r && !(r instanceof Error) ? summarise(r, ctx) : null)));
    },
    ...(assertReadable
      ? {
          async assertReadable(ctx: RequestContext, id: string) {
            await assertReadable(ctx, id);
          },
        }
      : {}),
  };
}

/**
 * Every capability's RecordKinds, filled by the composition root (schema.ts) after the
 * capabilities are built; consumers (the audit trail) only read it.
 */
export class RecordCatalogue {
  readonly #kinds = new Map<string, RecordKind>();

  add(...kinds: RecordKind[]): this {
    for (const k of kinds) {
      if (this.#kinds.has(k.kind)) throw new Error(`Record kind ${k.kind} is registered twice`);
      this.#kinds.set(k.kind, k);
    }
    return this;
  }

  get(kind: string): RecordKind | undefined {
    return this.#kinds.get(kind);
  }

  kinds(): string[] {
    return [...this.#kinds.keys()];
  }

  /** Summaries by id for one kind; unknown kinds and missing rows give null. */
  async describe(ctx: RequestContext, kind: string, ids: readonly string[]): Promise<(RecordSummary | null)[]> {
    const k = this.#kinds.get(kind);
    if (!k || ids.length === 0) return ids.map(() => null);
    return k.describe(ctx, ids);
  }
}

@ObjectType('RecordRef', { description: 'A record named for people, with the page that shows it' })
export class RecordRefType {
  @Field({ description: 'The kind of record (an audited entity name, User or EvidenceFile)' }) kind!: string;
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Null when the record no longer exists' }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'The web page that shows it (see RECORD_PAGES in the domain)' })
  page!: string | null;
  @Field(() => String, { nullable: true }) pageId!: string | null;
}

/** One result of the global search: a record named for people, one click from its page. */
export interface SearchHit {
  id: string;
  title: string;
  subtitle: string | null;
  page: RecordPage;
  pageId: string | null;
}

/**
 * A capability's part of the global search: it searches its own records with its own list
 * query (and so its own visibility rules: tenant, role, region). Returns null when the caller's
 * role may not read this kind at all (a FORBIDDEN from the list counts the same).
 */
export interface SearchProvider {
  kind: SearchKind;
  search(ctx: RequestContext, text: string, first: number): Promise<{ total: number; hits: SearchHit[] } | null>;
}
