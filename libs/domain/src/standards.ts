/** What a standard is about (标准分类). */
export const STANDARD_CATEGORIES = [
  'ATTIRE', // 服饰着装
  'HAIR', // 须发
  'HYGIENE', // 个人卫生
  'MAKEUP', // 化妆
  'GROOMING', // 仪表整理
  'SERVICE_ATTITUDE', // 服务态度
  'WALKING', // 行走
  'SITTING', // 就座
  'BEHAVIOUR', // 其他行为
  'CLEANING', // 保洁
  'SECURITY', // 安全/秩序维护
  'CUSTOMER_SERVICE', // 客户服务
  'ENGINEERING', // 工程
  'LANDSCAPING', // 绿化
  'SALES_OFFICE', // 售楼处/案场服务
] as const;
export type StandardCategory = (typeof STANDARD_CATEGORIES)[number];

/** How an inspector checks a standard. */
export const CHECK_METHODS = ['OBSERVE', 'MEASURE', 'DOCUMENT', 'INTERVIEW'] as const;
export type CheckMethod = (typeof CHECK_METHODS)[number];

/** To whom a standard applies beyond its positions (e.g. women only). */
export const APPLICABILITY_CONDITIONS = ['WOMEN_ONLY', 'MEN_ONLY'] as const;
export type ApplicabilityCondition = (typeof APPLICABILITY_CONDITIONS)[number];

/**
 * The positions (岗位) every tenant starts with. Tenants can add their own later; codes are
 * stable identifiers, names are for display.
 */
export const DEFAULT_POSITIONS = [
  { code: 'SECURITY', zh: '保安', en: 'Security guard' },
  { code: 'CLEANER', zh: '保洁', en: 'Cleaner' },
  { code: 'CUSTOMER_SERVICE', zh: '客服', en: 'Customer service' },
  { code: 'ENGINEERING', zh: '工程', en: 'Engineering' },
  { code: 'LANDSCAPING', zh: '绿化', en: 'Landscaping' },
  { code: 'SALES_OFFICE', zh: '案场服务', en: 'Sales-office staff' },
] as const;
export type DefaultPositionCode = (typeof DEFAULT_POSITIONS)[number]['code'];
