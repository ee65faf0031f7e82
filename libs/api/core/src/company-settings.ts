import { CompanySettings, type TenantDb } from '@pinzhi/db';
import { COMPANY_SETTINGS_DEFAULTS } from '@pinzhi/domain';

export interface CompanySettingsValues {
  rectificationFallbackOwnerUserId: string | null;
  earlyStartHours: number;
  /** 0 until the settings are first saved. */
  version: number;
}

/**
 * 公司设置 as the capabilities read them (inspections: the rectification owner of last resort;
 * planning: early starts). Edited through tenancy's `updateCompanySettings`. One row per tenant,
 * written on the first change: the domain's defaults until then.
 */
export async function companySettings(db: TenantDb): Promise<CompanySettingsValues> {
  const row = await db.repo(CompanySettings).findOne({});
  return row ?? { ...COMPANY_SETTINGS_DEFAULTS, version: 0 };
}
