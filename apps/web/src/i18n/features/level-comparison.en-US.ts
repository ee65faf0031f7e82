// en-US strings of the inspection levels and the comparison report (keys as in level-comparison.zh-CN.ts).
import type { levelComparisonZh } from './level-comparison.zh-CN';

export const levelComparisonEn: typeof levelComparisonZh = {
  title: 'Inspection levels compared',
  subtitle: "Each project's self-check scores in the month beside the regional and company checks; inflated self-checks in red",
  levels: { SELF_CHECK: 'Project self-check', REGIONAL: 'Regional check', COMPANY: 'Company spot check' },
  level: 'Inspection level',
  levelHint:
    'Self-checks: project managers and project staff; regional checks: regional operations; company spot checks: the Quality Center and inspectors (company admins may do any level)',
  frequencyLevelHint: "Empty: the checklist's level",
  fields: {
    project: 'Project',
    region: 'Region',
    independent: 'Independent (regional + company)',
    gap: 'Gap (self − independent)',
    flag: 'Verdict',
  },
  count: '{{count}}×',
  inflated: 'Inflated self-checks',
  inflatedHint: 'Self-checks average more than {{threshold}} points above the independent checks',
  notComparable: 'Not comparable',
  ok: 'OK',
  thresholdNote: 'Flagged above {{threshold}} points (company settings)',
  flaggedSummary: '{{count}} project(s) self-check far above the independent checks',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  empty: 'No project to compare this month.',
  emptyHint: 'Once projects have self-checks and spot checks, they are compared here.',
};
