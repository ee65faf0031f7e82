import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { gqlError, renderWithApp, type RecordedOperation } from '../../test/utils';
import { DraftEditor } from './DraftEditor';
import type { HandbookHeaderFragment } from '../../gql/graphql';
import type { VersionContent } from './draft';

function standard(id: string, code: string, defaultScore = 2) {
  return {
    __typename: 'Standard' as const,
    id,
    code,
    category: 'ATTIRE' as const,
    titleZh: `标准 ${code}`,
    titleEn: null,
    requirementZh: `要求 ${code}`,
    requirementEn: null,
    positions: [],
    condition: null,
    checkMethod: 'OBSERVE' as const,
    defaultScore,
    critical: false,
    formats: [],
    source: null,
    archivedAt: null,
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
  };
}

const HANDBOOK: HandbookHeaderFragment = {
  id: 'h1',
  kind: 'PROJECT',
  name: '金融中心大厦物业服务项目 工作手册',
  format: 'OFFICE',
  latestNumber: 1,
  updatedAt: '2026-01-01T00:00:00Z',
  sourceTemplate: null,
  project: {
    id: 'p1',
    code: 'SH-002',
    name: '金融中心大厦物业服务项目',
    timeZone: 'Asia/Shanghai',
    property: { id: 'prop1', name: '金融中心大厦', format: 'OFFICE', zones: [{ id: 'zone-1', name: '一层大堂' }] },
  },
};

function draft(version: number): VersionContent {
  return {
    id: 'v-draft',
    number: null,
    status: 'DRAFT',
    version,
    basedOnNumber: 1,
    changeSummary: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-02T00:00:00Z',
    publishedAt: null,
    publishedBy: null,
    sections: [
      {
        key: 'sec-1',
        titleZh: '一、仪容仪表',
        titleEn: 'Appearance',
        items: [
          {
            key: 'item-1',
            requirementZh: null,
            requirementEn: null,
            score: null,
            note: null,
            standard: standard('std-1', 'CON-ATT-01', 5),
          },
          { key: 'item-2', requirementZh: null, requirementEn: null, score: null, note: null, standard: standard('std-2', 'CON-ATT-02') },
        ],
        frequencies: [
          {
            key: 'freq-1',
            taskZh: '大堂地面拖洗',
            taskEn: null,
            zoneId: 'zone-1',
            locationZh: '一层大堂',
            rrule: 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0',
            note: null,
          },
        ],
      },
    ],
  };
}

const typed = (v: VersionContent) => ({
  __typename: 'HandbookVersion',
  ...v,
  sections: v.sections.map((s) => ({
    __typename: 'HandbookSection',
    ...s,
    items: s.items.map((i) => ({ __typename: 'HandbookItem', ...i })),
    frequencies: s.frequencies.map((f) => ({ __typename: 'ServiceFrequency', ...f })),
  })),
});

function render(handler: (op: RecordedOperation) => unknown, onReload = jest.fn()) {
  const result = renderWithApp(
    <DraftEditor handbook={HANDBOOK} draft={draft(3)} onReload={onReload} onPublished={jest.fn()} onDiscarded={jest.fn()} />,
    { routePath: '/projects/p1', handler: handler as never },
  );
  return { ...result, onReload };
}

const row = (code: string) => document.querySelector(`tr[data-code="${code}"]`) as HTMLElement;

