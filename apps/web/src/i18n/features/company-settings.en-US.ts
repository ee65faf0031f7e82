import type { companySettingsZh } from './company-settings.zh-CN';

export const companySettingsEn: typeof companySettingsZh = {
  title: 'Company settings',
  subtitle: 'The company’s own rules: admins and the Quality Center change them; every member sees their effect',
  rectification: {
    title: 'Rectification owners',
    fallbackOwner: 'Fallback owner',
    fallbackOwnerHint:
      'An automatically opened rectification goes to the project manager, else this fallback owner, else whoever found it — so none is left without an owner when a project has no (active) manager.',
    fallbackOwnerPlaceholder: 'Not set (the finder owns it)',
    noFallback: 'No fallback owner yet: for projects without a manager, the inspector who found the problem owns the rectification.',
  },
  inspections: {
    title: 'Planned inspections',
    earlyStartHours: 'Early start allowed',
    earlyStartHint:
      'How many hours before its window opens a planned inspection may be started and submitted (0: not before). With 2, a 09:00 inspection can start from 07:00.',
    hours: 'hours',
  },
  save: 'Save settings',
  saved: 'Company settings saved',
  readOnly: 'Only company admins and the Quality Center change the company settings.',
};
