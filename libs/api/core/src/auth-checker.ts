import type { Role } from '@pinzhi/domain';
import type { AuthChecker } from 'type-graphql';
import type { AuthInfo, RequestContext } from './context';
import { ForbiddenError } from './errors';

/** What a session opened with a temporary password may do until the password is changed. */
export const PASSWORD_CHANGE_ALLOWED: ReadonlySet<string> = new Set(['me', 'changePassword', 'logout']);

function passwordChangeRequired(): ForbiddenError {
  return new ForbiddenError('Choose a new password first: the temporary one may only be used to change it', 'PASSWORD_CHANGE_REQUIRED');
}

/**
 * `@Authorized()` = signed in; `@Authorized(['TENANT_ADMIN', …])` = one of these roles.
 * Throws instead of returning false so the client gets the precise code. A session opened
 * with a temporary password reaches only the operations in PASSWORD_CHANGE_ALLOWED.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context, info }, roles) => {
  const user = context.user;
  if (user.passwordChangeRequired) {
    const root = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
    if (root && !PASSWORD_CHANGE_ALLOWED.has(info.fieldName)) throw passwordChangeRequired();
  }
  if (roles.length > 0 && !roles.includes(user.role)) throw new ForbiddenError();
  return true;
};

/** For routes outside GraphQL (downloads, uploads): the signed-in caller with a full session. */
export function requireFullSession(ctx: RequestContext): AuthInfo {
  const user = ctx.user;
  if (user.passwordChangeRequired) throw passwordChangeRequired();
  return user;
}
