import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n';
import { useLocale } from '../app/LocaleProvider';

/** 中文 / English toggle; each option is written in its own language. */
export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' }) {
  const { language, setLanguage } = useLocale();
  const { t } = useTranslation();
  return (
    <Segmented<Language>
      size={size}
      aria-label={t('language.label')}
      data-testid="language-switch"
      value={language}
      onChange={(value) => setLanguage(value)}
      options={LANGUAGES.map((lang) => ({ value: lang, label: t(`language.${lang}`) }))}
    />
  );
}
