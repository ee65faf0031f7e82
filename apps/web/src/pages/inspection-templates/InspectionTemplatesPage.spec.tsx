import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ME_ADMIN, currentUrl, gqlError, renderWithApp, type RecordedOperation } from '../../test/utils';
import InspectionTemplatesPage from './InspectionTemplatesPage';
import InspectionTemplatePage from './InspectionTemplatePage';
import { checklistVersion, typed } from './checklist.fixtures';

function row(i: number, published: boolean) {
  return {
    __typename: 'InspectionTemplate',
    id: `tpl-${i}`,
    name: `检查表${i}`,
    format: i === 1 ? null : 'RESIDENTIAL',
    level: 'COMPANY',
    description: null,
    latestNumber: published ? 2 : 0,
    archivedAt: null,
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    latestVersion: published
      ? {
          __typename: 'InspectionTemplateVersion',
          id: `v${i}`,
          number: 2,
          publishedAt: '2026-01-01T00:00:00.000Z',
          totals: { __typename: 'ChecklistTotals', items: 12, points: 60, critical: 2 },
        }
      : null,
    draft: published ? null : { __typename: 'InspectionTemplateVersion', id: `d${i}`, updatedAt: '2026-01-01T00:00:00.000Z' },
  };
}

function handler(op: RecordedOperation) {
  if (op.operationName === 'InspectionTemplates') {
    return {
      data: {
        inspectionTemplates: {
          __typename: 'InspectionTemplateConnection',
          nodes: [row(1, true), row(2, false)],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: 'c1', endCursor: 'c2' },
          totalCount: 2,
        },
      },
    };
  }
  if (op.operationName === 'HandbookSources') {
    return {
      data: {
        handbooks: {
          __typename: 'HandbookConnection',
          totalCount: 2,
          nodes: [
            {
              __typename: 'Handbook',
              id: 'hb-1',
              name: '住宅手册模板',
              format: 'RESIDENTIAL',
              latestNumber: 3,
              latest: { __typename: 'HandbookVersion', id: 'hbv-3', number: 3 },
            },
            { __typename: 'Handbook', id: 'hb-2', name: '写字楼手册模板', format: 'OFFICE', latestNumber: 0, latest: null },
          ],
        },
      },
    };
  }
  if (op.operationName === 'CreateInspectionTemplate') {
    return {
      data: {
        createInspectionTemplate: {
          __typename: 'InspectionTemplate',
          id: 'tpl-new',
          name: '新检查表',
          format: null,
          level: 'COMPANY',
          description: null,
          latestNumber: 0,
          archivedAt: null,
          version: 1,
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      },
    };
  }
  return { data: null };
}

const VIEWER = { ...ME_ADMIN, role: 'VIEWER' as const };

