/**
 * Scoring an inspection (品质检查评分) against its checklist version, and the rectification
 * (整改) state machine. Pure rules shared by the API and the web client: the client can show
 * the live score while the inspector fills the form, and the API stores exactly that score.
 */
import type { ChecklistDoc, ChecklistItemDoc } from './inspection';

export const ITEM_RESULTS = ['PASS', 'FAIL', 'NA'] as const;
export type ItemResultValue = (typeof ITEM_RESULTS)[number];

export const INSPECTION_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_RULES = {
  clientKey: { min: 8, max: 64, pattern: /^[A-Za-z0-9_-]+$/ },
  note: { max: 2000 },
  itemNote: { max: 1000 },
  evidencePerItem: { max: 10 },
  locationText: { max: 200 },
  /** A performed-at time may be at most this far ahead of the server clock (device clock skew). */
  clockSkewMinutes: { max: 10 },
  /** … and at most this many days in the past (offline queues). */
  performedDaysAgo: { max: 31 },
} as const;

/** What an inspector records for one checklist item. */
export interface ItemResultEntry {
  itemKey: string;
  result: ItemResultValue | null;
  /** Explicit points awarded, within [0, item points]; overrides the result's default. */
  score?: number | null;
  /** Keys of the item's deductions the inspector picked (FAIL only). */
  deductionKeys?: readonly string[] | null;
}

/** Why an entry is refused; `index` is its position in the entries (null = the list itself). */
export interface ScoringIssue {
  index: number | null;
  field: 'itemKey' | 'result' | 'score' | 'deductionKeys' | 'items';
  reason: 'NOT_FOUND' | 'INVALID_VALUE' | 'REQUIRED' | 'OUT_OF_RANGE';
  message: string;
  params?: Record<string, unknown>;
}

export interface ScoredItem {
  itemKey: string;
  sectionKey: string;
  item: ChecklistItemDoc;
  result: ItemResultValue;
  /** The item's points (its weight); 0 for N/A, which leaves the denominator. */
  possible: number;
  /** Points earned; null for N/A. */
  earned: number | null;
  failedCritical: boolean;
}

export interface InspectionScore {
  earned: number;
  possible: number;
  /** earned / possible × 100 rounded to 2 decimals; 100 when nothing was applicable. */
  percent: number;
  passScore: number;
  /** percent ≥ passScore and no critical item failed. */
  passed: boolean;
  criticalFailed: boolean;
  failedItems: number;
  items: ScoredItem[];
}

/** Points earned by one applicable item (PASS = full, FAIL = points − chosen deductions, ≥ 0; an explicit score wins). */
export function earnedPoints(item: ChecklistItemDoc, entry: ItemResultEntry): number | null {
  if (entry.result === 'NA') return null;
  if (entry.score != null) return entry.score;
  if (entry.result === 'PASS') return item.points;
  const keys = new Set(entry.deductionKeys ?? []);
  if (keys.size === 0) return 0;
  const deducted = item.deductions.filter((d) => keys.has(d.key)).reduce((sum, d) => sum + d.points, 0);
  return Math.max(0, item.points - deducted);
}

export function percentOf(earned: number, possible: number): number {
  if (possible <= 0) return 100;
  return Math.round((earned / possible) * 10_000) / 100;
}

/**
 * Checks entries against a checklist. With `complete` (submission) every item must have a
 * result exactly once; drafts may leave results empty. All problems at once.
 */
export function checkItemResults(doc: ChecklistDoc, entries: readonly ItemResultEntry[], options: { complete: boolean }): ScoringIssue[] {
  const issues: ScoringIssue[] = [];
  const items = new Map<string, ChecklistItemDoc>();
  for (const s of doc.sections) for (const i of s.items) items.set(i.key, i);
  const seen = new Set<string>();
  entries.forEach((e, index) => {
    const item = items.get(e.itemKey);
    if (!item) {
      issues.push({ index, field: 'itemKey', reason: 'NOT_FOUND', message: 'This item is not on the checklist' });
      return;
    }
    if (seen.has(e.itemKey)) issues.push({ index, field: 'itemKey', reason: 'INVALID_VALUE', message: 'This item has a result already' });
    seen.add(e.itemKey);
    const deductions = e.deductionKeys ?? [];
    if (e.result === null) {
      if (options.complete) issues.push({ index, field: 'result', reason: 'REQUIRED', message: 'Give this item a result' });
    } else if (e.result === 'NA' && !item.naAllowed) {
      issues.push({ index, field: 'result', reason: 'INVALID_VALUE', message: 'This item cannot be marked not applicable' });
    }
    if (e.score != null) {
      if (e.result === 'NA') issues.push({ index, field: 'score', reason: 'INVALID_VALUE', message: 'A not-applicable item has no score' });
      else if (!Number.isInteger(e.score) || e.score < 0 || e.score > item.points) {
        issues.push({
          index,
          field: 'score',
          reason: 'OUT_OF_RANGE',
          message: `Between 0 and ${item.points}`,
          params: { min: 0, max: item.points },
        });
      } else if (deductions.length)
        issues.push({ index, field: 'score', reason: 'INVALID_VALUE', message: 'Give a score or pick deductions, not both' });
    }
    if (deductions.length) {
      const known = new Set(item.deductions.map((d) => d.key));
      if (e.result !== 'FAIL')
        issues.push({ index, field: 'deductionKeys', reason: 'INVALID_VALUE', message: 'Deductions apply to failed items only' });
      else if (deductions.some((k) => !known.has(k)))
        issues.push({ index, field: 'deductionKeys', reason: 'NOT_FOUND', message: 'Not a deduction of this item' });
      else if (new Set(deductions).size !== deductions.length)
        issues.push({ index, field: 'deductionKeys', reason: 'INVALID_VALUE', message: 'A deduction is picked twice' });
    }
  });
  if (options.complete) {
    const missing = [...items.keys()].filter((k) => !seen.has(k));
    if (missing.length)
      issues.push({
        index: null,
        field: 'items',
        reason: 'REQUIRED',
        message: `${missing.length} item(s) have no result`,
        params: { missingItemKeys: missing },
      });
  }
  return issues;
}

