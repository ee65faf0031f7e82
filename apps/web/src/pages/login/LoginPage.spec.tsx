import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import LoginPage from './LoginPage';
import { currentUrl, gqlError, ME_ADMIN, renderWithApp } from '../../test/utils';

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('sign-in form', () => {
  it('requires email and password before calling the API', async () => {
    const { calls } = renderWithApp(<LoginPage />, { routePath: '/login', me: null });
    fireEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findAllByText('此项为必填项')).toHaveLength(2);
    expect(calls.filter((c) => c.operationName === 'Login')).toHaveLength(0);
  });

  it('rejects a malformed email with the shared rule', async () => {
    const { calls } = renderWithApp(<LoginPage />, { routePath: '/login', me: null });
    fill('邮箱', 'not-an-email');
    fill('密码', 'secret');
    fireEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findByText('请输入有效的邮箱地址')).toBeTruthy();
    expect(calls).toHaveLength(0);
  });

  it('shows wrong credentials as an alert', async () => {
    renderWithApp(<LoginPage />, {
      routePath: '/login',
      me: null,
      handler: () => gqlError('UNAUTHENTICATED', 'Wrong email or password', { reason: 'BAD_CREDENTIALS' }),
    });
    fill('邮箱', 'admin@demo.test');
    fill('密码', 'wrong-password');
    fireEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findByText('邮箱或密码不正确。')).toBeTruthy();
  });

  it('asks for the company when the account belongs to several, then signs in', async () => {
    const { calls, router } = renderWithApp(<LoginPage />, {
      routePath: '/login',
      path: '/login?next=%2Fprojects',
      me: null,
      handler: (op) =>
        op.variables.tenantSlug
          ? { data: { login: { __typename: 'LoginPayload', token: 'tok', expiresAt: '2999-01-01T00:00:00Z', me: ME_ADMIN } } }
          : gqlError('BAD_USER_INPUT', 'Choose the company', {
              fields: [
                { path: ['tenantSlug'], field: 'tenantSlug', reason: 'TENANT_REQUIRED', message: 'Choose the company to sign in to' },
              ],
              tenants: [
                { slug: 'demo', name: '示范物业' },
                { slug: 'other', name: '其他物业' },
              ],
            }),
    });
    fill('邮箱', 'both@demo.test');
    fill('密码', 'pinzhi-demo');
    fireEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findByText('您的账号属于多家公司，请选择要进入的公司后继续。')).toBeTruthy();
    fireEvent.click(within(screen.getByTestId('tenant-select')).getByLabelText('其他物业'));
    fireEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(calls.filter((c) => c.operationName === 'Login')).toHaveLength(2));
    await waitFor(() => expect(currentUrl(router)).toBe('/projects'));
    expect(calls.filter((c) => c.operationName === 'Login').map((c) => c.variables.tenantSlug)).toEqual([null, 'other']);
    expect(localStorage.getItem('pinzhi.token')).toBe('tok');
  });

  it('explains why the session ended', async () => {
    renderWithApp(<LoginPage />, { routePath: '/login', path: '/login?reason=SESSION_EXPIRED', me: null });
    expect(await screen.findByText('登录已过期，请重新登录。')).toBeTruthy();
  });
});
