/**
 * Field rules shared by the API (class-validator) and the web client (antd form rules),
 * so that the browser rejects exactly what the server would.
 */
export const RULES = {
  code: { min: 2, max: 32, pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/ },
  name: { min: 1, max: 100 },
  address: { max: 200 },
  serviceScope: { max: 2000 },
  email: { max: 254 },
  password: { min: 8, max: 128 },
  displayName: { min: 1, max: 60 },
  /** Rows per member import (批量邀请). */
  memberImportRows: { max: 2000 },
  zoneName: { min: 1, max: 60 },
  zonesPerProperty: { max: 50 },
  grossFloorArea: { min: 0, max: 100_000_000 },
  pageSize: { max: 100, default: 20 },
  searchText: { max: 100 },
  /** A company's code (its sign-in slug): lower-case letters, digits and dashes. */
  companyCode: { min: 2, max: 40, pattern: /^[a-z0-9][a-z0-9-]*$/ },
  /** Per-company limits the platform sets (members, projects, storage in MB). */
  companyLimit: { min: 1, max: 1_000_000 },
} as const;

/** ISO calendar date YYYY-MM-DD (contract dates are calendar days, not instants). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
