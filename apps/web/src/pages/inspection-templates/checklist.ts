// The checklist draft editor's model: a loaded InspectionTemplateVersion ↔ editable state ↔
// ChecklistDraftInput (the whole draft; existing sections, items and deductions keep their `key`),
// the edits as a reducer, client checks mirroring the server's (CHECKLIST_RULES), and server field
// paths (input.sections.0.items.2.deductions.1.points) mapped back onto the entry they name.
import type { TFunction } from 'i18next';
import { CHECKLIST_RULES } from '@pinzhi/domain';
import type { FieldProblem } from '../../lib/errors';
import { fieldNameOf, translateFieldProblem } from '../../lib/form-errors';
import type { ChecklistDraftInput, ChecklistVersionContentFragment, StandardFieldsFragment } from '../../gql/graphql';

/** CHECKLIST_RULES plus the server's limits that are not shared (libs/api/inspection-templates inputs.ts). */
export const LIMITS = {
  ...CHECKLIST_RULES,
  titleEn: 200,
  checkpointEn: 1000,
  deductionLabelEn: 200,
  description: 500,
  changeSummary: 500,
} as const;

export type ChecklistVersion = ChecklistVersionContentFragment;
export type LibraryStandard = StandardFieldsFragment;

export interface DraftDeduction {
  uid: string;
  key: string | null;
  labelZh: string;
  labelEn: string;
  points: number | null;
}

export interface DraftItem {
  /** Identity in the editor (the key for saved entries). */
  uid: string;
  /** The server's key; null until the first save. */
  key: string | null;
  /** The library standard; null when it was deleted from the library. */
  standard: LibraryStandard | null;
  /** Checkpoint wording; '' = the standard's requirement. */
  checkpointZh: string;
  checkpointEn: string;
  points: number | null;
  deductions: DraftDeduction[];
  naAllowed: boolean;
  critical: boolean;
}

export interface DraftSection {
  uid: string;
  key: string | null;
  titleZh: string;
  titleEn: string;
  items: DraftItem[];
}

export interface ChecklistDraft {
  passScore: number | null;
  sections: DraftSection[];
}

/** Where the draft-wide fields (pass score) keep their messages. */
export const DOC_UID = '$doc';

let sequence = 0;
export function newUid(prefix = 'new'): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

const text = (value: string | null | undefined) => value ?? '';
const blank = (value: string) => (value.trim() ? value.trim() : null);
const clampPoints = (n: number) => Math.min(LIMITS.points.max, Math.max(LIMITS.points.min, Math.round(n)));

/** The label of an item for tests and screen readers: its standard's code, or its key. */
export function itemCode(item: { key: string | null; uid?: string; standard: { code: string } | null }): string {
  return item.standard?.code ?? item.key ?? item.uid ?? '';
}

export function versionToDraft(version: Pick<ChecklistVersion, 'passScore' | 'sections'>): ChecklistDraft {
  return {
    passScore: version.passScore,
    sections: version.sections.map((s) => ({
      uid: s.key,
      key: s.key,
      titleZh: s.titleZh,
      titleEn: text(s.titleEn),
      items: s.items.map((i) => ({
        uid: i.key,
        key: i.key,
        standard: i.standard,
        checkpointZh: text(i.checkpointZh),
        checkpointEn: text(i.checkpointEn),
        points: i.points,
        naAllowed: i.naAllowed,
        critical: i.critical,
        deductions: i.deductions.map((d) => ({ uid: d.key, key: d.key, labelZh: d.labelZh, labelEn: text(d.labelEn), points: d.points })),
      })),
    })),
  };
}