/** The score of a complete, valid set of entries (run `checkItemResults` first). */
export function scoreInspection(doc: ChecklistDoc, entries: readonly ItemResultEntry[]): InspectionScore {
  const byKey = new Map(entries.map((e) => [e.itemKey, e]));
  const items: ScoredItem[] = [];
  let earned = 0;
  let possible = 0;
  let criticalFailed = false;
  let failedItems = 0;
  for (const s of doc.sections) {
    for (const item of s.items) {
      const entry = byKey.get(item.key);
      if (!entry || entry.result === null) throw new Error(`item ${item.key} has no result`);
      const points = earnedPoints(item, entry);
      const applicable = !(entry.result === 'NA' && item.naAllowed);
      const failedCritical = item.critical && entry.result === 'FAIL';
      if (applicable) {
        possible += item.points;
        earned += points ?? 0;
      }
      if (entry.result === 'FAIL') failedItems++;
      criticalFailed ||= failedCritical;
      items.push({
        itemKey: item.key,
        sectionKey: s.key,
        item,
        result: entry.result,
        possible: applicable ? item.points : 0,
        earned: applicable ? (points ?? 0) : null,
        failedCritical,
      });
    }
  }
  const percent = percentOf(earned, possible);
  return {
    earned,
    possible,
    percent,
    passScore: doc.passScore,
    passed: !criticalFailed && percent >= doc.passScore,
    criticalFailed,
    failedItems,
    items,
  };
}

// --- Rectification (整改): OPEN → SUBMITTED (with evidence) → VERIFIED, or rejected back to OPEN.

