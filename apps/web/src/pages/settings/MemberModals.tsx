// Invite a member (a link the person accepts) / edit a member's role, data scope (the whole company,
// regions or projects, as the role allows), name and phone as this company knows them; show an
// invitation link or a temporary password once.
import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ROLES, ROLE_SCOPES, type Role, type ScopeKind } from '@pinzhi/domain';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formRules, requiredChoice } from '../../lib/rules';
import { RegionOptionsQuery } from '../regions/regions.operations';
import { InviteMemberMutation, MemberProjectOptionsQuery, UpdateMemberMutation } from './members.operations';
import { formatDateTime } from '../../lib/format';
import type { MemberFieldsFragment } from '../../gql/graphql';

interface MemberFormValues {
  email?: string;
  displayName: string;
  role: Role;
  scopeKind?: ScopeKind;
  regionIds?: string[];
  projectIds?: string[];
  phone?: string;
}

/** The scope kind a form's values stand for: the chosen one when the role allows it, else the role's first (default). */
function scopeKindOf(values: Pick<MemberFormValues, 'role' | 'scopeKind'>): ScopeKind {
  const kinds = ROLE_SCOPES[values.role] ?? ['COMPANY'];
  return values.scopeKind && kinds.includes(values.scopeKind) ? values.scopeKind : kinds[0];
}

/** The regions and projects to send for the form's role and scope kind (the other kind empty). */
export function scopeInput(values: MemberFormValues): { regionIds: string[]; projectIds: string[] } {
  const kind = scopeKindOf(values);
  return {
    regionIds: kind === 'REGIONS' ? (values.regionIds ?? []) : [],
    projectIds: kind === 'PROJECTS' ? (values.projectIds ?? []) : [],
  };
}

/** A member's or invitation's scope in a table cell: its regions, its projects, or the whole company. */
export function ScopeTags({
  row,
}: {
  row: { regions: Array<{ id: string; name: string }>; projects: Array<{ id: string; code: string; name: string }> };
}) {
  const { t } = useTranslation();
  const tags = row.projects.length
    ? row.projects.map((p) => ({ id: p.id, label: p.code, title: p.name }))
    : row.regions.map((r) => ({ id: r.id, label: r.name, title: r.name }));
  if (!tags.length) return <>{t('members.scopeKinds.COMPANY')}</>;
  return (
    <Space size={4} wrap>
      {tags.map((x) => (
        <Tag key={x.id} title={x.title} style={{ marginInlineEnd: 0 }}>
          {x.label}
        </Tag>
      ))}
    </Space>
  );
}

function useProjectOptions() {
  const [search, setSearch] = useState('');
  const { data, loading } = useQuery(MemberProjectOptionsQuery, { variables: { search: search || null } });
  return {
    options: (data?.projects.nodes ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` })),
    loading,
    onSearch: setSearch,
  };
}

function useRegionOptions() {
  const { data, loading } = useQuery(RegionOptionsQuery);
  return { options: (data?.regions.nodes ?? []).map((r) => ({ value: r.id, label: r.name })), loading };
}

/** The role, then the data scope the role allows (ROLE_SCOPES): a choice of kind when there is one, and the regions or projects. */
function RoleAndRegions() {
  const { t } = useTranslation();
  const regions = useRegionOptions();
  const projects = useProjectOptions();
  return (
    <>
      <Form.Item name="role" label={t('members.role')} rules={[requiredChoice(t)]}>
        <Select data-testid="member-role" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={['role', 'scopeKind']}>
        {({ getFieldValue }) => {
          const role = getFieldValue('role') as Role | undefined;
          if (!role) return null;
          const kinds = ROLE_SCOPES[role] ?? ['COMPANY'];
          const kind = scopeKindOf({ role, scopeKind: getFieldValue('scopeKind') });
          return (
            <>
              {kinds.length > 1 ? (
                <Form.Item name="scopeKind" label={t('members.scope')} initialValue={kinds[0]}>
                  <Radio.Group
                    data-testid="member-scope-kind"
                    options={kinds.map((k) => ({ value: k, label: t(`members.scopeKinds.${k}`) }))}
                  />
                </Form.Item>
              ) : null}
              {kind === 'REGIONS' ? (
                <Form.Item name="regionIds" label={t('members.regions')} extra={t('members.regionsHint')} rules={[requiredChoice(t)]}>
                  <Select mode="multiple" options={regions.options} loading={regions.loading} data-testid="member-regions" />
                </Form.Item>
              ) : null}
              {kind === 'PROJECTS' ? (
                <Form.Item name="projectIds" label={t('members.projects')} extra={t('members.projectsHint')} rules={[requiredChoice(t)]}>
                  <Select
                    mode="multiple"
                    showSearch={{ filterOption: false, onSearch: projects.onSearch }}
                    options={projects.options}
                    loading={projects.loading}
                    data-testid="member-projects"
                  />
                </Form.Item>
              ) : null}
            </>
          );
        }}
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
            ...scopeInput(values),
          },
        },
      });
      onClose();
      onDone();
      if (data) showInvitationLink(modal, t, data.inviteMember);
    } catch (error) {
      reportError(error, { form, fields: ['email', 'displayName', 'role', 'regionIds', 'projectIds', 'phone'] });
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
            ...scopeInput(values),
          },
        },
      });
      void message.success(t('members.saved'));
      onClose();
    } catch (error) {
      reportError(error, { form, fields: ['displayName', 'phone', 'role', 'regionIds', 'projectIds'], onReload });
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
            ? {
                displayName: member.displayName,
                phone: member.phone ?? '',
                role: member.role,
                scopeKind: member.projectIds.length ? 'PROJECTS' : member.regionIds.length ? 'REGIONS' : 'COMPANY',
                regionIds: member.regionIds,
                projectIds: member.projectIds,
              }
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
