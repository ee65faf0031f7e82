import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { currentUrl, gqlError, renderWithApp, type RecordedOperation } from '../../test/utils';
import InspectionFormPage from './InspectionFormPage';
import { VERSION } from './inspection-form.fixtures';

// signature_pad needs a real canvas; the fake keeps its stroke listeners so a test can "sign".
const strokes: Array<() => void> = [];
jest.mock('signature_pad', () => ({
  __esModule: true,
  default: class {
    private empty = true;
    addEventListener(_: string, fn: () => void) {
      strokes.push(() => {
        this.empty = false;
        fn();
      });
    }
    removeEventListener() {}
    off() {}
    clear() {
      this.empty = true;
    }
    isEmpty() {
      return this.empty;
    }
    toData() {
      return [];
    }
    fromData() {}
  },
}));

// Uploads go through the form's evidence store (the server's by default; the field app keeps files
// on the phone): the default store is rebuilt here on the mocked upload.
jest.mock('./uploads', () => {
  const actual = jest.requireActual('./uploads');
  const { createContext } = jest.requireActual('react');
  const uploadFile = jest.fn(async (_file: Blob) => ({
    id: 'sig-1',
    url: '/files/sig-1',
    contentType: 'image/png',
    bytes: 10,
    sha256: 'x',
  }));
  const add = async (file: Blob) => {
    const stored = await uploadFile(file);
    return { id: stored.id, url: stored.url };
  };
  return { ...actual, uploadFile, serverEvidenceStore: { add }, EvidenceStoreContext: createContext({ add }) };
});

const PROJECT = {
  __typename: 'Project',
  id: 'p1',
  code: 'SH-001',
  name: '翠湖花园物业服务项目',
  timeZone: 'Asia/Shanghai',
  manager: { __typename: 'User', id: 'u-ops', displayName: '区域运营' },
};

function handler(extra: Partial<Record<string, (op: RecordedOperation) => unknown>> = {}) {
  return (op: RecordedOperation) => {
    const custom = extra[op.operationName];
    if (custom) return custom(op) as never;
    switch (op.operationName) {
      case 'PerformAdHoc':
        return {
          data: {
            project: PROJECT,
            inspectionTemplate: { __typename: 'InspectionTemplate', id: 'tpl1', name: '住宅日常品质巡检表', latestVersion: VERSION },
          },
        };
      case 'InspectionDrafts':
        return { data: { inspections: { __typename: 'InspectionConnection', nodes: [] } } };
      case 'RectificationOwnerOptions':
        return {
          data: {
            inspectionAssignees: [
              {
                __typename: 'InspectionAssignee',
                role: 'REGIONAL_OPS',
                user: { __typename: 'User', id: 'u-ops', displayName: '区域运营' },
              },
            ],
          },
        };
      default:
        return { data: null };
    }
  };
}

const PATH = '/inspections/perform?project=p1&template=tpl1';

function item(key: string) {
  return screen.getAllByTestId('inspection-item').find((el) => el.getAttribute('data-item-key') === key)!;
}

beforeAll(() => {
  HTMLCanvasElement.prototype.getContext = (() => null) as never; // jsdom has no canvas
  HTMLCanvasElement.prototype.toBlob = function (cb: BlobCallback) {
    cb(new Blob(['png'], { type: 'image/png' }));
  };
});
beforeEach(() => {
  localStorage.clear();
  strokes.length = 0;
});

