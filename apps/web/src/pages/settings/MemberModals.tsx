// Invite a member (a link the person accepts) / edit a member's role, regions, name and phone as this
// company knows them; show an invitation link or a temporary password once.
import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { REGION_SCOPED_ROLES, ROLES, type Role } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formRules, requiredChoice } from '../../lib/rules';
import { RegionOptionsQuery } from '../regions/regions.operations';
import { InviteMemberMutation, UpdateMemberMutation } from './members.operations';
import { formatDateTime } from '../../lib/format';
import type { MemberFieldsFragment } from '../../gql/graphql';

interface MemberFormValues {
  email?: string;
  displayName: string;
  role: Role;
  regionIds?: string[];
  phone?: string;
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

const PHONE = /^[0-9+()\- ]{3,30}$/;

function PhoneField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="phone"
      label={`${t('members.phone')}（${t('common.optional')}）`}
      rules={[{ pattern: PHONE, message: t('validation.INVALID_FORMAT') }]}
    >
      <Input autoComplete="off" inputMode="tel" placeholder={t('members.phonePlaceholder')} maxLength={30} />
    </Form.Item>
  );
}

/** The invitation link, shown once, to copy and send to the person. */
export function showInvitationLink(
  modal: ReturnType<typeof App.useApp>['modal'],
  t: TFunction,
  result: { acceptPath: string; invitation: { email: string; expiresAt: string } },
) {
  const link = `${window.location.origin}${result.acceptPath}`;
  modal.success({
    title: t('members.inviteLinkTitle'),
    width: 560,
    okText: t('common.close'),
    content: (
      <>
        <Typography.Paragraph>
          {t('members.inviteLinkHint', { time: formatDateTime(result.invitation.expiresAt), email: result.invitation.email })}
        </Typography.Paragraph>
        <Typography.Paragraph copyable={{ text: link }} code style={{ wordBreak: 'break-all' }} data-testid="invitation-link">
          {link}
        </Typography.Paragraph>
      </>
    ),
  });
}

export function InviteMemberModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
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
            phone: values.phone?.trim() || null,
            role: values.role,
            regionIds: REGION_SCOPED_ROLES.includes(values.role) ? (values.regionIds ?? []) : [],
          },
        },
      });
      onClose();
      onDone();
      if (data) showInvitationLink(modal, t, data.inviteMember);
    } catch (error) {
      reportError(error, { form, fields: ['email', 'displayName', 'role', 'regionIds', 'phone'] });
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
      <Alert type="info" showIcon title={t('members.inviteHint')} style={{ marginTop: 16 }} />
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
        <PhoneField />
        <RoleAndRegions />
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
            phone: values.phone?.trim() ?? '',
            role: values.role,
            regionIds: REGION_SCOPED_ROLES.includes(values.role) ? (values.regionIds ?? []) : [],
          },
        },
      });
      void message.success(t('members.saved'));
      onClose();
    } catch (error) {
      reportError(error, { form, fields: ['displayName', 'phone', 'role', 'regionIds'], onReload });
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
        initialValues={
          member
            ? { displayName: member.displayName, phone: member.phone ?? '', role: member.role, regionIds: member.regionIds }
            : undefined
        }
      >
        <Form.Item
          name="displayName"
          label={t('members.displayName')}
          extra={t('members.nameHint')}
          rules={formRules.displayName(t)}
          validateFirst
        >
          <Input autoComplete="off" />
        </Form.Item>
        <PhoneField />
        <RoleAndRegions />
      </Form>
    </Modal>
  );
}
