import type { AuditEntity, AuditOperation } from '@pinzhi/domain';
import { StaleVersionError, type EntityClass, type TenantDb, type TenantRow } from '@pinzhi/db';
import { BadUserInputError, ConflictError } from './errors';

/** A versioned document's head row (a handbook, an inspection template, a regulation …). */
export interface VersionedHead extends TenantRow {
  version: number;
  draftVersionId: string | null;
  latestVersionId: string | null;
  latestNumber: number;
}

/** One version of it: a draft, then a frozen, numbered published version. */
export interface DocumentVersionRow extends TenantRow {
  version: number;
  number: number | null;
  status: 'DRAFT' | 'PUBLISHED';
  basedOnVersionId: string | null;
  changeSummary: string | null;
  publishedAt: Date | null;
  publishedByUserId: string | null;
  createdByUserId: string | null;
}

/** How one kind of document reads and writes a version's content. */
export interface VersionedContent<Doc> {
  empty(): Doc;
  load(db: TenantDb, versionId: string): Promise<Doc>;
  /** Replaces the content of a draft version (inside its transaction). */
  write(db: TenantDb, versionId: string, doc: Doc): Promise<void>;
  isEmpty(doc: Doc): boolean;
}

export interface VersioningOptions<H, V, Doc> {
  head: EntityClass<H>;
  version: EntityClass<V>;
  /** The version row's column naming its head, e.g. 'handbookId'. */
  ownerField: keyof V & string;
  /** The GraphQL argument naming the head, for field errors, e.g. 'handbookId'. */
  idArgument: string;
  /** Audit operation names and the audited entity names of the head and its versions. */
  operations: { start: AuditOperation; save: AuditOperation; publish: AuditOperation; discard: AuditOperation };
  auditEntities: { head: AuditEntity; version: AuditEntity };
  /** What the document is called in messages ("handbook", "checklist"). */
  noun: string;
  content: VersionedContent<Doc>;
  maxChangeSummary: number;
}

/**
 * The one draft → publish mechanism behind handbooks and inspection templates: at most one
 * open draft per document, saved whole and guarded by its `version` (a stale save is
 * CONFLICT); publishing freezes it as the next numbered version; the draft can be discarded
 * once a published version exists. Callers check roles and access and open the transaction.
 */
export class DocumentVersioning<H extends VersionedHead, V extends DocumentVersionRow, Doc> {
  constructor(private readonly o: VersioningOptions<H, V, Doc>) {}

  async insertDraft(db: TenantDb, headId: string, basedOnVersionId: string | null, doc: Doc): Promise<V> {
    const v = await db.repo(this.o.version).insert({
      [this.o.ownerField]: headId,
      number: null,
      status: 'DRAFT',
      basedOnVersionId,
      changeSummary: null,
      publishedAt: null,
      publishedByUserId: null,
      createdByUserId: db.actorUserId,
    } as never);
    await this.o.content.write(db, v.id, doc);
    return v;
  }

  /** Creates a head's first (empty or given) draft and points the head at it. */
  async createWithDraft(db: TenantDb, head: H, doc: Doc): Promise<H> {
    const draft = await this.insertDraft(db, head.id, null, doc);
    return db.repo(this.o.head).update(head.id, { draftVersionId: draft.id } as never);
  }

  /** Opens a draft from the latest published version, or returns the open one. */
  async startDraft(db: TenantDb, head: H): Promise<V> {
    if (head.draftVersionId) return db.repo(this.o.version).getById(head.draftVersionId);
    const doc = head.latestVersionId ? await this.o.content.load(db, head.latestVersionId) : this.o.content.empty();
    const draft = await this.insertDraft(db, head.id, head.latestVersionId, doc);
    await db.repo(this.o.head).update(head.id, { draftVersionId: draft.id } as never);
    await db.audit({
      operation: this.o.operations.start,
      entity: this.o.auditEntities.head,
      entityId: head.id,
      changes: { draftVersionId: { from: null, to: draft.id } },
    });
    return draft;
  }

