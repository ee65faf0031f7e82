/**
 * 公司设置: choices a company makes for itself, read by several capabilities. The defaults
 * apply until the company first saves its settings.
 */
export const COMPANY_SETTINGS_RULES = {
  /** How far before a planned inspection's window opens it may be started, in hours. */
  earlyStartHours: { min: 0, max: 48 },
} as const;

export const COMPANY_SETTINGS_DEFAULTS = {
  /** 默认整改负责人: owns a rectification whose project has no active manager (null: its finder). */
  rectificationFallbackOwnerUserId: null as string | null,
  earlyStartHours: 0,
};

/** When a planned inspection may be started: its due time, moved earlier by the company's early-start hours. */
export function startableFrom(dueAt: Date, earlyStartHours: number): Date {
  return new Date(dueAt.getTime() - Math.max(0, earlyStartHours) * 3_600_000);
}
