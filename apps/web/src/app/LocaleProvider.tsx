// Language: i18next strings, antd's own locale (ConfigProvider) and dayjs formats switch together;
// the choice is remembered in localStorage.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider, theme as antdTheme } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import i18n, { rememberLanguage, storedLanguage, type Language } from '../i18n';
import { applyDayjsLocale } from '../lib/format';

interface LocaleState {
  language: Language;
  setLanguage: (lang: Language) => void;
}

const LocaleContext = createContext<LocaleState>({ language: 'zh-CN', setLanguage: () => undefined });

const ANTD_LOCALES = { 'zh-CN': zhCNLocale, 'en-US': enUSLocale } as const;

export const appTheme = {
  algorithm: antdTheme.defaultAlgorithm,
  token: {
    colorPrimary: '#1668dc',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: '#001529', headerBg: '#ffffff', headerPadding: '0 16px' },
  },
};

function applyLanguage(lang: Language) {
  applyDayjsLocale(lang);
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export function LocaleProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const lang = initialLanguage ?? storedLanguage();
    applyLanguage(lang);
    return lang;
  });

  const setLanguage = useCallback((lang: Language) => {
    rememberLanguage(lang);
    applyLanguage(lang);
    setLanguageState(lang);
  }, []);

  useEffect(() => applyLanguage(language), [language]);

  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return (
    <LocaleContext.Provider value={value}>
      <ConfigProvider locale={ANTD_LOCALES[language]} theme={appTheme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleState {
  return useContext(LocaleContext);
}
