// A patrol being walked on this phone (kept in IndexedDB after every scan, so a closed page or a
// dead battery loses nothing), and finishing it into the outbox.
import { patrolOutcomes, type PatrolPointResult } from '@pinzhi/domain';
import { fieldDb, type FieldOccurrence, type FieldRoute, type FieldSession, type PatrolRunDraft, type PatrolScanDraft } from './field-db';
import { newClientKey } from './field-data';
import { isOpen, stateOf } from './field-time';
import { enqueue } from './outbox';

export function activeRunFor(runs: PatrolRunDraft[], userId: string | undefined, routeId: string): PatrolRunDraft | undefined {
  return runs.find((r) => r.userId === userId && r.routeId === routeId);
}

/** The planned run of this route that may be walked now (due, or overdue where late is allowed), if any. */
export function openOccurrence(occurrences: FieldOccurrence[], routeId: string, now = new Date()): FieldOccurrence | undefined {
  return occurrences.find((o) => o.routeId === routeId && !o.doneHere && isOpen(stateOf(o, now)));
}

export async function startRun(session: FieldSession, routeId: string, occurrenceId: string | null): Promise<PatrolRunDraft> {
  const run: PatrolRunDraft = {
    clientKey: newClientKey('patrol'),
    routeId,
    occurrenceId,
    userId: session.userId,
    startedAt: new Date().toISOString(),
    scans: [],
    note: '',
  };
  await (await fieldDb()).put('runs', run);
  return run;
}

export async function saveRun(run: PatrolRunDraft): Promise<void> {
  await (await fieldDb()).put('runs', run);
}

export async function discardRun(run: PatrolRunDraft): Promise<void> {
  await (await fieldDb()).delete('runs', run.clientKey);
}

/** Records that a point was reached (first time only); `tag` = from its QR code, null = confirmed by hand. */
export function withScan(run: PatrolRunDraft, pointId: string, tag: string | null, at = new Date()): PatrolRunDraft {
  if (run.scans.some((s) => s.pointId === pointId)) return run;
  const scan: PatrolScanDraft = { pointId, scannedAt: at.toISOString(), tag, quickChecks: [], note: '', photos: [], rectify: false };
  return { ...run, scans: [...run.scans, scan] };
}

/** Each point of the route as it stands (done / missed / out of order), by the rule the server uses. */
export function runOutcomes(run: PatrolRunDraft, route: FieldRoute, windowEndsAt: string | null): PatrolPointResult[] {
  return patrolOutcomes(
    route.pointIds,
    run.scans.map((s) => ({ pointId: s.pointId, scannedAt: new Date(s.scannedAt) })),
    windowEndsAt ? new Date(windowEndsAt) : null,
  );
}

/** Queues the run (planned → falls back to unscheduled if the plan changed meanwhile) and clears the draft. */
export async function finishRun(session: FieldSession, run: PatrolRunDraft, route: FieldRoute, projectLabel: string): Promise<void> {
  const scans = run.scans.map((s) => ({
    pointId: s.pointId,
    scannedAt: s.scannedAt,
    tag: s.tag,
    quickChecks: s.quickChecks,
    note: s.note.trim() || null,
    photoIds: s.photos.map((p) => p.id),
    rectify: s.rectify && s.quickChecks.some((q) => q.result === 'FAIL'),
  }));
  const input = { clientKey: run.clientKey, routeId: run.routeId, occurrenceId: run.occurrenceId, scans, note: run.note.trim() || null };
  await enqueue({
    id: run.clientKey,
    kind: 'PATROL',
    userId: session.userId,
    tenantId: session.tenantId,
    title: route.name,
    subtitle: projectLabel,
    createdAt: new Date().toISOString(),
    input,
    fallback: run.occurrenceId ? { ...input, occurrenceId: null } : null,
  });
  const db = await fieldDb();
  if (run.occurrenceId) {
    const o = await db.get('occurrences', run.occurrenceId);
    if (o) await db.put('occurrences', { ...o, doneHere: true });
  }
  await db.delete('runs', run.clientKey);
}
