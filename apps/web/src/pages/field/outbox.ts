// Sending what was recorded on the phone: the outbox is worked through in order whenever the
// network may be back — by the service worker's Background Sync where the browser has it, and by
// the page on opening and on the `online` event otherwise. Each record keeps its client key, so
// the server stores it once however often it is sent (a retry, the page and the worker at once).
//
// Conflict rules (the plan changed while the phone was offline), applied here and explained on
// the sync page; what the user entered is never dropped:
// - the planned inspection / patrol was cancelled (NOT_FOUND), reassigned (FORBIDDEN), already
//   recorded by someone else, or its window closed → it is sent again as an ad-hoc inspection /
//   unscheduled patrol with the same answers, and the note says why;
// - the checklist was republished → the inspection is recorded against the version that was
//   filled in (the API accepts it for 31 days after its successor — as long as a record may wait
//   on a phone, INSPECTION_RULES.performedDaysAgo), and the note says which versions;
// - a checklist version replaced longer ago than that is refused at input.templateVersionId: the
//   record stays on the phone, and the note says the checklist was replaced (nothing is re-mapped
//   to the new version behind the user's back);
// - anything else refused stays on the phone with the server's reasons, to be corrected or discarded.
import { deleteOutbox, fieldDb, getSession, localFile, localIdsOf, putOutbox, withServerIds, type OutboxItem } from './field-db';

export const SYNC_TAG = 'pinzhi-outbox';
export const OUTBOX_CHANNEL = 'pinzhi-outbox';

// Plain documents: the service worker has no Apollo. outbox.spec.ts validates them against the schema.
export const SUBMIT_INSPECTION = `mutation FieldSubmitInspection($input: InspectionInput!) {
  submitInspection(input: $input) { id templateVersion { number } template { latestVersion { number } } }
}`;
export const SUBMIT_PATROL_RUN = `mutation FieldSubmitPatrolRun($input: PatrolRunInput!) {
  submitPatrolRun(input: $input) { id pointsMissed pointsOutOfOrder }
}`;

class Offline extends Error {}
class SignInAgain extends Error {}

export interface GqlError {
  message: string;
  extensions?: { code?: string; fields?: Array<{ path: string[]; reason: string; message: string }> };
}

type Fetch = typeof fetch;

/** What the two submit mutations answer (the fields the documents above ask for). */
export interface Stored {
  id: string;
  templateVersion?: { number: number | null } | null;
  template?: { latestVersion?: { number: number | null } | null } | null;
}
interface Answer {
  data?: { submitInspection?: Stored; submitPatrolRun?: Stored } | null;
  errors?: GqlError[];
}

async function postJson(f: Fetch, token: string, body: unknown): Promise<Answer> {
  let res: Response;
  try {
    res = await f('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Offline();
  }
  if (res.status === 401) throw new SignInAgain();
  if (res.status >= 500) throw new Offline(); // the server or a proxy is not answering properly: try later
  const json = (await res.json()) as Answer;
  if (json.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) throw new SignInAgain();
  return json;
}

/** Uploads the record's photos and signature that are still only on the phone. */
async function uploadFiles(f: Fetch, token: string, item: OutboxItem): Promise<OutboxItem | { refused: string }> {
  for (const local of localIdsOf(item.input)) {
    if (item.uploaded[local]) continue;
    const file = await localFile(local);
    if (!file) return { refused: 'A photo of this record is no longer on the phone' };
    let res: Response;
    try {
      res = await f('/uploads', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': file.type },
        body: file.blob,
      });
    } catch {
      throw new Offline();
    }
    if (res.status === 401) throw new SignInAgain();
    if (res.status >= 500) throw new Offline();
    if (res.status !== 201 && res.status !== 200) return { refused: `Upload refused (HTTP ${res.status})` };
    const stored = (await res.json()) as { id: string };
    item = { ...item, uploaded: { ...item.uploaded, [local]: stored.id } };
    await putOutbox(item); // a retry does not upload it again
  }
  return item;
}

