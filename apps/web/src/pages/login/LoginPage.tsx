// Sign-in: email + password, then a company choice when the account belongs to several.
import { useState } from 'react';
import { Alert, Button, Form, Input, Radio, theme } from 'antd';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Panel } from '../../components/Panel';
import { isSignOutReason } from '../../lib/auth-events';
import { toApiError } from '../../lib/errors';
import { applyFieldErrors } from '../../lib/form-errors';
import { formRules, requiredChoice } from '../../lib/rules';
import { LoginMutation } from '../../session/session.operations';
import { useSession } from '../../session/SessionProvider';

interface LoginValues {
  email: string;
  password: string;
  tenantSlug?: string;
}

type Notice = { type: 'info' | 'warning' | 'error' | 'success'; text: string };

export function LoginForm() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const [params] = useSearchParams();
  const { establish } = useSession();
  const [login, { loading }] = useMutation(LoginMutation);
  const [tenants, setTenants] = useState<{ slug: string; name: string }[] | null>(null);
  const reason = params.get('reason');
  const [notice, setNotice] = useState<Notice | null>(() =>
    isSignOutReason(reason)
      ? {
          type: reason === 'SIGNED_OUT' ? 'success' : reason === 'TENANT_SUSPENDED' ? 'error' : 'warning',
          text: t(`auth.reason.${reason}`),
        }
      : null,
  );
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: LoginValues) => {
    setNotice(null);
    setBusy(true);
    try {
      const { data } = await login({
        variables: { email: values.email.trim(), password: values.password, tenantSlug: values.tenantSlug || null },
      });
      if (data) await establish(data.login, params.get('next') ?? undefined);
    } catch (error) {
      const problem = toApiError(error);
      switch (problem.code) {
        case 'BAD_USER_INPUT': {
          const needsTenant = problem.fields.some((f) => f.reason === 'TENANT_REQUIRED') || !!problem.tenants?.length;
          if (needsTenant) {
            setTenants(problem.tenants ?? []);
            setNotice({ type: 'info', text: t('auth.tenantPrompt') });
            return;
          }
          const rest = applyFieldErrors(form, problem, t, ['email', 'password', 'tenantSlug']);
          if (rest.length) setNotice({ type: 'error', text: rest.map((r) => r.message).join('; ') });
          return;
        }
        case 'UNAUTHENTICATED':
          setNotice({
            type: 'error',
            text:
              problem.reason === 'ACCOUNT_DEACTIVATED' || problem.reason === 'PASSWORD_EXPIRED' || problem.reason === 'TENANT_SUSPENDED'
                ? t(`auth.reason.${problem.reason}`)
                : t('auth.badCredentials'),
          });
          return;
        case 'TOO_MANY_ATTEMPTS':
          {
            const seconds = Math.max(1, Math.ceil(problem.retryAfterSeconds ?? 60));
            setNotice({
              type: 'error',
              text:
                seconds >= 120
                  ? t('auth.tooManyAttemptsMinutes', { minutes: Math.ceil(seconds / 60) })
                  : t('auth.tooManyAttempts', { seconds }),
            });
          }
          return;
        case 'NETWORK':
          setNotice({ type: 'error', text: t('auth.networkError') });
          return;
        case 'SERVICE_UNAVAILABLE':
          setNotice({ type: 'warning', text: t('states.unavailable') });
          return;
        default:
          setNotice({ type: 'error', text: t('auth.unknownError', { message: problem.message }) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<LoginValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={onFinish}
      onValuesChange={(changed) => {
        if ('email' in changed && tenants) setTenants(null);
      }}
      disabled={busy}
      data-testid="login-form"
    >
      {notice ? <Alert type={notice.type} title={notice.text} showIcon style={{ marginBottom: 16 }} data-testid="login-notice" /> : null}
      <Form.Item name="email" label={t('auth.email')} rules={formRules.email(t)} validateTrigger={['onBlur', 'onSubmit']}>
        <Input
          prefix={<MailOutlined />}
          placeholder={t('auth.emailPlaceholder')}
          autoComplete="username"
          inputMode="email"
          autoFocus
          size="large"
        />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={formRules.loginPassword(t)}>
        <Input.Password
          prefix={<LockOutlined />}
          placeholder={t('auth.passwordPlaceholder')}
          autoComplete="current-password"
          size="large"
        />
      </Form.Item>
      {tenants ? (
        <Form.Item name="tenantSlug" label={t('auth.tenant')} rules={[requiredChoice(t)]}>
          <Radio.Group
            data-testid="tenant-select"
            aria-label={t('auth.tenantPlaceholder')}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={tenants.map((tenant) => ({ value: tenant.slug, label: tenant.name }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item style={{ marginBottom: 0 }}>
        <Button type="primary" htmlType="submit" block size="large" loading={busy || loading} data-testid="login-submit">
          {busy ? t('auth.signingIn') : t('auth.submit')}
        </Button>
      </Form.Item>
    </Form>
  );
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: 'linear-gradient(135deg, #e6f0ff 0%, #f5f7fa 55%, #eef6f0 100%)',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: 16 }}>
        <LanguageSwitch size="middle" />
      </div>
      <div style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: '16px 16px 64px' }}>
        <div style={{ width: '100%', maxWidth: 400 }}>
          <div style={{ textAlign: 'center', marginBottom: 24 }}>
            <img src="/favicon.svg" alt="" width={48} height={48} />
            <h1 style={{ margin: '12px 0 4px', fontSize: 30, fontWeight: 600, color: token.colorTextHeading }}>{t('app.name')}</h1>
            <div style={{ color: token.colorTextSecondary }}>{t('app.tagline')}</div>
          </div>
          <Panel title={t('auth.title')} style={{ boxShadow: '0 6px 24px rgba(0, 0, 0, 0.06)' }}>
            <p style={{ marginTop: -4, marginBottom: 16, color: token.colorTextSecondary }}>{t('auth.subtitle')}</p>
            <LoginForm />
          </Panel>
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            <Link to="/platform/login" style={{ color: token.colorTextSecondary }} data-testid="platform-login-link">
              {t('platform.operatorLogin')}
            </Link>
          </div>
        </div>
      </div>
    </div>
  );
}
