import { CompanySettings, type TenantDb } from '@pinzhi/db';
import { COMPANY_SETTINGS_DEFAULTS, type LevelWeights } from '@pinzhi/domain';

export interface CompanySettingsValues {
  /** The row's id (absent until the settings are first saved). */
  id?: string;
  rectificationFallbackOwnerUserId: string | null;
  earlyStartHours: number;
  shortName: string | null;
  logo: string | null;
  timeZone: string;
  language: string;
  workingDays: number[];
  defaultHolidayListId: string | null;
  starterPack: string | null;
  starterPackAppliedAt: Date | null;
  setupDismissedAt: Date | null;
  selfCheckWeight: number;
  regionalWeight: number;
  companyWeight: number;
  inflationThreshold: number;
  /** 0 until the settings are first saved. */
  version: number;
}

/**
 * 公司设置 as the capabilities read them (inspections: the rectification owner of last resort;
 * planning: early starts; the header and public pages: short name and logo). Edited through
 * tenancy's `updateCompanySettings`. One row per tenant, written on the first change: the
 * domain's defaults until then.
 */
export async function companySettings(db: TenantDb): Promise<CompanySettingsValues> {
  const row = await db.repo(CompanySettings).findOne({});
  if (!row) return { ...COMPANY_SETTINGS_DEFAULTS, workingDays: [...COMPANY_SETTINGS_DEFAULTS.workingDays], version: 0 };
  return { ...row, workingDays: row.workingDays ?? [...COMPANY_SETTINGS_DEFAULTS.workingDays] };
}

/** The company's evaluation weights per inspection level. */
export function levelWeightsOf(s: Pick<CompanySettingsValues, 'selfCheckWeight' | 'regionalWeight' | 'companyWeight'>): LevelWeights {
  return { SELF_CHECK: s.selfCheckWeight, REGIONAL: s.regionalWeight, COMPANY: s.companyWeight };
}
