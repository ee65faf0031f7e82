/**
 * 公司设置: choices a company makes for itself, read by several capabilities. The defaults
 * apply until the company first saves its settings.
 */
export const COMPANY_SETTINGS_RULES = {
  /** How far before a planned inspection's window opens it may be started, in hours. */
  earlyStartHours: { min: 0, max: 48 },
  /** The company's name (the tenant's, shown at sign-in and in the header). */
  name: { min: 2, max: 100 },
  /** 简称: shown where space is short (the header on a phone, printed headers). */
  shortName: { max: 20 },
  /** The logo: a PNG, JPEG or WebP image of at most this many bytes, stored with the settings. */
  logo: { maxBytes: 48 * 1024, types: ['image/png', 'image/jpeg', 'image/webp'] as readonly string[] },
} as const;

/** The languages a company may default to (the web app's languages). */
export const COMPANY_LANGUAGES = ['zh-CN', 'en-US'] as const;
export type CompanyLanguage = (typeof COMPANY_LANGUAGES)[number];

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export const COMPANY_SETTINGS_DEFAULTS = {
  /** 默认整改负责人: owns a rectification whose project has no active manager (null: its finder). */
  rectificationFallbackOwnerUserId: null as string | null,
  earlyStartHours: 0,
  shortName: null as string | null,
  /** A `data:image/…;base64,…` URL, or null. */
  logo: null as string | null,
  /** New projects' time zone and the company's dates. */
  timeZone: 'Asia/Shanghai',
  language: 'zh-CN' as CompanyLanguage,
  /** 工作日: ISO weekdays (1 = Monday). */
  workingDays: [1, 2, 3, 4, 5] as number[],
  /** 默认节假日: the holiday list new inspection frequencies start from. */
  defaultHolidayListId: null as string | null,
  /** The starter pack applied to the company ('standard', 'empty'), null until one is. */
  starterPack: null as string | null,
  starterPackAppliedAt: null as Date | null,
  /** When the admin dismissed the first-day checklist on the 工作台. */
  setupDismissedAt: null as Date | null,
  /** 检查层级权重 in the evaluation (percent, summing to 100; see inspection-levels.ts). */
  selfCheckWeight: 20,
  regionalWeight: 30,
  companyWeight: 50,
  /** 自查虚高阈值: points (see inflationGap). */
  inflationThreshold: 10,
};

/** Checks a logo data URL: its type and size; null when fine, else the reason. */
export function logoProblem(dataUrl: string): 'INVALID_FORMAT' | 'OUT_OF_RANGE' | null {
  const m = /^data:([a-z/+.-]+);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!m || !COMPANY_SETTINGS_RULES.logo.types.includes(m[1])) return 'INVALID_FORMAT';
  const bytes = Math.floor((m[2].length * 3) / 4) - (m[2].endsWith('==') ? 2 : m[2].endsWith('=') ? 1 : 0);
  return bytes > COMPANY_SETTINGS_RULES.logo.maxBytes ? 'OUT_OF_RANGE' : null;
}

/** Starter packs a new company can start from (see libs/api/starter). */
export const STARTER_PACKS = ['standard', 'empty'] as const;
export type StarterPackId = (typeof STARTER_PACKS)[number];

/** When a planned inspection may be started: its due time, moved earlier by the company's early-start hours. */
export function startableFrom(dueAt: Date, earlyStartHours: number): Date {
  return new Date(dueAt.getTime() - Math.max(0, earlyStartHours) * 3_600_000);
}
