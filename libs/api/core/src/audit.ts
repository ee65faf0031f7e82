import type { FieldChanges } from '@pinzhi/db';
import type { AuditField } from '@pinzhi/domain';

/**
 * The fields that differ between two versions of a row, for the audit trail. Only fields with
 * a label in the domain's audit registry may be named (`keyof T & AuditField`).
 */
export function changedFields<T extends object>(
  before: Partial<T> | null,
  after: Partial<T>,
  fields: readonly (keyof T & AuditField)[],
): FieldChanges {
  const out: Record<string, { from: unknown; to: unknown }> = {};
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
