// The invitation link (/invitations/<token>): the person joins the company by setting a password
// (new to Pinzhi), by signing in with their existing account, or — already signed in as the
// invited e-mail — with one click. Either way they land in the company, signed in.
import { useState } from 'react';
import { Alert, Button, Form, Input, Radio, Result, Skeleton, theme } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RULES } from '@pinzhi/domain';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Panel } from '../../components/Panel';
import { graphQLErrorsOf, toApiError } from '../../lib/errors';
import { applyFieldErrors, translateFieldProblem } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { formRules } from '../../lib/rules';
import { MeQuery } from '../../session/session.operations';
import { useSession } from '../../session/SessionProvider';
import { AcceptInvitationMutation, InvitationPreviewQuery } from './invitation.operations';

interface Values {
  displayName?: string;
  password: string;
  confirmPassword?: string;
}

export default function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const { token: theme_ } = theme.useToken();
  const session = useSession();
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [notice, setNotice] = useState<string | null>(null);
  const preview = useQuery(InvitationPreviewQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const me = useQuery(MeQuery, { skip: !session.token });
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const invitation = preview.data?.invitationPreview;
  const refusal = graphQLErrorsOf(preview.error)[0]?.extensions?.['reason'];

  const submit = async (values?: Values) => {
    setNotice(null);
    try {
      const { data } = await accept({
        variables: {
          input: values
            ? {
                token,
                createAccount: mode === 'new',
                password: values.password,
                displayName: mode === 'new' ? values.displayName?.trim() || null : null,
              }
            : { token, createAccount: false },
        },
      });
      if (data) await session.establish(data.acceptInvitation, '/');
    } catch (error) {
      const e = toApiError(error);
      if (e.code === 'BAD_USER_INPUT') {
        if (e.fields.some((f) => f.reason === 'ACCOUNT_EXISTS')) {
          setMode('existing');
          setNotice(t('invitation.accountExists'));
          return;
        }
        const rest = applyFieldErrors(form, e, t, ['password', 'displayName']);
        if (rest.length) setNotice(rest.map((p) => translateFieldProblem(t, p)).join('；'));
      } else if (e.code === 'UNAUTHENTICATED') {
        setNotice(e.reason === 'PASSWORD_EXPIRED' ? t('auth.reason.PASSWORD_EXPIRED') : t('auth.badCredentials'));
      } else if (e.code === 'TOO_MANY_ATTEMPTS') {
        setNotice(t('auth.tooManyAttemptsMinutes', { minutes: Math.max(1, Math.ceil((e.retryAfterSeconds ?? 60) / 60)) }));
      } else if (e.code === 'NOT_FOUND') {
        void preview.refetch();
      } else {
        setNotice(e.code === 'NETWORK' ? t('auth.networkError') : t('states.actionFailed', { message: e.message }));
      }
    }
  };

  let body: React.ReactNode;
  if (preview.loading && !invitation) body = <Skeleton active paragraph={{ rows: 5 }} />;
  else if (!invitation) {
    const known = ['INVALID', 'EXPIRED', 'USED', 'REVOKED'].includes(String(refusal));
    body = (
      <Result
        status={refusal === 'USED' ? 'info' : 'warning'}
        title={
          known ? t(`invitation.invalid.${refusal as 'INVALID'}`) : t('states.actionFailed', { message: toApiError(preview.error).message })
        }
        extra={
          <Link to="/login">
            <Button type="primary">{t('invitation.goToLogin')}</Button>
          </Link>
        }
        data-testid="invitation-refused"
      />
    );
  } else {
    const signedInAs = me.data?.me.user.email;
    body = (
      <>
        <p style={{ marginTop: 0, fontSize: 16 }} data-testid="invitation-intro">
          {t('invitation.intro', { company: invitation.companyName, role: t(`roles.${invitation.role}`) })}
        </p>
        <p style={{ color: theme_.colorTextSecondary }}>
          {t('invitation.forEmail', { email: invitation.email })} ·{' '}
          {t('invitation.expires', { time: formatDateTime(invitation.expiresAt) })}
        </p>
        {notice ? <Alert type="error" showIcon title={notice} style={{ marginBottom: 16 }} data-testid="invitation-notice" /> : null}
        {signedInAs ? (
          signedInAs === invitation.email ? (
            <Button type="primary" block size="large" loading={loading} onClick={() => void submit()} data-testid="accept-as-me">
              {t('invitation.acceptAs', { email: signedInAs })}
            </Button>
          ) : (
            <Alert
              type="warning"
              showIcon
              title={t('invitation.signedInOther', { email: signedInAs, invited: invitation.email })}
              action={
                <Button size="small" onClick={() => void session.signOut()}>
                  {t('invitation.signOutFirst')}
                </Button>
              }
            />
          )
        ) : (
          <>
            <Radio.Group
              value={mode}
              onChange={(e) => {
                setMode(e.target.value);
                setNotice(null);
              }}
              optionType="button"
              buttonStyle="solid"
              style={{ marginBottom: 16, display: 'flex' }}
              options={[
                { value: 'new', label: t('invitation.newAccount') },
                { value: 'existing', label: t('invitation.existingAccount') },
              ]}
              data-testid="invitation-mode"
            />
            <p style={{ color: theme_.colorTextSecondary }}>
              {mode === 'new'
                ? t('invitation.newAccountHint', { email: invitation.email })
                : t('invitation.existingAccountHint', { email: invitation.email })}
            </p>
            <Form<Values>
              form={form}
              layout="vertical"
              requiredMark={false}
              onFinish={(v) => void submit(v)}
              initialValues={{ displayName: invitation.displayName }}
              disabled={loading}
              data-testid="accept-invitation-form"
            >
              {/* The e-mail is fixed by the invitation; shown for password managers. */}
              <input type="email" name="email" autoComplete="username" value={invitation.email} readOnly hidden />
              {mode === 'new' ? (
                <Form.Item name="displayName" label={t('invitation.yourName')} rules={formRules.displayName(t)} validateFirst>
                  <Input autoComplete="name" data-testid="invitation-name" />
                </Form.Item>
              ) : null}
              <Form.Item
                name="password"
                label={mode === 'new' ? t('account.newPassword') : t('auth.password')}
                extra={mode === 'new' ? t('account.newPasswordHint') : undefined}
                rules={
                  mode === 'new'
                    ? [{ required: true, message: t('validation.REQUIRED') }, ...formRules.newPassword(t)]
                    : formRules.loginPassword(t)
                }
                validateFirst
              >
                <Input.Password
                  autoComplete={mode === 'new' ? 'new-password' : 'current-password'}
                  maxLength={RULES.password.max}
                  data-testid="invitation-password"
                />
              </Form.Item>
              {mode === 'new' ? (
                <Form.Item
                  name="confirmPassword"
                  label={t('account.confirmPassword')}
                  dependencies={['password']}
                  rules={[
                    { required: true, message: t('validation.REQUIRED') },
                    ({ getFieldValue }) => ({
                      validator: (_rule, value) =>
                        !value || value === getFieldValue('password')
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('account.passwordMismatch'))),
                    }),
                  ]}
                >
                  <Input.Password autoComplete="new-password" data-testid="invitation-confirm" />
                </Form.Item>
              ) : null}
              <Button type="primary" htmlType="submit" block size="large" loading={loading} data-testid="accept-invitation">
                {t('invitation.accept')}
              </Button>
            </Form>
          </>
        )}
      </>
    );
  }

  return (
    <div style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', background: theme_.colorBgLayout }}>
      <div style={{ display: 'flex', justifyContent: 'flex-end', padding: 16 }}>
        <LanguageSwitch size="middle" />
      </div>
      <div style={{ flex: 1, display: 'flex', justifyContent: 'center', padding: '16px 16px 64px' }}>
        <div style={{ width: '100%', maxWidth: 440 }}>
          <div style={{ textAlign: 'center', marginBottom: 24 }}>
            <img src="/favicon.svg" alt="" width={40} height={40} />
            <h1 style={{ margin: '8px 0 0', fontSize: 24, fontWeight: 600 }}>{t('app.name')}</h1>
          </div>
          <Panel title={t('invitation.title')} testId="accept-invitation-page">
            {body}
          </Panel>
        </div>
      </div>
    </div>
  );
}
