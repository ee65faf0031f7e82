export { ListPage, type ListPageProps, type Connection } from './ListPage';
export { useListState, type ListOptions, type ListState } from './useListState';
export { SearchBox, SEARCH_DEBOUNCE_MS } from './SearchBox';
export { PageInfoFieldsFragment } from './connection.operations';
export { byText, byValue } from './compare';
