// After signing in with a temporary password: nothing else works until a new one is chosen.
import { App, Button, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Panel } from '../../components/Panel';
import { useMe, useSession } from '../../session/SessionProvider';
import { ChangePasswordForm } from './ChangePasswordForm';

export default function ForcedPasswordChangePage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const me = useMe();
  const { signOut } = useSession();
  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', background: token.colorBgLayout }}>
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8, padding: 16 }}>
        <LanguageSwitch size="middle" />
        <Button onClick={() => void signOut()} data-testid="forced-sign-out">
          {t('auth.signOut')}
        </Button>
      </div>
      <div style={{ flex: 1, display: 'flex', justifyContent: 'center', padding: '16px 16px 64px' }}>
        <div style={{ width: '100%', maxWidth: 420 }}>
          <Panel title={t('account.forcedTitle')} testId="forced-password-change">
            <p style={{ marginTop: -4, color: token.colorTextSecondary }}>{t('account.forcedHint')}</p>
            <p style={{ color: token.colorTextSecondary }}>
              {me.user.email} · {me.tenant.name}
            </p>
            <ChangePasswordForm temporary onDone={() => void message.success(t('account.forcedDone'))} />
          </Panel>
        </div>
      </div>
    </div>
  );
}
