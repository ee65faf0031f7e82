// zh-CN strings of the planning screens (owned by that feature; en-US must have the same keys).
export const planningZh = {
  projectTab: '检查计划',
};
