import type { companySettingsZh } from './company-settings.zh-CN';

export const companySettingsEn: typeof companySettingsZh = {
  title: 'Company settings',
  subtitle: 'The company’s own rules: admins and the Quality Center change them; every member sees their effect',
  profile: {
    title: 'Company',
    name: 'Company name',
    nameLength: 'The name has 2–100 characters',
    shortName: 'Short name',
    shortNameHint: 'Shown in the header, on printouts and on the customer survey page (at most 20 characters)',
    logo: 'Logo',
    logoHint: 'A PNG, JPEG or WebP image of at most 48 KB; shown in the header and on the customer survey page',
    noLogo: 'None yet',
    uploadLogo: 'Upload image',
    removeLogo: 'Remove',
    logoType: 'Please upload a PNG, JPEG or WebP image',
    logoSize: 'The image may be at most {{kb}} KB',
    timeZone: 'Default time zone',
    language: 'Default language',
    languages: { 'zh-CN': '简体中文', 'en-US': 'English' },
    workingDays: 'Working days',
    workingDaysRequired: 'Choose at least one working day',
    weekdays: { d1: 'Mon', d2: 'Tue', d3: 'Wed', d4: 'Thu', d5: 'Fri', d6: 'Sat', d7: 'Sun' },
    holidayList: 'Default holiday list',
    holidayListLink: 'Manage holiday lists',
    noHolidayList: 'Not set',
    departments: 'Departments',
    departmentsHint: "The company's departments and their duties (onboarding and the duty matrix use the same list)",
    departmentsLink: 'Manage departments and duties',
  },
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
  levels: {
    title: 'Inspection levels',
    weights: 'Evaluation weights (%)',
    weightsHint:
      "The evaluation weighs the levels; a project without a level's inspections in the period has the other levels' weights renormalised. The three add up to 100.",
    sumError: 'The three weights add up to 100 (now {{sum}})',
    threshold: 'Self-check inflation threshold',
    thresholdHint:
      'Flag a project in the levels comparison when its self-checks average more than this many points above the regional and company checks.',
    points: 'points',
  },
  save: 'Save settings',
  saved: 'Company settings saved',
  readOnly: 'Only company admins and the Quality Center change the company settings.',
};
