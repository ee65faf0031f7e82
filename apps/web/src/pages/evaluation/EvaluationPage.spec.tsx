import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import EvaluationPage, { evaluationExportPath } from './EvaluationPage';
import { currentUrl, gqlError, renderWithApp, type RecordedOperation } from '../../test/utils';

// recharts measures its container, which jsdom cannot; the numbers are in trend-points anyway.
jest.mock('./TrendChart', () => ({ __esModule: true, default: () => <div data-testid="trend-chart" /> }));

const REGION = { __typename: 'Region', id: 'r1', name: '上海区域' };
const period = (kind: string, year: number, index: number) => ({
  __typename: 'EvaluationPeriod',
  kind,
  year,
  index,
  key: `${year}-${String(index).padStart(2, '0')}`,
  from: `${year}-${String(index).padStart(2, '0')}-01`,
  to: `${year}-${String(index).padStart(2, '0')}-28`,
});

function row(id: string, code: string, score: number | null, tenantRank: number | null, change: number | null) {
  return {
    __typename: 'ProjectEvaluation',
    project: { __typename: 'Project', id, code, name: `${code} 项目` },
    region: REGION,
    score,
    earnedPoints: score ?? 0,
    possiblePoints: score == null ? 0 : 100,
    inspections: score == null ? 0 : 4,
    failedInspections: score == null ? 0 : 1,
    criticalFailures: code === 'SH-002' ? 2 : 0,
    tenantRank,
    regionRank: tenantRank,
    previousScore: change == null ? null : (score ?? 0) - change,
    change,
  };
}

const RANKING = [row('p1', 'SH-001', 92.5, 1, 2.5), row('p2', 'SH-002', 71, 2, -4), row('p3', 'GZ-001', null, null, null)];

function trend(projectId: unknown) {
  return {
    __typename: 'ScoreTrend',
    kind: 'MONTH',
    project: projectId ? { __typename: 'Project', id: 'p2', code: 'SH-002', name: 'SH-002 项目' } : null,
    region: null,
    points: [8, 9, 10].map((m, i) => ({
      __typename: 'ScoreTrendPoint',
      period: { ...period('MONTH', 2026, m) },
      score: projectId ? 70 + i : 85 + i,
      earnedPoints: 1,
      possiblePoints: 1,
      inspections: 3,
      projects: 2,
    })),
  };
}

function handler(op: RecordedOperation) {
  switch (op.operationName) {
    case 'EvaluationRegions':
      return { data: { regions: { __typename: 'RegionConnection', nodes: [REGION] } } };
    case 'ProjectEvaluation':
      return {
        data: {
          projectEvaluation: {
            __typename: 'ProjectEvaluationConnection',
            period: period('MONTH', 2026, 10),
            previous: period('MONTH', 2026, 9),
            nodes: RANKING,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            totalCount: 3,
            rankedCount: 2,
            tenantRankedCount: 2,
          },
        },
      };
    case 'ScoreTrend':
      return { data: { projectScoreTrend: trend(op.variables.projectId) } };
    default:
      return { data: null };
  }
}