describe('inspection form', () => {
  it('scores live as results are given, offers N/A only where allowed, and says a failed critical item opens a rectification', async () => {
    renderWithApp(<InspectionFormPage />, { path: PATH, routePath: '/inspections/perform', handler: handler() });
    await screen.findByTestId('inspection-form');
    expect(screen.getByTestId('form-project').textContent).toBe('SH-001 · 翠湖花园物业服务项目');
    expect(within(item('fire')).queryByTestId('result-NA')).toBeNull();
    expect(within(item('lawn')).getByTestId('result-NA')).toBeTruthy();

    fireEvent.click(within(item('lobby')).getByTestId('result-PASS'));
    expect(screen.getByTestId('live-progress').textContent).toContain('已检 1/3 项');
    expect(screen.getByTestId('live-score').textContent).toContain('100');

    fireEvent.click(within(item('fire')).getByTestId('result-FAIL'));
    expect(within(item('fire')).getByTestId('auto-rectification')).toBeTruthy();
    expect(screen.getByTestId('live-score').textContent).toContain('50');
    // a non-critical failure: deductions and the "needs rectification" toggle
    fireEvent.click(within(item('lobby')).getByTestId('result-FAIL'));
    fireEvent.click(within(item('lobby')).getByTestId('deduction-d1'));
    expect(within(item('lobby')).getByTestId('rectify-toggle')).toBeTruthy();
    expect(screen.getByTestId('live-score').textContent).toContain('40'); // (0 + 8) / 20

    // the form is kept on the device as it is filled
    const stored = Object.keys(localStorage).find((k) => k.startsWith('pinzhi.inspection.draft.'));
    expect(stored).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(stored!)!).items.fire.result).toBe('FAIL');
  });

  it('refuses to submit while items lack a result or the signature is missing, and marks them', async () => {
    const { calls } = renderWithApp(<InspectionFormPage />, { path: PATH, routePath: '/inspections/perform', handler: handler() });
    await screen.findByTestId('inspection-form');
    fireEvent.click(within(item('fire')).getByTestId('result-PASS'));
    fireEvent.click(screen.getByTestId('submit-inspection'));
    expect(within(item('lobby')).getByTestId('item-error').textContent).toBe('请选择检查结果');
    expect(within(item('lawn')).getByTestId('item-error')).toBeTruthy();
    expect(screen.getByTestId('signature-error').textContent).toBe('提交前请签名');
    expect(calls.some((c) => c.operationName === 'SubmitInspection')).toBe(false);
  });

  it('confirms with the score and the rectifications that will open, submits with the client key and opens the result', async () => {
    const submitted: RecordedOperation[] = [];
    const { router } = renderWithApp(<InspectionFormPage />, {
      path: PATH,
      routePath: '/inspections/perform',
      handler: handler({
        SubmitInspection: (op) => {
          submitted.push(op);
          return { data: { submitInspection: { __typename: 'Inspection', id: 'ins-1' } } };
        },
      }),
    });
    await screen.findByTestId('inspection-form');
    fireEvent.click(within(item('fire')).getByTestId('result-FAIL'));
    fireEvent.change(within(item('fire')).getByTestId('item-note'), { target: { value: '消防通道堆放杂物' } });
    fireEvent.click(screen.getByTestId('mark-rest-pass'));
    expect(screen.getByTestId('live-progress').textContent).toContain('3/3');
    act(() => strokes.forEach((s) => s()));
    fireEvent.click(screen.getByTestId('submit-inspection'));

    const confirm = await screen.findByTestId('submit-confirm');
    expect(within(confirm).getByTestId('confirm-result').textContent).toBe('不合格');
    expect(within(confirm).getByTestId('confirm-score').textContent).toContain('60 分 (15/25)');
    expect(within(confirm).getByTestId('confirm-rectifications').textContent).toContain('消防通道畅通');
    fireEvent.click(screen.getByTestId('confirm-submit'));

    await waitFor(() => expect(currentUrl(router)).toBe('/inspections/ins-1'));
    const input = submitted[0].variables.input as {
      clientKey: string;
      signatureFileId: string;
      items: { itemKey: string; result: string; note: string | null }[];
    };
    expect(input.signatureFileId).toBe('sig-1');
    expect(input.clientKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(input.items.map((i) => [i.itemKey, i.result])).toEqual([
      ['fire', 'FAIL'],
      ['lobby', 'PASS'],
      ['lawn', 'PASS'],
    ]);
    expect(input.items[0].note).toBe('消防通道堆放杂物');
    // submitted: the next inspection of the same project and checklist gets a new key
    expect(Object.keys(localStorage).filter((k) => k.startsWith('pinzhi.inspection.'))).toEqual([]);
  });

  it('resumes a draft saved on another device and goes on saving it under its key', async () => {
    const saved: RecordedOperation[] = [];
    const phoneDraft = {
      __typename: 'Inspection',
      id: 'ins-draft',
      clientKey: 'phone-key-12345678',
      version: 2,
      performedAt: '2026-11-27T02:00:00.000Z',
      updatedAt: '2026-11-27T02:05:00.000Z',
      note: '手机上开始的检查',
      latitude: null,
      longitude: null,
      locationText: null,
      occurrence: null,
      project: { __typename: 'Project', id: 'p1' },
      template: { __typename: 'InspectionTemplate', id: 'tpl1' },
      signature: null,
      items: [
        {
          __typename: 'InspectionItemResult',
          itemKey: 'fire',
          result: 'FAIL',
          score: null,
          deductionKeys: [],
          note: '堆放杂物',
          customerFacing: false,
          evidence: [],
        },
      ],
    };
    renderWithApp(<InspectionFormPage />, {
      path: PATH,
      routePath: '/inspections/perform',
      handler: handler({
        InspectionDrafts: () => ({ data: { inspections: { __typename: 'InspectionConnection', nodes: [phoneDraft] } } }),
        SaveInspectionDraft: (op) => {
          saved.push(op);
          return { data: { saveInspectionDraft: { ...phoneDraft, version: 3 } } };
        },
      }),
    });
    await screen.findByTestId('inspection-form');
    await waitFor(() => expect(screen.getByTestId('live-progress').textContent).toContain('已检 1/3 项'));
    expect((within(item('fire')).getByTestId('item-note') as HTMLTextAreaElement).value).toBe('堆放杂物');
    fireEvent.click(within(item('lobby')).getByTestId('result-PASS'));
    fireEvent.click(screen.getByTestId('save-draft'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect((saved[0].variables.input as { clientKey: string }).clientKey).toBe('phone-key-12345678');
  });

  it('puts the API’s field errors (input.items.N.score) on the item', async () => {
    renderWithApp(<InspectionFormPage />, {
      path: PATH,
      routePath: '/inspections/perform',
      handler: handler({
        SubmitInspection: () =>
          gqlError('BAD_USER_INPUT', 'invalid', {
            fields: [
              {
                path: ['input', 'items', '1', 'score'],
                field: 'score',
                reason: 'OUT_OF_RANGE',
                message: 'Between 0 and 10',
                params: { min: 0, max: 10 },
              },
            ],
          }),
      }),
    });
    await screen.findByTestId('inspection-form');
    fireEvent.click(screen.getByTestId('mark-rest-pass'));
    act(() => strokes.forEach((s) => s()));
    fireEvent.click(screen.getByTestId('submit-inspection'));
    fireEvent.click(await screen.findByTestId('confirm-submit'));
    await waitFor(() => expect(within(item('lobby')).getByTestId('item-error').textContent).toBe('数值应在 0 到 10 之间'));
  });
});
