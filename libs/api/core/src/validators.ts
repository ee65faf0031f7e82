import { RULES, isIsoDate, isValidTimeZone } from '@pinzhi/domain';
import { Matches, Max, MaxLength, Min, MinLength, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Decorators that carry their limits as `params`, so the client can say
 * "at most 100 characters" in the user's own language.
 */
export function TextLength(min: number, max: number, options: ValidationOptions = {}): PropertyDecorator {
  return (target, key) => {
    if (min > 0) IsNotBlank({ ...options, context: { reason: 'REQUIRED' } })(target, key);
    if (min > 1) MinLength(min, { ...options, context: { reason: 'TOO_SHORT', params: { min } } })(target, key);
    MaxLength(max, { ...options, context: { reason: 'TOO_LONG', params: { max } } })(target, key);
  };
}

/** Required text: not missing, not empty, and not only spaces (names are stored trimmed). */
export function IsNotBlank(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBlank',
      validator: {
        validate: (v) => v != null && (typeof v !== 'string' || v.trim().length > 0),
        defaultMessage: (a) => `${a?.property} should not be empty`,
      },
    },
    options,
  );
}

export function Code(): PropertyDecorator {
  return (target, key) => {
    TextLength(RULES.code.min, RULES.code.max)(target, key);
    Matches(RULES.code.pattern, {
      message: 'use letters, digits, "-" and "_" only, starting with a letter or digit',
      context: { reason: 'INVALID_FORMAT' },
    })(target, key);
  };
}

export function Range(min: number, max: number): PropertyDecorator {
  return (target, key) => {
    Min(min, { context: { reason: 'OUT_OF_RANGE', params: { min, max } } })(target, key);
    Max(max, { context: { reason: 'OUT_OF_RANGE', params: { min, max } } })(target, key);
  };
}

export function IsIsoDate(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIsoDate',
      validator: {
        validate: (v) => typeof v === 'string' && isIsoDate(v),
        defaultMessage: (a) => `${a?.property} must be a date like 2026-01-31`,
      },
    },
    { ...options, context: { reason: 'INVALID_FORMAT' } },
  );
}

export function IsTimeZone(options: ValidationOptions = {}): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimeZone',
      validator: {
        validate: (v) => typeof v === 'string' && isValidTimeZone(v),
        defaultMessage: (a) => `${a?.property} must be an IANA time zone such as Asia/Shanghai`,
      },
    },
    options,
  );
}
