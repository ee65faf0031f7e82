// "Download my work" (下载我的工作): my planned inspections and patrols from today for the next
// 7 days with their checklists, the projects' handbook items, patrol routes and points, and the
// checklists I may use ad hoc there — into IndexedDB, replacing the previous download. Runs on
// opening the field app when online; the service worker already keeps the app itself.
import type { ApolloClient } from '@apollo/client';
import { fieldDb, setSession, type DownloadInfo, type FieldOccurrence, type FieldProject, type FieldSession } from './field-db';
import { FieldChecklistQuery, FieldHandbookQuery, FieldProjectsQuery, FieldWorkQuery } from './field.operations';
import { getToken, getTokenExpiresAt } from '../../lib/auth-storage';

export const DOWNLOAD_DAYS = 7;
const AD_HOC_ROLES = ['TENANT_ADMIN', 'QUALITY_CENTER', 'REGIONAL_OPS', 'INSPECTOR'];

const day = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

export async function downloadMyWork(client: ApolloClient, now = new Date()): Promise<DownloadInfo> {
  const from = day(new Date(now.getTime() - 86_400_000)); // yesterday's night patrols may still be open
  const to = day(new Date(now.getTime() + DOWNLOAD_DAYS * 86_400_000));
  const work = await client.query({
    query: FieldWorkQuery,
    variables: { scope: { from, to, mine: true } },
    fetchPolicy: 'network-only',
  });
  const me = work.data!.me;
  const occurrences = work.data!.inspectionOccurrences.nodes;
  const token = getToken();
  if (!token) throw new Error('Not signed in');
  const session: FieldSession = {
    token,
    userId: me.user.id,
    tenantId: me.tenant.id,
    displayName: me.user.displayName,
    tenantName: me.tenant.name,
    role: me.role,
    expiresAt: getTokenExpiresAt() ? new Date(getTokenExpiresAt()!).toISOString() : null,
  };
  // Projects: those of my work, and (for who inspects ad hoc) the operating projects I see.
  const workProjects = new Set(occurrences.map((o) => o.project.id));
  const first = await client.query({
    query: FieldProjectsQuery,
    variables: { projectIds: [...workProjects].slice(0, 50) },
    fetchPolicy: 'network-only',
  });
  const adHoc = AD_HOC_ROLES.includes(me.role);
  const projects = first.data!.projects.nodes.filter((p) => workProjects.has(p.id) || (adHoc && p.stage === 'OPERATING'));
  const projectIds = projects.map((p) => p.id).slice(0, 50);
  // Routes and points of every downloaded project (a guard may walk one unscheduled).
  const details =
    projectIds.length === workProjects.size
      ? first
      : await client.query({ query: FieldProjectsQuery, variables: { projectIds }, fetchPolicy: 'network-only' });
  const templates = details.data!.inspectionTemplates.nodes.filter((t) => t.latestVersion);
  const versionIds = new Set<string>();
  for (const o of occurrences) if (o.templateVersion) versionIds.add(o.templateVersion.id);
  if (adHoc) for (const t of templates) versionIds.add(t.latestVersion!.id);
  const checklists = await Promise.all(
    [...versionIds].map((id) =>
      client
        .query({ query: FieldChecklistQuery, variables: { id }, fetchPolicy: 'network-only' })
        .then((r) => r.data!.inspectionTemplateVersion),
    ),
  );
  const handbooks = await Promise.all(
    projectIds.map((projectId) =>
      client
        .query({ query: FieldHandbookQuery, variables: { projectId }, fetchPolicy: 'network-only' })
        .then((r) => r.data!.project.handbook)
        .catch(() => null),
    ),
  );

  const db = await fieldDb();
  // Read before the write transaction: awaiting another transaction would let that one commit early.
  const outbox = await db.getAll('outbox');
  const tx = db.transaction(['occurrences', 'checklists', 'projects', 'routes', 'points', 'meta'], 'readwrite');
  const doneHere = new Set(outbox.map((i) => i.input['occurrenceId']).filter(Boolean) as string[]);
  for (const store of ['occurrences', 'checklists', 'projects', 'routes', 'points'] as const) await tx.objectStore(store).clear();
  for (const o of occurrences) {
    const row: FieldOccurrence = {
      id: o.id,
      kind: o.kind,
      dueAt: o.dueAt,
      windowEndsAt: o.windowEndsAt,
      localDate: o.localDate,
      allowLate: o.allowLate,
      projectId: o.project.id,
      templateId: o.template?.id ?? null,
      templateName: o.template?.name ?? null,
      templateVersionId: o.templateVersion?.id ?? null,
      routeId: o.patrolRoute?.id ?? null,
      doneHere: doneHere.has(o.id),
    };
    await tx.objectStore('occurrences').put(row);
  }
  for (const c of checklists)
    await tx.objectStore('checklists').put({ id: c.id, number: c.number ?? null, templateId: c.template.id, doc: c });
  for (const p of projects) {
    const hb = projectIds.includes(p.id) ? handbooks[projectIds.indexOf(p.id)] : null;
    const row: FieldProject = {
      id: p.id,
      code: p.code,
      name: p.name,
      timeZone: p.timeZone,
      manager: p.manager ? { id: p.manager.id, displayName: p.manager.displayName } : null,
      handbook: hb?.latest
        ? {
            name: hb.name,
            number: hb.latest.number ?? null,
            sections: hb.latest.sections.map((s) => ({
              key: s.key,
              titleZh: s.titleZh,
              items: s.items.map((it) => ({
                key: it.key,
                code: it.standard.code,
                title: it.standard.titleZh,
                requirement: it.requirementZh ?? it.standard.requirementZh,
              })),
            })),
          }
        : null,
      templates: adHoc
        ? templates
            .filter((t) => !t.format || t.format === p.property.format)
            .map((t) => ({ id: t.id, name: t.name, versionId: t.latestVersion!.id }))
        : [],
    };
    await tx.objectStore('projects').put(row);
  }
  for (const r of details.data!.patrolRoutes)
    await tx.objectStore('routes').put({ id: r.id, projectId: r.project.id, name: r.name, note: r.note ?? null, pointIds: r.pointIds });
  for (const p of details.data!.patrolPoints)
    await tx.objectStore('points').put({
      id: p.id,
      projectId: p.project.id,
      name: p.name,
      zoneName: p.zoneName,
      locationHint: p.locationHint ?? null,
      quickChecks: p.quickChecks.map((q) => ({ id: q.id, code: q.code, titleZh: q.titleZh, titleEn: q.titleEn ?? null })),
    });
  const info: DownloadInfo = {
    at: new Date().toISOString(),
    userId: session.userId,
    tenantId: session.tenantId,
    from,
    to,
    counts: {
      occurrences: occurrences.length,
      checklists: checklists.length,
      routes: details.data!.patrolRoutes.length,
      points: details.data!.patrolPoints.length,
    },
  };
  await tx.objectStore('meta').put(info, 'download');
  await tx.objectStore('meta').put(me, 'me');
  await tx.done;
  await setSession(session);
  return info;
}
