import { CompanySettings } from '@pinzhi/db';
import {
  BadUserInputError,
  ForbiddenError,
  changedFields,
  companySettings,
  fieldError,
  type CompanySettingsValues,
  type FieldError,
  type RequestContext,
} from '@pinzhi/api-core';
import { COMPANY_SETTINGS_DEFAULTS, COMPANY_SETTINGS_EDITORS, COMPANY_SETTINGS_RULES } from '@pinzhi/domain';

export interface CompanySettingsPatch {
  rectificationFallbackOwnerUserId?: string | null;
  earlyStartHours?: number | null;
}

export class CompanySettingsService {
  get(ctx: RequestContext): Promise<CompanySettingsValues> {
    return companySettings(ctx.db);
  }

  async update(ctx: RequestContext, patch: CompanySettingsPatch, expectedVersion: number | null): Promise<CompanySettingsValues> {
    if (!COMPANY_SETTINGS_EDITORS.includes(ctx.user.role))
      throw new ForbiddenError('Only a tenant admin or the Quality Center may change the company settings');
    return ctx.db.transaction(async (db) => {
      const errors: FieldError[] = [];
      const values: Partial<Omit<CompanySettingsValues, 'version'>> = {};
      if (patch.rectificationFallbackOwnerUserId !== undefined) {
        const id = patch.rectificationFallbackOwnerUserId;
        if (id) {
          const [member] = await db.members([id]);
          if (!member?.membership.active)
            errors.push(fieldError(['input', 'rectificationFallbackOwnerUserId'], 'NOT_FOUND', 'Not an active member of your company'));
        }
        values.rectificationFallbackOwnerUserId = id ?? null;
      }
      if (patch.earlyStartHours != null) {
        const { min, max } = COMPANY_SETTINGS_RULES.earlyStartHours;
        const h = patch.earlyStartHours;
        if (!Number.isInteger(h) || h < min || h > max)
          errors.push(fieldError(['input', 'earlyStartHours'], 'OUT_OF_RANGE', `Between ${min} and ${max} hours`, { min, max }));
        values.earlyStartHours = h;
      }
      if (errors.length) throw new BadUserInputError(errors);
      const before = await db.repo(CompanySettings).findOne({});
      if (!before && expectedVersion != null && expectedVersion !== 0)
        throw BadUserInputError.field('expectedVersion', 'INVALID_VALUE', 'The settings were never saved; send 0 or nothing');
      const after = before
        ? await db.repo(CompanySettings).update(before.id, values, expectedVersion || undefined)
        : await db.repo(CompanySettings).insert({ ...COMPANY_SETTINGS_DEFAULTS, ...values });
      await db.audit({
        operation: 'updateCompanySettings',
        entity: 'CompanySettings',
        entityId: after.id,
        changes: changedFields(before, after, ['rectificationFallbackOwnerUserId', 'earlyStartHours']),
      });
      return after;
    });
  }
}