/** The whole draft as saveInspectionTemplateDraft wants it: keys kept, text trimmed, blanks as null. */
export function draftToInput(doc: ChecklistDraft): ChecklistDraftInput {
  return {
    passScore: doc.passScore ?? 0,
    sections: doc.sections.map((s) => ({
      ...(s.key ? { key: s.key } : {}),
      titleZh: s.titleZh.trim(),
      titleEn: blank(s.titleEn),
      items: s.items.map((i) => ({
        ...(i.key ? { key: i.key } : {}),
        standardId: i.standard?.id ?? '',
        checkpointZh: blank(i.checkpointZh),
        checkpointEn: blank(i.checkpointEn),
        points: i.points ?? 0,
        naAllowed: i.naAllowed,
        critical: i.critical,
        deductions: i.deductions.map((d) => ({
          ...(d.key ? { key: d.key } : {}),
          labelZh: d.labelZh.trim(),
          labelEn: blank(d.labelEn),
          points: d.points ?? 0,
        })),
      })),
    })),
  };
}

/** A comparable fingerprint of the editor state (blank numbers count as changes). */
export function draftFingerprint(doc: ChecklistDraft): string {
  return JSON.stringify([
    doc.passScore,
    draftToInput(doc),
    doc.sections.map((s) => s.items.map((i) => [i.points, i.deductions.map((d) => d.points)])),
  ]);
}

export function draftTotals(doc: ChecklistDraft): { sections: number; items: number; points: number; critical: number } {
  let items = 0;
  let points = 0;
  let critical = 0;
  for (const s of doc.sections) {
    for (const i of s.items) {
      items++;
      points += i.points ?? 0;
      if (i.critical) critical++;
    }
  }
  return { sections: doc.sections.length, items, points, critical };
}

/** The saved version as editor state, keeping the editor identities of what was sent (same order). */
export function applySaved(sent: ChecklistDraft, saved: Pick<ChecklistVersion, 'passScore' | 'sections'>): ChecklistDraft {
  const doc = versionToDraft(saved);
  doc.sections.forEach((s, i) => {
    const before = sent.sections[i];
    if (!before) return;
    s.uid = before.uid;
    s.items.forEach((it, j) => {
      const was = before.items[j];
      if (!was) return;
      it.uid = was.uid;
      it.deductions.forEach((d, k) => {
        if (was.deductions[k]) d.uid = was.deductions[k].uid;
      });
    });
  });
  return doc;
}

/** Gives entries edited while a save was in flight the keys the save assigned. */
export function adoptKeys(current: ChecklistDraft, saved: ChecklistDraft): ChecklistDraft {
  const keys = new Map<string, string | null>();
  for (const s of saved.sections) {
    keys.set(s.uid, s.key);
    for (const i of s.items) {
      keys.set(i.uid, i.key);
      for (const d of i.deductions) keys.set(d.uid, d.key);
    }
  }
  const key = <T extends { uid: string; key: string | null }>(e: T): T => (e.key || !keys.get(e.uid) ? e : { ...e, key: keys.get(e.uid)! });
  return {
    ...current,
    sections: current.sections.map((s) => ({ ...key(s), items: s.items.map((i) => ({ ...key(i), deductions: i.deductions.map(key) })) })),
  };
}

// ── edits ───────────────────────────────────────────────────────────────────

export type ItemPatch = Partial<Pick<DraftItem, 'checkpointZh' | 'checkpointEn' | 'points' | 'naAllowed' | 'critical'>>;
export type DeductionPatch = Partial<Pick<DraftDeduction, 'labelZh' | 'labelEn' | 'points'>>;

export type ChecklistAction =
  | { type: 'reset'; doc: ChecklistDraft }
  | { type: 'setPassScore'; passScore: number | null }
  | { type: 'addSection'; titleZh: string; titleEn: string }
  | { type: 'renameSection'; section: string; titleZh: string; titleEn: string }
  | { type: 'removeSection'; section: string }
  | { type: 'moveSection'; section: string; delta: -1 | 1 }
  | { type: 'addItems'; section: string; standards: LibraryStandard[] }
  | { type: 'updateItem'; section: string; item: string; patch: ItemPatch }
  | { type: 'removeItem'; section: string; item: string }
  | { type: 'moveItem'; section: string; item: string; delta: -1 | 1 }
  | { type: 'addDeduction'; section: string; item: string }
  | { type: 'updateDeduction'; section: string; item: string; deduction: string; patch: DeductionPatch }
  | { type: 'removeDeduction'; section: string; item: string; deduction: string };

