// The header's search box: a button that opens the search dialog, also with Ctrl+K / ⌘K.
// The dialog (and its query) load on first use, so the shell stays small.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Button, Grid, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

const SearchDialog = lazy(() => import('./SearchDialog'));

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function GlobalSearch() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setLoaded(true);
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const show = () => {
    setLoaded(true);
    setOpen(true);
  };
  return (
    <>
      {screens.md ? (
        <Button onClick={show} icon={<SearchOutlined />} data-testid="global-search" style={{ width: 240, justifyContent: 'flex-start' }}>
          <span style={{ flex: 1, textAlign: 'left', color: 'rgba(0,0,0,0.45)' }}>{t('search.button')}</span>
          <Typography.Text keyboard style={{ fontSize: 11 }}>
            {isMac ? '⌘K' : 'Ctrl K'}
          </Typography.Text>
        </Button>
      ) : (
        <Button type="text" onClick={show} icon={<SearchOutlined />} aria-label={t('search.button')} data-testid="global-search" />
      )}
      {loaded ? (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
