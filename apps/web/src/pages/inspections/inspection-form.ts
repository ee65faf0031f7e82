// The on-site inspection form's pure parts: the form state, its mapping to InspectionInput and
// back (a saved draft), the live score (the same @pinzhi/domain rules the API scores with), the
// client key kept per inspection in localStorage, and server field errors → items.
import {
  checkItemResults,
  createsFeedback,
  earnedPoints,
  percentOf,
  scoreInspection,
  type ChecklistDoc,
  type ItemResultEntry,
  type ItemResultValue,
} from '@pinzhi/domain';
import type { FieldProblem } from '../../lib/errors';
import type { InspectionInput, PerformChecklistFragment } from '../../gql/graphql';

export interface EvidenceRef {
  id: string;
  url: string;
}

export interface RectificationDraft {
  ownerUserId: string | null;
  /** ISO instant; null = the API default (3 days). */
  deadline: string | null;
  description: string;
  evidenceRequired: boolean;
}

export interface ItemDraft {
  result: ItemResultValue | null;
  score: number | null;
  deductionKeys: string[];
  note: string;
  evidence: EvidenceRef[];
  /** Non-critical failures: the inspector asks for a rectification. */
  rectify: boolean;
  rectification: RectificationDraft;
  /** A failed item the customer would notice: submitting creates feedback for 市场客服中心. */
  customerFacing: boolean;
  /** 扣分到人: the employee the failed item is charged to (one the standard applies to). */
  employeeId: string | null;
}

export interface FormDraft {
  clientKey: string;
  items: Record<string, ItemDraft>;
  note: string;
  latitude: number | null;
  longitude: number | null;
  locationText: string;
  signature: EvidenceRef | null;
  /** When the inspection started on this device (ISO). */
  startedAt: string;
}

/** Which inspection the form is for. */
export type FormTarget = { occurrenceId: string } | { projectId: string; templateId: string };

export function emptyItem(): ItemDraft {
  return {
    result: null,
    score: null,
    deductionKeys: [],
    note: '',
    evidence: [],
    rectify: false,
    rectification: { ownerUserId: null, deadline: null, description: '', evidenceRequired: true },
    customerFacing: false,
    employeeId: null,
  };
}

export function emptyDraft(clientKey: string, now = new Date()): FormDraft {
  return {
    clientKey,
    items: {},
    note: '',
    latitude: null,
    longitude: null,
    locationText: '',
    signature: null,
    startedAt: now.toISOString(),
  };
}

export function itemOf(draft: FormDraft, key: string): ItemDraft {
  return draft.items[key] ?? emptyItem();
}

/** The checklist version from the API as the domain's ChecklistDoc. */
export function checklistDoc(version: Pick<PerformChecklistFragment, 'passScore' | 'sections'>): ChecklistDoc {
  return {
    passScore: version.passScore,
    sections: version.sections.map((s) => ({
      key: s.key,
      titleZh: s.titleZh,
      titleEn: s.titleEn ?? null,
      items: s.items.map((i) => ({
        key: i.key,
        standardId: i.standard?.id ?? '',
        checkpointZh: i.checkpointZh ?? null,
        checkpointEn: i.checkpointEn ?? null,
        points: i.points,
        naAllowed: i.naAllowed,
        critical: i.critical,
        deductions: i.deductions.map((d) => ({ key: d.key, labelZh: d.labelZh, labelEn: d.labelEn ?? null, points: d.points })),
      })),
    })),
  };
}

/** The customer-facing flag only means something on a FAIL (createsFeedback in @pinzhi/domain). */
export function customerFacingOf(item: Pick<ItemDraft, 'result' | 'customerFacing'>): boolean {
  return createsFeedback(item.result, item.customerFacing);
}

function entryOf(key: string, item: ItemDraft): ItemResultEntry {
  return {
    itemKey: key,
    result: item.result,
    score: item.result === 'NA' ? null : item.score,
    deductionKeys: item.result === 'FAIL' && item.score == null ? item.deductionKeys : [],
  };
}

export interface ScorePreview {
  answered: number;
  total: number;
  complete: boolean;
  earned: number;
  possible: number;
  percent: number;
  passScore: number;
  /** null until every item has a result. */
  passed: boolean | null;
  criticalFailed: boolean;
  failedItems: number;
  /** Failed items that will open a rectification on submission. */
  rectifications: { itemKey: string; automatic: boolean }[];
}