function move<T extends { uid: string }>(list: T[], uid: string, delta: -1 | 1): T[] {
  const from = list.findIndex((e) => e.uid === uid);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

function inSection(doc: ChecklistDraft, uid: string, change: (s: DraftSection) => DraftSection): ChecklistDraft {
  return { ...doc, sections: doc.sections.map((s) => (s.uid === uid ? change(s) : s)) };
}

function inItem(doc: ChecklistDraft, section: string, uid: string, change: (i: DraftItem) => DraftItem): ChecklistDraft {
  return inSection(doc, section, (s) => ({ ...s, items: s.items.map((i) => (i.uid === uid ? change(i) : i)) }));
}

/** A library standard as a new checklist item: its default score as points, its critical flag. */
export function itemFromStandard(standard: LibraryStandard): DraftItem {
  return {
    uid: newUid('item'),
    key: null,
    standard,
    checkpointZh: '',
    checkpointEn: '',
    points: clampPoints(standard.defaultScore || 1),
    deductions: [],
    naAllowed: false,
    critical: standard.critical,
  };
}

export function checklistReducer(doc: ChecklistDraft, action: ChecklistAction): ChecklistDraft {
  switch (action.type) {
    case 'reset':
      return action.doc;
    case 'setPassScore':
      return { ...doc, passScore: action.passScore };
    case 'addSection':
      return {
        ...doc,
        sections: [...doc.sections, { uid: newUid('section'), key: null, titleZh: action.titleZh, titleEn: action.titleEn, items: [] }],
      };
    case 'renameSection':
      return inSection(doc, action.section, (s) => ({ ...s, titleZh: action.titleZh, titleEn: action.titleEn }));
    case 'removeSection':
      return { ...doc, sections: doc.sections.filter((s) => s.uid !== action.section) };
    case 'moveSection':
      return { ...doc, sections: move(doc.sections, action.section, action.delta) };
    case 'addItems':
      return inSection(doc, action.section, (s) => {
        const present = new Set(s.items.map((i) => i.standard?.id));
        return { ...s, items: [...s.items, ...action.standards.filter((st) => !present.has(st.id)).map(itemFromStandard)] };
      });
    case 'updateItem':
      return inItem(doc, action.section, action.item, (i) => ({ ...i, ...action.patch }));
    case 'removeItem':
      return inSection(doc, action.section, (s) => ({ ...s, items: s.items.filter((i) => i.uid !== action.item) }));
    case 'moveItem':
      return inSection(doc, action.section, (s) => ({ ...s, items: move(s.items, action.item, action.delta) }));
    case 'addDeduction':
      return inItem(doc, action.section, action.item, (i) => ({
        ...i,
        deductions: [...i.deductions, { uid: newUid('deduction'), key: null, labelZh: '', labelEn: '', points: 1 }],
      }));
    case 'updateDeduction':
      return inItem(doc, action.section, action.item, (i) => ({
        ...i,
        deductions: i.deductions.map((d) => (d.uid === action.deduction ? { ...d, ...action.patch } : d)),
      }));
    case 'removeDeduction':
      return inItem(doc, action.section, action.item, (i) => ({
        ...i,
        deductions: i.deductions.filter((d) => d.uid !== action.deduction),
      }));
  }
}

// ── problems ────────────────────────────────────────────────────────────────

/** Messages by editor identity and field ('_' = the entry itself); `doc` = the draft as a whole. */
export interface ChecklistErrors {
  byUid: Record<string, Record<string, string>>;
  doc: string[];
}

export const NO_ERRORS: ChecklistErrors = { byUid: {}, doc: [] };

function put(errors: ChecklistErrors, uid: string, field: string, message: string) {
  const entry = (errors.byUid[uid] ??= {});
  entry[field] ??= message;
}

export function hasErrors(errors: ChecklistErrors): boolean {
  return errors.doc.length > 0 || Object.values(errors.byUid).some((e) => Object.keys(e).length > 0);
}

const isInt = (n: number | null): n is number => typeof n === 'number' && Number.isInteger(n);

/** The same checks as the server's, before anything is sent. */
export function validateChecklist(doc: ChecklistDraft, t: TFunction): ChecklistErrors {
  const errors: ChecklistErrors = { byUid: {}, doc: [] };
  const e = 'inspectionTemplates.editor' as const;
  const tooLong = (max: number) => t('validation.TOO_LONG', { max });
  const range = (min: number, max: number) => t('validation.OUT_OF_RANGE', { min, max });
  if (doc.passScore === null) put(errors, DOC_UID, 'passScore', t('validation.REQUIRED'));
  else if (!isInt(doc.passScore) || doc.passScore < LIMITS.passScore.min || doc.passScore > LIMITS.passScore.max) {
    put(errors, DOC_UID, 'passScore', range(LIMITS.passScore.min, LIMITS.passScore.max));
  }
  if (doc.sections.length === 0) errors.doc.push(t(`${e}.needSection`));
  else if (doc.sections.every((s) => s.items.length === 0)) errors.doc.push(t(`${e}.needItem`));
  if (doc.sections.length > LIMITS.sections.max) errors.doc.push(t(`${e}.tooManySections`, { max: LIMITS.sections.max }));
  for (const s of doc.sections) {
    if (!s.titleZh.trim()) put(errors, s.uid, 'titleZh', t('validation.REQUIRED'));
    else if (s.titleZh.trim().length > LIMITS.title.max) put(errors, s.uid, 'titleZh', tooLong(LIMITS.title.max));
    if (s.titleEn.trim().length > LIMITS.titleEn) put(errors, s.uid, 'titleEn', tooLong(LIMITS.titleEn));
    if (s.items.length > LIMITS.itemsPerSection.max)
      put(errors, s.uid, 'items', t(`${e}.tooManyItems`, { max: LIMITS.itemsPerSection.max }));
    const seen = new Set<string>();
    for (const i of s.items) {
      if (!i.standard) put(errors, i.uid, 'standardId', t(`${e}.standardDeleted`));
      else if (seen.has(i.standard.id)) put(errors, i.uid, 'standardId', t('validation.TAKEN'));
      if (i.standard) seen.add(i.standard.id);
      if (i.points === null) put(errors, i.uid, 'points', t('validation.REQUIRED'));
      else if (!isInt(i.points) || i.points < LIMITS.points.min || i.points > LIMITS.points.max) {
        put(errors, i.uid, 'points', range(LIMITS.points.min, LIMITS.points.max));
      }
      if (i.checkpointZh.trim().length > LIMITS.checkpoint.max) put(errors, i.uid, 'checkpointZh', tooLong(LIMITS.checkpoint.max));
      if (i.checkpointEn.trim().length > LIMITS.checkpointEn) put(errors, i.uid, 'checkpointEn', tooLong(LIMITS.checkpointEn));
      if (i.deductions.length > LIMITS.deductionsPerItem.max)
        put(errors, i.uid, 'deductions', t(`${e}.tooManyDeductions`, { max: LIMITS.deductionsPerItem.max }));
      const cap = isInt(i.points) ? Math.min(i.points, LIMITS.points.max) : LIMITS.points.max;
      for (const d of i.deductions) {
        if (!d.labelZh.trim()) put(errors, d.uid, 'labelZh', t('validation.REQUIRED'));
        else if (d.labelZh.trim().length > LIMITS.deductionLabel.max) put(errors, d.uid, 'labelZh', tooLong(LIMITS.deductionLabel.max));
        if (d.labelEn.trim().length > LIMITS.deductionLabelEn) put(errors, d.uid, 'labelEn', tooLong(LIMITS.deductionLabelEn));
        if (d.points === null) put(errors, d.uid, 'points', t('validation.REQUIRED'));
        else if (!isInt(d.points) || d.points < LIMITS.points.min || d.points > cap)
          put(errors, d.uid, 'points', t(`${e}.deductionRange`, { max: cap }));
      }
    }
  }
  return errors;
}

/**
 * Server field problems (paths like input.sections.0.items.2.deductions.1.points) on the entries
 * of the draft that was sent; problems that name no entry go to `doc`.
 */
export function mapServerProblems(sent: ChecklistDraft, problems: FieldProblem[], t: TFunction): ChecklistErrors {
  const errors: ChecklistErrors = { byUid: {}, doc: [] };
  const e = 'inspectionTemplates.editor' as const;
  for (const problem of problems) {
    const message = translateFieldProblem(t, problem);
    const path = fieldNameOf(problem);
    const max = Number(problem.params?.max);
    if (path[0] === 'passScore') {
      put(errors, DOC_UID, 'passScore', message);
      continue;
    }
    if (path.length === 1 && path[0] === 'sections') {
      errors.doc.push(
        problem.reason === 'TOO_LONG'
          ? t(`${e}.tooManySections`, { max })
          : problem.reason === 'REQUIRED'
            ? t(sent.sections.length ? `${e}.needItem` : `${e}.needSection`)
            : message,
      );
      continue;
    }
    const section = path[0] === 'sections' && typeof path[1] === 'number' ? sent.sections[path[1]] : undefined;
    if (!section) {
      errors.doc.push(message);
      continue;
    }
    const [, , part, index, field, dIndex, dField] = path;
    if (part !== 'items') {
      put(errors, section.uid, String(part ?? '_'), message);
      continue;
    }
    const item = typeof index === 'number' ? section.items[index] : undefined;
    if (!item) {
      put(errors, section.uid, 'items', problem.reason === 'TOO_LONG' ? t(`${e}.tooManyItems`, { max }) : message);
      continue;
    }
    if (field === 'deductions') {
      const deduction = typeof dIndex === 'number' ? item.deductions[dIndex] : undefined;
      if (deduction) {
        const text =
          dField === 'points' && problem.reason === 'OUT_OF_RANGE' && Number.isFinite(max) ? t(`${e}.deductionRange`, { max }) : message;
        put(errors, deduction.uid, String(dField ?? '_'), text);
      } else put(errors, item.uid, 'deductions', problem.reason === 'TOO_LONG' ? t(`${e}.tooManyDeductions`, { max }) : message);
      continue;
    }
    put(errors, item.uid, String(field ?? '_'), message);
  }
  return errors;
}

/** Client problems first, then the server's (which stay until the field is edited). */
export function mergeErrors(client: ChecklistErrors, server: ChecklistErrors): ChecklistErrors {
  const byUid: ChecklistErrors['byUid'] = {};
  for (const source of [server, client]) {
    for (const [uid, fields] of Object.entries(source.byUid)) byUid[uid] = { ...(byUid[uid] ?? {}), ...fields };
  }
  return { byUid, doc: [...client.doc, ...server.doc.filter((m) => !client.doc.includes(m))] };
}

/** Drops the server's message for some fields of one entry once the user edits them. */
export function clearServerError(errors: ChecklistErrors, uid: string, fields: string[]): ChecklistErrors {
  const entry = errors.byUid[uid];
  if (!entry || !fields.some((f) => f in entry)) return errors;
  const rest = { ...entry };
  for (const f of fields) delete rest[f];
  return { ...errors, byUid: { ...errors.byUid, [uid]: rest } };
}

/** The checkpoint an inspector reads: the wording override, or the standard's requirement. */
export function effectiveCheckpoint(
  item: {
    checkpointZh: string | null;
    checkpointEn: string | null;
    standard: Pick<LibraryStandard, 'requirementZh' | 'requirementEn'> | null;
  },
  lang: string,
): string {
  const std = item.standard;
  if (lang === 'en-US') return item.checkpointEn || std?.requirementEn || item.checkpointZh || std?.requirementZh || '';
  return item.checkpointZh || std?.requirementZh || '';
}

export function sectionTitle(section: { titleZh: string; titleEn?: string | null }, lang: string): string {
  return lang === 'en-US' ? section.titleEn || section.titleZh : section.titleZh;
}

export function deductionLabel(d: { labelZh: string; labelEn?: string | null }, lang: string): string {
  return lang === 'en-US' ? d.labelEn || d.labelZh : d.labelZh;
}
