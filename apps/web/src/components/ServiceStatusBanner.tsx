// A banner across the top while the API answers SERVICE_UNAVAILABLE (its database is not
// answering): pages keep their data and retry by themselves; the banner says so and asks the
// user to wait before saving. It goes away with the next normal answer.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServiceUnavailable } from '../lib/service-status';

export function ServiceStatusBanner() {
  const { t } = useTranslation();
  if (!useServiceUnavailable()) return null;
  return (
    <Alert
      data-testid="service-unavailable"
      role="status"
      type="warning"
      showIcon
      banner
      title={t('states.unavailableRetrying')}
      style={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 2000 }}
    />
  );
}
