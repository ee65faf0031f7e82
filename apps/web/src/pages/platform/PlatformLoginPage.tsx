// The platform operator's sign-in (/platform/login): its own accounts and sessions, no company.
import { useState } from 'react';
import { Alert, Button, Form, Input, theme } from 'antd';
import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Panel } from '../../components/Panel';
import { toApiError } from '../../lib/errors';
import { formRules } from '../../lib/rules';
import { setPlatformToken } from '../../lib/platform-token';
import { PlatformLoginMutation } from './platform.operations';

const REASONS = ['SESSION_EXPIRED', 'SESSION_REVOKED', 'NO_TOKEN', 'SIGNED_OUT'] as const;
type Reason = (typeof REASONS)[number];

export default function PlatformLoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [login] = useMutation(PlatformLoginMutation);
  const reason = params.get('reason');
  const [notice, setNotice] = useState<{ type: 'success' | 'warning' | 'error'; text: string } | null>(() =>
    REASONS.includes(reason as Reason)
      ? { type: reason === 'SIGNED_OUT' ? 'success' : 'warning', text: t(`platform.reason.${reason as Reason}`) }
      : null,
  );
  const [busy, setBusy] = useState(false);

  const onFinish = async (values: { email: string; password: string }) => {
    setNotice(null);
    setBusy(true);
    try {
      const { data } = await login({ variables: { email: values.email.trim(), password: values.password } });
      if (data) {
        setPlatformToken(data.platformLogin.token);
        navigate('/platform', { replace: true });
      }
    } catch (error) {
      const problem = toApiError(error);
      if (problem.code === 'TOO_MANY_ATTEMPTS') {
        const seconds = Math.max(1, Math.ceil(problem.retryAfterSeconds ?? 60));
        setNotice({ type: 'error', text: t('auth.tooManyAttempts', { seconds }) });
      } else if (problem.code === 'NETWORK') setNotice({ type: 'error', text: t('auth.networkError') });
      else if (problem.code === 'SERVICE_UNAVAILABLE') setNotice({ type: 'warning', text: t('states.unavailable') });
      else if (problem.code === 'UNAUTHENTICATED') setNotice({ type: 'error', text: t('auth.badCredentials') });
      else setNotice({ type: 'error', text: t('auth.unknownError', { message: problem.message }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        background: 'linear-gradient(135deg, #1f2937 0%, #374151 100%)',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: 16 }}>
        <LanguageSwitch size="middle" />
      </div>
      <div style={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: '16px 16px 64px' }}>
        <div style={{ width: '100%', maxWidth: 400 }}>
          <div style={{ textAlign: 'center', marginBottom: 24 }}>
            <img src="/favicon.svg" alt="" width={48} height={48} />
            <h1 style={{ margin: '12px 0 4px', fontSize: 28, fontWeight: 600, color: '#fff' }}>{t('platform.name')}</h1>
          </div>
          <Panel title={t('platform.loginTitle')} style={{ boxShadow: '0 6px 24px rgba(0, 0, 0, 0.2)' }}>
            <p style={{ marginTop: -4, marginBottom: 16, color: token.colorTextSecondary }}>{t('platform.loginSubtitle')}</p>
            <Form layout="vertical" requiredMark={false} onFinish={onFinish} disabled={busy} data-testid="platform-login-form">
              {notice ? (
                <Alert type={notice.type} title={notice.text} showIcon style={{ marginBottom: 16 }} data-testid="platform-login-notice" />
              ) : null}
              <Form.Item name="email" label={t('auth.email')} rules={formRules.email(t)} validateTrigger={['onBlur', 'onSubmit']}>
                <Input prefix={<MailOutlined />} autoComplete="username" inputMode="email" autoFocus size="large" />
              </Form.Item>
              <Form.Item name="password" label={t('auth.password')} rules={formRules.loginPassword(t)}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
              </Form.Item>
              <Form.Item style={{ marginBottom: 0 }}>
                <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="platform-login-submit">
                  {busy ? t('auth.signingIn') : t('auth.submit')}
                </Button>
              </Form.Item>
            </Form>
          </Panel>
          <div style={{ textAlign: 'center', marginTop: 16 }}>
            <Link to="/login" style={{ color: '#d1d5db' }}>
              {t('platform.memberLogin')}
            </Link>
          </div>
        </div>
      </div>
    </div>
  );
}