describe('EvaluationPage', () => {
  it('ranks the projects of the chosen month, unranked last, with coloured scores and changes', async () => {
    const { calls } = renderWithApp(<EvaluationPage />, {
      path: '/evaluation?kind=MONTH&year=2026&index=10',
      routePath: '/evaluation',
      handler,
    });
    const table = await screen.findByTestId('evaluation-table');
    await waitFor(() => expect(within(table).getAllByTestId('evaluation-row')).toHaveLength(3));
    const rows = within(table).getAllByTestId('evaluation-row');
    expect(rows.map((r) => r.getAttribute('data-project-code'))).toEqual(['SH-001', 'SH-002', 'GZ-001']);
    expect(rows.map((r) => r.getAttribute('data-rank'))).toEqual(['1', '2', '']);
    expect(within(rows[2]).getByTestId('unranked').textContent).toBe('本期无检查');
    expect(within(rows[0]).getByTestId('evaluation-score').getAttribute('data-level')).toBe('good');
    expect(within(rows[1]).getByTestId('evaluation-score').getAttribute('data-level')).toBe('warning');
    expect(within(rows[0]).getByTestId('evaluation-change').textContent).toBe('↑ 2.5');
    expect(within(rows[1]).getByTestId('evaluation-change').textContent).toBe('↓ 4');
    expect(screen.getByTestId('evaluation-summary').textContent).toContain('2026年10月');
    expect(calls.find((c) => c.operationName === 'ProjectEvaluation')?.variables).toMatchObject({
      period: { kind: 'MONTH', year: 2026, index: 10 },
    });
    // The company trend up to the chosen month.
    await waitFor(() => expect(screen.getByTestId('trend-points').querySelectorAll('li')).toHaveLength(3));
    expect(calls.find((c) => c.operationName === 'ScoreTrend')?.variables).toMatchObject({
      kind: 'MONTH',
      periods: 6,
      until: { kind: 'MONTH', year: 2026, index: 10 },
      projectId: null,
    });
    expect(screen.getByTestId('trend-scope').textContent).toBe('全公司');
  });

  it('shows a clicked project’s trend and keeps it in the URL', async () => {
    const { router, calls } = renderWithApp(<EvaluationPage />, {
      path: '/evaluation?kind=MONTH&year=2026&index=10',
      routePath: '/evaluation',
      handler,
    });
    const rows = await screen.findAllByTestId('evaluation-row');
    fireEvent.click(rows[1]);
    await waitFor(() => expect(currentUrl(router)).toContain('project=p2'));
    await waitFor(() => expect(screen.getByTestId('trend-scope').textContent).toBe('SH-002 · SH-002 项目'));
    expect(calls.filter((c) => c.operationName === 'ScoreTrend').pop()?.variables).toMatchObject({ projectId: 'p2', regionId: null });
    expect(screen.getByTestId('trend-card').getAttribute('data-scope')).toBe('project');
    fireEvent.click(screen.getByTestId('trend-back'));
    await waitFor(() => expect(currentUrl(router)).not.toContain('project='));
  });

  it('switches to last month and to quarters', async () => {
    const { router } = renderWithApp(<EvaluationPage />, { path: '/evaluation', routePath: '/evaluation', handler });
    await screen.findAllByTestId('evaluation-row');
    fireEvent.click(screen.getByTestId('period-last'));
    await waitFor(() => expect(currentUrl(router)).toMatch(/kind=MONTH&year=\d{4}&index=\d{1,2}/));
    fireEvent.click(screen.getByText('季度'));
    await waitFor(() => expect(currentUrl(router)).toContain('kind=QUARTER'));
  });

  it('offers a retry when the ranking fails to load', async () => {
    let fail = true;
    renderWithApp(<EvaluationPage />, {
      path: '/evaluation',
      routePath: '/evaluation',
      handler: (op) => (op.operationName === 'ProjectEvaluation' && fail ? gqlError('INTERNAL_SERVER_ERROR', 'boom') : handler(op)),
    });
    const retry = await screen.findByTestId('retry');
    fail = false;
    fireEvent.click(retry);
    await waitFor(() => expect(screen.getAllByTestId('evaluation-row')).toHaveLength(3));
  });

  it('exports the ranking of the period and region shown', () => {
    expect(evaluationExportPath({ kind: 'MONTH', year: 2026, index: 11 })).toBe('/downloads/evaluation.xlsx?kind=MONTH&year=2026&index=11');
    expect(evaluationExportPath({ kind: 'QUARTER', year: 2026, index: 4 }, 'r1')).toBe(
      '/downloads/evaluation.xlsx?kind=QUARTER&year=2026&index=4&regionId=r1',
    );
  });
});