/** The live score: exactly the server's when complete, the answered items' so far otherwise. */
export function previewScore(doc: ChecklistDoc, draft: FormDraft): ScorePreview {
  const all = doc.sections.flatMap((s) => s.items);
  const entries = all.map((i) => entryOf(i.key, itemOf(draft, i.key)));
  const answered = entries.filter((e) => e.result !== null).length;
  const rectifications = all
    .filter((i) => itemOf(draft, i.key).result === 'FAIL' && (i.critical || itemOf(draft, i.key).rectify))
    .map((i) => ({ itemKey: i.key, automatic: i.critical }));
  const complete = answered === all.length && checkItemResults(doc, entries, { complete: true }).length === 0;
  if (complete) {
    const s = scoreInspection(doc, entries);
    return {
      answered,
      total: all.length,
      complete,
      earned: s.earned,
      possible: s.possible,
      percent: s.percent,
      passScore: s.passScore,
      passed: s.passed,
      criticalFailed: s.criticalFailed,
      failedItems: s.failedItems,
      rectifications,
    };
  }
  let earned = 0;
  let possible = 0;
  let criticalFailed = false;
  let failedItems = 0;
  all.forEach((item, index) => {
    const e = entries[index];
    if (e.result === null) return;
    if (e.result === 'FAIL') {
      failedItems++;
      if (item.critical) criticalFailed = true;
    }
    if (e.result === 'NA' && item.naAllowed) return;
    const score = e.score != null && (e.score < 0 || e.score > item.points || !Number.isInteger(e.score)) ? null : e.score;
    possible += item.points;
    earned += earnedPoints(item, { ...e, score }) ?? 0;
  });
  return {
    answered,
    total: all.length,
    complete: false,
    earned,
    possible,
    percent: percentOf(earned, possible),
    passScore: doc.passScore,
    passed: null,
    criticalFailed,
    failedItems,
    rectifications,
  };
}

/** Client-side problems before submitting (the server checks the same): itemKey → reasons. */
export function submissionProblems(doc: ChecklistDoc, draft: FormDraft): { items: Record<string, string[]>; signature: boolean } {
  const all = doc.sections.flatMap((s) => s.items);
  const entries = all.map((i) => entryOf(i.key, itemOf(draft, i.key)));
  const items: Record<string, string[]> = {};
  for (const issue of checkItemResults(doc, entries, { complete: true })) {
    if (issue.index === null) continue;
    const key = entries[issue.index].itemKey;
    (items[key] ??= []).push(issue.field === 'result' && issue.reason === 'REQUIRED' ? 'RESULT_REQUIRED' : issue.reason);
  }
  return { items, signature: !draft.signature };
}

/**
 * The API input. Drafts send what was touched; a submission sends every item in checklist order,
 * with rectification options for failed non-critical items the inspector flagged.
 */
export function toInspectionInput(
  doc: ChecklistDoc,
  draft: FormDraft,
  target: FormTarget,
  options: { submit: boolean; performedAt?: string },
): InspectionInput {
  const items: InspectionInput['items'] = [];
  for (const s of doc.sections) {
    for (const i of s.items) {
      const d = draft.items[i.key];
      if (!d && !options.submit) continue;
      const item = d ?? emptyItem();
      if (!options.submit && item.result === null && !item.note.trim() && item.evidence.length === 0) continue;
      const e = entryOf(i.key, item);
      const wantsRectification = options.submit && item.result === 'FAIL' && !i.critical && item.rectify;
      items.push({
        itemKey: i.key,
        result: item.result,
        score: e.score ?? null,
        deductionKeys: [...(e.deductionKeys ?? [])],
        note: item.note.trim() || null,
        evidenceIds: item.evidence.map((f) => f.id),
        ...(customerFacingOf(item) ? { customerFacing: true } : {}),
        ...(item.result === 'FAIL' && item.employeeId ? { employeeId: item.employeeId } : {}),
        ...(wantsRectification
          ? {
              rectification: {
                ownerUserId: item.rectification.ownerUserId,
                deadline: item.rectification.deadline,
                description: item.rectification.description.trim() || null,
                evidenceRequired: item.rectification.evidenceRequired,
              },
            }
          : {}),
      });
    }
  }
  return {
    clientKey: draft.clientKey,
    ...('occurrenceId' in target ? { occurrenceId: target.occurrenceId } : { projectId: target.projectId, templateId: target.templateId }),
    performedAt: options.performedAt ?? new Date().toISOString(),
    note: draft.note.trim() || null,
    latitude: draft.latitude,
    longitude: draft.longitude,
    locationText: draft.locationText.trim() || null,
    signatureFileId: draft.signature?.id ?? null,
    items,
  };
}

/** A draft stored by the API, back into the form. */
export function fromSavedInspection(saved: {
  clientKey: string;
  note?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  locationText?: string | null;
  performedAt?: string | null;
  signature?: { id: string; url: string } | null;
  items: readonly {
    itemKey: string;
    result?: ItemResultValue | null;
    score?: number | null;
    deductionKeys: readonly string[];
    note?: string | null;
    customerFacing?: boolean | null;
    employeeId?: string | null;
    evidence: readonly { id: string; url: string }[];
  }[];
}): FormDraft {
  const draft = emptyDraft(saved.clientKey, saved.performedAt ? new Date(saved.performedAt) : new Date());
  draft.note = saved.note ?? '';
  draft.latitude = saved.latitude ?? null;
  draft.longitude = saved.longitude ?? null;
  draft.locationText = saved.locationText ?? '';
  draft.signature = saved.signature ? { id: saved.signature.id, url: saved.signature.url } : null;
  for (const i of saved.items) {
    draft.items[i.itemKey] = {
      ...emptyItem(),
      result: i.result ?? null,
      score: i.score ?? null,
      deductionKeys: [...i.deductionKeys],
      note: i.note ?? '',
      evidence: i.evidence.map((f) => ({ id: f.id, url: f.url })),
      customerFacing: i.result === 'FAIL' && !!i.customerFacing,
      employeeId: i.result === 'FAIL' ? (i.employeeId ?? null) : null,
    };
  }
  return draft;
}

