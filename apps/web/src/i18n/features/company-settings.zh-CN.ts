export const companySettingsZh = {
  title: '公司设置',
  subtitle: '本公司的业务规则：公司管理员和品质中心可以修改，所有成员都能看到它们的效果',
  rectification: {
    title: '整改责任人',
    fallbackOwner: '默认整改负责人',
    fallbackOwnerHint:
      '自动开具的整改单依次交给：项目经理 → 默认整改负责人 → 发现人。项目没有项目经理（或已停用）时，由这里的负责人接手，整改单不会无人负责。',
    fallbackOwnerPlaceholder: '未设置（由发现人负责）',
    noFallback: '尚未设置默认整改负责人：没有项目经理的项目，整改将由发现问题的检查人负责。',
  },
  inspections: {
    title: '计划检查',
    earlyStartHours: '允许提前开始',
    earlyStartHint: '计划检查可在时间窗开始前多少小时开始并提交（0 表示不能提前）。例如设为 2：09:00 的检查 07:00 起即可开始。',
    hours: '小时',
  },
  save: '保存设置',
  saved: '公司设置已保存',
  readOnly: '只有公司管理员和品质中心可以修改公司设置。',
};
