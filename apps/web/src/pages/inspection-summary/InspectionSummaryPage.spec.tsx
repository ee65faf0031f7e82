import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import InspectionSummaryPage, { calendarDayLink, previousLocalDay, summaryDateFromParams } from './InspectionSummaryPage';
import { currentUrl, renderWithApp, type RecordedOperation } from '../../test/utils';

const counts = (over: Record<string, number | null> = {}) => ({
  __typename: 'DaySummaryCounts',
  due: 0,
  completed: 0,
  late: 0,
  missed: 0,
  open: 0,
  inspections: 0,
  averageScore: null,
  failedInspections: 0,
  openRectifications: 0,
  overdueRectifications: 0,
  ...over,
});
const REGION = { __typename: 'Region', id: 'r1', name: '上海区域' };
const PROJECT = { __typename: 'Project', id: 'p1', code: 'SH-001', name: '翠湖花园' };

function handler(op: RecordedOperation) {
  switch (op.operationName) {
    case 'InspectionFilterOptions':
      return {
        data: {
          projects: { __typename: 'ProjectConnection', nodes: [PROJECT] },
          regions: { __typename: 'RegionConnection', nodes: [REGION] },
        },
      };
    case 'InspectionDailySummary':
      return {
        data: {
          inspectionDailySummary: {
            __typename: 'InspectionDailySummary',
            date: op.variables.date,
            asOf: '2026-11-26T15:59:59.000Z',
            projectCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            total: counts({
              due: 5,
              completed: 3,
              late: 1,
              missed: 1,
              inspections: 4,
              averageScore: 88.456,
              failedInspections: 1,
              openRectifications: 2,
              overdueRectifications: 1,
            }),
            regions: [{ __typename: 'RegionDaySummary', region: REGION, counts: counts({ due: 5, completed: 3 }) }],
            projects: [{ __typename: 'ProjectDaySummary', project: PROJECT, region: REGION, counts: counts({ due: 5, completed: 3 }) }],
          },
        },
      };
    default:
      return { data: null };
  }
}

describe('InspectionSummaryPage', () => {
  it('shows the day’s totals, the regions and the projects with links to the calendar day and rectifications', async () => {
    const { calls } = renderWithApp(<InspectionSummaryPage />, {
      path: '/inspection-summary?date=2026-11-26',
      routePath: '/inspection-summary',
      handler,
    });
    const totals = await screen.findByTestId('summary-totals');
    expect(within(totals).getByTestId('summary-total-due').getAttribute('data-value')).toBe('5');
    expect(within(totals).getByTestId('summary-total-averageScore').textContent).toContain('88.46');
    expect(within(totals).getByTestId('summary-total-overdueRectifications').textContent).toContain('逾期整改');
    expect(calls.find((c) => c.operationName === 'InspectionDailySummary')?.variables).toMatchObject({
      date: '2026-11-26',
      regionId: null,
      projectId: null,
    });
    expect(within(screen.getByTestId('summary-regions')).getByText('上海区域')).toBeTruthy();
    const projects = screen.getByTestId('summary-projects');
    expect(within(projects).getByTestId('summary-calendar-link').getAttribute('href')).toBe(
      '/inspection-calendar?scope=project&project=p1&date=2026-11-26&day=2026-11-26',
    );
    expect(within(projects).getByTestId('summary-rectifications-link').getAttribute('href')).toBe('/rectifications?project=p1');
  });

  it('steps to the previous day and back', async () => {
    const { router } = renderWithApp(<InspectionSummaryPage />, {
      path: '/inspection-summary?date=2026-11-26',
      routePath: '/inspection-summary',
      handler,
    });
    await screen.findByTestId('summary-totals');
    fireEvent.click(screen.getByTestId('summary-prev-day'));
    await waitFor(() => expect(currentUrl(router)).toContain('date=2026-11-25'));
    fireEvent.click(screen.getByTestId('summary-next-day'));
    await waitFor(() => expect(currentUrl(router)).toContain('date=2026-11-26'));
  });

  it('reads the day from the URL, defaulting to today', () => {
    expect(summaryDateFromParams(new URLSearchParams('date=2026-02-30'), '2026-11-27')).toBe('2026-11-27');
    expect(summaryDateFromParams(new URLSearchParams('date=2026-02-28'), '2026-11-27')).toBe('2026-02-28');
    expect(previousLocalDay('2026-03-01')).toBe('2026-02-28');
    expect(calendarDayLink('p 1', '2026-01-02')).toBe('/inspection-calendar?scope=project&project=p%201&date=2026-01-02&day=2026-01-02');
  });
});