describe('draft editor', () => {
  it('saves the whole draft with its version, and shows the library values as placeholders', async () => {
    const { calls } = render(() => ({
      data: {
        saveHandbookDraft: typed({
          ...draft(4),
          sections: [{ ...draft(4).sections[0], items: [{ ...draft(4).sections[0].items[0], score: 4 }, draft(4).sections[0].items[1]] }],
        }),
      },
    }));
    const score = within(row('CON-ATT-01')).getByRole('spinbutton');
    expect(score.getAttribute('placeholder')).toBe('5');
    expect(screen.getByText('每天 3 次：08:00、12:00、16:00')).toBeTruthy();
    fireEvent.change(score, { target: { value: '4' } });
    expect(await screen.findByText('有未保存的修改')).toBeTruthy();
    fireEvent.click(screen.getByTestId('save-draft'));
    expect(await screen.findByText('草稿已保存')).toBeTruthy();
    const save = calls.find((c) => c.operationName === 'SaveHandbookDraft')!;
    expect(save.variables.expectedVersion).toBe(3);
    expect(save.variables.input).toEqual({
      sections: [
        {
          key: 'sec-1',
          titleZh: '一、仪容仪表',
          titleEn: 'Appearance',
          items: [
            { key: 'item-1', standardId: 'std-1', requirementZh: null, requirementEn: null, score: 4, note: null },
            { key: 'item-2', standardId: 'std-2', requirementZh: null, requirementEn: null, score: null, note: null },
          ],
          frequencies: [
            {
              key: 'freq-1',
              taskZh: '大堂地面拖洗',
              taskEn: null,
              zoneId: 'zone-1',
              locationZh: '一层大堂',
              rrule: 'FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0',
              note: null,
            },
          ],
        },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('draft-status').textContent).toContain('第 4 次保存'));
  });

  it('puts server field errors on the row and cell they name', async () => {
    render(() =>
      gqlError('BAD_USER_INPUT', 'Invalid input', {
        fields: [
          {
            path: ['input', 'sections', '0', 'items', '1', 'score'],
            field: 'score',
            reason: 'OUT_OF_RANGE',
            message: 'x',
            params: { min: 0, max: 100 },
          },
          { path: ['input', 'sections', '0', 'frequencies', '0', 'zoneId'], field: 'zoneId', reason: 'NOT_FOUND', message: 'x' },
        ],
      }),
    );
    fireEvent.change(within(row('CON-ATT-02')).getByRole('spinbutton'), { target: { value: '7' } });
    fireEvent.click(screen.getByTestId('save-draft'));
    expect(await within(row('CON-ATT-02')).findByText('数值应在 0 到 100 之间')).toBeTruthy();
    expect(within(row('CON-ATT-01')).queryByTestId('cell-error')).toBeNull();
    const frequency = document.querySelector('tr[data-task="大堂地面拖洗"]') as HTMLElement;
    expect(within(frequency).getByText('所选记录不存在或已被删除')).toBeTruthy();
    // Editing the field drops the server's message there.
    fireEvent.change(within(row('CON-ATT-02')).getByRole('spinbutton'), { target: { value: '8' } });
    await waitFor(() => expect(within(row('CON-ATT-02')).queryByTestId('cell-error')).toBeNull());
  });

  it('says clearly when someone else saved the draft, and reloads after confirmation', async () => {
    const { onReload } = render(() =>
      gqlError('CONFLICT', 'Someone else saved this draft since you opened it', { expectedVersion: 3, currentVersion: 4 }),
    );
    fireEvent.change(within(row('CON-ATT-01')).getByRole('spinbutton'), { target: { value: '4' } });
    fireEvent.click(screen.getByTestId('save-draft'));
    const alert = await screen.findByTestId('draft-conflict');
    expect(alert.textContent).toContain('其他人已保存了这份草稿');
    expect(alert.textContent).toContain('您的副本基于第 3 次保存，草稿现在是第 4 次保存');
    fireEvent.click(screen.getByTestId('reload-draft'));
    fireEvent.click(await screen.findByTestId('confirm-reload'));
    await waitFor(() => expect(onReload).toHaveBeenCalled());
  });

  it('checks with the server’s rules before sending', async () => {
    const { calls } = render(() => ({ data: null }));
    fireEvent.change(within(row('CON-ATT-01')).getByLabelText('备注 CON-ATT-01'), { target: { value: 'x'.repeat(501) } });
    expect(await within(row('CON-ATT-01')).findByText('不能超过 500 个字符')).toBeTruthy(); // as you type
    fireEvent.click(screen.getByTestId('save-draft'));
    expect(await screen.findByText('请修正表单中标出的问题后重新提交。')).toBeTruthy();
    expect(calls.filter((c) => c.operationName === 'SaveHandbookDraft')).toHaveLength(0);
  });
});
