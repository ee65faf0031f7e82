import { ApprovalAssignmentResolver, ApprovalFlowResolver, ApprovalRequestResolver } from './approvals.resolver';
import { ApprovalsEngine } from './engine';

export { ApprovalsEngine } from './engine';
export type { ApprovalHandler, ApprovalSubject, FlowStepInput } from './engine';
export * from './types';

/** Approvals (审批): the one engine; capabilities register their handlers on `engine`. */
export function approvalsModule() {
  const engine = new ApprovalsEngine();
  return {
    engine,
    resolvers: [ApprovalFlowResolver, ApprovalRequestResolver, ApprovalAssignmentResolver] as const,
    instances: [new ApprovalFlowResolver(engine), new ApprovalRequestResolver(engine), new ApprovalAssignmentResolver()],
  };
}
