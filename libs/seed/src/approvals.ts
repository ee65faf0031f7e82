import { ApprovalFlow, ApprovalFlowVersion, Department, type TenantDb } from '@pinzhi/db';
import type { ApprovalStep } from '@pinzhi/domain';

/**
 * 审批: the demo's flow "handbook publish: Quality Center head → GM". 钱芳 (quality2@) heads the
 * Quality Center (品质控制管理中心); 总经理 gm@ signs last. Publishing a handbook draft submits
 * it for approval; it is published after both have approved.
 */
export async function seedApprovals(db: TenantDb, people: { qualityHead: string; gm: string }): Promise<void> {
  const qc = await db.repo(Department).findOne({ code: 'QC' });
  if (!qc) return;
  await db.repo(Department).update(qc.id, { headUserId: people.qualityHead });
  const steps: ApprovalStep[] = [
    {
      name: '品质中心负责人审核',
      approverKind: 'DEPARTMENT_HEAD',
      role: null,
      departmentId: qc.id,
      userIds: null,
      mode: 'ONE',
      condition: null,
    },
    { name: '总经理审批', approverKind: 'GENERAL_MANAGER', role: null, departmentId: null, userIds: null, mode: 'ONE', condition: null },
  ];
  const flow = await db
    .repo(ApprovalFlow)
    .insert({ kind: 'HANDBOOK_PUBLISH', name: '工作手册发布审批', active: true, currentVersionId: null, latestNumber: 0 });
  const version = await db.repo(ApprovalFlowVersion).insert({ flowId: flow.id, number: 1, steps, createdByUserId: null });
  await db.repo(ApprovalFlow).update(flow.id, { currentVersionId: version.id, latestNumber: 1 });
}
