/**
 * The field-by-field diff of two versions of a keyed document (handbooks, QC regulations …).
 * Entries carry a `key` that stays the same across versions, so a diff can say "changed"
 * rather than "removed and added". Each document kind flattens itself into `Keyed` maps
 * and diffs each part with `diffKeyed`.
 */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface DiffEntry {
  key: string;
  /** Which section it is in (for entries inside sections), in the newer version when it exists. */
  sectionKey: string | null;
  changes: FieldChange[];
}

export interface DiffPart {
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: DiffEntry[];
}

/** One part of a document, by key: the entry's fields, its section (if any) and its 1-based position. */
export type Keyed<T> = Map<string, { value: T; sectionKey: string | null; position: number }>;

/** Entries added, removed and changed from `a` to `b`; a move shows as a change of `position` (and `sectionKey` with `withSection`). */
export function diffKeyed<T extends object>(a: Keyed<T>, b: Keyed<T>, withSection: boolean): DiffPart {
  const part: DiffPart = { added: [], removed: [], changed: [] };
  const fieldsOf = (v: { value: T; sectionKey: string | null; position: number }) => ({
    ...(v.value as Record<string, unknown>),
    position: v.position,
    ...(withSection ? { sectionKey: v.sectionKey } : {}),
  });
  for (const [key, vb] of b) {
    const va = a.get(key);
    if (!va) {
      part.added.push({
        key,
        sectionKey: vb.sectionKey,
        changes: Object.entries(fieldsOf(vb))
          .filter(([f]) => f !== 'key')
          .map(([field, to]) => ({ field, from: null, to })),
      });
      continue;
    }
    const fa = fieldsOf(va);
    const fb = fieldsOf(vb);
    const changes = Object.keys({ ...fa, ...fb })
      .filter((f) => f !== 'key' && JSON.stringify(fa[f as keyof typeof fa] ?? null) !== JSON.stringify(fb[f as keyof typeof fb] ?? null))
      .map((field) => ({ field, from: fa[field as keyof typeof fa] ?? null, to: fb[field as keyof typeof fb] ?? null }));
    if (changes.length) part.changed.push({ key, sectionKey: vb.sectionKey, changes });
  }
  for (const [key, va] of a) {
    if (!b.has(key))
      part.removed.push({
        key,
        sectionKey: va.sectionKey,
        changes: Object.entries(fieldsOf(va))
          .filter(([f]) => f !== 'key')
          .map(([field, from]) => ({ field, from, to: null })),
      });
  }
  return part;
}
