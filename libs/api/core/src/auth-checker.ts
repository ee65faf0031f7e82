import type { Role } from '@pinzhi/domain';
import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from './context';
import { ForbiddenError } from './errors';

/**
 * `@Authorized()` = signed in; `@Authorized(['TENANT_ADMIN', …])` = one of these roles.
 * Throws instead of returning false so the client gets the precise code.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const user = context.user;
  if (roles.length > 0 && !roles.includes(user.role)) throw new ForbiddenError();
  return true;
};
