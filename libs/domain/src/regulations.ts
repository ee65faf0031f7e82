/**
 * 品质控制管理制度: the tenant's quality-control regulations — versioned documents of sections
 * (tenant-wide or for one property format), acknowledged by the roles they apply to.
 */
import { diffKeyed, type DiffPart, type Keyed } from './diff';
import type { Role } from './roles';

export interface RegulationSectionDoc {
  /** Stable across versions. */
  key: string;
  title: string;
  body: string;
}

export interface RegulationDoc {
  sections: RegulationSectionDoc[];
}

export const REGULATION_SCOPES = ['TENANT', 'FORMAT'] as const;
export type RegulationScope = (typeof REGULATION_SCOPES)[number];

/** Who writes and publishes regulations and sees who has acknowledged them. */
export const REGULATION_WRITERS: readonly Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER'];

export const REGULATION_RULES = {
  title: { min: 1, max: 100 },
  sectionTitle: { min: 1, max: 100 },
  sectionBody: { min: 1, max: 20_000 },
  sections: { max: 100 },
  changeSummary: { max: 1000 },
  appliesToRoles: { min: 1 },
} as const;

/** What changed in the sections from one version to another (title, body, position). */
export function diffRegulations(from: RegulationDoc, to: RegulationDoc): { sections: DiffPart } {
  const flat = (doc: RegulationDoc): Keyed<RegulationSectionDoc> =>
    new Map(doc.sections.map((s, i) => [s.key, { value: s, sectionKey: null, position: i + 1 }]));
  return { sections: diffKeyed(flat(from), flat(to), false) };
}

/** Must a member in `role` acknowledge a regulation that applies to `appliesTo`? */
export function mustAcknowledge(appliesTo: readonly Role[], role: Role): boolean {
  return appliesTo.includes(role);
}
