// The draft editor's model: a loaded HandbookVersion ↔ editable state ↔ HandbookDraftInput (the
// whole draft, every existing section/item/frequency keeping its `key`), the edits as a reducer,
// client checks mirroring the server's, and server field paths (input.sections.2.items.0.score)
// mapped back onto the row and cell they name.
import type { TFunction } from 'i18next';
import { recurrenceError } from '@pinzhi/domain';
import type { FieldProblem } from '../../lib/errors';
import { fieldNameOf, translateFieldProblem } from '../../lib/form-errors';
import type { HandbookDraftInput, HandbookVersionContentFragment, StandardFieldsFragment } from '../../gql/graphql';
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
  move,
  reduceSections,
  text,
  withKeyFrom,
  type DocErrors,
  type Entry,
  type Section,
  type SectionAction,
} from '../../components/versioned-document/model';

export { NO_ERRORS, clearServerError, hasErrors, mergeErrors, newUid };

/** The server's limits (libs/api/handbooks inputs.ts LIMITS). */
export const DRAFT_LIMITS = {
  title: 100,
  titleEn: 200,
  requirement: 2000,
  note: 500,
  rrule: 500,
  sections: 50,
  itemsPerSection: 200,
  frequenciesPerSection: 100,
  score: { min: 0, max: 100 },
  changeSummary: 500,
} as const;

export type VersionContent = HandbookVersionContentFragment;
export type LibraryStandard = StandardFieldsFragment;

export interface DraftItem extends Entry {
  standard: LibraryStandard;
  /** Overrides; '' = the standard's own text. */
  requirementZh: string;
  requirementEn: string;
  /** Override; null = the standard's default score. */
  score: number | null;
  note: string;
}

export interface DraftFrequency extends Entry {
  taskZh: string;
  taskEn: string;
  zoneId: string | null;
  locationZh: string;
  rrule: string;
  note: string;
}

export interface DraftSection extends Section<DraftItem> {
  frequencies: DraftFrequency[];
}

export interface DraftDoc {
  sections: DraftSection[];
}

/** A loaded version as editable state (existing entries use their key as uid). */
export function versionToDraft(version: Pick<VersionContent, 'sections'>): DraftDoc {
  return {
    sections: version.sections.map((s) => ({
      uid: s.key,
      key: s.key,
      titleZh: s.titleZh,
      titleEn: text(s.titleEn),
      items: s.items.map((i) => ({
        uid: i.key,
        key: i.key,
        standard: i.standard,
        requirementZh: text(i.requirementZh),
        requirementEn: text(i.requirementEn),
        score: i.score ?? null,
        note: text(i.note),
      })),
      frequencies: s.frequencies.map((f) => ({
        uid: f.key,
        key: f.key,
        taskZh: f.taskZh,
        taskEn: text(f.taskEn),
        zoneId: f.zoneId ?? null,
        locationZh: text(f.locationZh),
        rrule: f.rrule,
        note: text(f.note),
      })),
    })),
  };
}

/** The whole draft as saveHandbookDraft wants it: keys kept, text trimmed, blanks as null. */
export function draftToInput(doc: DraftDoc): HandbookDraftInput {
  return {
    sections: doc.sections.map((s) => ({
      ...keyOf(s),
      titleZh: s.titleZh.trim(),
      titleEn: blank(s.titleEn),
      items: s.items.map((i) => ({
        ...keyOf(i),
        standardId: i.standard.id,
        requirementZh: blank(i.requirementZh),
        requirementEn: blank(i.requirementEn),
        score: i.score ?? null,
        note: blank(i.note),
      })),
      frequencies: s.frequencies.map((f) => ({
        ...keyOf(f),
        taskZh: f.taskZh.trim(),
        taskEn: blank(f.taskEn),
        zoneId: f.zoneId || null,
        locationZh: blank(f.locationZh),
        rrule: f.rrule.trim(),
        note: blank(f.note),
      })),
    })),
  };
}

/** A comparable fingerprint of what would be saved. */
export function draftFingerprint(doc: DraftDoc): string {
  return JSON.stringify(draftToInput(doc));
}

/**
 * The saved version as editor state, keeping the editor identities of what was sent (the server
 * keeps the order and gives new entries their keys).
 */
export function applySaved(sent: DraftDoc, saved: Pick<VersionContent, 'sections'>): DraftDoc {
  const doc = versionToDraft(saved);
  keepUids(doc.sections, sent.sections, (s, before) => {
    keepUids(s.items, before.items);
    keepUids(s.frequencies, before.frequencies);
  });
  return doc;
}

