// Demo notifications: every demo account signs in to a few unread notifications and a non-empty
// 我的待办. The notifications are real events about the seeded data (through the same Notifier
// the app uses, so their links open real screens); the to-dos are computed by the app from the
// data — the company-wide code of conduct below is for everyone to acknowledge.
import { randomUUID } from 'node:crypto';
import {
  Complaint,
  Feedback,
  InspectionFrequency,
  InspectionTemplate,
  OnboardingTask,
  Project,
  Rectification,
  Regulation,
  RegulationVersion,
  TrainingSession,
  type TenantDb,
} from '@pinzhi/db';
import type { NotificationEvent } from '@pinzhi/api-core';
import { writeRegulationDoc } from '@pinzhi/api-regulations';
import { Notifier } from '@pinzhi/api-notifications';
import {
  COMPLAINT_ESCALATION_READERS,
  COMPLAINT_OPEN_STATES,
  COMPLAINT_VERIFIERS,
  RECTIFICATION_VERIFIERS,
  ROLES,
  type Role,
} from '@pinzhi/domain';

const DAY = 86_400_000;

/**
 * 员工行为规范: applies to every role, so everyone has a regulation to read and acknowledge.
 * Two versions (the second published yesterday), acknowledged by nobody yet.
 */
async function seedCodeOfConduct(
  db: TenantDb,
  ownerUserId: string,
  now: Date,
  roles: readonly Role[] = ROLES,
): Promise<{ id: string; title: string; versions: RegulationVersion[] }> {
  const title = '员工行为规范（通用）';
  const reg = await db.repo(Regulation).insert({
    title,
    scope: 'TENANT',
    format: null,
    ownerUserId,
    effectiveDate: new Date(now.getTime() - 10 * DAY).toISOString().slice(0, 10),
    appliesToRoles: [...roles],
    draftVersionId: null,
    latestVersionId: null,
    latestNumber: 0,
  });
  const keys = { dress: randomUUID(), service: randomUUID(), privacy: randomUUID() };
  const versions: RegulationVersion[] = [];
  const docs = [
    [
      { key: keys.dress, title: '仪容仪表', body: '上岗须着公司制服、佩戴工牌，保持仪容整洁。' },
      { key: keys.service, title: '服务用语', body: '接待业主与客户使用普通话和礼貌用语，首问负责。' },
    ],
    [
      { key: keys.dress, title: '仪容仪表', body: '上岗须着公司制服、佩戴工牌，保持仪容整洁；工牌须正面朝外。' },
      { key: keys.service, title: '服务用语', body: '接待业主与客户使用普通话和礼貌用语，首问负责。' },
      { key: keys.privacy, title: '业主信息保护', body: '不得向无关人员透露业主姓名、电话、房号等个人信息。' },
    ],
  ];
  const summaries = ['首次发布', '新增业主信息保护条款，明确工牌佩戴要求'];
  let previous: string | null = null;
  for (const [i, sections] of docs.entries()) {
    const at = new Date(now.getTime() - (i === 0 ? 10 : 1) * DAY);
    const v: RegulationVersion = await db.repo(RegulationVersion).insert({
      regulationId: reg.id,
      number: i + 1,
      status: 'PUBLISHED',
      basedOnVersionId: previous,
      changeSummary: summaries[i],
      publishedAt: at,
      publishedByUserId: ownerUserId,
      createdByUserId: ownerUserId,
    });
    await writeRegulationDoc(db, v.id, { sections });
    versions.push(v);
    previous = v.id;
  }
  await db.repo(Regulation).update(reg.id, { latestVersionId: previous, latestNumber: docs.length });
  return { id: reg.id, title, versions };
}

function published(r: { id: string; title: string; versions: RegulationVersion[] }, roles: readonly Role[]): NotificationEvent[] {
  return r.versions.map((v) => ({
    kind: 'REGULATION_PUBLISHED' as const,
    entity: { type: 'Regulation', id: r.id },
    params: { regulation: r.title, versionNumber: v.number, summary: v.changeSummary },
    to: [{ roles }],
    dedupeKey: `REGULATION_PUBLISHED:${v.id}`,
  }));
}

