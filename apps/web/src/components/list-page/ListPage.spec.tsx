import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Select, type TableColumnsType } from 'antd';
import { AppProviders } from '../../app/AppProviders';
import { createApolloClient } from '../../lib/apollo';
import { currentUrl, renderWithApp } from '../../test/utils';
import { ListPage } from './ListPage';
import { SearchBox, SEARCH_DEBOUNCE_MS } from './SearchBox';
import { useListState, type ListState } from './useListState';

interface Row {
  id: string;
  name: string;
  size: number;
}

const ROWS: Row[] = [
  { id: 'a', name: '乙', size: 3 },
  { id: 'b', name: '甲', size: 1 },
  { id: 'c', name: '丙', size: 2 },
];

let lastList: ListState | undefined;

/** A server-sorted, cursor-paged list and the variables it would send. */
function ServerList() {
  const list = useListState({ filters: ['q', 'kind'], sorts: { name: 'NAME', size: 'SIZE' }, paging: 'backwards' });
  lastList = list;
  const columns: TableColumnsType<Row> = [
    { key: 'name', title: '名称', dataIndex: 'name' },
    { key: 'size', title: '大小', dataIndex: 'size' },
    { key: 'other', title: '其他', render: () => '—' },
  ];
  return (
    <>
      <div data-testid="variables">{JSON.stringify(list.variables)}</div>
      <ListPage<Row>
        list={list}
        query={{ loading: false, refetch: () => undefined }}
        connection={{ nodes: ROWS, totalCount: 45, pageInfo: { hasNextPage: true, startCursor: 'c1', endCursor: 'c3' } }}
        columns={columns}
        search={{ placeholder: '搜索', testId: 'search' }}
        filters={
          <Select
            allowClear
            data-testid="filter-kind"
            value={list.params.get('kind') ?? undefined}
            onChange={(kind?: string) => list.update({ kind })}
            options={[{ value: 'big', label: '大' }]}
            style={{ width: 100 }}
          />
        }
        empty={<div>空</div>}
        emptyFiltered="没有匹配"
        testIds={{ filters: 'filters', table: 'table' }}
      />
    </>
  );
}

/** A list sorted in the browser (no paging). */
function LocalList() {
  const list = useListState({ sorts: { name: true, size: true }, paging: 'none' });
  return (
    <ListPage<Row>
      list={list}
      query={{ loading: false, refetch: () => undefined }}
      rows={ROWS}
      columns={[
        { key: 'name', title: '名称', dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN') },
        { key: 'size', title: '大小', dataIndex: 'size', sorter: (a, b) => a.size - b.size },
      ]}
      empty={<div>空</div>}
      testIds={{ table: 'table' }}
    />
  );
}

const variables = () => JSON.parse(screen.getByTestId('variables').textContent!);
const cellTexts = (column: number) =>
  within(screen.getByTestId('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelectorAll('td')[column]?.textContent);

describe('ListPage ↔ URL', () => {
  it('reads filters, sort and page from a link and shows them', async () => {
    renderWithApp(<ServerList />, { routePath: '/list', path: '/list?q=%E7%94%B2&kind=big&sort=size&order=desc&size=50' });
    expect(await screen.findByDisplayValue('甲')).toBeTruthy();
    expect(variables()).toEqual({ sort: { field: 'SIZE', direction: 'DESC' }, first: 50 });
    expect(lastList!.filtered).toBe(true);
    // The sorted column says so (aria-sort), the other sortable one does not.
    const headers = within(screen.getByTestId('table')).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('aria-sort'))).toEqual([null, 'descending', null]);
  });

  it('writes sort, paging and filters back; a filter or sort change returns to page 1; clear keeps the sort', async () => {
    const { router } = renderWithApp(<ServerList />, { routePath: '/list', path: '/list' });
    expect(await screen.findByText('乙')).toBeTruthy();
    // No sort in the URL: the API's default order, no variable.
    expect(variables()).toEqual({ first: 20 });

    fireEvent.click(screen.getByText('名称'));
    await waitFor(() => expect(currentUrl(router)).toBe('/list?sort=name&order=asc'));
    expect(variables()).toEqual({ sort: { field: 'NAME', direction: 'ASC' }, first: 20 });
    fireEvent.click(screen.getByText('名称'));
    await waitFor(() => expect(currentUrl(router)).toBe('/list?sort=name&order=desc'));
    // A column that is not sortable has no sorter.
    fireEvent.click(screen.getByText('其他'));
    expect(currentUrl(router)).toBe('/list?sort=name&order=desc');

    fireEvent.click(screen.getByTestId('next-page'));
    await waitFor(() => expect(router.state.location.search).toContain('after=c3'));
    expect(variables()).toEqual({ sort: { field: 'NAME', direction: 'DESC' }, first: 20, after: 'c3' });

    fireEvent.mouseDown(within(screen.getByTestId('filter-kind')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('大'));
    await waitFor(() => expect(currentUrl(router)).toBe('/list?sort=name&order=desc&kind=big'));

    fireEvent.click(screen.getByText('清除筛选', { selector: 'button span' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/list?sort=name&order=desc'));

    // Third click on the sorted column: back to the default order.
    fireEvent.click(screen.getByText('名称'));
    await waitFor(() => expect(currentUrl(router)).toBe('/list'));

    // Back restores the earlier views.
    await act(() => router.navigate(-1));
    await waitFor(() => expect(currentUrl(router)).toBe('/list?sort=name&order=desc'));
  });

  it('ignores a sort key that is not a sortable column', async () => {
    renderWithApp(<ServerList />, { routePath: '/list', path: '/list?sort=password&order=asc' });
    expect(await screen.findByText('乙')).toBeTruthy();
    expect(variables()).toEqual({ first: 20 });
  });

  it('sorts an unpaged list in the browser, from the URL and on click', async () => {
    const { router } = renderWithApp(<LocalList />, { routePath: '/local', path: '/local?sort=size&order=desc' });
    expect(await screen.findByText('乙')).toBeTruthy();
    expect(cellTexts(1)).toEqual(['3', '2', '1']);
    fireEvent.click(screen.getByText('名称'));
    await waitFor(() => expect(currentUrl(router)).toBe('/local?sort=name&order=asc'));
    expect(cellTexts(0)).toEqual(['丙', '甲', '乙'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(screen.queryByTestId('pager')).toBeNull();
  });
});

describe('SearchBox', () => {
  afterEach(() => jest.useRealTimers());

  it('searches after a pause in typing, once, and at once on Enter', () => {
    jest.useFakeTimers();
    const onSearch = jest.fn();
    render(
      <AppProviders client={createApolloClient({})} language="zh-CN">
        <SearchBox value="" onSearch={onSearch} placeholder="搜索" />
      </AppProviders>,
    );
    const box = screen.getByPlaceholderText('搜索');
    fireEvent.change(box, { target: { value: '滨' } });
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 100));
    fireEvent.change(box, { target: { value: '滨江 ' } });
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    expect(onSearch).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(onSearch).toHaveBeenCalledTimes(1);
    expect(onSearch).toHaveBeenLastCalledWith('滨江');

    fireEvent.change(box, { target: { value: '花园' } });
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(onSearch).toHaveBeenLastCalledWith('花园');
  });
});
