// The field app's state for React: what is on the phone (IndexedDB), reloaded when something
// changes (a download, a queued record, the service worker sending the outbox).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  fieldDb,
  getDownloadInfo,
  getSession,
  keepFile,
  listOutbox,
  localFile,
  type DownloadInfo,
  type FieldChecklist,
  type FieldOccurrence,
  type FieldPoint,
  type FieldProject,
  type FieldRoute,
  type FieldSession,
  type OutboxItem,
  type PatrolRunDraft,
} from './field-db';
import { OUTBOX_CHANNEL } from './outbox';
import { registerLocalFiles, type EvidenceStore } from '../inspections/uploads';

export interface FieldData {
  loaded: boolean;
  session: FieldSession | null;
  download: DownloadInfo | null;
  occurrences: FieldOccurrence[];
  projects: Map<string, FieldProject>;
  routes: Map<string, FieldRoute>;
  points: Map<string, FieldPoint>;
  checklists: Map<string, FieldChecklist>;
  runs: PatrolRunDraft[];
  outbox: OutboxItem[];
  reload: () => Promise<void>;
}

const empty: Omit<FieldData, 'reload'> = {
  loaded: false,
  session: null,
  download: null,
  occurrences: [],
  projects: new Map(),
  routes: new Map(),
  points: new Map(),
  checklists: new Map(),
  runs: [],
  outbox: [],
};

const FieldDataContext = createContext<FieldData | null>(null);

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

type Loaded = Omit<FieldData, 'reload'>;

/** Everything on the phone, read in parallel. */
async function readFieldData(): Promise<Loaded> {
  const db = await fieldDb();
  const [session, download, occurrences, projects, routes, points, checklists, runs, outbox] = await Promise.all([
    getSession(),
    getDownloadInfo(),
    db.getAll('occurrences'),
    db.getAll('projects'),
    db.getAll('routes'),
    db.getAll('points'),
    db.getAll('checklists'),
    db.getAll('runs'),
    listOutbox(),
  ]);
  occurrences.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return {
    loaded: true,
    session,
    download,
    occurrences,
    projects: byId(projects),
    routes: byId(routes),
    points: byId(points),
    checklists: byId(checklists),
    runs,
    outbox,
  };
}

let prefetched: Promise<Loaded> | null = null;
/**
 * Starts opening IndexedDB and reading the phone's data before React has drawn anything (opening the
 * database is the slowest step of an offline start); the provider's first read takes this result.
 */
export function prefetchFieldData(): void {
  prefetched ??= readFieldData();
  prefetched.catch(() => undefined);
}

export function FieldDataProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<Loaded>(empty);
  const reload = useCallback(async () => {
    const first = prefetched;
    prefetched = null;
    setState(await (first ?? readFieldData()).catch(() => readFieldData()));
  }, []);
  useEffect(() => {
    void reload();
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(OUTBOX_CHANNEL);
    channel.onmessage = () => void reload();
    return () => channel.close();
  }, [reload]);
  const value = useMemo(() => ({ ...state, reload }), [state, reload]);
  return <FieldDataContext.Provider value={value}>{children}</FieldDataContext.Provider>;
}

export function useFieldData(): FieldData {
  const data = useContext(FieldDataContext);
  if (!data) throw new Error('useFieldData outside FieldDataProvider');
  return data;
}

/** Photos and signatures are kept on the phone until the outbox sends them. */
export const phoneEvidenceStore: EvidenceStore = {
  async add(file) {
    const id = await keepFile(file);
    return { id, url: id };
  },
};
registerLocalFiles(async (id) => (await localFile(id))?.blob);

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** A client key for a new record made on this phone. */
export function newClientKey(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
