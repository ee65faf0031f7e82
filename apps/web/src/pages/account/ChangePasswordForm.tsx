// Changing one's password: from the account menu (修改密码), and the forced change after signing
// in with a temporary password. The server checks the strength and says why at the field.
import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RULES } from '@pinzhi/domain';
import { toApiError } from '../../lib/errors';
import { applyFieldErrors, translateFieldProblem } from '../../lib/form-errors';
import { formRules } from '../../lib/rules';
import { ChangePasswordMutation, MeQuery } from '../../session/session.operations';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm({
  temporary = false,
  onDone,
  submitText,
  formId,
  hideSubmit = false,
}: {
  /** The current password is the temporary one an admin issued. */
  temporary?: boolean;
  onDone: () => void;
  submitText?: string;
  /** For a modal's OK button (form="…"). */
  formId?: string;
  hideSubmit?: boolean;
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const onFinish = async (values: Values) => {
    setProblem(null);
    try {
      await change({ variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } } });
      // The session is now a full one: `me` says so.
      const me = client.readQuery({ query: MeQuery });
      if (me?.me) client.writeQuery({ query: MeQuery, data: { me: { ...me.me, passwordChangeRequired: false } } });
      form.resetFields();
      onDone();
    } catch (error) {
      const e = toApiError(error);
      if (e.code === 'BAD_USER_INPUT') {
        const rest = applyFieldErrors(form, e, t, ['currentPassword', 'newPassword']);
        if (rest.length) setProblem(rest.map((p) => translateFieldProblem(t, p)).join('；'));
      } else if (e.code === 'TOO_MANY_ATTEMPTS') {
        setProblem(t('auth.tooManyAttemptsMinutes', { minutes: Math.max(1, Math.ceil((e.retryAfterSeconds ?? 60) / 60)) }));
      } else if (e.code !== 'UNAUTHENTICATED') {
        setProblem(e.code === 'NETWORK' ? t('states.networkError') : t('states.actionFailed', { message: e.message }));
      }
    }
  };

  return (
    <Form<Values> form={form} id={formId} layout="vertical" requiredMark={false} onFinish={onFinish} data-testid="change-password-form">
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        name="currentPassword"
        label={temporary ? t('account.temporaryPassword') : t('account.currentPassword')}
        rules={formRules.loginPassword(t)}
      >
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('account.newPassword')}
        extra={t('account.newPasswordHint')}
        rules={[{ required: true, message: t('validation.REQUIRED') }, ...formRules.newPassword(t)]}
        validateFirst
      >
        <Input.Password autoComplete="new-password" maxLength={RULES.password.max} data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('account.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('validation.REQUIRED') },
          ({ getFieldValue }) => ({
            validator: (_rule, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('account.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
      {hideSubmit ? null : (
        <Button type="primary" htmlType="submit" block size="large" loading={loading} data-testid="change-password-submit">
          {submitText ?? t('account.changePassword')}
        </Button>
      )}
    </Form>
  );
}

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Modal
      open={open}
      title={t('account.changePassword')}
      okText={t('account.changePassword')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'change-password', ...{ 'data-testid': 'change-password-ok' } }}
      onCancel={onClose}
      destroyOnHidden
    >
      <div style={{ marginTop: 16 }}>
        <ChangePasswordForm
          formId="change-password"
          hideSubmit
          onDone={() => {
            void message.success(t('account.changed'));
            onClose();
          }}
        />
      </div>
    </Modal>
  );
}
