// The field app's storage on the phone (IndexedDB through idb): the downloaded work, drafts of
// patrol runs, photos and signatures kept as blobs until they are sent, and the outbox. Shared by
// the pages and the service worker (Background Sync), so it imports nothing of React or Apollo.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** The signed-in member the work was downloaded for (the service worker sends with this token). */
export interface FieldSession {
  token: string;
  userId: string;
  tenantId: string;
  displayName: string;
  tenantName: string;
  role: string;
  expiresAt: string | null;
}

export interface QuickCheckDoc {
  id: string;
  code: string;
  titleZh: string;
  titleEn: string | null;
}

export interface FieldPoint {
  id: string;
  projectId: string;
  name: string;
  zoneName: string;
  locationHint: string | null;
  quickChecks: QuickCheckDoc[];
}

export interface FieldRoute {
  id: string;
  projectId: string;
  name: string;
  note: string | null;
  pointIds: string[];
}

export interface FieldProject {
  id: string;
  code: string;
  name: string;
  timeZone: string;
  manager: { id: string; displayName: string } | null;
  /** The published handbook's items, for reading on site. */
  handbook: {
    name: string;
    number: number | null;
    sections: Array<{ key: string; titleZh: string; items: Array<{ key: string; code: string; title: string; requirement: string }> }>;
  } | null;
  /** Checklists usable for an ad-hoc inspection here (their latest version ids). */
  templates: Array<{ id: string; name: string; versionId: string }>;
}

export interface FieldOccurrence {
  id: string;
  kind: 'INSPECTION' | 'PATROL';
  dueAt: string;
  windowEndsAt: string;
  localDate: string;
  allowLate: boolean;
  projectId: string;
  templateId: string | null;
  templateName: string | null;
  templateVersionId: string | null;
  routeId: string | null;
  /** Recorded on this phone (queued or sent). */
  doneHere?: boolean;
}

/** A checklist version as the form needs it (PerformChecklistFragment, kept as JSON). */
export interface FieldChecklist {
  id: string;
  number: number | null;
  templateId: string;
  doc: unknown;
}

export interface LocalFile {
  id: string;
  blob: Blob;
  type: string;
  createdAt: string;
}

export interface PatrolScanDraft {
  pointId: string;
  scannedAt: string;
  /** The QR link's tag; null when the point was picked by hand. */
  tag: string | null;
  quickChecks: Array<{ standardId: string; result: 'PASS' | 'FAIL' }>;
  note: string;
  photos: Array<{ id: string; url: string }>;
  rectify: boolean;
}

/** A patrol being walked on this phone. */
export interface PatrolRunDraft {
  clientKey: string;
  routeId: string;
  occurrenceId: string | null;
  userId: string;
  startedAt: string;
  scans: PatrolScanDraft[];
  note: string;
}

export type OutboxStatus = 'WAITING' | 'SENDING' | 'SENT' | 'REFUSED';

/**
 * Why a queued record was stored other than planned, or refused: codes the page words in the
 * user's language (the rules are in outbox.ts).
 */
export type OutboxNoteCode =
  | 'SENT_AS_AD_HOC_CANCELLED'
  | 'SENT_AS_AD_HOC_REASSIGNED'
  | 'SENT_AS_AD_HOC_WINDOW'
  | 'SENT_AS_AD_HOC_DONE'
  | 'CHECKLIST_REPUBLISHED'
  | 'SIGN_IN_AGAIN'
  | 'OTHER_USER'
  | 'REFUSED_INPUT'
  | 'REFUSED_CHECKLIST_REPLACED'
  | 'REFUSED_FORBIDDEN'
  | 'REFUSED_NOT_FOUND'
  | 'REFUSED_OTHER';

export interface OutboxItem {
  /** The record's client key: the server stores it once, however often it is sent. */
  id: string;
  kind: 'INSPECTION' | 'PATROL';
  userId: string;
  tenantId: string;
  title: string;
  subtitle: string;
  createdAt: string;
  status: OutboxStatus;
  attempts: number;
  lastAttemptAt: string | null;
  /** The GraphQL input, with `local:` ids for photos and the signature until they are uploaded. */
  input: Record<string, unknown>;
  /** For a planned one: what to send instead if the plan changed meanwhile (ad hoc / unscheduled). */
  fallback: Record<string, unknown> | null;
  /** local id → server file id, kept so a retry does not upload twice. */
  uploaded: Record<string, string>;
  notes: Array<{ code: OutboxNoteCode; params?: Record<string, string | number> }>;
  /** Field problems of a refusal (path, reason, message). */
  problems: Array<{ path: string; reason: string; message: string }>;
  result: { id: string; at: string } | null;
}

