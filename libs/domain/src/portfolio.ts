/** 业态: the fixed list of property formats. */
export const PROPERTY_FORMATS = [
  'RESIDENTIAL',
  'COMMERCIAL',
  'OFFICE',
  'INDUSTRIAL_PARK',
  'PUBLIC_BUILDING',
  'SALES_CENTER',
  'OTHER',
] as const;
export type PropertyFormat = (typeof PROPERTY_FORMATS)[number];

/** 业态 as people write them (the web's labels and common short forms), for imports. */
export const PROPERTY_FORMAT_LABELS: Record<PropertyFormat, { zh: string; en: string; also: readonly string[] }> = {
  RESIDENTIAL: { zh: '住宅', en: 'Residential', also: [] },
  COMMERCIAL: { zh: '商业', en: 'Commercial', also: [] },
  OFFICE: { zh: '写字楼', en: 'Office', also: ['办公'] },
  INDUSTRIAL_PARK: { zh: '产业园区', en: 'Industrial park', also: ['产业园'] },
  PUBLIC_BUILDING: { zh: '公共建筑', en: 'Public building', also: ['公建'] },
  SALES_CENTER: { zh: '售楼处及样板房', en: 'Sales center', also: ['售楼处', '售楼中心', '样板房'] },
  OTHER: { zh: '其他', en: 'Other', also: [] },
};

/** A 业态 cell (code, Chinese or English label, short form) → the format, or null. */
export function propertyFormatOf(text: string): PropertyFormat | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  for (const f of PROPERTY_FORMATS) {
    const l = PROPERTY_FORMAT_LABELS[f];
    if (f.toLowerCase() === t || l.zh === t || l.en.toLowerCase() === t || l.also.includes(t)) return f;
  }
  return null;
}

/** Portfolio rules that are not single-field lengths (RULES has those). */
export const PORTFOLIO_RULES = {
  /** Rows per project import (a company's go-live portfolio fits well within it). */
  importRows: { max: 2000 },
} as const;

/** A project's life: prospect → survey → proposal → takeover → operating → exited. */
export const PROJECT_STAGES = ['PROSPECT', 'SURVEY', 'PROPOSAL', 'TAKEOVER', 'OPERATING', 'EXITED'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

/**
 * Stage moves a user may make: one step forward, or exit from any live stage.
 * (A project that lost the tender leaves from PROSPECT/SURVEY/PROPOSAL as EXITED.)
 */
export function allowedNextStages(from: ProjectStage): ProjectStage[] {
  if (from === 'EXITED') return [];
  const next = PROJECT_STAGES[PROJECT_STAGES.indexOf(from) + 1];
  return next === 'EXITED' ? ['EXITED'] : [next, 'EXITED'];
}

export function canChangeStage(from: ProjectStage, to: ProjectStage): boolean {
  return allowedNextStages(from).includes(to);
}

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** True when the IANA zone is known to this runtime's Intl database. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
