// The project import (bulk go-live) from the projects list: choose a file → dry run → the wrong rows
// named in the user's language, nothing written → a fixed file → 确认导入 → counts.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ProjectsPage from './ProjectsPage';
import { ME_ADMIN, renderWithApp, type RecordedOperation } from '../../test/utils';

const report = (over: Record<string, unknown>) => ({
  __typename: 'ProjectImportReport',
  written: false,
  rows: 3,
  created: 3,
  updated: 0,
  propertiesCreated: 1,
  errors: [],
  ...over,
});
const rowError = (row: number, column: string, field: string, reason: string, params: Record<string, unknown> | null) => ({
  __typename: 'ImportRowError',
  row,
  column,
  field,
  reason,
  message: 'English message never shown',
  params,
});

function handler(imports: Array<(dryRun: boolean) => unknown>) {
  return (op: RecordedOperation) => {
    if (op.operationName === 'Projects')
      return {
        data: {
          projects: {
            __typename: 'ProjectConnection',
            nodes: [],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
            totalCount: 0,
          },
        },
      };
    if (op.operationName === 'RegionOptions') return { data: { regions: { __typename: 'RegionConnection', nodes: [] } } };
    if (op.operationName === 'ImportProjects') {
      const next = imports.shift();
      return { data: { importProjects: next!(Boolean(op.variables['dryRun'])) } };
    }
    return { data: null };
  };
}

const xlsx = (name: string) =>
  new File(['PK fake workbook'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

async function choose(file: File) {
  const input = (await screen.findByTestId('import-modal')).querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

describe('importing projects from Excel', () => {
  it('names the wrong rows without writing, then imports the fixed file and shows the counts', async () => {
    const { calls } = renderWithApp(<ProjectsPage />, {
      routePath: '/projects',
      handler: handler([
        () =>
          report({
            created: 1,
            errors: [
              rowError(3, '区域', 'region', 'NOT_FOUND', { value: '火星区域' }),
              rowError(4, '项目编码', 'code', 'TAKEN', { value: 'XM-001', row: 2 }),
            ],
          }),
        () => report({}),
        () => report({ written: true }),
      ]),
    });
    fireEvent.click(await screen.findByTestId('import-projects'));
    const modal = within(await screen.findByTestId('import-modal'));
    expect(modal.getByTestId('import-columns').textContent).toContain('项目编码、项目名称、物业名称、业态、区域');
    expect(modal.getByTestId('import-template').textContent).toContain('下载模板');

    await choose(xlsx('项目.xlsx'));
    const errors = within(await screen.findByTestId('import-errors'));
    expect(screen.getByTestId('import-nothing-written')).toBeTruthy();
    expect(errors.getByText('区域「火星区域」不存在，或不在您负责的区域（见模板中的“区域”表）')).toBeTruthy();
    expect(errors.getByText('与第 2 行重复（XM-001）')).toBeTruthy();
    expect(errors.queryByText('English message never shown')).toBeNull();
    expect((screen.getByTestId('confirm-import') as HTMLButtonElement).disabled).toBe(true);
    const imports = () => calls.filter((c) => c.operationName === 'ImportProjects').map((c) => c.variables['dryRun']);
    expect(imports()).toEqual([true]);

    fireEvent.click(screen.getByText('重新选择文件'));
    await choose(xlsx('项目-已修改.xlsx'));
    expect((await screen.findByTestId('import-clean')).textContent).toContain('将新增 3 个项目、更新 0 个项目');
    await waitFor(() => expect((screen.getByTestId('confirm-import') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('confirm-import'));
    expect((await screen.findByTestId('import-written')).textContent).toBe('导入完成：新增 3 个项目，更新 0 个。');
    expect(imports()).toEqual([true, true, false]);
    // The list is asked again for the new projects.
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'Projects').length).toBeGreaterThan(1));
  });

  it('speaks English to an English user and refuses a file that is not .xlsx without sending it', async () => {
    const { calls } = renderWithApp(<ProjectsPage />, { routePath: '/projects', handler: handler([]), language: 'en-US' });
    fireEvent.click(await screen.findByTestId('import-projects'));
    expect((await screen.findByTestId('import-columns')).textContent).toContain('Project code, Project name, Property, Format, Region');
    await choose(new File(['a,b'], 'projects.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('import-file-problem')).textContent).toContain('Upload an .xlsx Excel file.');
    expect(calls.some((c) => c.operationName === 'ImportProjects')).toBe(false);
  });

  it('is not offered to those who may not create projects', async () => {
    renderWithApp(<ProjectsPage />, { routePath: '/projects', handler: handler([]), me: { ...ME_ADMIN, role: 'VIEWER' } });
    expect(await screen.findByText('项目')).toBeTruthy();
    expect(screen.queryByTestId('import-projects')).toBeNull();
  });
});
