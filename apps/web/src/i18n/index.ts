// i18next set-up: two bundled languages, Chinese by default, the choice remembered in localStorage.
// The core texts (zh-CN.ts / en-US.ts: sign-in, shell, common words…) are in the first bundle; the feature
// texts (features/) are one lazy chunk that the signed-in layout loads (loadFeatureTexts) before any page renders.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN, { type CoreMessages } from './zh-CN';
import enUS from './en-US';
import type { FeatureMessages } from './features/zh-CN';

export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
export const LANGUAGE_STORAGE_KEY = 'pinzhi.lang';

/** Every key, core and features (type-only: the feature texts themselves stay out of the first bundle). */
export type Messages = CoreMessages & FeatureMessages;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(lang: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

void i18n.use(initReactI18next).init({
  // Copies: addFeatureTexts merges into these objects, and the exported core objects must stay as written.
  resources: { 'zh-CN': { translation: { ...zhCN } }, 'en-US': { translation: { ...enUS } } },
  lng: storedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

let featureTextsAdded = false;
let featureTextsLoading: Promise<void> | undefined;

/** Adds the feature texts of both languages (merging into the core texts). */
export function addFeatureTexts(texts: Record<Language, FeatureMessages>): void {
  for (const lang of LANGUAGES) i18n.addResourceBundle(lang, 'translation', texts[lang], true, true);
  featureTextsAdded = true;
}

export function featureTextsReady(): boolean {
  return featureTextsAdded;
}

/** Loads the feature texts chunk once (a failed load is retried on the next call). */
export function loadFeatureTexts(): Promise<void> {
  if (featureTextsAdded) return Promise.resolve();
  featureTextsLoading ??= import('./features/index').then(
    ({ featureTexts }) => addFeatureTexts(featureTexts),
    (error: unknown) => {
      featureTextsLoading = undefined;
      throw error;
    },
  );
  return featureTextsLoading;
}

export default i18n;
