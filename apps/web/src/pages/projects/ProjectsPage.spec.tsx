import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import ProjectsPage from './ProjectsPage';
import { currentUrl, ME_ADMIN, renderWithApp, type RecordedOperation } from '../../test/utils';

function project(i: number) {
  return {
    __typename: 'Project',
    id: `p${i}`,
    code: `SH-${String(i).padStart(3, '0')}`,
    name: `项目${i}`,
    stage: 'OPERATING',
    contractStart: '2025-01-01',
    contractEnd: '2027-12-31',
    timeZone: 'Asia/Shanghai',
    archivedAt: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-02-01T00:00:00.000Z',
    property: { __typename: 'Property', id: `prop${i}`, name: `物业${i}`, format: 'RESIDENTIAL' },
    region: { __typename: 'Region', id: 'r1', name: '华东区域' },
    manager: null,
  };
}

function handler(op: RecordedOperation) {
  if (op.operationName === 'RegionOptions') {
    return {
      data: {
        regions: {
          __typename: 'RegionConnection',
          nodes: [
            { __typename: 'Region', id: 'r1', name: '华东区域', code: 'EAST' },
            { __typename: 'Region', id: 'r2', name: '华南区域', code: 'SOUTH' },
          ],
        },
      },
    };
  }
  if (op.operationName === 'Projects') {
    return {
      data: {
        projects: {
          __typename: 'ProjectConnection',
          nodes: [project(1), project(2)],
          pageInfo: { __typename: 'PageInfo', hasNextPage: true, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' },
          totalCount: 45,
        },
      },
    };
  }
  return { data: null };
}

const projectCalls = (calls: RecordedOperation[]) => calls.filter((c) => c.operationName === 'Projects');

describe('projects list ↔ URL', () => {
  it('builds the query from the URL (filters, sort, page size)', async () => {
    const { calls } = renderWithApp(<ProjectsPage />, {
      routePath: '/projects',
      path: '/projects?region=r2&format=OFFICE&stage=TAKEOVER&q=%E6%BB%A8%E6%B1%9F&sort=code&order=desc&size=50',
      handler,
    });
    expect(await screen.findByText('SH-001')).toBeTruthy();
    expect(projectCalls(calls)[0].variables).toEqual({
      filter: { regionId: 'r2', format: 'OFFICE', stage: 'TAKEOVER', search: '滨江' },
      sort: { field: 'CODE', direction: 'DESC' },
      first: 50,
    });
    // The filter bar shows the values from the link.
    const filters = within(screen.getByTestId('project-filters'));
    expect(filters.getByDisplayValue('滨江')).toBeTruthy();
    expect(await filters.findByTitle('华南区域')).toBeTruthy();
    expect(filters.getByTitle('写字楼')).toBeTruthy();
    expect(filters.getByTitle('前期接管')).toBeTruthy();
  });

  it('writes filter changes, sorting and paging into the URL', async () => {
    const { calls, router } = renderWithApp(<ProjectsPage />, { routePath: '/projects', path: '/projects', handler });
    expect(await screen.findByText('SH-001')).toBeTruthy();

    // Text search (Enter) → ?q=
    const search = screen.getByPlaceholderText('搜索项目编码或名称');
    fireEvent.change(search, { target: { value: 'SH-00' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(currentUrl(router)).toBe('/projects?q=SH-00'));

    // Stage select → &stage=
    fireEvent.mouseDown(within(screen.getByTestId('filter-stage')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('在管'));
    await waitFor(() => expect(currentUrl(router)).toBe('/projects?q=SH-00&stage=OPERATING'));
    await waitFor(() =>
      expect(projectCalls(calls).at(-1)?.variables).toEqual({ filter: { stage: 'OPERATING', search: 'SH-00' }, first: 20 }),
    );

    // Column sort → &sort=code&order=asc
    fireEvent.click(screen.getAllByText('项目编码')[0]);
    await waitFor(() => expect(currentUrl(router)).toBe('/projects?q=SH-00&stage=OPERATING&sort=code&order=asc'));

    // Next page → cursor and page number in the URL
    fireEvent.click(screen.getByTestId('next-page'));
    await waitFor(() => expect(router.state.location.search).toContain('after=c2'));
    expect(router.state.location.search).toContain('page=2');
    await waitFor(() => expect(projectCalls(calls).at(-1)?.variables).toMatchObject({ first: 20, after: 'c2' }));

    // Changing a filter returns to the first page.
    fireEvent.click(screen.getByText('清除筛选', { selector: 'button span' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/projects?sort=code&order=asc'));

    // Back restores the previous view.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(router.state.location.search).toContain('after=c2'));
  });
});

describe('projects list region filter follows the data scope', () => {
  it('offers a project-scoped user (项目经理) no region filter and asks for no regions', async () => {
    const { calls } = renderWithApp(<ProjectsPage />, {
      routePath: '/projects',
      path: '/projects',
      handler,
      me: { ...ME_ADMIN, role: 'PROJECT_MANAGER', projectIds: ['p1'] },
    });
    expect(await screen.findByText('SH-001')).toBeTruthy();
    expect(screen.getByTestId('filter-stage')).toBeTruthy();
    expect(screen.queryByTestId('filter-region')).toBeNull();
    expect(calls.some((c) => c.operationName === 'RegionOptions')).toBe(false);
  });

  it('offers a region-scoped user only their regions', async () => {
    const { calls } = renderWithApp(<ProjectsPage />, {
      routePath: '/projects',
      path: '/projects',
      handler,
      me: {
        ...ME_ADMIN,
        role: 'REGIONAL_OPS',
        regionIds: ['r2'],
        regions: [{ __typename: 'Region', id: 'r2', name: '华南区域' }] as never,
      },
    });
    expect(await screen.findByText('SH-001')).toBeTruthy();
    fireEvent.mouseDown(within(screen.getByTestId('filter-region')).getByRole('combobox'));
    expect(await screen.findByTitle('华南区域')).toBeTruthy();
    expect(screen.queryByTitle('华东区域')).toBeNull();
    expect(calls.some((c) => c.operationName === 'RegionOptions')).toBe(false);
  });
});
