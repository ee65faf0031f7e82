// Pager for cursor connections: total, page number, first/previous/next and page size.
import { Button, Select, Space, Typography } from 'antd';
import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PAGE_SIZES } from '../lib/url-state';

export interface CursorPagerProps {
  page: number;
  pageSize: number;
  totalCount: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
  disabled?: boolean;
}

export function CursorPager(props: CursorPagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(props.totalCount / props.pageSize));
  return (
    <div
      data-testid="pager"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, justifyContent: 'space-between', alignItems: 'center', marginTop: 16 }}
    >
      <Typography.Text type="secondary" data-testid="total-count">
        {t('common.total', { count: props.totalCount })}
      </Typography.Text>
      <Space wrap size={8}>
        <Button
          size="small"
          icon={<VerticalRightOutlined />}
          aria-label={t('common.firstPage')}
          title={t('common.firstPage')}
          disabled={props.disabled || props.page <= 1}
          onClick={props.onFirst}
        />
        <Button size="small" icon={<LeftOutlined />} disabled={props.disabled || !props.hasPrevious} onClick={props.onPrevious}>
          {t('common.prevPage')}
        </Button>
        <Typography.Text data-testid="page-number">
          {t('common.page', { page: props.page })} / {pages}
        </Typography.Text>
        <Button size="small" disabled={props.disabled || !props.hasNext} onClick={props.onNext} data-testid="next-page">
          {t('common.nextPage')} <RightOutlined />
        </Button>
        <Select
          size="small"
          value={props.pageSize}
          style={{ width: 110 }}
          onChange={props.onPageSize}
          options={PAGE_SIZES.map((size) => ({ value: size, label: t('common.pageSize', { size }) }))}
        />
      </Space>
    </div>
  );
}
