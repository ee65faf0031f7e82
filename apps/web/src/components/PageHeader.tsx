import type { ReactNode } from 'react';
import { Button, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** Page title row: optional back button, title, tags/subtitle, and actions on the right. */
export function PageHeader({
  title,
  subTitle,
  tags,
  extra,
  onBack,
}: {
  title: ReactNode;
  subTitle?: ReactNode;
  tags?: ReactNode;
  extra?: ReactNode;
  onBack?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        justifyContent: 'space-between',
        gap: 12,
        marginBottom: 16,
      }}
    >
      <Space size={8} wrap style={{ minWidth: 0 }}>
        {onBack ? <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} aria-label={t('common.back')} /> : null}
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="page-title">
          {title}
        </Typography.Title>
        {subTitle ? <Typography.Text type="secondary">{subTitle}</Typography.Text> : null}
        {tags}
      </Space>
      {extra ? <Space wrap>{extra}</Space> : null}
    </div>
  );
}