/** Gives entries edited while a save was in flight the keys the save assigned. */
export function adoptKeys(current: DraftDoc, saved: DraftDoc): DraftDoc {
  const keys = new Map<string, string | null>();
  for (const s of saved.sections) {
    keys.set(s.uid, s.key);
    for (const i of s.items) keys.set(i.uid, i.key);
    for (const f of s.frequencies) keys.set(f.uid, f.key);
  }
  const key = withKeyFrom(keys);
  return { sections: current.sections.map((s) => ({ ...key(s), items: s.items.map(key), frequencies: s.frequencies.map(key) })) };
}

// ── edits ───────────────────────────────────────────────────────────────────

export type DraftAction =
  | SectionAction<DraftDoc>
  | { type: 'addItems'; section: string; standards: LibraryStandard[] }
  | {
      type: 'updateItem';
      section: string;
      item: string;
      patch: Partial<Pick<DraftItem, 'requirementZh' | 'requirementEn' | 'score' | 'note'>>;
    }
  | { type: 'addFrequency'; section: string; frequency: Omit<DraftFrequency, 'uid' | 'key'> }
  | { type: 'updateFrequency'; section: string; frequency: string; patch: Partial<Omit<DraftFrequency, 'uid' | 'key'>> }
  | { type: 'removeFrequency'; section: string; frequency: string }
  | { type: 'moveFrequency'; section: string; frequency: string; delta: -1 | 1 };

export function draftReducer(doc: DraftDoc, action: DraftAction): DraftDoc {
  if (isSectionAction<DraftDoc>(action)) return reduceSections(doc, action, (s) => ({ ...s, items: [], frequencies: [] }));
  switch (action.type) {
    case 'addItems':
      return inSection(doc, action.section, (s) => {
        const present = new Set(s.items.map((i) => i.standard.id));
        const added = action.standards
          .filter((st) => !present.has(st.id))
          .map<DraftItem>((standard) => ({
            uid: newUid('item'),
            key: null,
            standard,
            requirementZh: '',
            requirementEn: '',
            score: null,
            note: '',
          }));
        return { ...s, items: [...s.items, ...added] };
      });
    case 'updateItem':
      return inSection(doc, action.section, (s) => ({
        ...s,
        items: s.items.map((i) => (i.uid === action.item ? { ...i, ...action.patch } : i)),
      }));
    case 'addFrequency':
      return inSection(doc, action.section, (s) => ({
        ...s,
        frequencies: [...s.frequencies, { uid: newUid('freq'), key: null, ...action.frequency }],
      }));
    case 'updateFrequency':
      return inSection(doc, action.section, (s) => ({
        ...s,
        frequencies: s.frequencies.map((f) => (f.uid === action.frequency ? { ...f, ...action.patch } : f)),
      }));
    case 'removeFrequency':
      return inSection(doc, action.section, (s) => ({ ...s, frequencies: s.frequencies.filter((f) => f.uid !== action.frequency) }));
    case 'moveFrequency':
      return inSection(doc, action.section, (s) => ({ ...s, frequencies: move(s.frequencies, action.frequency, action.delta) }));
  }
}

// ── problems ────────────────────────────────────────────────────────────────

/** Messages by editor identity and field ('_' = the entry itself); `doc` = the draft as a whole. */
export type DraftErrors = DocErrors;

/**
 * Server field problems (paths like input.sections.2.items.0.score) on the entries of the draft
 * that was sent; problems that name no entry go to `doc`.
 */
export function mapServerProblems(sent: DraftDoc, problems: FieldProblem[], t: TFunction): DraftErrors {
  const errors: DraftErrors = { byUid: {}, doc: [] };
  for (const problem of problems) {
    const message = translateFieldProblem(t, problem);
    const path = fieldNameOf(problem);
    const max = Number(problem.params?.max);
    if (path.length === 1 && path[0] === 'sections') {
      // The list itself: empty, or too long.
      errors.doc.push(
        problem.reason === 'TOO_LONG'
          ? t('draft.tooManySections', { max })
          : problem.reason === 'REQUIRED'
            ? t('draft.needSection')
            : message,
      );
      continue;
    }
    const section = path[0] === 'sections' && typeof path[1] === 'number' ? sent.sections[path[1]] : undefined;
    if (!section) {
      errors.doc.push(message);
      continue;
    }
    const [, , part, index, field] = path;
    if (part === 'items' || part === 'frequencies') {
      const list: { uid: string }[] = part === 'items' ? section.items : section.frequencies;
      const entry = typeof index === 'number' ? list[index] : undefined;
      if (entry) put(errors, entry.uid, String(field ?? '_'), message);
      else if (problem.reason === 'TOO_LONG')
        put(errors, section.uid, part, t(part === 'items' ? 'draft.tooManyItems' : 'draft.tooManyFrequencies', { max }));
      else put(errors, section.uid, String(part), message);
    } else {
      put(errors, section.uid, String(part ?? '_'), message);
    }
  }
  return errors;
}

