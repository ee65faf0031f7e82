// The banner every member sees while the company's deletion is scheduled (in the app shell, above each page).
import { Alert } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { CompanyDeletionBannerQuery } from './data-lifecycle.operations';

/** Whole days left until `dueAt` (at least 0), from the browser's clock. */
export function daysLeft(dueAt: string, now: Date = new Date()): number {
  return Math.max(0, Math.ceil((new Date(dueAt).getTime() - now.getTime()) / 86_400_000));
}

/** The banner every member sees while a deletion is scheduled (in the app shell). */
export function DeletionBanner() {
  const { t } = useTranslation();
  const { data } = useQuery(CompanyDeletionBannerQuery);
  const deletion = data?.companyDeletion;
  if (!deletion) return null;
  return (
    <Alert
      type="error"
      banner
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="deletion-banner"
      title={t('dataLifecycle.banner', { date: formatDateTime(deletion.dueAt), days: daysLeft(deletion.dueAt) })}
    />
  );
}
