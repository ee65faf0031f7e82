// How a standard's coded fields read in the UI language: category, positions, condition, check
// method, formats, the critical flag.
import { Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_POSITIONS, type PropertyFormat, type StandardCategory } from '@pinzhi/domain';
import { useLocale } from '../../app/LocaleProvider';
import type { Language } from '../../i18n';

const CATEGORY_COLORS: Record<StandardCategory, string> = {
  ATTIRE: 'geekblue',
  HAIR: 'geekblue',
  HYGIENE: 'geekblue',
  MAKEUP: 'geekblue',
  GROOMING: 'geekblue',
  SERVICE_ATTITUDE: 'purple',
  WALKING: 'purple',
  SITTING: 'purple',
  BEHAVIOUR: 'purple',
  CLEANING: 'cyan',
  SECURITY: 'volcano',
  CUSTOMER_SERVICE: 'blue',
  ENGINEERING: 'gold',
  LANDSCAPING: 'green',
  SALES_OFFICE: 'magenta',
};

/** A position code's name (the default positions are named in both languages; others show their code). */
export function positionLabel(code: string, lang: Language): string {
  const known = DEFAULT_POSITIONS.find((p) => p.code === code);
  return known ? (lang === 'en-US' ? known.en : known.zh) : code;
}

export function positionOptions(lang: Language) {
  return DEFAULT_POSITIONS.map((p) => ({ value: p.code, label: lang === 'en-US' ? p.en : p.zh }));
}

export function CategoryTag({ category }: { category: StandardCategory }) {
  const { t } = useTranslation();
  return (
    <Tag color={CATEGORY_COLORS[category]} style={{ marginInlineEnd: 0 }}>
      {t(`categories.${category}`)}
    </Tag>
  );
}

export function CriticalTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('standards.criticalHint')}>
      <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="critical-tag">
        {t('standards.critical')}
      </Tag>
    </Tooltip>
  );
}

export function PositionsText({ positions }: { positions: readonly string[] }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  if (!positions.length) return <Typography.Text type="secondary">{t('standards.allPositions')}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap>
      {positions.map((p) => (
        <Tag key={p} style={{ marginInlineEnd: 0 }}>
          {positionLabel(p, language)}
        </Tag>
      ))}
    </Space>
  );
}

export function FormatsText({ formats }: { formats: readonly PropertyFormat[] }) {
  const { t } = useTranslation();
  if (!formats.length) return <Typography.Text type="secondary">{t('standards.allFormats')}</Typography.Text>;
  return <span>{formats.map((f) => t(`formats.${f}`)).join(t('common.listSeparator'))}</span>;
}
