import type { FieldChanges } from '@pinzhi/db';

/** The fields that differ between two versions of a row, for the audit trail. */
export function changedFields<T extends object>(before: Partial<T> | null, after: Partial<T>, fields: (keyof T)[]): FieldChanges {
  const out: FieldChanges = {};
  for (const f of fields) {
    const from = before ? (before[f] ?? null) : null;
    const to = after[f] ?? null;
    if (JSON.stringify(normalise(from)) !== JSON.stringify(normalise(to))) out[String(f)] = { from: normalise(from), to: normalise(to) };
  }
  return out;
}

function normalise(v: unknown): unknown {
  return v instanceof Date ? v.toISOString() : v;
}
