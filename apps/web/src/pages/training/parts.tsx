// Small shared pieces of the training screens.
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Attendance, RequirementStatus } from '@pinzhi/domain';
import { ATTENDANCE_COLORS, STATUS_COLORS } from './training-utils';

export function RequirementStatusTag({ status }: { status: RequirementStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="requirement-status" data-status={status}>
      {t(`training.statuses.${status}`)}
    </Tag>
  );
}

export function AttendanceTag({ value }: { value: Attendance | null | undefined }) {
  const { t } = useTranslation();
  if (!value) return <span>—</span>;
  return <Tag color={ATTENDANCE_COLORS[value]}>{t(`training.attendance.${value}`)}</Tag>;
}

export function OutdatedTag({ number }: { number?: number | null }) {
  const { t } = useTranslation();
  const tag = (
    <Tag color="orange" data-testid="course-outdated">
      {t('training.common.outdated')}
    </Tag>
  );
  return number ? <Tooltip title={t('training.courses.outdatedBy', { number })}>{tag}</Tooltip> : tag;
}
