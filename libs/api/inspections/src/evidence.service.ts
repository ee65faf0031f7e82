import { createHash, randomUUID } from 'node:crypto';
import { EvidenceFile, type TenantDb } from '@pinzhi/db';
import {
  ForbiddenError,
  checkCompanyLimit,
  NotFoundError,
  checkEvidenceRefs,
  type FieldError,
  type RequestContext,
} from '@pinzhi/api-core';
import { UPLOAD_CONTENT_TYPES, sniffUploadType } from '@pinzhi/domain';
import type { FileStorage } from './storage';

/** Thrown for an upload whose bytes are not an accepted image or document (→ HTTP 415). */
export class UnsupportedMediaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedMediaError';
  }
}

/**
 * Uploaded files: photos and signatures (evidence), and courseware documents (PDF / Office),
 * stored in the file storage and recorded as tenant-scoped rows. Inspections and
 * rectifications refer to them by id — only to the caller's own images (`check`); courses
 * attach any file of the tenant.
 */
export class EvidenceService {
  constructor(
    private readonly storage: FileStorage,
    readonly maxBytes: number,
  ) {}

  /**
   * Stores an image or a PDF / Office document for the signed-in user. The declared
   * Content-Type must match the bytes.
   * Uploading the same bytes again returns the first upload (retries from offline queues).
   */
  async upload(ctx: RequestContext, body: Buffer, declaredType: string): Promise<EvidenceFile> {
    if (ctx.user.role === 'VIEWER') throw new ForbiddenError('Read-only members cannot upload files');
    const actual = sniffUploadType(body, declaredType);
    if (!actual)
      throw new UnsupportedMediaError(`The file is not a JPEG, PNG or WebP image, a PDF or an Office document of the declared type`);
    if (actual !== declaredType) throw new UnsupportedMediaError(`The file is ${actual}, not ${declaredType}`);
    const sha256 = createHash('sha256').update(body).digest('hex');
    const same = await ctx.db.repo(EvidenceFile).findOne({ uploadedByUserId: ctx.user.userId, sha256, contentType: actual });
    if (same) return same;
    await checkCompanyLimit(ctx.db, 'storage', ['file'], body.length);
    const id = randomUUID();
    const storageKey = `${ctx.user.tenantId}/${id}`;
    await this.storage.put(storageKey, body, actual);
    try {
      return await ctx.db.transaction(async (db) => {
        const row = await db
          .repo(EvidenceFile)
          .insert({ id, contentType: actual, bytes: body.length, sha256, storageKey, uploadedByUserId: ctx.user.userId });
        await db.audit({
          operation: 'uploadEvidenceFile',
          entity: 'EvidenceFile',
          entityId: id,
          changes: { contentType: { from: null, to: actual }, bytes: { from: null, to: body.length } },
        });
        return row;
      });
    } catch (e) {
      await this.storage.delete(storageKey).catch(() => undefined);
      throw e;
    }
  }

  /** A file's bytes for any signed-in member of its tenant; foreign or missing ids are NOT_FOUND. */
  async read(ctx: RequestContext, id: string): Promise<{ filename: string; contentType: string; body: Buffer }> {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await ctx.db.repo(EvidenceFile).findById(id) : null;
    if (!row) throw new NotFoundError('EvidenceFile', id);
    const body = await this.storage.get(row.storageKey);
    if (!body) throw new NotFoundError('EvidenceFile', id);
    const ext = EXTENSIONS[row.contentType] ?? 'bin';
    return { filename: `${row.id}.${ext}`, contentType: row.contentType, body };
  }

  /**
   * Field errors for evidence ids that are not the uploader's own files in this tenant
   * (a foreign id reads as not found). `png` requires PNG (signatures).
   */
  check(
    db: TenantDb,
    refs: Array<{ path: string[]; ids: readonly string[] }>,
    uploaderId: string,
    options: { png?: boolean } = {},
  ): Promise<FieldError[]> {
    return checkEvidenceRefs(db, refs, uploaderId, options);
  }
}

export const ACCEPTED_UPLOAD_TYPES: readonly string[] = UPLOAD_CONTENT_TYPES;

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/msword': 'doc',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.ms-powerpoint': 'ppt',
};
