export { seedDemo, DEMO_ACCOUNTS, DEMO_OPERATOR, DEMO_PASSWORD } from './demo';
export { CONDUCT_STANDARDS, SALES_OFFICE_STANDARDS } from '@pinzhi/api-starter';
export type { StandardSeed } from '@pinzhi/api-starter';
export { createEmptyCompany } from './company';
