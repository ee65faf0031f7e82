import { screen, waitFor } from '@testing-library/react';
import { routes } from '../app/routes';
import { currentUrl, gqlError, ME_ADMIN, renderWithApp, type RecordedOperation } from '../test/utils';
import { navItemsFor } from '../layout/nav';
import { can } from './permissions';

describe('session', () => {
  it('sends a signed-out visitor to sign-in, remembering where they were going', async () => {
    const { router } = renderWithApp(<></>, { routes, path: '/projects?stage=OPERATING', me: null });
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toContain('next=%2Fprojects%3Fstage%3DOPERATING');
    expect(await screen.findByText('请先登录。')).toBeTruthy();
  });

  it('returns to sign-in with the reason when the server says the session was revoked', async () => {
    localStorage.setItem('pinzhi.token', 'old-token');
    const { router, calls } = renderWithApp(<></>, {
      routes,
      path: '/',
      me: null,
      handler: (op: RecordedOperation) =>
        op.operationName === 'Me'
          ? { data: { me: ME_ADMIN } }
          : gqlError('UNAUTHENTICATED', 'Session revoked', { reason: 'SESSION_REVOKED' }),
    });
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(await screen.findByText('您的登录已失效（可能已在其他地方退出），请重新登录。')).toBeTruthy();
    expect(localStorage.getItem('pinzhi.token')).toBeNull();
    expect(calls.map((c) => c.operationName)).toContain('Dashboard');
    expect(currentUrl(router)).toBe('/login?reason=SESSION_REVOKED');
  });

  it('shows a retry instead of crashing when the network is down', async () => {
    localStorage.setItem('pinzhi.token', 'token');
    let fail = true;
    renderWithApp(<></>, {
      routes,
      path: '/',
      me: null,
      handler: (op) => {
        if (fail) return new TypeError('Failed to fetch');
        return op.operationName === 'Me'
          ? { data: { me: ME_ADMIN } }
          : { data: null, errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] };
      },
    });
    const retry = await screen.findByTestId('retry');
    expect(screen.getByText('无法连接到服务器，请检查网络后重试。')).toBeTruthy();
    fail = false;
    retry.click();
    expect(await screen.findByText('管理员，您好')).toBeTruthy();
  });
});

describe('navigation by role', () => {
  it('shows settings only to company admins, planning to planners, evaluation to all but inspectors, feedback to its readers, training to its readers', () => {
    const portfolio = ['dashboard', 'approvals', 'projects', 'properties', 'regions'];
    const quality = ['standards', 'handbooks', 'inspectionTemplates', 'inspectionCalendar', 'inspections', 'rectifications'];
    const everyone = [...portfolio, ...quality];
    // Patrol reports (巡逻) are read by the same roles as the evaluation.
    const evaluation = ['evaluation', 'levelComparison', 'inspectionSummary', 'patrols'];
    const training = ['trainingPlans', 'trainingCourses', 'trainingSessions', 'trainingEmployees', 'trainingPositions', 'trainingCoverage'];
    // 品质制度 for everyone; 重大投诉 for its readers (not HR, not inspectors).
    const qc = ['regulations', 'complaints'];
    // 运营成本 and 客户意见调查: admins, the Quality Center and regional ops.
    // 接管: every member (departments' tasks may be anyone's); acting is narrower (permissions and the API).
    const onboarding = ['onboardingPipeline', 'onboardingTasks', 'onboardingTemplates', 'departments'];
    expect(navItemsFor('TENANT_ADMIN').map((i) => i.key)).toEqual([
      ...portfolio,
      'costs',
      ...quality,
      ...evaluation,
      'feedback',
      ...qc,
      'surveys',
      'frequencyDefaults',
      ...training,
      ...onboarding,
      'holidays',
      'companySettings',
      'members',
      'audit',
      'dataLifecycle',
      'notificationChannels',
    ]);
    expect(navItemsFor('QUALITY_CENTER').map((i) => i.key)).toEqual([
      ...portfolio,
      'costs',
      ...quality,
      ...evaluation,
      'feedback',
      ...qc,
      'surveys',
      'frequencyDefaults',
      ...training,
      ...onboarding,
      'holidays',
      'companySettings',
    ]);
    expect(navItemsFor('REGIONAL_OPS').map((i) => i.key)).toEqual([
      ...portfolio,
      'costs',
      ...quality,
      ...evaluation,
      'feedback',
      ...qc,
      'surveys',
      ...training,
      ...onboarding,
    ]);
    expect(navItemsFor('MARKETING_CS').map((i) => i.key)).toEqual([...everyone, ...evaluation, 'feedback', ...qc, ...onboarding]);
    expect(navItemsFor('HR').map((i) => i.key)).toEqual([...everyone, ...evaluation, 'regulations', ...training, ...onboarding]);
    expect(navItemsFor('VIEWER').map((i) => i.key)).toEqual([...everyone, ...evaluation, ...qc, ...training, ...onboarding]);
    expect(navItemsFor('INSPECTOR').map((i) => i.key)).toEqual([...everyone, 'regulations', ...onboarding]);
  });

  it('lets the Quality Center and admins write regulations and see escalations; runners run complaints', () => {
    const roles = ['TENANT_ADMIN', 'HR', 'QUALITY_CENTER', 'REGIONAL_OPS', 'VIEWER', 'INSPECTOR', 'MARKETING_CS'] as const;
    expect(roles.map((r) => can(r, 'regulations.write'))).toEqual([true, false, true, false, false, false, false]);
    expect(roles.map((r) => can(r, 'complaints.run'))).toEqual([true, false, true, true, false, false, false]);
    expect(roles.map((r) => can(r, 'complaints.escalated'))).toEqual([true, false, true, false, false, false, false]);
  });

  it('lets HR and admins manage training; HR, the Quality Center and admins edit courses', () => {
    const roles = ['TENANT_ADMIN', 'HR', 'QUALITY_CENTER', 'REGIONAL_OPS', 'VIEWER', 'INSPECTOR', 'MARKETING_CS'] as const;
    expect(roles.map((r) => can(r, 'training.manage'))).toEqual([true, true, false, false, false, false, false]);
    expect(roles.map((r) => can(r, 'courses.edit'))).toEqual([true, true, true, false, false, false, false]);
    expect(roles.map((r) => can(r, 'training.read'))).toEqual([true, true, true, true, true, false, false]);
  });

  it('lets regional ops and admins run onboarding, only admins override a gate or manage departments', () => {
    const roles = ['TENANT_ADMIN', 'REGIONAL_OPS', 'QUALITY_CENTER', 'HR', 'VIEWER', 'INSPECTOR', 'MARKETING_CS'] as const;
    expect(roles.map((r) => can(r, 'onboarding.manage'))).toEqual([true, true, false, false, false, false, false]);
    expect(roles.map((r) => can(r, 'onboarding.override'))).toEqual([true, false, false, false, false, false, false]);
    expect(roles.map((r) => can(r, 'departments.manage'))).toEqual([true, false, false, false, false, false, false]);
  });

  it('lets only feedback handlers mark feedback handled', () => {
    expect(
      ['MARKETING_CS', 'TENANT_ADMIN', 'QUALITY_CENTER', 'REGIONAL_OPS', 'VIEWER'].map((r) => can(r as never, 'feedback.handle')),
    ).toEqual([true, true, false, false, false]);
    expect(can('INSPECTOR', 'evaluation.read')).toBe(false);
    expect(can('MARKETING_CS', 'evaluation.read')).toBe(true);
  });
});
