/**
 * A handbook version as a document, and the field-by-field diff between two versions.
 * Sections, items and service frequencies carry a `key` that stays the same across
 * versions, so a diff can say "changed" rather than "removed and added".
 */
import { diffKeyed, type DiffPart, type Keyed } from './diff';

export interface HandbookItemDoc {
  key: string;
  standardId: string;
  /** Project-specific wording; null = the library standard's text. */
  requirementZh: string | null;
  requirementEn: string | null;
  /** Project-specific score; null = the standard's default score. */
  score: number | null;
  note: string | null;
}

export interface ServiceFrequencyDoc {
  key: string;
  taskZh: string;
  taskEn: string | null;
  /** A zone of the project's property (lobby, sales hall …), or null for the whole site. */
  zoneId: string | null;
  /** Where, in words; on templates it names the zone to use when a project copies it. */
  locationZh: string | null;
  /** RFC 5545 RRULE body, e.g. FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0 */
  rrule: string;
  note: string | null;
}

export interface HandbookSectionDoc {
  key: string;
  titleZh: string;
  titleEn: string | null;
  items: HandbookItemDoc[];
  frequencies: ServiceFrequencyDoc[];
}

export interface HandbookDoc {
  sections: HandbookSectionDoc[];
}

export interface HandbookDiff {
  sections: DiffPart;
  items: DiffPart;
  frequencies: DiffPart;
}

function flatten(doc: HandbookDoc) {
  const sections: Keyed<Omit<HandbookSectionDoc, 'items' | 'frequencies'>> = new Map();
  const items: Keyed<HandbookItemDoc> = new Map();
  const frequencies: Keyed<ServiceFrequencyDoc> = new Map();
  doc.sections.forEach((s, i) => {
    const { items: its, frequencies: fs, ...section } = s;
    sections.set(s.key, { value: section, sectionKey: null, position: i + 1 });
    its.forEach((it, j) => items.set(it.key, { value: it, sectionKey: s.key, position: j + 1 }));
    fs.forEach((f, j) => frequencies.set(f.key, { value: f, sectionKey: s.key, position: j + 1 }));
  });
  return { sections, items, frequencies };
}

/**
 * What changed from `from` to `to`: sections, items (standards) and service frequencies
 * added, removed and changed, field by field. A moved entry shows as a change of
 * `position` (and `sectionKey` when it moved to another section).
 */
export function diffHandbooks(from: HandbookDoc, to: HandbookDoc): HandbookDiff {
  const a = flatten(from);
  const b = flatten(to);
  return {
    sections: diffKeyed(a.sections, b.sections, false),
    items: diffKeyed(a.items, b.items, true),
    frequencies: diffKeyed(a.frequencies, b.frequencies, true),
  };
}

export function isEmptyDiff(d: HandbookDiff): boolean {
  return [d.sections, d.items, d.frequencies].every((p) => p.added.length + p.removed.length + p.changed.length === 0);
}

/** Section and standard keys a diff touches — what training uses to flag outdated courses. */
export function touchedKeys(d: HandbookDiff): { sectionKeys: Set<string>; itemKeys: Set<string> } {
  const sectionKeys = new Set<string>();
  const itemKeys = new Set<string>();
  for (const p of [d.sections]) for (const e of [...p.added, ...p.removed, ...p.changed]) sectionKeys.add(e.key);
  for (const p of [d.items, d.frequencies]) {
    for (const e of [...p.added, ...p.removed, ...p.changed]) {
      if (p === d.items) itemKeys.add(e.key);
      if (e.sectionKey) sectionKeys.add(e.sectionKey);
    }
  }
  return { sectionKeys, itemKeys };
}
