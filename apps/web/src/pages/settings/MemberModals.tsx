// Invite a member / edit a member's role, regions and name; show a temporary password once.
import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { REGION_SCOPED_ROLES, ROLES, type Role } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formRules, requiredChoice } from '../../lib/rules';
import { RegionOptionsQuery } from '../regions/regions.operations';
import { InviteMemberMutation, UpdateMemberMutation } from './members.operations';
import type { MemberFieldsFragment } from '../../gql/graphql';

interface MemberFormValues {
  email?: string;
  displayName: string;
  role: Role;
  regionIds?: string[];
  password?: string;
}

function useRegionOptions() {
  const { data, loading } = useQuery(RegionOptionsQuery);
  return { options: (data?.regions.nodes ?? []).map((r) => ({ value: r.id, label: r.name })), loading };
}

function RoleAndRegions() {
  const { t } = useTranslation();
  const regions = useRegionOptions();
  return (
    <>
      <Form.Item name="role" label={t('members.role')} rules={[requiredChoice(t)]}>
        <Select data-testid="member-role" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={['role']}>
        {({ getFieldValue }) =>
          REGION_SCOPED_ROLES.includes(getFieldValue('role')) ? (
            <Form.Item name="regionIds" label={t('members.regions')} extra={t('members.regionsHint')} rules={[requiredChoice(t)]}>
              <Select mode="multiple" options={regions.options} loading={regions.loading} data-testid="member-regions" />
            </Form.Item>
          ) : null
        }
      </Form.Item>
    </>
  );
}

export function InviteMemberModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<MemberFormValues>();
  const reportError = useMutationErrors();
  const [invite, { loading }] = useMutation(InviteMemberMutation);

  const onFinish = async (values: MemberFormValues) => {
    try {
      const { data } = await invite({
        variables: {
          input: {
            email: values.email!.trim(),
            displayName: values.displayName.trim(),
            role: values.role,
            regionIds: REGION_SCOPED_ROLES.includes(values.role) ? (values.regionIds ?? []) : [],
            ...(values.password ? { password: values.password } : {}),
          },
        },
      });
      onClose();
      onDone();
      const name = data?.inviteMember.member.user.displayName ?? values.displayName;
      void message.success(t('members.invited', { name }));
      const temporary = data?.inviteMember.temporaryPassword;
      if (temporary) {
        modal.info({
          title: t('members.tempPasswordTitle'),
          width: 480,
          okText: t('common.close'),
          content: (
            <>
              <Alert type="warning" showIcon title={t('members.tempPasswordHint')} style={{ marginBottom: 16 }} />
              <Typography.Paragraph copyable={{ text: temporary }} code style={{ fontSize: 18 }} data-testid="temporary-password">
                {temporary}
              </Typography.Paragraph>
            </>
          ),
        });
      }
    } catch (error) {
      reportError(error, { form, fields: ['email', 'displayName', 'role', 'regionIds', 'password'] });
    }
  };

  return (
    <Modal
      open={open}
      title={t('members.invite')}
      okText={loading ? t('common.saving') : t('members.invite')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Form<MemberFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ role: 'VIEWER' }}
        data-testid="invite-form"
        style={{ marginTop: 16 }}
      >
        <Form.Item name="email" label={t('members.email')} rules={formRules.email(t)} validateFirst>
          <Input autoComplete="off" inputMode="email" placeholder="name@company.com" />
        </Form.Item>
        <Form.Item name="displayName" label={t('members.displayName')} rules={formRules.displayName(t)} validateFirst>
          <Input autoComplete="off" placeholder={t('members.displayNamePlaceholder')} />
        </Form.Item>
        <RoleAndRegions />
        <Form.Item
          name="password"
          label={`${t('members.password')}（${t('common.optional')}）`}
          extra={t('members.passwordHint')}
          rules={formRules.newPassword(t)}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function EditMemberModal({
  member,
  onClose,
  onReload,
}: {
  member: MemberFieldsFragment | null;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberFormValues>();
  const reportError = useMutationErrors();
  const [update, { loading }] = useMutation(UpdateMemberMutation);

  const onFinish = async (values: MemberFormValues) => {
    if (!member) return;
    try {
      await update({
        variables: {
          id: member.id,
          expectedVersion: member.version,
          input: {
            displayName: values.displayName.trim(),
            role: values.role,
            regionIds: REGION_SCOPED_ROLES.includes(values.role) ? (values.regionIds ?? []) : [],
          },
        },
      });
      void message.success(t('members.saved'));
      onClose();
    } catch (error) {
      reportError(error, { form, fields: ['displayName', 'role', 'regionIds'], onReload });
    }
  };

  return (
    <Modal
      open={!!member}
      title={t('members.edit')}
      okText={loading ? t('common.saving') : t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={loading}
      destroyOnHidden
    >
      {member ? <Typography.Paragraph type="secondary">{member.user.email}</Typography.Paragraph> : null}
      <Form<MemberFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        data-testid="edit-member-form"
        style={{ marginTop: 8 }}
        initialValues={member ? { displayName: member.user.displayName, role: member.role, regionIds: member.regionIds } : undefined}
      >
        <Form.Item name="displayName" label={t('members.displayName')} rules={formRules.displayName(t)} validateFirst>
          <Input autoComplete="off" />
        </Form.Item>
        <RoleAndRegions />
      </Form>
    </Modal>
  );
}
