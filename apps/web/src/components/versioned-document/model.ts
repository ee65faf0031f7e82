// The document-type-independent half of a versioned document's editor model: editor identities,
// entries that keep their server `key`, the section edits every document has (add, rename, remove,
// reorder sections; remove and reorder their items), and problems kept by editor identity and field.
// A document type (pages/handbooks/draft.ts, pages/inspection-templates/checklist.ts) adds its own
// entries and checks on top.

/** An editable entry: `uid` is its identity in the editor, `key` the server's (null until saved). */
export interface Entry {
  uid: string;
  key: string | null;
}

/** A section of a document: a bilingual title and its items. */
export interface Section<Item extends Entry = Entry> extends Entry {
  titleZh: string;
  titleEn: string;
  items: Item[];
}

export interface SectionedDoc<S extends Section = Section> {
  sections: S[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any section type
type AnyDoc = SectionedDoc<Section<any>>;
export type SectionOf<D extends AnyDoc> = D['sections'][number];

let sequence = 0;
/** A fresh editor identity for a new entry. */
export function newUid(prefix = 'new'): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

/** Loaded text as editor text ('' for none). */
export const text = (value: string | null | undefined) => value ?? '';
/** Editor text as the server wants it: trimmed, blank as null. */
export const blank = (value: string) => (value.trim() ? value.trim() : null);
/** The key of an entry in an input (absent for a new entry). */
export const keyOf = (e: { key: string | null }) => (e.key ? { key: e.key } : {});

/** Swaps an entry with its neighbour (delta −1 up, +1 down); unchanged at either end. */
export function move<T extends { uid: string }>(list: T[], uid: string, delta: -1 | 1): T[] {
  const from = list.findIndex((e) => e.uid === uid);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[from], next[to]] = [next[to], next[from]];
  return next;
}

/** Copies the editor identities of what was sent onto the same positions of what came back. */
export function keepUids<T extends Entry>(saved: T[], sent: readonly T[], nested?: (saved: T, sent: T) => void): void {
  saved.forEach((e, i) => {
    const before = sent[i];
    if (!before) return;
    e.uid = before.uid;
    nested?.(e, before);
  });
}

/** An entry with the key a save gave it (entries edited while a save was in flight). */
export function withKeyFrom(keys: ReadonlyMap<string, string | null>) {
  return <T extends Entry>(e: T): T => (e.key || !keys.get(e.uid) ? e : { ...e, key: keys.get(e.uid)! });
}

// ── section edits ───────────────────────────────────────────────────────────

/** The edits every sectioned document has. */
export type SectionAction<Doc> =
  | { type: 'reset'; doc: Doc }
  | { type: 'addSection'; titleZh: string; titleEn: string }
  | { type: 'renameSection'; section: string; titleZh: string; titleEn: string }
  | { type: 'removeSection'; section: string }
  | { type: 'moveSection'; section: string; delta: -1 | 1 }
  | { type: 'removeItem'; section: string; item: string }
  | { type: 'moveItem'; section: string; item: string; delta: -1 | 1 };

const SECTION_ACTIONS = new Set<string>(['reset', 'addSection', 'renameSection', 'removeSection', 'moveSection', 'removeItem', 'moveItem']);

export function isSectionAction<Doc>(action: { type: string }): action is SectionAction<Doc> {
  return SECTION_ACTIONS.has(action.type);
}

/** Changes one section of a document. */
export function inSection<D extends AnyDoc>(doc: D, uid: string, change: (s: SectionOf<D>) => SectionOf<D>): D {
  return { ...doc, sections: doc.sections.map((s) => (s.uid === uid ? change(s) : s)) };
}

/** Applies a section edit; `newSection` makes the empty section of this document type. */
export function reduceSections<D extends AnyDoc>(doc: D, action: SectionAction<D>, newSection: (base: Section<never>) => SectionOf<D>): D {
  switch (action.type) {
    case 'reset':
      return action.doc;
    case 'addSection':
      return {
        ...doc,
        sections: [
          ...doc.sections,
          newSection({ uid: newUid('section'), key: null, titleZh: action.titleZh, titleEn: action.titleEn, items: [] }),
        ],
      };
    case 'renameSection':
      return inSection(doc, action.section, (s) => ({ ...s, titleZh: action.titleZh, titleEn: action.titleEn }));
    case 'removeSection':
      return { ...doc, sections: doc.sections.filter((s) => s.uid !== action.section) };
    case 'moveSection':
      return { ...doc, sections: move(doc.sections, action.section, action.delta) };
    case 'removeItem':
      return inSection(doc, action.section, (s) => ({ ...s, items: s.items.filter((i) => i.uid !== action.item) }));
    case 'moveItem':
      return inSection(doc, action.section, (s) => ({ ...s, items: move(s.items, action.item, action.delta) }));
  }
}

// ── problems ────────────────────────────────────────────────────────────────

/** Messages by editor identity and field ('_' = the entry itself); `doc` = the document as a whole. */
export interface DocErrors {
  byUid: Record<string, Record<string, string>>;
  doc: string[];
}

export const NO_ERRORS: DocErrors = { byUid: {}, doc: [] };

/** Records a message for a field of an entry (the first one wins). */
export function put(errors: DocErrors, uid: string, field: string, message: string) {
  const entry = (errors.byUid[uid] ??= {});
  entry[field] ??= message;
}

export function hasErrors(errors: DocErrors): boolean {
  return errors.doc.length > 0 || Object.values(errors.byUid).some((e) => Object.keys(e).length > 0);
}

/** Client problems first, then the server's (which stay until the field is edited). */
export function mergeErrors(client: DocErrors, server: DocErrors): DocErrors {
  const byUid: DocErrors['byUid'] = {};
  for (const source of [server, client]) {
    for (const [uid, fields] of Object.entries(source.byUid)) byUid[uid] = { ...(byUid[uid] ?? {}), ...fields };
  }
  return { byUid, doc: [...client.doc, ...server.doc.filter((m) => !client.doc.includes(m))] };
}

/** Drops the server's message for some fields of one entry once the user edits them. */
export function clearServerError(errors: DocErrors, uid: string, fields: string[]): DocErrors {
  const entry = errors.byUid[uid];
  if (!entry || !fields.some((f) => f in entry)) return errors;
  const rest = { ...entry };
  for (const f of fields) delete rest[f];
  return { ...errors, byUid: { ...errors.byUid, [uid]: rest } };
}

/** The checks every section has: a title (required, bounded) and an English title (bounded). */
export function checkSectionTitle(
  errors: DocErrors,
  s: Section,
  limits: { title: number; titleEn: number },
  messages: { required: string; tooLong: (max: number) => string },
) {
  if (!s.titleZh.trim()) put(errors, s.uid, 'titleZh', messages.required);
  else if (s.titleZh.trim().length > limits.title) put(errors, s.uid, 'titleZh', messages.tooLong(limits.title));
  if (s.titleEn.trim().length > limits.titleEn) put(errors, s.uid, 'titleEn', messages.tooLong(limits.titleEn));
}

export function sectionTitle(section: { titleZh: string; titleEn?: string | null }, lang: string): string {
  return lang === 'en-US' ? section.titleEn || section.titleZh : section.titleZh;
}