describe('inspection templates list', () => {
  it('builds the query from the URL and shows versions, totals and the all-formats tag', async () => {
    const { calls } = renderWithApp(<InspectionTemplatesPage />, {
      routePath: '/inspection-templates',
      path: '/inspection-templates?q=%E4%BD%8F%E5%AE%85&format=RESIDENTIAL&archived=1',
      handler,
    });
    const table = await screen.findByTestId('inspection-templates-table');
    expect(await within(table).findByText('检查表1')).toBeTruthy();
    expect(calls.find((c) => c.operationName === 'InspectionTemplates')!.variables).toEqual({
      filter: { search: '住宅', format: 'RESIDENTIAL', includeArchived: true },
      first: 20,
    });
    expect(within(table).getByText('全部业态')).toBeTruthy();
    expect(within(table).getByText('12 项 · 60 分')).toBeTruthy();
    expect(within(table).getByText('仅草稿')).toBeTruthy();
    expect(screen.getByDisplayValue('住宅')).toBeTruthy();
  });

  it('creates a checklist for every format, copying a handbook template, and opens its draft', async () => {
    const { calls, router } = renderWithApp(<InspectionTemplatesPage />, {
      routePath: '/inspection-templates',
      handler,
    });
    fireEvent.click(await screen.findByTestId('new-inspection-template'));
    fireEvent.change(await screen.findByTestId('inspection-template-name'), { target: { value: ' 新检查表 ' } });
    fireEvent.mouseDown(within(screen.getByTestId('inspection-template-copy-from')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('住宅手册模板 · V3 · 住宅'));
    fireEvent.click(screen.getByTestId('save-inspection-template'));
    await waitFor(() => expect(currentUrl(router)).toBe('/inspection-templates/tpl-new?view=draft'));
    expect(calls.find((c) => c.operationName === 'CreateInspectionTemplate')!.variables).toEqual({
      input: { name: '新检查表', format: null, level: 'COMPANY', description: null },
      fromHandbookVersionId: 'hbv-3',
    });
  });

  it('shows a taken name on the name field and stays in the modal', async () => {
    const { router } = renderWithApp(<InspectionTemplatesPage />, {
      routePath: '/inspection-templates',
      handler: (op) =>
        op.operationName === 'CreateInspectionTemplate'
          ? gqlError('BAD_USER_INPUT', 'Invalid', {
              fields: [{ path: ['input', 'name'], field: 'name', reason: 'TAKEN', message: 'taken' }],
            })
          : handler(op),
    });
    fireEvent.click(await screen.findByTestId('new-inspection-template'));
    fireEvent.change(await screen.findByTestId('inspection-template-name'), { target: { value: '检查表1' } });
    fireEvent.click(screen.getByTestId('save-inspection-template'));
    expect(await within(screen.getByTestId('inspection-template-form')).findByText('该值已被使用，请换一个')).toBeTruthy();
    expect(currentUrl(router)).toBe('/inspection-templates');
  });

  it('offers no create button to readers', async () => {
    renderWithApp(<InspectionTemplatesPage />, { routePath: '/inspection-templates', handler, me: VIEWER });
    expect(await screen.findByText('检查表1')).toBeTruthy();
    expect(screen.queryByTestId('new-inspection-template')).toBeNull();
  });
});

describe('inspection template page', () => {
  const published = typed(
    checklistVersion(1, { id: 'v1', number: 1, status: 'PUBLISHED', publishedAt: '2026-01-02T00:00:00Z', changeSummary: '首版' }),
  );
  const templateHandler = (op: RecordedOperation) =>
    op.operationName === 'InspectionTemplate'
      ? {
          data: {
            inspectionTemplate: {
              __typename: 'InspectionTemplate',
              id: 'tpl-1',
              name: '住宅月度品质检查表',
              format: 'RESIDENTIAL',
              level: 'COMPANY',
              description: '每月一次',
              latestNumber: 1,
              archivedAt: null,
              version: 1,
              updatedAt: '2026-01-02T00:00:00Z',
              latestVersion: published,
              draft: null,
              versions: [
                {
                  __typename: 'InspectionTemplateVersion',
                  id: 'v1',
                  number: 1,
                  publishedAt: '2026-01-02T00:00:00Z',
                  changeSummary: '首版',
                  passScore: 80,
                  publishedBy: null,
                  totals: published.totals,
                },
              ],
            },
          },
        }
      : { data: null };

  it('shows readers the current version read-only: points, deductions, N/A and critical', async () => {
    renderWithApp(<InspectionTemplatePage />, {
      routePath: '/inspection-templates/:id',
      path: '/inspection-templates/tpl-1',
      handler: templateHandler,
      me: VIEWER,
    });
    const first = await screen.findByTestId('checklist-item-CLN-01');
    expect(within(first).getByText('关键项')).toBeTruthy();
    expect(within(first).getByText('地面有污渍 −3')).toBeTruthy();
    const second = screen.getByTestId('checklist-item-CLN-02');
    expect(within(second).getByText('玻璃门无指纹')).toBeTruthy();
    expect(within(second).getByText('可不适用')).toBeTruthy();
    expect(screen.getByTestId('checklist-totals').textContent).toBe('合格线 80% · 2 项检查 · 满分 15 分 · 1 个关键项');
    expect(screen.queryByTestId('template-tab-draft')).toBeNull();
    expect(screen.queryByTestId('archive-inspection-template')).toBeNull();
  });

  it('lets planners start a revision when no draft is open', async () => {
    const { calls } = renderWithApp(<InspectionTemplatePage />, {
      routePath: '/inspection-templates/:id',
      path: '/inspection-templates/tpl-1?view=draft',
      handler: (op) =>
        op.operationName === 'StartInspectionTemplateDraft'
          ? { data: { startInspectionTemplateDraft: typed(checklistVersion(1)) } }
          : templateHandler(op),
    });
    fireEvent.click(await screen.findByTestId('template-start-draft'));
    await waitFor(() => expect(calls.some((c) => c.operationName === 'StartInspectionTemplateDraft')).toBe(true));
    expect(calls.find((c) => c.operationName === 'StartInspectionTemplateDraft')!.variables).toEqual({ templateId: 'tpl-1' });
  });
});
