import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectStage, PropertyFormat, Role } from '@pinzhi/domain';

export const STAGE_COLORS: Record<ProjectStage, string> = {
  PROSPECT: 'default',
  SURVEY: 'cyan',
  PROPOSAL: 'geekblue',
  TAKEOVER: 'orange',
  OPERATING: 'green',
  EXITED: 'red',
};

export function StageTag({ stage }: { stage: ProjectStage }) {
  const { t } = useTranslation();
  return (
    <Tag color={STAGE_COLORS[stage]} data-testid="stage-tag" style={{ marginInlineEnd: 0 }}>
      {t(`stages.${stage}`)}
    </Tag>
  );
}

export function FormatTag({ format }: { format: PropertyFormat }) {
  const { t } = useTranslation();
  return (
    <Tag variant="filled" style={{ marginInlineEnd: 0 }}>
      {t(`formats.${format}`)}
    </Tag>
  );
}

const ROLE_COLORS: Record<Role, string> = {
  TENANT_ADMIN: 'gold',
  QUALITY_CENTER: 'blue',
  HR: 'purple',
  REGIONAL_OPS: 'green',
  INSPECTOR: 'cyan',
  VIEWER: 'default',
  MARKETING_CS: 'magenta',
  PROJECT_MANAGER: 'orange',
  PROJECT_STAFF: 'lime',
  GENERAL_MANAGER: 'volcano',
};

export function RoleTag({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <Tag color={ROLE_COLORS[role]} style={{ marginInlineEnd: 0 }}>
      {t(`roles.${role}`)}
    </Tag>
  );
}
