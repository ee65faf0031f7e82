import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import FeedbackPage, { feedbackFilterFromParams } from './FeedbackPage';
import { currentUrl, ME_ADMIN, renderWithApp, type RecordedOperation } from '../../test/utils';

const PROJECT = { __typename: 'Project', id: 'p1', code: 'SH-001', name: '翠湖花园', timeZone: 'Asia/Shanghai' };
const REGION = { __typename: 'Region', id: 'r1', name: '上海区域' };

function feedback(state: 'RECEIVED' | 'HANDLED') {
  return {
    __typename: 'Feedback',
    id: 'f1',
    state,
    description: '大堂地面湿滑，无警示牌',
    receivedAt: '2026-11-26T02:00:00.000Z',
    handledAt: state === 'HANDLED' ? '2026-11-26T05:00:00.000Z' : null,
    handlingNote: state === 'HANDLED' ? '已回访业主' : null,
    handledBy: state === 'HANDLED' ? { __typename: 'User', id: 'u9', displayName: '陈敏' } : null,
    version: state === 'HANDLED' ? 2 : 1,
    project: PROJECT,
    region: REGION,
    inspection: {
      __typename: 'Inspection',
      id: 'i1',
      localDate: '2026-11-26',
      submittedAt: '2026-11-26T02:00:00.000Z',
      template: { __typename: 'InspectionTemplate', id: 't1', name: '住宅日常品质巡检表' },
      inspector: { __typename: 'User', id: 'u2', displayName: '张检查' },
    },
    itemResult: {
      __typename: 'InspectionItemResult',
      id: 'ir1',
      itemKey: 'lobby',
      result: 'FAIL',
      note: '大堂地面湿滑，无警示牌',
      critical: false,
      standard: { __typename: 'Standard', id: 's1', code: 'CLN-01', titleZh: '大堂清洁', titleEn: 'Lobby cleaning' },
      evidence: [],
    },
  };
}

function makeHandler(state: { handled: boolean; calls: RecordedOperation[] }) {
  return (op: RecordedOperation) => {
    state.calls.push(op);
    switch (op.operationName) {
      case 'InspectionFilterOptions':
        return {
          data: {
            projects: { __typename: 'ProjectConnection', nodes: [PROJECT] },
            regions: { __typename: 'RegionConnection', nodes: [REGION] },
          },
        };
      case 'FeedbackInbox': {
        const states = (op.variables.filter as { states?: string[] }).states;
        const current = feedback(state.handled ? 'HANDLED' : 'RECEIVED');
        const nodes = !states || states.includes(current.state) ? [current] : [];
        return {
          data: {
            feedbackInbox: {
              __typename: 'FeedbackConnection',
              nodes,
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
              totalCount: nodes.length,
            },
          },
        };
      }
      case 'Feedback':
        return { data: { feedback: feedback(state.handled ? 'HANDLED' : 'RECEIVED') } };
      case 'HandleFeedback':
        state.handled = true;
        return { data: { handleFeedback: feedback('HANDLED') } };
      default:
        return { data: null };
    }
  };
}

describe('FeedbackPage', () => {
  it('lists feedback to handle; a handler marks it handled with a required note', async () => {
    const state = { handled: false, calls: [] as RecordedOperation[] };
    const { router } = renderWithApp(<FeedbackPage />, {
      path: '/feedback',
      routePath: '/feedback',
      handler: makeHandler(state),
      me: { ...ME_ADMIN, role: 'MARKETING_CS' },
    });
    const row = await screen.findByTestId('feedback-row');
    expect(state.calls.find((c) => c.operationName === 'FeedbackInbox')?.variables).toMatchObject({ filter: { states: ['RECEIVED'] } });
    fireEvent.click(within(row).getByTestId('feedback-open'));
    await waitFor(() => expect(currentUrl(router)).toContain('open=f1'));
    const detail = await screen.findByTestId('feedback-detail');
    expect(within(detail).getByTestId('feedback-item').textContent).toContain('CLN-01 · 大堂清洁');
    expect(within(detail).getByTestId('feedback-inspection-link').getAttribute('href')).toBe('/inspections/i1');
    fireEvent.click(within(detail).getByTestId('feedback-handle'));
    expect(await screen.findByTestId('feedback-note-error')).toBeTruthy();
    expect(state.calls.some((c) => c.operationName === 'HandleFeedback')).toBe(false);
    fireEvent.change(within(detail).getByTestId('feedback-note'), { target: { value: '  已回访业主  ' } });
    fireEvent.click(within(detail).getByTestId('feedback-handle'));
    await waitFor(() =>
      expect(state.calls.find((c) => c.operationName === 'HandleFeedback')?.variables).toEqual({ id: 'f1', note: '已回访业主' }),
    );
    await waitFor(() => expect(screen.getByTestId('feedback-detail').getAttribute('data-state')).toBe('HANDLED'));
    expect(screen.getByTestId('feedback-handling-note').textContent).toBe('已回访业主');
  });

  it('is read-only for the Quality Center', async () => {
    const state = { handled: false, calls: [] as RecordedOperation[] };
    renderWithApp(<FeedbackPage />, {
      path: '/feedback?open=f1',
      routePath: '/feedback',
      handler: makeHandler(state),
      me: { ...ME_ADMIN, role: 'QUALITY_CENTER' },
    });
    expect(await screen.findByTestId('feedback-read-only')).toBeTruthy();
    expect(screen.queryByTestId('feedback-handle')).toBeNull();
  });

  it('says what to do when nothing waits', async () => {
    const state = { handled: true, calls: [] as RecordedOperation[] };
    renderWithApp(<FeedbackPage />, { path: '/feedback', routePath: '/feedback', handler: makeHandler(state) });
    expect(await screen.findByText('没有待处理的客户反馈。')).toBeTruthy();
  });

  it('reads the filter from the URL (待处理 by default, all on request)', () => {
    expect(feedbackFilterFromParams(new URLSearchParams(''))).toEqual({ states: ['RECEIVED'], projectId: undefined, regionId: undefined });
    expect(feedbackFilterFromParams(new URLSearchParams('state=all&project=p1&region=r1'))).toEqual({
      states: undefined,
      projectId: 'p1',
      regionId: 'r1',
    });
    expect(feedbackFilterFromParams(new URLSearchParams('state=HANDLED')).states).toEqual(['HANDLED']);
  });
});