/** The plan changed meanwhile: the answer names the planned target (occurrenceId), not the answers. */
export function planConflict(errors: GqlError[]): 'CANCELLED' | 'REASSIGNED' | 'WINDOW' | 'DONE' | null {
  const e = errors[0];
  const code = e?.extensions?.code;
  if (code === 'NOT_FOUND') return 'CANCELLED';
  if (code === 'FORBIDDEN') return 'REASSIGNED';
  if (code !== 'BAD_USER_INPUT') return null;
  const fields = e!.extensions?.fields ?? [];
  if (fields.length === 0 || !fields.every((x) => x.path.join('.') === 'input.occurrenceId')) return null;
  return /already recorded|just recorded/.test(fields[0]!.message) ? 'DONE' : 'WINDOW';
}

const NOTE_FOR = {
  CANCELLED: 'SENT_AS_AD_HOC_CANCELLED',
  REASSIGNED: 'SENT_AS_AD_HOC_REASSIGNED',
  WINDOW: 'SENT_AS_AD_HOC_WINDOW',
  DONE: 'SENT_AS_AD_HOC_DONE',
} as const;

function problemsOf(errors: GqlError[]): OutboxItem['problems'] {
  return errors.flatMap((e) =>
    e.extensions?.fields?.length
      ? e.extensions.fields.map((x) => ({ path: x.path.join('.'), reason: x.reason, message: x.message }))
      : [{ path: '', reason: e.extensions?.code ?? 'ERROR', message: e.message }],
  );
}

export function refusalCode(errors: GqlError[]): OutboxItem['notes'][number]['code'] {
  const code = errors[0]?.extensions?.code;
  const fields = errors[0]?.extensions?.fields ?? [];
  if (code === 'BAD_USER_INPUT' && fields.length && fields.every((x) => x.path.join('.') === 'input.templateVersionId'))
    return 'REFUSED_CHECKLIST_REPLACED';
  if (code === 'BAD_USER_INPUT') return 'REFUSED_INPUT';
  if (code === 'FORBIDDEN') return 'REFUSED_FORBIDDEN';
  if (code === 'NOT_FOUND') return 'REFUSED_NOT_FOUND';
  return 'REFUSED_OTHER';
}

async function sendOne(f: Fetch, token: string, item: OutboxItem): Promise<OutboxItem> {
  const uploaded = await uploadFiles(f, token, item);
  if ('refused' in uploaded)
    return {
      ...item,
      status: 'REFUSED',
      notes: [{ code: 'REFUSED_OTHER' }],
      problems: [{ path: '', reason: 'FILE', message: uploaded.refused }],
    };
  item = uploaded;
  const query = item.kind === 'INSPECTION' ? SUBMIT_INSPECTION : SUBMIT_PATROL_RUN;
  const send = (input: Record<string, unknown>) => postJson(f, token, { query, variables: { input: withServerIds(input, item.uploaded) } });
  let answer = await send(item.input);
  const notes: OutboxItem['notes'] = [];
  if (answer.errors?.length && item.fallback) {
    const conflict = planConflict(answer.errors);
    if (conflict) {
      notes.push({ code: NOTE_FOR[conflict] });
      answer = await send(item.fallback);
    }
  }
  if (answer.errors?.length) {
    // Only the server's refusal of this record: transient failures were thrown above and retry later.
    const code = answer.errors[0]?.extensions?.code;
    if (code && !['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'].includes(code)) throw new Offline();
    return { ...item, status: 'REFUSED', notes: [...notes, { code: refusalCode(answer.errors) }], problems: problemsOf(answer.errors) };
  }
  const data = answer.data?.submitInspection ?? answer.data?.submitPatrolRun;
  const republished = republishedNote(data);
  if (republished) notes.push(republished);
  return { ...item, status: 'SENT', notes, problems: [], result: data ? { id: data.id, at: new Date().toISOString() } : null };
}

