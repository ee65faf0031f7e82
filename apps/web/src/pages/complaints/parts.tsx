import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintState } from '@pinzhi/domain';

const STATE_COLORS: Record<ComplaintState, string> = {
  OPEN: 'blue',
  IN_PROGRESS: 'processing',
  RESOLVED: 'gold',
  VERIFIED: 'green',
  REOPENED: 'volcano',
};

export function ComplaintStateTag({ state }: { state: ComplaintState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="complaint-state" data-state={state}>
      {t(`complaints.states.${state}`)}
    </Tag>
  );
}

/** "Overdue · level N" for an unresolved case past its due time. */
export function OverdueTag({ overdue, level }: { overdue: boolean; level: number }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  return (
    <Tooltip title={t(`complaints.escalationLevels.level${Math.min(3, Math.max(1, level)) as 1 | 2 | 3}`)}>
      <Tag color="red" data-testid="complaint-overdue" data-level={level}>
        {t('complaints.overdue')} · {t('complaints.escalationLevel', { level })}
      </Tag>
    </Tooltip>
  );
}
