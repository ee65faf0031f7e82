// The checklist draft editor's model: a loaded InspectionTemplateVersion ↔ editable state ↔
// ChecklistDraftInput (the whole draft; existing sections, items and deductions keep their `key`),
// the edits as a reducer, client checks mirroring the server's (CHECKLIST_RULES), and server field
// paths (input.sections.0.items.2.deductions.1.points) mapped back onto the entry they name.
import type { TFunction } from 'i18next';
import { CHECKLIST_RULES } from '@pinzhi/domain';
import type { FieldProblem } from '../../lib/errors';
import { fieldNameOf, translateFieldProblem } from '../../lib/form-errors';
import type { ChecklistDraftInput, ChecklistVersionContentFragment, StandardFieldsFragment } from '../../gql/graphql';
import {
  NO_ERRORS,
  blank,
  checkSectionTitle,
  clearServerError,
  hasErrors,
  inSection,
  isSectionAction,
  keepUids,
  keyOf,
  mergeErrors,
  newUid,
  put,
  reduceSections,
  sectionTitle,
  text,
  withKeyFrom,
  type DocErrors,
  type Entry,
  type Section,
  type SectionAction,
} from '../../components/versioned-document/model';

export { NO_ERRORS, clearServerError, hasErrors, mergeErrors, newUid, sectionTitle };

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

export interface DraftDeduction extends Entry {
  labelZh: string;
  labelEn: string;
  points: number | null;
}

export interface DraftItem extends Entry {
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

export type DraftSection = Section<DraftItem>;

export interface ChecklistDraft {
  passScore: number | null;
  sections: DraftSection[];
}

/** Where the draft-wide fields (pass score) keep their messages. */
export const DOC_UID = '$doc';

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
      ...keyOf(s),
      titleZh: s.titleZh.trim(),
      titleEn: blank(s.titleEn),
      items: s.items.map((i) => ({
        ...keyOf(i),
        standardId: i.standard?.id ?? '',
        checkpointZh: blank(i.checkpointZh),
        checkpointEn: blank(i.checkpointEn),
        points: i.points ?? 0,
        naAllowed: i.naAllowed,
        critical: i.critical,
        deductions: i.deductions.map((d) => ({
          ...keyOf(d),
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
  keepUids(doc.sections, sent.sections, (s, before) => keepUids(s.items, before.items, (i, was) => keepUids(i.deductions, was.deductions)));
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
  const key = withKeyFrom(keys);
  return {
    ...current,
    sections: current.sections.map((s) => ({ ...key(s), items: s.items.map((i) => ({ ...key(i), deductions: i.deductions.map(key) })) })),
  };
}

// ── edits ───────────────────────────────────────────────────────────────────

export type ItemPatch = Partial<Pick<DraftItem, 'checkpointZh' | 'checkpointEn' | 'points' | 'naAllowed' | 'critical'>>;
export type DeductionPatch = Partial<Pick<DraftDeduction, 'labelZh' | 'labelEn' | 'points'>>;

export type ChecklistAction =
  | SectionAction<ChecklistDraft>
  | { type: 'setPassScore'; passScore: number | null }
  | { type: 'addItems'; section: string; standards: LibraryStandard[] }
  | { type: 'updateItem'; section: string; item: string; patch: ItemPatch }
  | { type: 'addDeduction'; section: string; item: string }
  | { type: 'updateDeduction'; section: string; item: string; deduction: string; patch: DeductionPatch }
  | { type: 'removeDeduction'; section: string; item: string; deduction: string };

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
  if (isSectionAction<ChecklistDraft>(action)) return reduceSections(doc, action, (s) => s);
  switch (action.type) {
    case 'setPassScore':
      return { ...doc, passScore: action.passScore };
    case 'addItems':
      return inSection(doc, action.section, (s) => {
        const present = new Set(s.items.map((i) => i.standard?.id));
        return { ...s, items: [...s.items, ...action.standards.filter((st) => !present.has(st.id)).map(itemFromStandard)] };
      });
    case 'updateItem':
      return inItem(doc, action.section, action.item, (i) => ({ ...i, ...action.patch }));
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
export type ChecklistErrors = DocErrors;

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
    checkSectionTitle(errors, s, { title: LIMITS.title.max, titleEn: LIMITS.titleEn }, { required: t('validation.REQUIRED'), tooLong });
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

export function deductionLabel(d: { labelZh: string; labelEn?: string | null }, lang: string): string {
  return lang === 'en-US' ? d.labelEn || d.labelZh : d.labelZh;
}
