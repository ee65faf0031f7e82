// A small checklist version for the inspection form's tests.
import type { PerformChecklistFragment } from '../../gql/graphql';

const std = (id: string, code: string, titleZh: string) => ({
  __typename: 'Standard' as const,
  id,
  code,
  titleZh,
  titleEn: null,
  requirementZh: `${titleZh}要求`,
  requirementEn: null,
});

export const VERSION: PerformChecklistFragment & { __typename: 'InspectionTemplateVersion' } = {
  __typename: 'InspectionTemplateVersion',
  id: 'v1',
  number: 2,
  passScore: 80,
  template: { __typename: 'InspectionTemplate', id: 'tpl1', name: '住宅日常品质巡检表' },
  sections: [
    {
      __typename: 'ChecklistSection',
      key: 's1',
      titleZh: '安全',
      titleEn: 'Safety',
      items: [
        {
          __typename: 'ChecklistItem',
          key: 'fire',
          checkpointZh: '消防通道畅通',
          checkpointEn: 'Fire exits clear',
          points: 10,
          naAllowed: false,
          critical: true,
          deductions: [],
          standard: std('st1', 'OPS-SEC-02', '消防通道'),
        },
        {
          __typename: 'ChecklistItem',
          key: 'lobby',
          checkpointZh: null,
          checkpointEn: null,
          points: 10,
          naAllowed: false,
          critical: false,
          deductions: [
            { __typename: 'ChecklistDeduction', key: 'd1', labelZh: '地面有污渍', labelEn: 'Stained floor', points: 2 },
            { __typename: 'ChecklistDeduction', key: 'd2', labelZh: '垃圾未清', labelEn: 'Litter', points: 3 },
          ],
          standard: std('st2', 'CLN-01', '大堂清洁'),
        },
      ],
    },
    {
      __typename: 'ChecklistSection',
      key: 's2',
      titleZh: '绿化',
      titleEn: null,
      items: [
        {
          __typename: 'ChecklistItem',
          key: 'lawn',
          checkpointZh: '草坪修剪',
          checkpointEn: null,
          points: 5,
          naAllowed: true,
          critical: false,
          deductions: [],
          standard: std('st3', 'GRN-01', '草坪'),
        },
      ],
    },
  ],
} as never;
