import { CompanySettings, HolidayList } from '@pinzhi/db';
import type { PlatformDb } from '@pinzhi/db/platform';
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
import {
  COMPANY_LANGUAGES,
  COMPANY_SETTINGS_DEFAULTS,
  COMPANY_SETTINGS_EDITORS,
  COMPANY_SETTINGS_RULES,
  WEEKDAYS,
  isValidTimeZone,
  logoProblem,
  LEVEL_RULES,
  levelWeightProblems,
} from '@pinzhi/domain';

export interface CompanySettingsPatch {
  rectificationFallbackOwnerUserId?: string | null;
  earlyStartHours?: number | null;
  name?: string | null;
  shortName?: string | null;
  logo?: string | null;
  timeZone?: string | null;
  language?: string | null;
  workingDays?: number[] | null;
  defaultHolidayListId?: string | null;
  levelWeights?: { selfCheck: number; regional: number; company: number } | null;
  inflationThreshold?: number | null;
}

/** The settings' audited fields (the logo is audited as changed, not by its bytes). */
const AUDITED = [
  'rectificationFallbackOwnerUserId',
  'earlyStartHours',
  'shortName',
  'timeZone',
  'language',
  'workingDays',
  'defaultHolidayListId',
  'selfCheckWeight',
  'regionalWeight',
  'companyWeight',
  'inflationThreshold',
] as const;

export class CompanySettingsService {
  constructor(private readonly platform: PlatformDb) {}

  get(ctx: RequestContext): Promise<CompanySettingsValues> {
    return companySettings(ctx.db);
  }

