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
