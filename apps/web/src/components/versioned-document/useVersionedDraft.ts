// The behaviour of a versioned document's draft editor, whatever the document: the editable state
// (a reducer), dirty against the last save (fingerprints) with the unsaved-changes guard, client
// checks merged with the server's field problems, save with expectedVersion (CONFLICT → a banner and
// a reload), Ctrl/⌘+S, publish (save first, then the document's publish modal) and discard.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { App } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useMutationErrors } from '../useMutationErrors';
import { useUnsavedChanges } from '../useUnsavedChanges';
import { isStaleVersion, toApiError, type FieldProblem } from '../../lib/errors';
import { NO_ERRORS, clearServerError, hasErrors, mergeErrors, type DocErrors } from './model';

/** A saved draft as the server returns it. */
export interface SavedDraft {
  version: number;
  updatedAt: string;
}

/** Dispatch plus "the user edited these fields of this entry" (drops the server's message there). */
export type Edit<Action> = (action: Action, touched?: { uid: string; fields: string[] }) => void;

export interface Conflict {
  expected?: number;
  current?: number;
}

/** How one kind of document is edited (its model: pages/<type>/<model>.ts) and stored (its operations). */
export interface VersionedDraftConfig<Doc, Action extends { type: string }, Saved extends SavedDraft> {
  /** The draft as loaded. */
  draft: Saved;
  /** i18n namespace of the editor's texts (saved, discarded, reload…; see EditorTextKey). */
  texts: string;
  toDoc: (saved: Saved) => Doc;
  reducer: (doc: Doc, action: Action) => Doc;
  /** What would be saved, comparable: dirty = differs from the last save's. */
  fingerprint: (doc: Doc) => string;
  validate: (doc: Doc, t: TFunction) => DocErrors;
  /** Server field problems (input.sections.2.items.0.score) onto the entries of the draft that was sent. */
  mapServerProblems: (sent: Doc, problems: FieldProblem[], t: TFunction) => DocErrors;
  /** The saved draft as editor state, keeping the editor identities of what was sent. */
  applySaved: (sent: Doc, saved: Saved) => Doc;
  /** Gives entries edited while a save was in flight the keys the save assigned. */
  adoptKeys: (current: Doc, saved: Doc) => Doc;
  /** Saves the whole draft (the document's save mutation). */
  save: (doc: Doc, expectedVersion: number) => Promise<Saved | null | undefined>;
  /** Discards the draft (the document's discard mutation). */
  discard: () => Promise<unknown>;
  /** Publishing also refuses a draft with client problems when there was nothing to save. */
  checkBeforePublish?: boolean;
  onReload: () => Promise<unknown> | void;
  onPublished: (number: number) => Promise<unknown> | void;
  onDiscarded: () => Promise<unknown> | void;
}

