import type { planningZh } from './planning.zh-CN';

export const planningEn: typeof planningZh = {
  projectTab: 'Inspection plan',
};
