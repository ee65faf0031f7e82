import type { ValidationError } from 'class-validator';
import { fieldError, type FieldError, type FieldReason } from './errors';

/** class-validator constraint names → the reasons the client understands. */
const REASONS: Record<string, FieldReason> = {
  isNotEmpty: 'REQUIRED',
  isNotBlank: 'REQUIRED',
  isDefined: 'REQUIRED',
  minLength: 'TOO_SHORT',
  maxLength: 'TOO_LONG',
  arrayMaxSize: 'TOO_LONG',
  arrayMinSize: 'TOO_SHORT',
  matches: 'INVALID_FORMAT',
  isEmail: 'INVALID_FORMAT',
  isUUID: 'INVALID_FORMAT',
  isIsoDate: 'INVALID_FORMAT',
  min: 'OUT_OF_RANGE',
  max: 'OUT_OF_RANGE',
  isInt: 'INVALID_VALUE',
  isIn: 'INVALID_VALUE',
  isEnum: 'INVALID_VALUE',
  isTimeZone: 'INVALID_VALUE',
  isBoolean: 'INVALID_VALUE',
  isString: 'INVALID_VALUE',
  isNumber: 'INVALID_VALUE',
};

/** Flattens nested class-validator errors into field errors with full paths. */
export function toFieldErrors(errors: ValidationError[], prefix: string[]): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const path = [...prefix, e.property];
    for (const [name, message] of Object.entries(e.constraints ?? {})) {
      const context = (e.contexts?.[name] ?? {}) as { reason?: FieldReason; params?: Record<string, unknown> };
      out.push(fieldError(path, context.reason ?? REASONS[name] ?? 'INVALID_VALUE', message, context.params));
    }
    if (e.children?.length) out.push(...toFieldErrors(e.children, path));
  }
  return out;
}