/** The stored inspection names an older version than its checklist's latest: the user is told which. */
export function republishedNote(data: Stored | undefined): OutboxItem['notes'][number] | null {
  const used = data?.templateVersion?.number;
  const latest = data?.template?.latestVersion?.number;
  return used && latest && used !== latest ? { code: 'CHECKLIST_REPUBLISHED', params: { used, latest } } : null;
}

export interface FlushResult {
  sent: number;
  refused: number;
  waiting: number;
  offline: boolean;
}

/**
 * Sends every waiting record of the signed-in member, oldest first; stops at the first network
 * failure (still offline). One flush at a time across the page and the worker (Web Locks).
 */
export async function flushOutbox(f: Fetch = fetch): Promise<FlushResult> {
  const work = async (): Promise<FlushResult> => {
    const result: FlushResult = { sent: 0, refused: 0, waiting: 0, offline: false };
    const session = await getSession();
    const items = (await (await fieldDb()).getAllFromIndex('outbox', 'byCreated')).filter(
      (i) => i.status === 'WAITING' || i.status === 'SENDING',
    );
    for (let item of items) {
      if (!session || item.userId !== session.userId || item.tenantId !== session.tenantId) {
        // Recorded by someone else on this phone: it waits for them to sign in.
        if (!item.notes.some((n) => n.code === 'OTHER_USER')) await putOutbox({ ...item, notes: [...item.notes, { code: 'OTHER_USER' }] });
        result.waiting++;
        continue;
      }
      if (result.offline) {
        result.waiting++;
        continue;
      }
      item = {
        ...item,
        status: 'SENDING',
        attempts: item.attempts + 1,
        lastAttemptAt: new Date().toISOString(),
        notes: item.notes.filter((n) => n.code !== 'SIGN_IN_AGAIN' && n.code !== 'OTHER_USER'),
      };
      await putOutbox(item);
      try {
        const done = await sendOne(f, session.token, item);
        await putOutbox(done);
        if (done.status === 'SENT') {
          result.sent++;
          // The photos are on the server now.
          const db = await fieldDb();
          for (const local of localIdsOf(done.input)) await db.delete('files', local);
        } else result.refused++;
      } catch (e) {
        const latest = (await (await fieldDb()).get('outbox', item.id)) ?? item;
        await putOutbox({
          ...latest,
          status: 'WAITING',
          notes: e instanceof SignInAgain ? [...latest.notes, { code: 'SIGN_IN_AGAIN' }] : latest.notes,
        });
        result.waiting++;
        if (e instanceof Offline || e instanceof SignInAgain) result.offline = true;
        else throw e;
      }
    }
    notifyChanged();
    return result;
  };
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  return locks ? locks.request('pinzhi-outbox', work) : work();
}

export function notifyChanged(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Queues a record and asks for a Background Sync (the page also flushes right away when online). */
export async function enqueue(
  item: Omit<OutboxItem, 'status' | 'attempts' | 'lastAttemptAt' | 'uploaded' | 'notes' | 'problems' | 'result'>,
): Promise<void> {
  await putOutbox({ ...item, status: 'WAITING', attempts: 0, lastAttemptAt: null, uploaded: {}, notes: [], problems: [], result: null });
  notifyChanged();
  try {
    const reg = (await navigator.serviceWorker?.getRegistration('/field/')) as
      (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined;
    await reg?.sync?.register(SYNC_TAG);
  } catch {
    /* no Background Sync here: the page sends on opening and when the network returns */
  }
}

/** A refused record sent again as it is (after the user fixed what stopped it, e.g. signed in). */
export async function retry(id: string): Promise<void> {
  const item = await (await fieldDb()).get('outbox', id);
  if (!item) return;
  await putOutbox({ ...item, status: 'WAITING', problems: [] });
  notifyChanged();
}

export { deleteOutbox };
