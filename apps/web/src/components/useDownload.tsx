// Downloads an authenticated file (Excel export) with progress on the button and a message when
// it fails.
import { useCallback, useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadError, downloadFile } from '../lib/download';

export function useDownload() {
  const { message } = App.useApp();
  const { t } = useTranslation();
  const [pending, setPending] = useState<string | null>(null);

  const download = useCallback(
    async (path: string, fallbackName: string) => {
      setPending(path);
      try {
        const name = await downloadFile(path, fallbackName);
        void message.success(t('download.done', { name }));
      } catch (e) {
        const code = e instanceof DownloadError ? e.code : 'UNKNOWN';
        if (code === 'UNAUTHENTICATED') return; // the session handler returns to sign-in
        if (code === 'NETWORK') void message.error(t('states.networkError'));
        else if (code === 'FORBIDDEN') void message.error(t('states.forbiddenAction'));
        else if (code === 'NOT_FOUND') void message.error(t('states.notFound'));
        else void message.error(t('download.failed'));
      } finally {
        setPending(null);
      }
    },
    [message, t],
  );

  return { download, pending };
}