export function useVersionedDraft<Doc, Action extends { type: string }, Saved extends SavedDraft>(
  config: VersionedDraftConfig<Doc, Action, Saved>,
) {
  const { t } = useTranslation();
  const tx = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  const { message, modal } = App.useApp();
  const reportError = useMutationErrors();
  const { draft, toDoc, reducer, fingerprint: fingerprintOf, validate } = config;
  const [doc, dispatch] = useReducer(reducer, draft, toDoc);
  const docRef = useRef(doc);
  docRef.current = doc;
  const [baseline, setBaseline] = useState(() => fingerprintOf(toDoc(draft)));
  const [serverVersion, setServerVersion] = useState(draft.version);
  const [savedAt, setSavedAt] = useState(draft.updatedAt);
  const [serverErrors, setServerErrors] = useState<DocErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saving, setSaving] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [publishing, setPublishing] = useState(false);

  const fingerprint = useMemo(() => fingerprintOf(doc), [doc, fingerprintOf]);
  const dirty = fingerprint !== baseline;
  const { markClean } = useUnsavedChanges(dirty);
  const clientErrors = useMemo(() => validate(doc, t), [doc, t, validate]);
  const errors = useMemo(() => mergeErrors(clientErrors, serverErrors), [clientErrors, serverErrors]);
  const rootRef = useRef<HTMLDivElement>(null);

  const edit = useCallback<Edit<Action>>((action, touched) => {
    dispatch(action);
    if (touched) setServerErrors((e) => clearServerError(e, touched.uid, touched.fields));
  }, []);

  const scrollToFirstError = () => {
    setTimeout(
      () => rootRef.current?.querySelector('[data-testid="cell-error"]')?.scrollIntoView?.({ block: 'center', behavior: 'smooth' }),
      50,
    );
  };

  const save = async (): Promise<boolean> => {
    if (hasErrors(clientErrors)) {
      void message.warning(t('states.validationFailed'));
      scrollToFirstError();
      return false;
    }
    const sent = doc;
    setSaving(true);
    try {
      const saved = await config.save(sent, serverVersion);
      if (!saved) return false;
      const applied = config.applySaved(sent, saved);
      setServerVersion(saved.version);
      setSavedAt(saved.updatedAt);
      setBaseline(fingerprintOf(applied));
      setServerErrors(NO_ERRORS);
      setConflict(null);
      // Edits made while saving stay (with the keys the save gave new entries).
      dispatch({ type: 'reset', doc: docRef.current === sent ? applied : config.adoptKeys(docRef.current, applied) } as unknown as Action);
      void message.success(tx(`${config.texts}.saved`));
      return true;
    } catch (error) {
      const problem = toApiError(error);
      if (isStaleVersion(problem)) {
        setConflict({ expected: problem.extensions.expectedVersion as number, current: problem.extensions.currentVersion as number });
        return false;
      }
      if (problem.code === 'BAD_USER_INPUT' && problem.fields.length) {
        setServerErrors(config.mapServerProblems(sent, problem.fields, t));
        void message.error(t('states.validationFailed'));
        scrollToFirstError();
        return false;
      }
      reportError(error);
      return false;
    } finally {
      setSaving(false);
    }
  };

  // Ctrl/⌘+S saves while the editor is on screen (its tab may be hidden).
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's' && rootRef.current?.offsetParent) {
        e.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const reload = () => {
    const go = () => {
      markClean();
      void config.onReload();
    };
    if (!dirty) return go();
    modal.confirm({
      title: tx(`${config.texts}.reloadTitle`),
      content: tx(`${config.texts}.reloadConfirm`),
      okText: tx(`${config.texts}.reload`),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true, ...({ 'data-testid': 'confirm-reload' } as Record<string, string>) },
      onOk: go,
    });
  };

  const openPublish = async () => {
    if (dirty && !(await save())) return;
    if (config.checkBeforePublish && hasErrors(clientErrors)) {
      void message.warning(t('states.validationFailed'));
      scrollToFirstError();
      return;
    }
    setPublishing(true);
  };

  const discard = async () => {
    setDiscarding(true);
    try {
      await config.discard();
      markClean();
      void message.success(tx(`${config.texts}.discarded`));
      await config.onDiscarded();
    } catch (e) {
      reportError(e);
    } finally {
      setDiscarding(false);
    }
  };

  /** What the document's publish modal needs. */
  const publish = {
    open: publishing,
    expectedVersion: serverVersion,
    onClose: () => setPublishing(false),
    onConflict: (c: Conflict) => {
      setPublishing(false);
      setConflict(c);
    },
    onPublished: async (number: number) => {
      setPublishing(false);
      markClean();
      await config.onPublished(number);
    },
  };

  return {
    doc,
    edit,
    errors,
    dirty,
    saving,
    discarding,
    serverVersion,
    savedAt,
    conflict,
    rootRef,
    texts: config.texts,
    save,
    reload,
    openPublish,
    discard,
    publish,
  };
}

export type VersionedDraft<Doc, Action> = Omit<ReturnType<typeof useVersionedDraft<Doc, { type: string }, SavedDraft>>, 'edit'> & {
  edit: Edit<Action>;
};
export type PublishSlot = VersionedDraft<unknown, unknown>['publish'];
