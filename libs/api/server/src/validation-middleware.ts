import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { validate, type ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { BadUserInputError, toFieldErrors } from '@pinzhi/api-core';

/** Name of the argument whose input type is `typeName` ("input" for `createProject(input: …)`). */
function argumentNameFor(info: GraphQLResolveInfo, typeName: string): string | null {
  const field = info.parentType.getFields()[info.fieldName];
  const arg = field?.args.find((a) => getNamedType(a.type).name === typeName);
  return arg?.name ?? null;
}

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';

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
export const validateArguments: ValidatorFn = async (argValue, _argType, { info }) => {
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
