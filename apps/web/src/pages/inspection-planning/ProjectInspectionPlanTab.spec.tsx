import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { gqlError, renderWithApp, ME_ADMIN, type RecordedOperation } from '../../test/utils';
import ProjectInspectionPlanTab from './ProjectInspectionPlanTab';

const PROJECT = {
  __typename: 'Project',
  id: 'p1',
  name: '金融中心大厦物业服务项目',
  timeZone: 'Asia/Shanghai',
  property: { __typename: 'Property', id: 'prop1', format: 'OFFICE' },
};

const FREQUENCY = {
  __typename: 'InspectionFrequency',
  id: 'f1',
  level: 'COMPANY',
  anchor: 'CALENDAR',
  rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0',
  ruleText: 'every weekday at 9, 12, 15 and 18',
  periodUnit: null,
  periodCount: null,
  startTime: null,
  startDate: '2026-01-05',
  endDate: null,
  windowMinutes: 60,
  allowLate: true,
  excludedDates: [],
  holidayList: { __typename: 'HolidayList', id: 'h1', name: '2026 法定节假日' },
  assigneeRole: 'INSPECTOR',
  assigneeUser: null,
  note: null,
  archivedAt: null,
  version: 3,
  updatedAt: '2026-01-01T00:00:00Z',
  project: { __typename: 'Project', id: 'p1', name: PROJECT.name, timeZone: 'Asia/Shanghai' },
  template: { __typename: 'InspectionTemplate', id: 'tpl-1', name: '大堂巡检' },
};

function connection(nodes: unknown[]) {
  return {
    __typename: 'InspectionFrequencyConnection',
    nodes,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    totalCount: nodes.length,
  };
}

const PREVIEW = {
  __typename: 'FrequencyPreview',
  timeZone: 'Asia/Shanghai',
  assigneeLabel: 'INSPECTOR',
  occurrences: [
    {
      __typename: 'PreviewOccurrence',
      dueAt: '2026-12-01T01:00:00Z',
      windowEndsAt: '2026-12-01T03:00:00Z',
      localDue: '2026-12-01 09:00',
      weekday: 2,
    },
    {
      __typename: 'PreviewOccurrence',
      dueAt: '2026-12-02T01:00:00Z',
      windowEndsAt: '2026-12-02T03:00:00Z',
      localDue: '2026-12-02 09:00',
      weekday: 3,
    },
  ],
  workload: [
    { __typename: 'WorkloadMonth', month: '2026-12', added: 23, existing: 40, total: 63 },
    { __typename: 'WorkloadMonth', month: '2027-01', added: 21, existing: 38, total: 59 },
  ],
};

type Answers = Partial<Record<string, (op: RecordedOperation) => unknown>>;

function handler(answers: Answers = {}) {
  return (op: RecordedOperation) => {
    const custom = answers[op.operationName];
    if (custom) return custom(op) as never;
    switch (op.operationName) {
      case 'InspectionPlanProject':
        return { data: { project: PROJECT } };
      case 'ProjectInspectionFrequencies':
        return { data: { inspectionFrequencies: connection([]) } };
      case 'PlanningTemplates':
        return {
          data: {
            inspectionTemplates: {
              __typename: 'InspectionTemplateConnection',
              nodes: [
                { __typename: 'InspectionTemplate', id: 'tpl-1', name: '大堂巡检', format: 'OFFICE', latestNumber: 2 },
                { __typename: 'InspectionTemplate', id: 'tpl-2', name: '消防通道检查', format: null, latestNumber: 1 },
              ],
              totalCount: 2,
            },
          },
        };
      case 'HolidayLists':
        return {
          data: {
            holidayLists: [
              {
                __typename: 'HolidayList',
                id: 'h1',
                name: '2026 法定节假日',
                dates: ['2026-10-01'],
                version: 1,
                updatedAt: '2026-01-01T00:00:00Z',
              },
            ],
          },
        };
      case 'PlanningAssignees':
        return {
          data: {
            inspectionAssignees: [
              { __typename: 'InspectionAssignee', role: 'INSPECTOR', user: { __typename: 'User', id: 'u-9', displayName: '王检查' } },
            ],
          },
        };
      case 'PreviewInspectionFrequency':
        return { data: { previewInspectionFrequency: PREVIEW } };
      case 'CreateInspectionFrequency':
        return { data: { createInspectionFrequency: { ...FREQUENCY, id: 'f-new' } } };
      default:
        return { data: null };
    }
  };
}