interface FieldSchema extends DBSchema {
  meta: { key: string; value: unknown };
  occurrences: { key: string; value: FieldOccurrence };
  checklists: { key: string; value: FieldChecklist };
  projects: { key: string; value: FieldProject };
  routes: { key: string; value: FieldRoute };
  points: { key: string; value: FieldPoint };
  files: { key: string; value: LocalFile };
  runs: { key: string; value: PatrolRunDraft };
  outbox: { key: string; value: OutboxItem; indexes: { byCreated: string } };
}

export const FIELD_DB = 'pinzhi-field';
let opening: Promise<IDBPDatabase<FieldSchema>> | null = null;

export function fieldDb(): Promise<IDBPDatabase<FieldSchema>> {
  opening ??= openDB<FieldSchema>(FIELD_DB, 1, {
    upgrade(db) {
      db.createObjectStore('meta');
      db.createObjectStore('occurrences', { keyPath: 'id' });
      db.createObjectStore('checklists', { keyPath: 'id' });
      db.createObjectStore('projects', { keyPath: 'id' });
      db.createObjectStore('routes', { keyPath: 'id' });
      db.createObjectStore('points', { keyPath: 'id' });
      db.createObjectStore('files', { keyPath: 'id' });
      db.createObjectStore('runs', { keyPath: 'clientKey' });
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byCreated', 'createdAt');
    },
  });
  return opening;
}

export async function getSession(): Promise<FieldSession | null> {
  return ((await (await fieldDb()).get('meta', 'session')) as FieldSession | undefined) ?? null;
}

export async function setSession(session: FieldSession | null): Promise<void> {
  const db = await fieldDb();
  if (session) await db.put('meta', session, 'session');
  else await db.delete('meta', 'session');
}

export interface DownloadInfo {
  at: string;
  userId: string;
  tenantId: string;
  from: string;
  to: string;
  counts: { occurrences: number; checklists: number; routes: number; points: number };
}

export async function getDownloadInfo(): Promise<DownloadInfo | null> {
  return ((await (await fieldDb()).get('meta', 'download')) as DownloadInfo | undefined) ?? null;
}

// ── files kept on the phone ─────────────────────────────────────────────────
export const LOCAL_PREFIX = 'local:';
export const isLocalId = (id: string) => id.startsWith(LOCAL_PREFIX);

export async function keepFile(blob: Blob): Promise<string> {
  const id = `${LOCAL_PREFIX}${crypto.randomUUID()}`;
  await (await fieldDb()).put('files', { id, blob, type: blob.type, createdAt: new Date().toISOString() });
  return id;
}

export async function localFile(id: string): Promise<LocalFile | undefined> {
  return (await fieldDb()).get('files', id);
}

// ── the outbox ───────────────────────────────────────────────────────────────
export async function listOutbox(): Promise<OutboxItem[]> {
  return (await (await fieldDb()).getAllFromIndex('outbox', 'byCreated')).reverse();
}

export async function putOutbox(item: OutboxItem): Promise<void> {
  await (await fieldDb()).put('outbox', item);
}

export async function deleteOutbox(id: string): Promise<void> {
  const db = await fieldDb();
  const item = await db.get('outbox', id);
  await db.delete('outbox', id);
  // Its photos are no longer needed on the phone.
  for (const local of localIdsOf(item?.input ?? {})) await db.delete('files', local);
}

/** Every `local:` id inside an input (photos, signature), in order. */
export function localIdsOf(value: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string' && isLocalId(v)) out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return [...new Set(out)];
}

/** The input with local ids replaced by the server's. */
export function withServerIds<T>(value: T, uploaded: Record<string, string>): T {
  const map = (v: unknown): unknown => {
    if (typeof v === 'string' && isLocalId(v)) return uploaded[v] ?? v;
    if (Array.isArray(v)) return v.map(map);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, map(x)]));
    return v;
  };
  return map(value) as T;
}
