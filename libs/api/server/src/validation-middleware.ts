import { GraphQLID, getNamedType, type GraphQLResolveInfo } from 'graphql';
import { validate, type ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { BadUserInputError, fieldError, toFieldErrors, type FieldError } from '@pinzhi/api-core';

/** Name of the argument whose input type is `typeName` ("input" for `createProject(input: …)`). */
function argumentNameFor(info: GraphQLResolveInfo, typeName: string): string | null {
  const field = info.parentType.getFields()[info.fieldName];
  const arg = field?.args.find((a) => getNamedType(a.type).name === typeName);
  return arg?.name ?? null;
}

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';

/** Where an argument's value sits: ["input"] for an input object or a scalar argument, [] for an @ArgsType. */
function argumentPath(value: unknown, info: GraphQLResolveInfo, args: Record<string, unknown>): string[] {
  const ctor = isObject(value) && !Array.isArray(value) ? value.constructor : null;
  const byType = ctor && ctor !== Object ? argumentNameFor(info, ctor.name) : null;
  if (byType) return [byType];
  const byValue = Object.keys(args).find((k) => args[k] === value);
  return byValue ? [byValue] : [];
}

// Half of a UTF-16 surrogate pair on its own is not text: MySQL refuses it (utf8mb4) and
// SQLite would store it as garbage. JSON lets a client send one ("\ud800").
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Control characters other than tab and line breaks (NUL …) are not text either, and the Excel
// exports (XML inside) cannot carry them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Every string anywhere in an argument that is not well-formed text, with its path. */
function brokenStrings(value: unknown, path: string[]): FieldError[] {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) return [fieldError(path, 'INVALID_FORMAT', 'contains an invalid character (a lone UTF-16 surrogate)')];
    if (CONTROL.test(value)) return [fieldError(path, 'INVALID_FORMAT', 'contains a control character')];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => brokenStrings(v, [...path, String(i)]));
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => brokenStrings(v, [...path, k]));
  return [];
}

/**
 * Validates each argument with class-validator (what type-graphql's `validate: true` does:
 * skipMissingProperties, unknown values allowed) and reports the failures as BAD_USER_INPUT
 * with full field paths, e.g. ["input", "code"] for an input object or ["filter", "search"]
 * for an @ArgsType.
 *
 * A `validateFn` rather than a global middleware: type-graphql runs global middlewares on
 * every field of every object (each `code`, `name` … of every row became an async call), which
 * was one of the largest costs of a list page in the benchmark (docs/performance.md).
 */
export const validateArguments: ValidatorFn = async (argValue, argType, { info, args }) => {
  const path = argumentPath(argValue, info, args);
  const broken = brokenStrings(argValue, path);
  if (broken.length) throw new BadUserInputError(broken);
  // An empty id is no id: `updateEmployee(id: "")` must not read as "create".
  if (argType === GraphQLID && typeof argValue === 'string' && argValue.trim() === '')
    throw new BadUserInputError([fieldError(path, 'INVALID_FORMAT', 'an id cannot be empty')]);
  const values = Array.isArray(argValue) ? argValue.filter(isObject) : isObject(argValue) ? [argValue] : [];
  if (values.length === 0) return;
  const errors: ValidationError[] = (
    await Promise.all(values.map((v) => validate(v, { skipMissingProperties: true, forbidUnknownValues: false })))
  ).flat();
  if (errors.length === 0) return;
  const fields = errors.flatMap((e) => {
    const ctor = (e.target as object | undefined)?.constructor;
    const argName = ctor ? argumentNameFor(info, ctor.name) : null;
    return toFieldErrors([e], argName ? [argName] : []);
  });
  throw new BadUserInputError(fields);
};
