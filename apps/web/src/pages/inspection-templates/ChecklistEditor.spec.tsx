import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { gqlError, renderWithApp, type RecordedOperation } from '../../test/utils';
import { ChecklistEditor } from './ChecklistEditor';
import { checklistVersion, typed } from './checklist.fixtures';
import type { InspectionTemplateHeaderFragment } from '../../gql/graphql';

const TEMPLATE: InspectionTemplateHeaderFragment = {
  id: 'tpl-1',
  name: '住宅月度品质检查表',
  format: 'RESIDENTIAL',
  level: 'COMPANY',
  description: null,
  latestNumber: 1,
  archivedAt: null,
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
};

function render(handler: (op: RecordedOperation) => unknown, onReload = jest.fn()) {
  const result = renderWithApp(
    <ChecklistEditor template={TEMPLATE} draft={checklistVersion(3)} onReload={onReload} onPublished={jest.fn()} onDiscarded={jest.fn()} />,
    { routePath: '/inspection-templates/tpl-1', handler: handler as never },
  );
  return { ...result, onReload };
}

const row = (code: string) => screen.getByTestId(`checklist-item-${code}`);

describe('checklist draft editor', () => {
  it('saves the whole draft with its version, including new deductions and flags', async () => {
    const { calls } = render((op) => {
      const input = op.variables.input as { passScore: number };
      const saved = checklistVersion(4, { passScore: input.passScore });
      saved.sections[0].items[1] = {
        ...saved.sections[0].items[1],
        points: 6,
        critical: true,
        deductions: [{ key: 'ded-new', labelZh: '玻璃有指纹', labelEn: null, points: 2 }],
      };
      return { data: { saveInspectionTemplateDraft: typed(saved) } };
    });
    const item = within(row('CLN-02'));
    fireEvent.change(item.getByLabelText('分值 CLN-02'), { target: { value: '6' } });
    fireEvent.click(item.getByRole('checkbox', { name: '关键项' }));
    fireEvent.click(item.getByTestId('add-deduction'));
    fireEvent.change(item.getByLabelText('扣分情形 CLN-02 1'), { target: { value: '玻璃有指纹' } });
    fireEvent.change(item.getByLabelText('扣分 CLN-02 1'), { target: { value: '2' } });
    fireEvent.change(screen.getByTestId('template-pass-score'), { target: { value: '85' } });
    expect(await screen.findByText('有未保存的修改')).toBeTruthy();

    fireEvent.click(screen.getByTestId('template-save-draft'));
    expect(await screen.findByText('草稿已保存')).toBeTruthy();
    const save = calls.find((c) => c.operationName === 'SaveInspectionTemplateDraft')!;
    expect(save.variables.templateId).toBe('tpl-1');
    expect(save.variables.expectedVersion).toBe(3);
    expect(save.variables.input).toMatchObject({
      passScore: 85,
      sections: [
        {
          key: 'sec-1',
          items: [
            {
              key: 'item-1',
              standardId: 'std-1',
              points: 10,
              critical: true,
              deductions: [{ key: 'ded-1', labelZh: '地面有污渍', labelEn: null, points: 3 }],
            },
            {
              key: 'item-2',
              standardId: 'std-2',
              checkpointZh: '玻璃门无指纹',
              points: 6,
              naAllowed: true,
              critical: true,
              deductions: [{ labelZh: '玻璃有指纹', labelEn: null, points: 2 }],
            },
          ],
        },
      ],
    });
    await waitFor(() => expect(screen.getByTestId('template-draft-status').textContent).toContain('第 4 次保存'));
  });

  it('puts server field errors on the deduction and item they name, until edited', async () => {
    render(() =>
      gqlError('BAD_USER_INPUT', 'Invalid input', {
        fields: [
          {
            path: ['input', 'sections', '0', 'items', '0', 'deductions', '0', 'points'],
            field: 'points',
            reason: 'OUT_OF_RANGE',
            message: 'x',
            params: { min: 1, max: 10 },
          },
          {
            path: ['input', 'sections', '0', 'items', '1', 'points'],
            field: 'points',
            reason: 'OUT_OF_RANGE',
            message: 'x',
            params: { min: 1, max: 100 },
          },
        ],
      }),
    );
    fireEvent.change(within(row('CLN-02')).getByLabelText('分值 CLN-02'), { target: { value: '7' } });
    fireEvent.click(screen.getByTestId('template-save-draft'));
    expect(await within(row('CLN-01')).findByText('扣分应在 1 到 10 之间（不超过本项分值）')).toBeTruthy();
    expect(within(row('CLN-02')).getByText('数值应在 1 到 100 之间')).toBeTruthy();
    fireEvent.change(within(row('CLN-02')).getByLabelText('分值 CLN-02'), { target: { value: '8' } });
    await waitFor(() => expect(within(row('CLN-02')).queryByTestId('cell-error')).toBeNull());
    expect(within(row('CLN-01')).getByTestId('cell-error')).toBeTruthy();
  });

  it('refuses a deduction larger than the item before sending anything', async () => {
    const { calls } = render(() => ({ data: null }));
    fireEvent.change(within(row('CLN-01')).getByLabelText('扣分 CLN-01 1'), { target: { value: '12' } });
    expect(await within(row('CLN-01')).findByText('扣分应在 1 到 10 之间（不超过本项分值）')).toBeTruthy();
    fireEvent.click(screen.getByTestId('template-save-draft'));
    expect(await screen.findByText('请修正表单中标出的问题后重新提交。')).toBeTruthy();
    expect(calls.filter((c) => c.operationName === 'SaveInspectionTemplateDraft')).toHaveLength(0);
  });

  it('says clearly when someone else saved the draft, and reloads after confirmation', async () => {
    const { onReload } = render(() => gqlError('CONFLICT', 'Stale', { expectedVersion: 3, currentVersion: 5 }));
    fireEvent.change(within(row('CLN-01')).getByLabelText('分值 CLN-01'), { target: { value: '9' } });
    fireEvent.click(screen.getByTestId('template-save-draft'));
    const alert = await screen.findByTestId('template-draft-conflict');
    expect(alert.textContent).toContain('您的副本基于第 3 次保存，草稿现在是第 5 次保存');
    fireEvent.click(screen.getByTestId('template-reload-draft'));
    fireEvent.click(await screen.findByTestId('confirm-reload'));
    await waitFor(() => expect(onReload).toHaveBeenCalled());
  });

  it('publishes with a change summary and the saved version', async () => {
    const { calls } = render((op) =>
      op.operationName === 'PublishInspectionTemplate'
        ? {
            data: {
              publishInspectionTemplate: {
                __typename: 'InspectionTemplateVersion',
                id: 'v-draft',
                number: 2,
                status: 'PUBLISHED',
                version: 4,
                changeSummary: '增加扣分项',
                publishedAt: '2026-01-03T00:00:00Z',
              },
            },
          }
        : { data: null },
    );
    fireEvent.click(screen.getByTestId('template-publish'));
    expect(await screen.findByText(/发布内容：1 个章节、2 个检查项，满分 15 分，1 个关键项，合格线 80%/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('confirm-template-publish'));
    expect(await screen.findByText('此项为必填项')).toBeTruthy();
    fireEvent.change(screen.getByTestId('template-change-summary'), { target: { value: '增加扣分项' } });
    fireEvent.click(screen.getByTestId('confirm-template-publish'));
    expect(await screen.findByText('已发布 V2')).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'PublishInspectionTemplate')!.variables).toEqual({
      templateId: 'tpl-1',
      changeSummary: '增加扣分项',
      expectedVersion: 3,
    });
  });
});