  async update(ctx: RequestContext, patch: CompanySettingsPatch, expectedVersion: number | null): Promise<CompanySettingsValues> {
    if (!COMPANY_SETTINGS_EDITORS.includes(ctx.user.role))
      throw new ForbiddenError('Only a tenant admin or the Quality Center may change the company settings');
    return this.platform.transaction(async (p) => {
      const db = p.tenant(ctx.user.tenantId, ctx.user.userId);
      const errors: FieldError[] = [];
      const values: Partial<Omit<CompanySettings, 'id' | 'tenantId' | 'version' | 'createdAt' | 'updatedAt'>> = {};
      const at = (field: string) => ['input', field];
      if (patch.rectificationFallbackOwnerUserId !== undefined) {
        const id = patch.rectificationFallbackOwnerUserId;
        if (id) {
          const [member] = await db.members([id]);
          if (!member?.membership.active)
            errors.push(fieldError(at('rectificationFallbackOwnerUserId'), 'NOT_FOUND', 'Not an active member of your company'));
        }
        values.rectificationFallbackOwnerUserId = id ?? null;
      }
      if (patch.earlyStartHours != null) {
        const { min, max } = COMPANY_SETTINGS_RULES.earlyStartHours;
        const h = patch.earlyStartHours;
        if (!Number.isInteger(h) || h < min || h > max)
          errors.push(fieldError(at('earlyStartHours'), 'OUT_OF_RANGE', `Between ${min} and ${max} hours`, { min, max }));
        values.earlyStartHours = h;
      }
      let name: string | null = null;
      if (patch.name != null) {
        name = patch.name.trim();
        const { min, max } = COMPANY_SETTINGS_RULES.name;
        if (!name) errors.push(fieldError(at('name'), 'REQUIRED', 'The company needs a name'));
        else if (name.length < min) errors.push(fieldError(at('name'), 'TOO_SHORT', `At least ${min} characters`, { min }));
        else if (name.length > max) errors.push(fieldError(at('name'), 'TOO_LONG', `At most ${max} characters`, { max }));
      }
      if (patch.shortName !== undefined) {
        const shortName = patch.shortName?.trim() || null;
        const { max } = COMPANY_SETTINGS_RULES.shortName;
        if (shortName && shortName.length > max) errors.push(fieldError(at('shortName'), 'TOO_LONG', `At most ${max} characters`, { max }));
        values.shortName = shortName;
      }
      if (patch.logo !== undefined) {
        const logo = patch.logo || null;
        const problem = logo ? logoProblem(logo) : null;
        if (problem === 'INVALID_FORMAT')
          errors.push(fieldError(at('logo'), 'INVALID_FORMAT', 'A PNG, JPEG or WebP image', { types: COMPANY_SETTINGS_RULES.logo.types }));
        else if (problem === 'OUT_OF_RANGE')
          errors.push(
            fieldError(at('logo'), 'OUT_OF_RANGE', `At most ${COMPANY_SETTINGS_RULES.logo.maxBytes} bytes`, {
              max: COMPANY_SETTINGS_RULES.logo.maxBytes,
            }),
          );
        values.logo = logo;
      }
      if (patch.timeZone != null) {
        if (!isValidTimeZone(patch.timeZone)) errors.push(fieldError(at('timeZone'), 'INVALID_VALUE', 'Not a known time zone'));
        values.timeZone = patch.timeZone;
      }
      if (patch.language != null) {
        if (!(COMPANY_LANGUAGES as readonly string[]).includes(patch.language))
          errors.push(
            fieldError(at('language'), 'INVALID_VALUE', `One of ${COMPANY_LANGUAGES.join(', ')}`, { allowed: COMPANY_LANGUAGES }),
          );
        values.language = patch.language;
      }
      if (patch.workingDays != null) {
        const days = [...new Set(patch.workingDays)].sort((a, b) => a - b);
        if (!days.length) errors.push(fieldError(at('workingDays'), 'REQUIRED', 'At least one working day'));
        else if (days.some((d) => !(WEEKDAYS as readonly number[]).includes(d)))
          errors.push(fieldError(at('workingDays'), 'OUT_OF_RANGE', 'Weekdays 1 (Monday) to 7 (Sunday)', { min: 1, max: 7 }));
        values.workingDays = days;
      }
      if (patch.defaultHolidayListId !== undefined) {
        const id = patch.defaultHolidayListId;
        if (id && !(await db.repo(HolidayList).findById(id)))
          errors.push(fieldError(at('defaultHolidayListId'), 'NOT_FOUND', 'No such holiday list in your company'));
        values.defaultHolidayListId = id ?? null;
      }
      if (patch.levelWeights != null) {
        const w = patch.levelWeights;
        const weights = { SELF_CHECK: w.selfCheck, REGIONAL: w.regional, COMPANY: w.company };
        const field = { SELF_CHECK: 'selfCheck', REGIONAL: 'regional', COMPANY: 'company' } as const;
        const { min, max, sum } = LEVEL_RULES.weight;
        for (const problem of levelWeightProblems(weights)) {
          errors.push(
            problem.field === 'sum'
              ? fieldError(
                  at('levelWeights'),
                  'INVALID_VALUE',
                  `The three weights add up to ${sum} (now ${w.selfCheck + w.regional + w.company})`,
                  {
                    sum,
                  },
                )
              : fieldError([...at('levelWeights'), field[problem.field]], 'OUT_OF_RANGE', problem.message, { min, max }),
          );
        }
        values.selfCheckWeight = w.selfCheck;
        values.regionalWeight = w.regional;
        values.companyWeight = w.company;
      }
      if (patch.inflationThreshold != null) {
        const { min, max } = LEVEL_RULES.inflationThreshold;
        const v = patch.inflationThreshold;
        if (!Number.isInteger(v) || v < min || v > max)
          errors.push(fieldError(at('inflationThreshold'), 'OUT_OF_RANGE', `Between ${min} and ${max} points`, { min, max }));
        values.inflationThreshold = v;
      }
      if (errors.length) throw new BadUserInputError(errors);
      const before = await db.repo(CompanySettings).findOne({});
      if (!before && expectedVersion != null && expectedVersion !== 0)
        throw BadUserInputError.field('expectedVersion', 'INVALID_VALUE', 'The settings were never saved; send 0 or nothing');
      const tenant = await p.findTenantById(ctx.user.tenantId);
      const renamed = name != null && tenant != null && tenant.name !== name;
      // A rename alone still bumps the settings' version, so a stale form cannot undo it unseen.
      const after = before
        ? await db.repo(CompanySettings).update(before.id, values, expectedVersion ?? undefined)
        : await db
            .repo(CompanySettings)
            .insert({ ...COMPANY_SETTINGS_DEFAULTS, starterPackAppliedAt: null, setupDismissedAt: null, ...values });
      if (renamed) await p.renameTenant(ctx.user.tenantId, name!);
      const changes = changedFields(before, after, [...AUDITED]);
      if (renamed) changes.name = { from: tenant!.name, to: name };
      // The logo is recorded as there or not (its bytes would swamp the trail).
      if ((before?.logo ?? null) !== after.logo) changes.logo = { from: before?.logo ? '✓' : null, to: after.logo ? '✓' : null };
      await db.audit({ operation: 'updateCompanySettings', entity: 'CompanySettings', entityId: after.id, changes });
      return { ...after, workingDays: after.workingDays ?? [...COMPANY_SETTINGS_DEFAULTS.workingDays] };
    });
  }
}
