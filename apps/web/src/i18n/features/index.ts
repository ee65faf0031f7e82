// The lazy chunk of feature texts, both languages at once (so switching language needs no extra load).
// Only ever imported with import() (../index.ts loadFeatureTexts) — and statically by the jest setup.
import type { Language } from '../index';
import { featuresZh, type FeatureMessages } from './zh-CN';
import { featuresEn } from './en-US';

export const featureTexts: Record<Language, FeatureMessages> = { 'zh-CN': featuresZh, 'en-US': featuresEn };
