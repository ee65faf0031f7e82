// Server BAD_USER_INPUT field problems → messages on the right antd form fields.
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { ApiError, FieldProblem } from './errors';
import zhCN from '../i18n/zh-CN';

const KNOWN_REASONS = new Set(Object.keys(zhCN.validation));

/** Instants are named `…At` in the API (startsAt, endsAt): their order is one of times, not dates. */
const isInstantField = (field: string) => /At$/.test(field);

/** The message key for a reason: DATE_ORDER speaks of times for instants, of a bound when it has one. */
function reasonKey(problem: FieldProblem): string {
  if (problem.reason !== 'DATE_ORDER') return problem.reason;
  if (isInstantField(problem.field)) return 'TIME_ORDER';
  return problem.params && 'min' in problem.params ? 'NOT_BEFORE' : 'DATE_ORDER';
}

/** A server field reason in the user's language; the server's English message otherwise. */
export function translateFieldProblem(t: TFunction, problem: FieldProblem): string {
  if (problem.reason === 'WEAK_PASSWORD') {
    // The server names why (a zxcvbn feedback key); say it in the user's language.
    const warning = String(problem.params?.['warning'] ?? 'guessable');
    const detail = t(`validation.passwordWarning.${warning}` as 'validation.passwordWarning.guessable', {
      defaultValue: t('validation.passwordWarning.guessable'),
    });
    return t('validation.WEAK_PASSWORD', { detail });
  }
  const reason = reasonKey(problem);
  if (KNOWN_REASONS.has(reason)) {
    const key = `validation.${reason}` as 'validation.REQUIRED';
    return t(key, { ...(problem.params ?? {}), defaultValue: problem.message });
  }
  return problem.message || problem.reason;
}

/** Form field name path for a server path: ["input","zones","2","name"] → ["zones", 2, "name"]. */
export function fieldNameOf(problem: FieldProblem): (string | number)[] {
  const path = problem.path.length ? [...problem.path] : [problem.field];
  if (path.length > 1 && path[0] === 'input') path.shift();
  return path.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts each field problem on its form field when the form has it (top-level name in `fields`);
 * returns the problems that matched no field, for a general alert.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: ApiError,
  t: TFunction,
  fields: readonly string[],
  rename: Record<string, string> = {},
): FieldProblem[] {
  const unmatched: FieldProblem[] = [];
  const updates: { name: (string | number)[]; errors: string[] }[] = [];
  for (const problem of error.fields) {
    const name = fieldNameOf(problem);
    const head = rename[String(name[0])] ?? String(name[0]);
    name[0] = head;
    if (fields.includes(head)) updates.push({ name, errors: [translateFieldProblem(t, problem)] });
    else unmatched.push(problem);
  }
  if (updates.length) {
    form.setFields(updates);
    form.scrollToField(updates[0].name, { block: 'center' });
  }
  return unmatched;
}
