import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError, type MiddlewareFn } from 'type-graphql';
import { BadUserInputError, toFieldErrors } from '@pinzhi/api-core';

/** Name of the argument whose input type is `typeName` ("input" for `createProject(input: …)`). */
function argumentNameFor(info: GraphQLResolveInfo, typeName: string): string | null {
  const field = info.parentType.getFields()[info.fieldName];
  const arg = field?.args.find((a) => getNamedType(a.type).name === typeName);
  return arg?.name ?? null;
}

/**
 * type-graphql validates arguments with class-validator (`validate: true`) but does not say
 * which argument failed. This turns its error into BAD_USER_INPUT with full field paths,
 * e.g. ["input", "code"] for an input object or ["filter", "search"] for an @ArgsType.
 */
export const validationErrorsToFieldErrors: MiddlewareFn = async ({ info }, next) => {
  try {
    return await next();
  } catch (error) {
    if (!(error instanceof ArgumentValidationError)) throw error;
    const validationErrors = (error.extensions['validationErrors'] ?? []) as ValidationError[];
    const fields = validationErrors.flatMap((e) => {
      const ctor = (e.target as object | undefined)?.constructor;
      const argName = ctor ? argumentNameFor(info, ctor.name) : null;
      return toFieldErrors([e], argName ? [argName] : []);
    });
    throw new BadUserInputError(fields);
  }
};
