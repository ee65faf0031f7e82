// The row-level "delete" of the editors (checklist items, handbook standards and frequencies,
// sections, plan courses): a small danger icon button that asks first, so a mis-tap on a phone
// or a trackpad does not silently drop an item with its wording, points and deductions.
// One component for every editor, so they look and behave the same (and tests find them by
// `confirmTestId`, default "confirm-delete").
import type { ReactNode } from 'react';
import { Button, Popconfirm, Tooltip } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface ConfirmDeleteButtonProps {
  /** What the button does, for the tooltip and screen readers ("删除检查项"). */
  label: string;
  /** The confirmation question; defaults to "确定删除吗？". */
  title?: ReactNode;
  /** What will be lost ("其下 3 个检查项也会被删除"). */
  description?: ReactNode;
  onConfirm: () => void;
  /** aria-label suffix naming the row (e.g. the standard's code). */
  subject?: string;
  testId?: string;
  confirmTestId?: string;
  disabled?: boolean;
  icon?: ReactNode;
}

export function ConfirmDeleteButton({
  label,
  title,
  description,
  onConfirm,
  subject,
  testId,
  confirmTestId = 'confirm-delete',
  disabled,
  icon,
}: ConfirmDeleteButtonProps) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={title ?? t('common.confirmDelete')}
      description={description ? <div style={{ maxWidth: 260 }}>{description}</div> : undefined}
      okText={t('common.delete')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, ...({ 'data-testid': confirmTestId } as Record<string, string>) }}
      onConfirm={onConfirm}
      disabled={disabled}
    >
      <Tooltip title={label}>
        <Button
          size="small"
          type="text"
          danger
          disabled={disabled}
          icon={icon ?? <DeleteOutlined />}
          aria-label={subject ? `${label} ${subject}` : label}
          data-testid={testId}
        />
      </Tooltip>
    </Popconfirm>
  );
}
