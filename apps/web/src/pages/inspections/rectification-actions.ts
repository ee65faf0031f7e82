// Who may take which step of a rectification (the API's rules, so the screen can say why not).
import { RECTIFICATION_MANAGERS, RECTIFICATION_VERIFIERS, type RectificationState, type Role } from '@pinzhi/domain';

export type ActionBlock = 'notOwner' | 'notVerifier' | 'ownSubmission';

export interface ActionAvailability {
  /** The step exists in this state (otherwise the action is not shown). */
  shown: boolean;
  allowed: boolean;
  reason: ActionBlock | null;
}

export interface RectificationActions {
  submit: ActionAvailability;
  verify: ActionAvailability;
  reject: ActionAvailability;
}

export function rectificationActions(
  r: { state: RectificationState; owner?: { id: string } | null; submittedBy?: { id: string } | null },
  me: { role: Role; userId: string },
): RectificationActions {
  const mayManage = r.owner?.id === me.userId || RECTIFICATION_MANAGERS.includes(me.role);
  const submit: ActionAvailability = { shown: r.state === 'OPEN', allowed: mayManage, reason: mayManage ? null : 'notOwner' };
  let decide: ActionAvailability = { shown: r.state === 'SUBMITTED', allowed: true, reason: null };
  if (!RECTIFICATION_VERIFIERS.includes(me.role)) decide = { ...decide, allowed: false, reason: 'notVerifier' };
  else if (r.submittedBy?.id === me.userId) decide = { ...decide, allowed: false, reason: 'ownSubmission' };
  return { submit, verify: decide, reject: decide };
}