export const RECTIFICATION_STATES = ['OPEN', 'SUBMITTED', 'VERIFIED'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

export const RECTIFICATION_ACTIONS = ['CREATED', 'SUBMITTED', 'VERIFIED', 'REJECTED', 'ASSIGNED'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

/** Why a rectification's owner is its owner (see `resolveRectificationOwner`). */
export const RECTIFICATION_OWNER_SOURCES = ['PROJECT_MANAGER', 'COMPANY_FALLBACK', 'FINDER', 'CHOSEN', 'ASSIGNED'] as const;
export type RectificationOwnerSource = (typeof RECTIFICATION_OWNER_SOURCES)[number];

/**
 * Who owns an automatically (or by default) opened rectification, so that it is never in nobody's
 * list: the project's manager, then the company's fallback (默认整改负责人), then whoever found it.
 * Only active members count (`isActive`); a manager who left is passed over.
 */
export function resolveRectificationOwner(
  candidates: { projectManager: string | null; companyFallback: string | null; finder: string },
  isActive: (userId: string) => boolean,
): { ownerUserId: string; source: Extract<RectificationOwnerSource, 'PROJECT_MANAGER' | 'COMPANY_FALLBACK' | 'FINDER'> } {
  if (candidates.projectManager && isActive(candidates.projectManager))
    return { ownerUserId: candidates.projectManager, source: 'PROJECT_MANAGER' };
  if (candidates.companyFallback && isActive(candidates.companyFallback))
    return { ownerUserId: candidates.companyFallback, source: 'COMPANY_FALLBACK' };
  return { ownerUserId: candidates.finder, source: 'FINDER' };
}

export const RECTIFICATION_RULES = {
  description: { min: 1, max: 1000 },
  note: { max: 1000 },
  reason: { min: 1, max: 1000 },
  evidence: { max: 10 },
  /** Default deadline after the finding, in days. */
  defaultDeadlineDays: 3,
  /** The latest a deadline may be set, in days ahead. */
  maxDeadlineDays: 365,
  /** Why an owner was changed (assignRectification). */
  assignReason: { min: 2, max: 500 },
} as const;

const TRANSITIONS: Record<
  'SUBMIT' | 'VERIFY' | 'REJECT',
  { from: RectificationState; to: RectificationState; action: RectificationAction }
> = {
  SUBMIT: { from: 'OPEN', to: 'SUBMITTED', action: 'SUBMITTED' },
  VERIFY: { from: 'SUBMITTED', to: 'VERIFIED', action: 'VERIFIED' },
  REJECT: { from: 'SUBMITTED', to: 'OPEN', action: 'REJECTED' },
};

/** The next state, or null when the step is not allowed from `state`. */
export function rectificationStep(
  state: RectificationState,
  step: keyof typeof TRANSITIONS,
): { to: RectificationState; action: RectificationAction } | null {
  const t = TRANSITIONS[step];
  return t.from === state ? { to: t.to, action: t.action } : null;
}

/** Overdue: not yet verified and past its deadline at `now`. */
export function isRectificationOverdue(r: { state: RectificationState; deadline: Date }, now: Date): boolean {
  return r.state !== 'VERIFIED' && r.deadline.getTime() < now.getTime();
}

// --- Customer feedback (客户反馈): a FAIL marked customer-facing goes to Marketing & Customer Service.

export const FEEDBACK_STATES = ['RECEIVED', 'HANDLED'] as const;
export type FeedbackState = (typeof FEEDBACK_STATES)[number];

export const FEEDBACK_RULES = {
  description: { max: 1000 },
  /** The handling note (what was done), required when marking it handled. */
  handlingNote: { min: 1, max: 1000 },
} as const;

/** Only a FAIL creates feedback; the flag on other results is ignored. */
export function createsFeedback(result: ItemResultValue | null | undefined, customerFacing: boolean | null | undefined): boolean {
  return result === 'FAIL' && customerFacing === true;
}

/** RECEIVED → HANDLED; null when the step is not allowed from `state`. */
export function feedbackStep(state: FeedbackState, step: 'HANDLE'): FeedbackState | null {
  return step === 'HANDLE' && state === 'RECEIVED' ? 'HANDLED' : null;
}

// --- Evidence files: what an upload may be, decided by its first bytes, not its name.

export const EVIDENCE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type EvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];

/** The image type the bytes really are (magic numbers), or null. */
export function sniffImageType(bytes: Uint8Array): EvidenceContentType | null {
  const at = (i: number, ...values: number[]) => values.every((v, k) => bytes[i + k] === v);
  if (bytes.length >= 3 && at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (bytes.length >= 8 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (bytes.length >= 12 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return null;
}

/**
 * Documents (courseware attachments): PDF and Office files. OOXML files are ZIP archives, told
 * apart by the folder their parts live in (word/, xl/, ppt/ — the names are stored uncompressed
 * in the archive's headers); legacy Office files share one OLE2 signature, so the declared type
 * is taken when it is one of them.
 */
export const DOCUMENT_CONTENT_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

/** Everything POST /uploads accepts: images (evidence, and courseware) and documents (courseware only). */
export const UPLOAD_CONTENT_TYPES: readonly string[] = [...EVIDENCE_CONTENT_TYPES, ...DOCUMENT_CONTENT_TYPES];

export const isImageType = (contentType: string): contentType is EvidenceContentType =>
  (EVIDENCE_CONTENT_TYPES as readonly string[]).includes(contentType);

const OOXML_FOLDER: Partial<Record<DocumentContentType, string>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word/',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xl/',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'ppt/',
};
const LEGACY_OFFICE: readonly string[] = ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint'];

function containsAscii(bytes: Uint8Array, text: string): boolean {
  const codes = Array.from(text, (c) => c.charCodeAt(0));
  outer: for (let i = 0; i + codes.length <= bytes.length; i++) {
    for (let k = 0; k < codes.length; k++) if (bytes[i + k] !== codes[k]) continue outer;
    return true;
  }
  return false;
}

/** The document type the bytes really are, given what the uploader declared; null when they are not that. */
export function sniffDocumentType(bytes: Uint8Array, declared: string): DocumentContentType | null {
  const at = (i: number, ...values: number[]) => values.every((v, k) => bytes[i + k] === v);
  if (bytes.length >= 5 && at(0, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (bytes.length >= 4 && at(0, 0x50, 0x4b, 0x03, 0x04)) {
    const folder = OOXML_FOLDER[declared as DocumentContentType];
    return folder && containsAscii(bytes, folder) ? (declared as DocumentContentType) : null;
  }
  if (bytes.length >= 8 && at(0, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return LEGACY_OFFICE.includes(declared) ? (declared as DocumentContentType) : null;
  return null;
}

/** What an upload really is: an image, or a PDF / Office document; null otherwise. */
export function sniffUploadType(bytes: Uint8Array, declared: string): EvidenceContentType | DocumentContentType | null {
  return sniffImageType(bytes) ?? sniffDocumentType(bytes, declared);
}