/** The same checks as the server's, before anything is sent. */
export function validateDraft(doc: DraftDoc, t: TFunction): DraftErrors {
  const errors: DraftErrors = { byUid: {}, doc: [] };
  const tooLong = (max: number) => t('validation.TOO_LONG', { max });
  if (doc.sections.length === 0) errors.doc.push(t('draft.needSection'));
  if (doc.sections.length > DRAFT_LIMITS.sections) errors.doc.push(t('draft.tooManySections', { max: DRAFT_LIMITS.sections }));
  for (const s of doc.sections) {
    checkSectionTitle(errors, s, DRAFT_LIMITS, { required: t('validation.REQUIRED'), tooLong });
    if (s.items.length > DRAFT_LIMITS.itemsPerSection)
      put(errors, s.uid, 'items', t('draft.tooManyItems', { max: DRAFT_LIMITS.itemsPerSection }));
    if (s.frequencies.length > DRAFT_LIMITS.frequenciesPerSection) {
      put(errors, s.uid, 'frequencies', t('draft.tooManyFrequencies', { max: DRAFT_LIMITS.frequenciesPerSection }));
    }
    for (const i of s.items) {
      if (i.requirementZh.trim().length > DRAFT_LIMITS.requirement) put(errors, i.uid, 'requirementZh', tooLong(DRAFT_LIMITS.requirement));
      if (i.requirementEn.trim().length > DRAFT_LIMITS.requirement) put(errors, i.uid, 'requirementEn', tooLong(DRAFT_LIMITS.requirement));
      if (i.score !== null && (!Number.isInteger(i.score) || i.score < DRAFT_LIMITS.score.min || i.score > DRAFT_LIMITS.score.max)) {
        put(errors, i.uid, 'score', t('validation.OUT_OF_RANGE', DRAFT_LIMITS.score));
      }
      if (i.note.trim().length > DRAFT_LIMITS.note) put(errors, i.uid, 'note', tooLong(DRAFT_LIMITS.note));
    }
    for (const f of s.frequencies) {
      if (!f.taskZh.trim()) put(errors, f.uid, 'taskZh', t('validation.REQUIRED'));
      else if (f.taskZh.trim().length > DRAFT_LIMITS.title) put(errors, f.uid, 'taskZh', tooLong(DRAFT_LIMITS.title));
      if (f.taskEn.trim().length > DRAFT_LIMITS.titleEn) put(errors, f.uid, 'taskEn', tooLong(DRAFT_LIMITS.titleEn));
      if (f.locationZh.trim().length > DRAFT_LIMITS.title) put(errors, f.uid, 'locationZh', tooLong(DRAFT_LIMITS.title));
      if (f.rrule.trim().length > DRAFT_LIMITS.rrule) put(errors, f.uid, 'rrule', tooLong(DRAFT_LIMITS.rrule));
      else if (recurrenceError(f.rrule)) put(errors, f.uid, 'rrule', t('draft.badRule', { problem: recurrenceError(f.rrule) }));
      if (f.note.trim().length > DRAFT_LIMITS.note) put(errors, f.uid, 'note', tooLong(DRAFT_LIMITS.note));
    }
  }
  return errors;
}

/** The effective text/score of an item (the override, or the library standard's). */
export function effectiveRequirement(
  item: { requirementZh: string | null; requirementEn: string | null; standard: LibraryStandard },
  lang: 'zh-CN' | 'en-US',
): string {
  if (lang === 'en-US') return item.requirementEn || item.standard.requirementEn || item.requirementZh || item.standard.requirementZh;
  return item.requirementZh || item.standard.requirementZh;
}

export function isOverridden(item: { requirementZh: string | null; requirementEn: string | null; score: number | null }): boolean {
  return !!(item.requirementZh || item.requirementEn || item.score !== null);
}
