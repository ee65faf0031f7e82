import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import RegionsPage from '../pages/regions/RegionsPage';
import { RegionFormModal } from '../pages/regions/RegionFormModal';
import { reportServiceAvailability } from '../lib/service-status';
import { gqlError, renderWithApp, type RecordedOperation } from '../test/utils';

/** What the API answers while its database does not (HTTP 503; the body is a GraphQL error). */
const unavailable = () =>
  gqlError('SERVICE_UNAVAILABLE', 'The service is temporarily unavailable. Try again in a few seconds.', { retryAfterSeconds: 5 });

const REGIONS = {
  data: {
    regions: {
      __typename: 'RegionConnection',
      nodes: [
        {
          __typename: 'Region',
          id: 'r1',
          name: '华东区域',
          code: 'EAST',
          version: 1,
          createdAt: '2026-12-01T02:00:00.000Z',
          updatedAt: '2026-12-01T02:00:00.000Z',
        },
      ],
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      totalCount: 1,
    },
  },
};

const named = (calls: RecordedOperation[], name: string) => calls.filter((c) => c.operationName === name);

afterEach(() => act(() => reportServiceAvailability(true)));

describe('while the API answers SERVICE_UNAVAILABLE (503)', () => {
  it('keeps the page loading, says it is retrying, and shows the data when the service is back', async () => {
    let answered = 0;
    let release!: () => void;
    const back = new Promise<void>((ok) => (release = ok));
    const { calls } = renderWithApp(<RegionsPage />, {
      routePath: '/regions',
      retryDelayMs: () => 10,
      handler: async (op) => {
        if (op.operationName !== 'Regions') return { data: null };
        answered += 1;
        if (answered <= 2) return unavailable();
        await back; // the third try waits until the test has seen the banner
        return REGIONS;
      },
    });
    const banner = await screen.findByTestId('service-unavailable');
    expect(banner.textContent).toContain('服务暂时不可用，正在自动重试');
    expect(screen.queryByTestId('error-state')).toBeNull();
    release();
    expect(await screen.findByText('华东区域')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('service-unavailable')).toBeNull());
    expect(named(calls, 'Regions')).toHaveLength(3);
  });

  it('gives up after four retries with a friendly error state, in English too', async () => {
    const { calls } = renderWithApp(<RegionsPage />, {
      routePath: '/regions',
      language: 'en-US',
      retryDelayMs: () => 10,
      handler: (op) => (op.operationName === 'Regions' ? unavailable() : { data: null }),
    });
    const state = await screen.findByTestId('error-state');
    expect(state.textContent).toContain('Service temporarily unavailable');
    expect(state.textContent).toContain('The system cannot reach its data right now');
    expect(state.textContent).not.toContain('Try again in a few seconds'); // the server's English text is not shown
    expect(screen.getByTestId('service-unavailable').textContent).toContain('retrying automatically');
    expect(named(calls, 'Regions')).toHaveLength(5);
  });

  it('does not repeat a mutation by itself: it says the action was not completed', async () => {
    const { calls } = renderWithApp(<RegionFormModal open onClose={() => undefined} />, {
      routePath: '/regions',
      retryDelayMs: () => 10,
      handler: (op) => (op.operationName === 'CreateRegion' ? unavailable() : { data: null }),
    });
    fireEvent.change(screen.getByLabelText('区域名称'), { target: { value: '华东区域' } });
    fireEvent.click(screen.getByTestId('save-region'));
    expect(await screen.findByText('服务暂时不可用，本次操作未完成，请稍后重试。')).toBeTruthy();
    expect(named(calls, 'CreateRegion')).toHaveLength(1);
  });
});