/** The demo company: events about its seeded rectifications, feedback, complaints, tasks, sessions and plans. */
export async function seedDemoNotifications(db: TenantDb, users: { quality: string; inspector: string }, now: Date): Promise<void> {
  const conduct = await seedCodeOfConduct(db, users.quality, now);
  const projects = new Map((await db.repo(Project).find()).map((p) => [p.id, p]));
  const projectName = (id: string) => projects.get(id)?.name ?? null;
  const events: NotificationEvent[] = [...published(conduct, ROLES)];

  const rectifications = await db.repo(Rectification).find();
  const names = new Map(
    (await db.members(rectifications.map((r) => r.submittedByUserId).filter((x): x is string => !!x))).map((m) => [
      m.user.id,
      m.user.displayName,
    ]),
  );
  for (const r of rectifications)
    if (r.state === 'OPEN' && r.ownerUserId)
      events.push({
        kind: r.deadline < now ? 'RECTIFICATION_OVERDUE' : 'RECTIFICATION_ASSIGNED',
        entity: { type: 'Rectification', id: r.id },
        params: { project: projectName(r.projectId), description: r.description, deadlineAt: r.deadline.toISOString() },
        to: [{ users: [r.ownerUserId] }],
      });
    else if (r.state === 'SUBMITTED')
      events.push({
        kind: 'RECTIFICATION_SUBMITTED',
        entity: { type: 'Rectification', id: r.id },
        params: { project: projectName(r.projectId), description: r.description, actor: names.get(r.submittedByUserId ?? '') ?? null },
        to: [{ roles: RECTIFICATION_VERIFIERS, regionId: r.regionId }],
      });
  for (const f of await db.repo(Feedback).find({ where: { state: 'RECEIVED' } }))
    events.push({
      kind: 'FEEDBACK_RECEIVED',
      entity: { type: 'Feedback', id: f.id },
      params: { project: projectName(f.projectId), description: f.description },
      to: [{ roles: ['MARKETING_CS'] }],
    });
  for (const c of await db.repo(Complaint).find()) {
    const base = {
      entity: { type: 'Complaint', id: c.id },
      params: { complaint: c.title, project: projectName(c.projectId), dueAt: c.dueAt.toISOString() },
    };
    if (COMPLAINT_OPEN_STATES.includes(c.state) && c.dueAt < now)
      events.push({ ...base, kind: 'COMPLAINT_ESCALATED', to: [{ roles: COMPLAINT_ESCALATION_READERS }] });
    if (c.state === 'RESOLVED') events.push({ ...base, kind: 'COMPLAINT_AWAITING_VERIFICATION', to: [{ roles: COMPLAINT_VERIFIERS }] });
  }
  const today = now.toISOString().slice(0, 10);
  for (const task of await db.repo(OnboardingTask).find())
    if ((task.status === 'TODO' || task.status === 'IN_PROGRESS') && task.dueDate < today)
      events.push({
        kind: 'ONBOARDING_TASK_LATE',
        entity: { type: 'OnboardingTask', id: task.id },
        params: { task: task.title, project: projectName(task.projectId), dueDate: task.dueDate, onboardingId: task.onboardingId },
        to: [{ departments: [task.ownerDepartmentId, ...task.collaboratorDepartmentIds] }],
      });
  for (const s of await db.repo(TrainingSession).find({ where: { status: 'PLANNED' } }))
    if (s.startsAt > now)
      events.push({
        kind: 'TRAINING_SESSION_TEACHING',
        entity: { type: 'TrainingSession', id: s.id },
        params: { session: s.place, startsAt: s.startsAt.toISOString(), location: s.place },
        to: [{ users: [s.trainerUserId] }],
      });
  const templates = new Map((await db.repo(InspectionTemplate).find()).map((x) => [x.id, x.name]));
  for (const f of await db.repo(InspectionFrequency).find({ where: { assigneeUserId: users.inspector } }))
    events.push({
      kind: 'OCCURRENCE_ASSIGNED',
      entity: { type: 'InspectionFrequency', id: f.id },
      params: {
        project: projectName(f.projectId),
        template: f.templateId ? (templates.get(f.templateId) ?? null) : null,
        projectId: f.projectId,
        actor: '李静（品质中心）',
      },
      to: [{ users: [users.inspector] }],
    });
  // Channels beyond the app are off until the company admin sets them up: no deliveries here.
  await new Notifier(6).emit(db, now, events);
}

/** The other company: its admin and Quality Center have the code of conduct to read. */
export async function seedOtherNotifications(db: TenantDb, ownerUserId: string, now: Date): Promise<void> {
  const roles: Role[] = ['TENANT_ADMIN', 'QUALITY_CENTER'];
  const conduct = await seedCodeOfConduct(db, ownerUserId, now, roles);
  await new Notifier(6).emit(db, now, published(conduct, roles));
}
