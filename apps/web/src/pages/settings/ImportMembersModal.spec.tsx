// 批量邀请 dialog: a workbook with a wrong row is checked and named (nothing written), a fixed
// one is imported, and the new invitations' links are listed with "复制全部".
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp, gqlError, type RecordedOperation } from '../../test/utils';
import { ImportMembersModal } from './ImportMembersModal';

const invitation = (email: string, displayName: string, role: string, id: string) => ({
  __typename: 'InvitationLink',
  acceptPath: `/invitations/${id}.secret-${id}`,
  invitation: {
    __typename: 'Invitation',
    id,
    email,
    displayName,
    phone: null,
    role,
    regions: [],
    status: 'PENDING',
    expiresAt: '2030-01-08T00:00:00.000Z',
    sentAt: '2030-01-01T00:00:00.000Z',
    createdAt: '2030-01-01T00:00:00.000Z',
    invitedBy: { __typename: 'Member', id: 'm1', displayName: '管理员' },
  },
});

const report = (over: Record<string, unknown>) => ({
  data: { importMembers: { __typename: 'MemberImportReport', written: false, rows: 2, created: 2, errors: [], invitations: [], ...over } },
});

async function upload(name: string) {
  const input = screen.getByTestId('import-modal').querySelector('input[type=file]') as HTMLInputElement;
  const file = new File([new Uint8Array([1, 2, 3])], name, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

describe('ImportMembersModal', () => {
  const writeText = jest.fn().mockResolvedValue(undefined);
  beforeAll(() => Object.assign(navigator, { clipboard: { writeText } }));

  it('names the wrong row, then imports the fixed file and lists the links to copy', async () => {
    let fixed = false;
    const onImported = jest.fn();
    const { calls } = renderWithApp(<ImportMembersModal open onClose={() => undefined} onImported={onImported} />, {
      handler: (op: RecordedOperation) => {
        if (op.operationName !== 'ImportMembers') return { data: null };
        if (!fixed)
          return report({
            created: 1,
            errors: [
              {
                __typename: 'ImportRowError',
                row: 3,
                column: '邮箱',
                field: 'email',
                reason: 'TAKEN',
                message: 'E-mail also appears in row 2',
                params: { value: 'li@demo.test', row: 2 },
              },
            ],
          });
        if (op.variables['dryRun']) return report({});
        return report({
          written: true,
          invitations: [invitation('zhang@demo.test', '张三', 'REGIONAL_OPS', 'a1'), invitation('li@demo.test', '李四', 'INSPECTOR', 'b2')],
        });
      },
    });
    expect(screen.getByTestId('import-columns').textContent).toContain('邮箱、姓名、角色');
    await upload('邀请.xlsx');
    const errors = await screen.findByTestId('import-errors');
    expect(within(errors).getByText('与第 2 行重复（li@demo.test）')).toBeTruthy();
    expect(screen.getByTestId('import-nothing-written')).toBeTruthy();
    expect(screen.getByTestId('confirm-import').hasAttribute('disabled')).toBe(true);

    fixed = true;
    fireEvent.click(screen.getByText('重新选择文件'));
    await upload('邀请-改.xlsx');
    await screen.findByTestId('import-clean');
    fireEvent.click(screen.getByTestId('confirm-import'));
    await screen.findByTestId('import-written');
    expect(calls.filter((c) => c.operationName === 'ImportMembers').map((c) => c.variables['dryRun'])).toEqual([true, true, false]);
    expect(onImported).toHaveBeenCalledTimes(1);

    const links = screen.getAllByTestId('invitation-link').map((l) => l.textContent);
    expect(links).toEqual([`${window.location.origin}/invitations/a1.secret-a1`, `${window.location.origin}/invitations/b2.secret-b2`]);
    expect(screen.getByText('邀请链接（2 个）')).toBeTruthy();
    fireEvent.click(screen.getByTestId('copy-all-invitations'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText.mock.calls[0][0]).toBe(
      [
        `张三 <zhang@demo.test>（区域运营）：${window.location.origin}/invitations/a1.secret-a1`,
        `李四 <li@demo.test>（品质检查员）：${window.location.origin}/invitations/b2.secret-b2`,
      ].join('\n'),
    );
  });

  it('shows a refused batch (member limit) as an error and writes nothing', async () => {
    renderWithApp(<ImportMembersModal open onClose={() => undefined} onImported={() => undefined} />, {
      handler: () =>
        gqlError('BAD_USER_INPUT', 'limit', {
          fields: [{ path: ['fileBase64'], field: 'fileBase64', reason: 'LIMIT_REACHED', message: 'limit', params: { max: 3 } }],
        }),
    });
    await upload('邀请.xlsx');
    const problem = await screen.findByTestId('import-file-problem');
    expect(problem.textContent).toContain('超出公司的数量上限（最多 3）');
    expect(screen.queryByTestId('import-written')).toBeNull();
    expect(screen.queryByTestId('imported-invitations')).toBeNull();
  });
});
