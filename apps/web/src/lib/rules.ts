// antd form rules built from the shared @pinzhi/domain RULES, so the browser rejects what the
// server would, with messages in the user's language.
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { RULES, isIsoDate } from '@pinzhi/domain';

type Bounds = { min?: number; max?: number };

export function required(t: TFunction): FormRule {
  return { required: true, whitespace: true, message: t('validation.REQUIRED') };
}

export function requiredChoice(t: TFunction): FormRule {
  return { required: true, message: t('validation.REQUIRED') };
}

export function length(t: TFunction, bounds: Bounds): FormRule[] {
  const rules: FormRule[] = [];
  if (bounds.min !== undefined && bounds.min > 1) {
    rules.push({ min: bounds.min, message: t('validation.TOO_SHORT', { min: bounds.min }) });
  }
  if (bounds.max !== undefined) {
    rules.push({ max: bounds.max, message: t('validation.TOO_LONG', { max: bounds.max }) });
  }
  return rules;
}

export const formRules = {
  code: (t: TFunction, isRequired = true): FormRule[] => [
    ...(isRequired ? [required(t)] : []),
    ...length(t, RULES.code),
    { pattern: RULES.code.pattern, message: t('validation.code') },
  ],
  name: (t: TFunction): FormRule[] => [required(t), ...length(t, RULES.name)],
  address: (t: TFunction): FormRule[] => length(t, RULES.address),
  serviceScope: (t: TFunction): FormRule[] => length(t, RULES.serviceScope),
  email: (t: TFunction): FormRule[] => [required(t), { type: 'email', message: t('validation.email') }, ...length(t, RULES.email)],
  /** Sign-in: any non-empty password up to the maximum (length rules apply to new passwords). */
  loginPassword: (t: TFunction): FormRule[] => [
    { required: true, message: t('validation.REQUIRED') },
    ...length(t, { max: RULES.password.max }),
  ],
  newPassword: (t: TFunction): FormRule[] => length(t, RULES.password),
  displayName: (t: TFunction): FormRule[] => [required(t), ...length(t, RULES.displayName)],
  zoneName: (t: TFunction): FormRule[] => [required(t), ...length(t, RULES.zoneName)],
  grossFloorArea: (t: TFunction): FormRule[] => [
    {
      type: 'number',
      min: RULES.grossFloorArea.min,
      max: RULES.grossFloorArea.max,
      message: t('validation.OUT_OF_RANGE', RULES.grossFloorArea),
    },
  ],
  isoDate: (t: TFunction): FormRule => ({
    validator: (_rule, value: unknown) => {
      if (value === null || value === undefined || value === '') return Promise.resolve();
      const text = typeof value === 'string' ? value : (value as { format?: (f: string) => string }).format?.('YYYY-MM-DD');
      return text && isIsoDate(text) ? Promise.resolve() : Promise.reject(new Error(t('validation.isoDate')));
    },
  }),
};
