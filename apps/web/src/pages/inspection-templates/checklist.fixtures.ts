// Test data shared by the checklist specs (typed like the API's answers, with __typename).
import type { ChecklistVersion } from './checklist';

export function standard(id: string, code: string, defaultScore = 5, critical = false) {
  return {
    __typename: 'Standard' as const,
    id,
    code,
    category: 'CLEANING' as const,
    titleZh: `标准 ${code}`,
    titleEn: null,
    requirementZh: `要求 ${code}`,
    requirementEn: null,
    positions: [],
    condition: null,
    checkMethod: 'OBSERVE' as const,
    defaultScore,
    critical,
    formats: [],
    source: null,
    archivedAt: null,
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
  };
}

export function checklistVersion(version: number, overrides: Partial<ChecklistVersion> = {}): ChecklistVersion {
  return {
    id: 'v-draft',
    number: null,
    status: 'DRAFT',
    version,
    passScore: 80,
    changeSummary: null,
    updatedAt: '2026-01-02T00:00:00Z',
    publishedAt: null,
    publishedBy: null,
    totals: { items: 2, points: 15, critical: 1 },
    sections: [
      {
        key: 'sec-1',
        titleZh: '一、大堂保洁',
        titleEn: 'Lobby cleaning',
        items: [
          {
            key: 'item-1',
            checkpointZh: null,
            checkpointEn: null,
            points: 10,
            naAllowed: false,
            critical: true,
            deductions: [{ key: 'ded-1', labelZh: '地面有污渍', labelEn: null, points: 3 }],
            standard: standard('std-1', 'CLN-01', 10, true),
          },
          {
            key: 'item-2',
            checkpointZh: '玻璃门无指纹',
            checkpointEn: null,
            points: 5,
            naAllowed: true,
            critical: false,
            deductions: [],
            standard: standard('std-2', 'CLN-02'),
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** A version as the API sends it (every object with its __typename). */
export function typed(v: ChecklistVersion) {
  return {
    __typename: 'InspectionTemplateVersion',
    ...v,
    publishedBy: v.publishedBy ? { __typename: 'User', ...v.publishedBy } : null,
    totals: { __typename: 'ChecklistTotals', ...v.totals },
    sections: v.sections.map((s) => ({
      __typename: 'ChecklistSection',
      ...s,
      items: s.items.map((i) => ({
        __typename: 'ChecklistItem',
        ...i,
        deductions: i.deductions.map((d) => ({ __typename: 'ChecklistDeduction', ...d })),
      })),
    })),
  };
}
