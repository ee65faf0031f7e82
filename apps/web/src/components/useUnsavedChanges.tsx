// "Leaving with unsaved edits asks first": blocks in-app navigation (data routers) and tab close.
import { useCallback, useContext, useEffect, useRef } from 'react';
import { App } from 'antd';
import { UNSAFE_DataRouterContext, useBlocker, type BlockerFunction } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

function useBlockerIfAvailable(shouldBlock: BlockerFunction) {
  // useBlocker needs a data router; a plain <MemoryRouter> (some tests) has none. The router kind
  // never changes while a component is mounted, so the hook order stays stable.
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  // eslint-disable-next-line react-hooks/rules-of-hooks
  return dataRouter ? useBlocker(shouldBlock) : null;
}

/** Returns markClean(): call it right before navigating away after a successful save. */
export function useUnsavedChanges(dirty: boolean): { markClean: () => void } {
  const { modal } = App.useApp();
  const { t } = useTranslation();
  const dirtyRef = useRef(dirty);
  const seen = useRef(dirty);
  if (seen.current !== dirty) {
    seen.current = dirty;
    dirtyRef.current = dirty;
  }
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname,
    [],
  );
  const blocker = useBlockerIfAvailable(shouldBlock);

  useEffect(() => {
    if (!blocker || blocker.state !== 'blocked') return;
    const dialog = modal.confirm({
      title: t('unsaved.title'),
      content: t('unsaved.content'),
      okText: t('unsaved.leave'),
      cancelText: t('unsaved.stay'),
      okButtonProps: { danger: true },
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
    return () => dialog.destroy();
  }, [blocker, modal, t]);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtyRef.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  return {
    markClean: useCallback(() => {
      dirtyRef.current = false;
    }, []),
  };
}
