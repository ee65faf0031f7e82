import { COURSE_EDITORS, TRAINING_MANAGERS, TRAINING_READERS, localDateIn } from '@pinzhi/domain';
import { ForbiddenError, type AuthInfo, type RequestContext } from '@pinzhi/api-core';

/** Training dates (due, completion, expiry, "today") are calendar dates in this zone. */
export const TRAINING_TIME_ZONE = 'Asia/Shanghai';

export const today = (ctx: RequestContext) => localDateIn(ctx.now(), TRAINING_TIME_ZONE);

export const isManager = (u: AuthInfo) => TRAINING_MANAGERS.includes(u.role);
export const isReader = (u: AuthInfo) => TRAINING_READERS.includes(u.role);

export function requireManager(u: AuthInfo): void {
  if (!isManager(u)) throw new ForbiddenError('Only HR or a tenant admin may manage positions, employees, training plans and sessions');
}
export function requireCourseEditor(u: AuthInfo): void {
  if (!COURSE_EDITORS.includes(u.role)) throw new ForbiddenError('Only HR, the Quality Center or a tenant admin may change courseware');
}
export function requireReader(u: AuthInfo): void {
  if (!isReader(u)) throw new ForbiddenError('Your role cannot read training records');
}