async function pickTemplate(name: string) {
  fireEvent.mouseDown(within(screen.getByTestId('frequency-template-select')).getByRole('combobox'));
  const options = await screen.findAllByTitle(name);
  fireEvent.click(options[options.length - 1]);
}

describe('project inspection plan tab', () => {
  it('lists the frequencies with the rule in words, window, assignee and holidays', async () => {
    renderWithApp(<ProjectInspectionPlanTab projectId="p1" />, {
      handler: handler({ ProjectInspectionFrequencies: () => ({ data: { inspectionFrequencies: connection([FREQUENCY]) } }) }),
    });
    const table = await screen.findByTestId('inspection-plan-table');
    await waitFor(() => expect(within(table).getByText('大堂巡检')).toBeTruthy());
    expect(within(table).getByTestId('frequency-rule-text').textContent).toBe(
      '每个工作日（周一至周五） 09:00–18:00 每 3 小时一次（每天 4 次）',
    );
    expect(within(table).getByText('1 小时')).toBeTruthy();
    expect(within(table).getByText('品质检查员')).toBeTruthy();
    expect(within(table).getByText('2026 法定节假日')).toBeTruthy();
    expect(screen.getByTestId('new-inspection-frequency')).toBeTruthy();
  });

  it('says what to do when empty, and hides planning for other roles', async () => {
    renderWithApp(<ProjectInspectionPlanTab projectId="p1" />, { handler: handler(), me: { ...ME_ADMIN, role: 'VIEWER' } });
    expect(await screen.findByText('本项目还没有检查计划，请联系品质中心设置。')).toBeTruthy();
    expect(screen.queryByTestId('new-inspection-frequency')).toBeNull();
    expect(screen.queryByTestId('apply-frequency-defaults')).toBeNull();
  });

  it('previews the next occurrences and the workload while editing, then creates the frequency', async () => {
    const { calls } = renderWithApp(<ProjectInspectionPlanTab projectId="p1" />, { handler: handler() });
    fireEvent.click(await screen.findByTestId('new-inspection-frequency'));
    expect(await screen.findByTestId('preview-incomplete')).toBeTruthy();
    expect(screen.getByTestId('frequency-drawer')).toBeTruthy();

    await pickTemplate('大堂巡检');
    fireEvent.click(screen.getByTestId('rule-mode-HOURS_ON_DAYS'));

    const preview = await screen.findByTestId('frequency-preview');
    const rows = within(preview).getAllByTestId('preview-occurrence');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('2026-12-01 09:00');
    expect(rows[0].textContent).toContain('周二');
    expect(rows[0].textContent).toContain('截止 11:00');
    const workload = screen.getByTestId('frequency-workload');
    expect(workload.textContent).toContain('品质检查员的每月检查量');
    expect(within(workload).getByText('63')).toBeTruthy();

    // Debounced: the preview is asked for the finished rule, not for every keystroke.
    await waitFor(() => {
      const last = calls.filter((c) => c.operationName === 'PreviewInspectionFrequency').at(-1);
      expect((last?.variables.input as { rrule: string }).rrule).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0');
    });
    const previews = calls.filter((c) => c.operationName === 'PreviewInspectionFrequency');
    expect(previews.length).toBeLessThanOrEqual(2);
    expect(previews.at(-1)?.variables).toMatchObject({
      projectId: 'p1',
      count: 10,
      frequencyId: null,
      input: {
        templateId: 'tpl-1',
        anchor: 'CALENDAR',
        windowMinutes: 120,
        assigneeRole: 'INSPECTOR',
        assigneeUserId: null,
        allowLate: false,
      },
    });

    fireEvent.click(screen.getByTestId('frequency-save'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'CreateInspectionFrequency')).toBe(true));
    const create = calls.find((c) => c.operationName === 'CreateInspectionFrequency')!;
    expect(create.variables).toMatchObject({
      projectId: 'p1',
      input: { templateId: 'tpl-1', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0', windowMinutes: 120 },
    });
  });

  it('shows the preview’s validation errors on the form fields', async () => {
    renderWithApp(<ProjectInspectionPlanTab projectId="p1" />, {
      handler: handler({
        PreviewInspectionFrequency: () =>
          gqlError('BAD_USER_INPUT', 'Invalid input', {
            fields: [
              {
                path: ['input', 'rrule'],
                field: 'rrule',
                reason: 'OUT_OF_RANGE',
                message: 'At most 24 inspections a day on average',
                params: { max: 24 },
              },
            ],
          }),
      }),
    });
    fireEvent.click(await screen.findByTestId('new-inspection-frequency'));
    await pickTemplate('消防通道检查');
    const problems = await screen.findByTestId('preview-problems');
    expect(problems.textContent).toContain('检查频次：数值应在');
    const form = screen.getByTestId('frequency-form');
    await waitFor(() => expect(within(form).getByText(/数值应在 .* 到 24 之间/)).toBeTruthy());
  });

  it('edits a frequency: previews the change against it and saves with the expected version', async () => {
    const { calls } = renderWithApp(<ProjectInspectionPlanTab projectId="p1" />, {
      handler: handler({
        ProjectInspectionFrequencies: () => ({ data: { inspectionFrequencies: connection([FREQUENCY]) } }),
        UpdateInspectionFrequency: () => ({ data: { updateInspectionFrequency: { ...FREQUENCY, version: 4 } } }),
      }),
    });
    fireEvent.click(await screen.findByTestId('edit-frequency'));
    expect(await screen.findByTestId('frequency-effective-note')).toBeTruthy();
    expect(screen.getByTestId('rule-mode-HOURS_ON_DAYS').closest('label')?.className).toContain('checked');
    expect(screen.getByTestId('rule-description').textContent).toBe('每个工作日（周一至周五） 09:00–18:00 每 3 小时一次（每天 4 次）');
    await screen.findByTestId('frequency-preview');
    expect(calls.find((c) => c.operationName === 'PreviewInspectionFrequency')?.variables).toMatchObject({ frequencyId: 'f1' });

    // Saturday too: the rule follows the weekday boxes (reachable by their labels).
    fireEvent.click(within(screen.getByTestId('rule-days')).getByLabelText('周六'));
    expect(screen.getByTestId('rule-rrule').textContent?.replace(/\u200b/g, '')).toBe(
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA;BYHOUR=9,12,15,18;BYMINUTE=0',
    );
    fireEvent.click(screen.getByTestId('frequency-save'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'UpdateInspectionFrequency')).toBe(true));
    expect(calls.find((c) => c.operationName === 'UpdateInspectionFrequency')?.variables).toMatchObject({
      id: 'f1',
      expectedVersion: 3,
      input: {
        rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA;BYHOUR=9,12,15,18;BYMINUTE=0',
        startDate: '2026-01-05',
        holidayListId: 'h1',
        allowLate: true,
        windowMinutes: 60,
      },
    });
  });

  it('applies the format defaults and sums up what was created and skipped', async () => {
    const { calls } = renderWithApp(<ProjectInspectionPlanTab projectId="p1" />, {
      handler: handler({
        ApplyInspectionFrequencyDefaults: () => ({
          data: {
            applyInspectionFrequencyDefaults: {
              __typename: 'ApplyDefaultsResult',
              created: [{ __typename: 'InspectionFrequency', id: 'f7' }],
              skipped: [
                {
                  __typename: 'SkippedDefault',
                  reason: 'TEMPLATE_NOT_PUBLISHED',
                  template: { __typename: 'InspectionTemplate', id: 'tpl-3', name: '绿化检查' },
                },
              ],
            },
          },
        }),
      }),
    });
    fireEvent.click(await screen.findByTestId('apply-frequency-defaults'));
    fireEvent.click(await screen.findByTestId('apply-defaults-ok'));
    const result = await screen.findByTestId('apply-defaults-result');
    expect(result.textContent).toContain('已创建 1 个检查频次');
    expect(result.textContent).toContain('绿化检查：检查表尚未发布');
    expect(calls.find((c) => c.operationName === 'ApplyInspectionFrequencyDefaults')?.variables).toMatchObject({ projectId: 'p1' });
  });
});