// ——— Client key and the local copy (a reload or a dropped network loses nothing) ———

export function targetKey(target: FormTarget): string {
  return 'occurrenceId' in target ? `occ:${target.occurrenceId}` : `adhoc:${target.projectId}:${target.templateId}`;
}

const KEY_PREFIX = 'pinzhi.inspection.key.';
const DRAFT_PREFIX = 'pinzhi.inspection.draft.';

export function newClientKey(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}

/** The client key of this inspection: the stored one, or a new one remembered from now on. */
export function clientKeyFor(target: FormTarget, storage: Storage = localStorage, generate: () => string = newClientKey): string {
  const name = KEY_PREFIX + targetKey(target);
  try {
    const stored = storage.getItem(name);
    if (stored) return stored;
    const key = generate();
    storage.setItem(name, key);
    return key;
  } catch {
    return generate();
  }
}

export function storeLocalDraft(target: FormTarget, draft: FormDraft, storage: Storage = localStorage): void {
  try {
    storage.setItem(DRAFT_PREFIX + targetKey(target), JSON.stringify(draft));
  } catch {
    /* storage full or unavailable: the server draft still holds it */
  }
}

export function loadLocalDraft(target: FormTarget, clientKey: string, storage: Storage = localStorage): FormDraft | null {
  try {
    const raw = storage.getItem(DRAFT_PREFIX + targetKey(target));
    if (!raw) return null;
    const draft = JSON.parse(raw) as FormDraft;
    if (!draft || draft.clientKey !== clientKey || typeof draft.items !== 'object') return null;
    // Copies saved before the customer-facing flag existed read as "not customer-facing".
    for (const key of Object.keys(draft.items)) draft.items[key] = { ...emptyItem(), ...draft.items[key] };
    return draft;
  } catch {
    return null;
  }
}

/** A draft as the server lists it: its key, when it was saved and what it is for. */
export interface ServerDraftRef {
  clientKey: string;
  updatedAt: string;
  occurrence?: { id: string } | null;
  project: { id: string };
  template?: { id: string } | null;
}

/**
 * The server draft to resume: the one with this device's key, else the latest one saved for
 * the same inspection on another device (a planned one by its occurrence, an ad-hoc one by its
 * project and checklist).
 */
export function findServerDraft<T extends ServerDraftRef>(drafts: readonly T[], target: FormTarget, clientKey: string): T | null {
  const own = drafts.find((d) => d.clientKey === clientKey);
  if (own) return own;
  const sameTarget = drafts.filter((d) =>
    'occurrenceId' in target
      ? d.occurrence?.id === target.occurrenceId
      : !d.occurrence && d.project.id === target.projectId && d.template?.id === target.templateId,
  );
  return [...sameTarget].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}

/** This device continues a draft started elsewhere: its key becomes this target's key. */
export function adoptClientKey(target: FormTarget, clientKey: string, storage: Storage = localStorage): void {
  try {
    storage.setItem(KEY_PREFIX + targetKey(target), clientKey);
  } catch {
    /* storage unavailable: the draft still carries its key */
  }
}

/** After a successful submission: the next inspection of the same target gets a new key. */
export function forgetInspection(target: FormTarget, storage: Storage = localStorage): void {
  try {
    storage.removeItem(KEY_PREFIX + targetKey(target));
    storage.removeItem(DRAFT_PREFIX + targetKey(target));
  } catch {
    /* ignore */
  }
}

// ——— Server field errors (paths like input.items.3.score) → the item they concern ———

export interface MappedProblems {
  items: Record<string, FieldProblem[]>;
  signature: FieldProblem[];
  other: FieldProblem[];
}

export function mapFieldProblems(problems: readonly FieldProblem[], input: Pick<InspectionInput, 'items'>): MappedProblems {
  const out: MappedProblems = { items: {}, signature: [], other: [] };
  for (const p of problems) {
    const path = p.path.length ? [...p.path] : [p.field];
    if (path[0] === 'input') path.shift();
    if (path[0] === 'items' && path[1] !== undefined && /^\d+$/.test(path[1])) {
      const item = input.items?.[Number(path[1])];
      if (item) {
        (out.items[item.itemKey] ??= []).push({ ...p, field: path[2] ?? 'result' });
        continue;
      }
    }
    if (path[0] === 'signatureFileId') out.signature.push(p);
    else out.other.push(p);
  }
  return out;
}
