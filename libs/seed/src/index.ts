export { seedDemo, DEMO_ACCOUNTS, DEMO_OPERATOR, DEMO_PASSWORD } from './demo';
export { CONDUCT_STANDARDS, SALES_OFFICE_STANDARDS } from './data/conduct-standards';
export type { StandardSeed } from './data/conduct-standards';