  /** Replaces the draft's content with an already validated document. */
  async saveDraft(db: TenantDb, head: H, doc: Doc, expectedVersion: number): Promise<V> {
    if (!head.draftVersionId)
      throw BadUserInputError.field(this.o.idArgument, 'INVALID_VALUE', `This ${this.o.noun} has no open draft; start one first`);
    // Bump the version first: a concurrent save with the same expectedVersion fails here.
    const draft = await this.bump(db, head.draftVersionId, expectedVersion);
    await this.o.content.write(db, draft.id, doc);
    await db.audit({
      operation: this.o.operations.save,
      entity: this.o.auditEntities.version,
      entityId: draft.id,
      record: { entity: this.o.auditEntities.head, id: head.id },
      changes: { version: { from: expectedVersion, to: draft.version } },
    });
    return db.repo(this.o.version).getById(draft.id);
  }

  async publish(db: TenantDb, head: H, changeSummary: string, expectedVersion: number): Promise<V> {
    const { summary, draft } = await this.checkPublishable(db, head, changeSummary, expectedVersion);
    const number = head.latestNumber + 1;
    const published = await db
      .repo(this.o.version)
      .update(
        draft.id,
        { status: 'PUBLISHED', number, changeSummary: summary, publishedAt: new Date(), publishedByUserId: db.actorUserId } as never,
        expectedVersion,
      );
    await db.repo(this.o.head).update(head.id, { latestVersionId: published.id, latestNumber: number, draftVersionId: null } as never);
    await db.audit({
      operation: this.o.operations.publish,
      entity: this.o.auditEntities.head,
      entityId: head.id,
      changes: { latestNumber: { from: head.latestNumber, to: number }, changeSummary: { from: null, to: summary } },
    });
    return published;
  }

  /**
   * What publishing checks before it writes (a change summary, an open non-empty draft at the
   * expected version): also used to submit a draft for approval instead of publishing it.
   */
  async checkPublishable(db: TenantDb, head: H, changeSummary: string, expectedVersion: number): Promise<{ summary: string; draft: V }> {
    const summary = changeSummary.trim();
    if (!summary) throw BadUserInputError.field('changeSummary', 'REQUIRED', 'Say what changed in this version');
    if (summary.length > this.o.maxChangeSummary) {
      throw BadUserInputError.field('changeSummary', 'TOO_LONG', `At most ${this.o.maxChangeSummary} characters`, {
        max: this.o.maxChangeSummary,
      });
    }
    if (!head.draftVersionId) throw BadUserInputError.field(this.o.idArgument, 'INVALID_VALUE', 'There is no draft to publish');
    const draft = await db.repo(this.o.version).getById(head.draftVersionId);
    if (draft.version !== expectedVersion) throw new StaleVersionError(this.o.version.name, draft.id, expectedVersion, draft.version);
    if (this.o.content.isEmpty(await this.o.content.load(db, draft.id))) {
      throw BadUserInputError.field(this.o.idArgument, 'INVALID_VALUE', 'Add at least one section before publishing');
    }
    return { summary, draft };
  }

  async discardDraft(db: TenantDb, head: H): Promise<H> {
    if (!head.draftVersionId) return head;
    if (!head.latestVersionId)
      throw BadUserInputError.field(this.o.idArgument, 'INVALID_VALUE', `The first draft of a ${this.o.noun} cannot be discarded`);
    const draftId = head.draftVersionId;
    await this.o.content.write(db, draftId, this.o.content.empty());
    await db.repo(this.o.version).delete(draftId);
    const after = await db.repo(this.o.head).update(head.id, { draftVersionId: null } as never);
    await db.audit({
      operation: this.o.operations.discard,
      entity: this.o.auditEntities.head,
      entityId: head.id,
      changes: { draftVersionId: { from: draftId, to: null } },
    });
    return after;
  }

  private async bump(db: TenantDb, versionId: string, expectedVersion: number): Promise<V> {
    try {
      return await db.repo(this.o.version).update(versionId, {} as never, expectedVersion);
    } catch (e) {
      if (e instanceof StaleVersionError) {
        throw new ConflictError(
          `Someone else saved this draft since you opened it (your copy is version ${e.expected}, the draft is now version ${e.actual}). Reload the draft to see their changes, then make yours again.`,
          { expectedVersion: e.expected, currentVersion: e.actual },
        );
      }
      throw e;
    }
  }
}
