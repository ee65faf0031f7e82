// Per-company limits the platform sets, shared by the API (enforcement) and the web (display).

export type CompanyLimitKind = 'members' | 'projects' | 'storage';

/** True when adding `adding` to `used` would go past `max` (null: no limit). */
export function overLimit(max: number | null | undefined, used: number, adding = 1): boolean {
  return max != null && used + adding > max;
}

/** A storage limit in MB as bytes. */
export function megabytes(mb: number): number {
  return mb * 1024 * 1024;
}
