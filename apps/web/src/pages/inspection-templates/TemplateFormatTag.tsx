import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PropertyFormat } from '@pinzhi/domain';
import { FormatTag } from '../../components/Tags';

/** A checklist's format, or "all formats" (null). */
export function TemplateFormatTag({ format }: { format: PropertyFormat | null }) {
  const { t } = useTranslation();
  if (format) return <FormatTag format={format} />;
  return (
    <Tag color="processing" variant="filled" style={{ marginInlineEnd: 0 }}>
      {t('inspectionTemplates.allFormats')}
    </Tag>
  );
}
