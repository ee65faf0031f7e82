import { EvidenceFile, type TenantDb } from '@pinzhi/db';
import { fieldError, type FieldError } from './errors';
import { isImageType } from '@pinzhi/domain';

/**
 * Field errors for evidence ids (uploads from POST /uploads) that are not the uploader's own
 * files in this tenant (a foreign id reads as not found). Evidence is an image; `png` requires
 * PNG (signatures); `documents` also accepts the PDF/Office files POST /uploads takes (task
 * attachments). Every capability that attaches uploads checks them with this.
 */
export async function checkEvidenceRefs(
  db: TenantDb,
  refs: Array<{ path: string[]; ids: readonly string[] }>,
  uploaderId: string,
  options: { png?: boolean; documents?: boolean } = {},
): Promise<FieldError[]> {
  const all = refs.flatMap((r) => r.ids);
  if (all.length === 0) return [];
  const rows = new Map((await db.repo(EvidenceFile).findByIds(all)).map((f) => [f.id, f]));
  const errors: FieldError[] = [];
  for (const ref of refs) {
    if (new Set(ref.ids).size !== ref.ids.length) errors.push(fieldError(ref.path, 'INVALID_VALUE', 'The same file is attached twice'));
    for (const id of ref.ids) {
      const f = rows.get(id);
      if (!f) errors.push(fieldError(ref.path, 'NOT_FOUND', 'No such uploaded file', { id }));
      else if (f.uploadedByUserId !== uploaderId)
        errors.push(fieldError(ref.path, 'INVALID_VALUE', 'Attach files you uploaded yourself', { id }));
      else if (!options.documents && !isImageType(f.contentType))
        errors.push(fieldError(ref.path, 'INVALID_FORMAT', 'Evidence must be a JPEG, PNG or WebP image', { id }));
      else if (options.png && f.contentType !== 'image/png')
        errors.push(fieldError(ref.path, 'INVALID_FORMAT', 'A signature must be a PNG image', { id }));
    }
  }
  return errors;
}
