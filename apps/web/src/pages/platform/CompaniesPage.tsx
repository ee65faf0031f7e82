// The operator console's companies (/platform): every company with its usage and limits, paged;
// create one with its first admin (the invitation link is shown to copy), suspend / reactivate,
// set limits, invite another admin.
import { useState } from 'react';
import { App, Button, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { RULES } from '@pinzhi/domain';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { NumberInput, numberRange } from '../../components/NumberInput';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { formRules, required } from '../../lib/rules';
import type { CompanyFieldsFragment } from '../../gql/graphql';
import { CompanyLifecycleDrawer } from './CompanyLifecycleDrawer';
import { formatBytes } from './format-bytes';
import {
  CreateCompanyMutation,
  InviteCompanyAdminMutation,
  PlatformCompaniesQuery,
  ReactivateCompanyMutation,
  SetCompanyLimitsMutation,
  SuspendCompanyMutation,
} from './platform.operations';

const PAGE_SIZE = 20;

type Company = CompanyFieldsFragment;

function InvitationLink({ path, expiresAt }: { path: string; expiresAt?: string | null }) {
  const { t } = useTranslation();
  const link = `${window.location.origin}${path}`;
  return (
    <div>
      <Typography.Paragraph type="secondary">
        {expiresAt ? t('platform.invite.linkHint', { expires: formatDateTime(expiresAt) }) : t('platform.invite.linkHintNoExpiry')}
      </Typography.Paragraph>
      <Typography.Paragraph
        copyable={{ text: link, tooltips: [t('platform.invite.copy'), t('common.copied')] }}
        code
        style={{ wordBreak: 'break-all' }}
        data-testid="platform-invitation-link"
      >
        {link}
      </Typography.Paragraph>
    </div>
  );
}

function CreateCompanyModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [create, { loading }] = useMutation(CreateCompanyMutation);
  const report = useMutationErrors();
  const [created, setCreated] = useState<{ name: string; path: string } | null>(null);
  const close = () => {
    setCreated(null);
    form.resetFields();
    onClose();
  };
  const submit = async (values: { code: string; name: string; adminEmail: string; adminName: string }) => {
    try {
      const { data } = await create({ variables: { input: { ...values, code: values.code.trim().toLowerCase() } } });
      if (!data) return;
      const company = data.createCompany.company;
      setCreated({ name: company.name, path: data.createCompany.acceptPath });
      onCreated();
    } catch (error) {
      report(error, { form, fields: ['code', 'name', 'adminEmail', 'adminName'] });
    }
  };
  return (
    <Modal
      open={open}
      title={created ? t('platform.invite.linkTitle') : t('platform.form.title')}
      onCancel={close}
      destroyOnHidden
      footer={
        created ? (
          <Button type="primary" onClick={close} data-testid="platform-invitation-done">
            {t('platform.invite.done')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="platform-company-submit">
              {t('platform.form.submit')}
            </Button>
          </Space>
        )
      }
    >
      {created ? (
        <>
          <Typography.Paragraph strong>{t('platform.form.created', { name: created.name })}</Typography.Paragraph>
          <InvitationLink path={created.path} />
        </>
      ) : (
        <Form form={form} layout="vertical" onFinish={submit} data-testid="platform-company-form">
          <Form.Item
            name="code"
            label={t('platform.form.code')}
            extra={t('platform.form.codeHint')}
            rules={[
              required(t),
              { min: RULES.companyCode.min, message: t('validation.TOO_SHORT', { min: RULES.companyCode.min }) },
              { max: RULES.companyCode.max, message: t('validation.TOO_LONG', { max: RULES.companyCode.max }) },
              { pattern: RULES.companyCode.pattern, message: t('validation.INVALID_FORMAT') },
            ]}
          >
            <Input autoComplete="off" data-testid="platform-company-code" />
          </Form.Item>
          <Form.Item name="name" label={t('platform.form.name')} rules={formRules.name(t)}>
            <Input data-testid="platform-company-name" />
          </Form.Item>
          <Form.Item name="adminEmail" label={t('platform.form.adminEmail')} rules={formRules.email(t)}>
            <Input inputMode="email" data-testid="platform-company-admin-email" />
          </Form.Item>
          <Form.Item name="adminName" label={t('platform.form.adminName')} rules={formRules.displayName(t)}>
            <Input data-testid="platform-company-admin-name" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function InviteAdminModal({ company, onClose }: { company: Company | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [invite, { loading }] = useMutation(InviteCompanyAdminMutation);
  const report = useMutationErrors();
  const [link, setLink] = useState<{ path: string; expiresAt: string } | null>(null);
  const close = () => {
    setLink(null);
    form.resetFields();
    onClose();
  };
  const submit = async (values: { email: string; displayName: string }) => {
    if (!company) return;
    try {
      const { data } = await invite({ variables: { companyId: company.id, input: values } });
      if (data) setLink({ path: data.inviteCompanyAdmin.acceptPath, expiresAt: String(data.inviteCompanyAdmin.expiresAt) });
    } catch (error) {
      report(error, { form, fields: ['email', 'displayName'] });
    }
  };
  return (
    <Modal
      open={!!company}
      title={`${t('platform.invite.title')} · ${company?.name ?? ''}`}
      onCancel={close}
      destroyOnHidden
      footer={
        link ? (
          <Button type="primary" onClick={close}>
            {t('platform.invite.done')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" loading={loading} onClick={() => form.submit()}>
              {t('platform.invite.submit')}
            </Button>
          </Space>
        )
      }
    >
      {link ? (
        <InvitationLink path={link.path} expiresAt={link.expiresAt} />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item name="email" label={t('platform.invite.email')} rules={formRules.email(t)}>
            <Input inputMode="email" />
          </Form.Item>
          <Form.Item name="displayName" label={t('platform.invite.displayName')} rules={formRules.displayName(t)}>
            <Input />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

function LimitsModal({ company, onClose }: { company: Company | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [save, { loading }] = useMutation(SetCompanyLimitsMutation);
  const report = useMutationErrors();
  const bounds = { min: RULES.companyLimit.min, max: RULES.companyLimit.max, integer: true };
  const submit = async (values: { maxMembers?: number | null; maxProjects?: number | null; maxStorageMb?: number | null }) => {
    if (!company) return;
    try {
      await save({
        variables: {
          companyId: company.id,
          input: {
            maxMembers: values.maxMembers ?? null,
            maxProjects: values.maxProjects ?? null,
            maxStorageMb: values.maxStorageMb ?? null,
          },
        },
      });
      void message.success(t('platform.limits.saved'));
      onClose();
    } catch (error) {
      report(error, { form, fields: ['maxMembers', 'maxProjects', 'maxStorageMb'] });
    }
  };
  return (
    <Modal
      open={!!company}
      title={t('platform.limits.title', { name: company?.name ?? '' })}
      onCancel={onClose}
      destroyOnHidden
      okText={t('platform.limits.save')}
      cancelText={t('common.cancel')}
      confirmLoading={loading}
      onOk={() => form.submit()}
    >
      <Typography.Paragraph type="secondary">{t('platform.limits.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ maxMembers: company?.maxMembers, maxProjects: company?.maxProjects, maxStorageMb: company?.maxStorageMb }}
        data-testid="platform-limits-form"
      >
        {(['maxMembers', 'maxProjects', 'maxStorageMb'] as const).map((field) => (
          <Form.Item key={field} name={field} label={t(`platform.limits.${field}`)} rules={[numberRange(t, bounds)]}>
            <NumberInput
              {...bounds}
              style={{ width: 200 }}
              placeholder={t('platform.companies.unlimited')}
              data-testid={`platform-limit-${field}`}
            />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

function usage(count: number, max: number | null | undefined, t: (key: 'platform.companies.unlimited') => string) {
  return (
    <span>
      {count}
      <Typography.Text type="secondary"> / {max ?? t('platform.companies.unlimited')}</Typography.Text>
    </span>
  );
}

export default function CompaniesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [limitsOf, setLimitsOf] = useState<Company | null>(null);
  const [inviteTo, setInviteTo] = useState<Company | null>(null);
  const [lifecycleOf, setLifecycleOf] = useState<Company | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(PlatformCompaniesQuery, {
    variables: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, search: search || null },
    fetchPolicy: 'cache-and-network',
  });
  const [suspend] = useMutation(SuspendCompanyMutation);
  const [reactivate] = useMutation(ReactivateCompanyMutation);
  const report = useMutationErrors();
  const list = (data ?? previousData)?.platformCompanies;
  const nodes: readonly Company[] = list?.nodes ?? [];

  const act = async (company: Company, kind: 'suspend' | 'reactivate') => {
    try {
      if (kind === 'suspend') await suspend({ variables: { companyId: company.id } });
      else await reactivate({ variables: { companyId: company.id } });
      void message.success(
        t(kind === 'suspend' ? 'platform.companies.suspended_done' : 'platform.companies.reactivated', { name: company.name }),
      );
    } catch (e) {
      report(e);
    }
  };

  return (
    <div data-testid="platform-companies">
      <PageHeader
        title={t('platform.companies.title')}
        subTitle={t('platform.companies.subtitle')}
        extra={
          <Space wrap>
            <Input.Search
              allowClear
              placeholder={t('platform.companies.search')}
              onSearch={(value) => {
                setSearch(value.trim());
                setPage(1);
              }}
              maxLength={RULES.searchText.max}
              style={{ width: 240 }}
            />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="platform-company-create">
              {t('platform.companies.create')}
            </Button>
          </Space>
        }
      />
      {error && !list ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !list && loading ? (
        <TableSkeleton />
      ) : list && list.totalCount === 0 && !search ? (
        <EmptyState
          title={t('platform.companies.empty')}
          hint={t('platform.companies.emptyHint')}
          action={
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('platform.companies.create')}
            </Button>
          }
        />
      ) : (
        <Table<Company>
          rowKey="id"
          loading={loading}
          dataSource={[...nodes]}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({ 'data-testid': `platform-company-${row.code}` }) as never}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list?.totalCount ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { count: total }),
            onChange: setPage,
          }}
          columns={[
            {
              title: t('platform.companies.code'),
              dataIndex: 'code',
              render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
            },
            { title: t('platform.companies.name'), dataIndex: 'name' },
            {
              title: t('platform.companies.status'),
              key: 'status',
              render: (_, c) =>
                c.active ? (
                  <Tag color="green">{t('platform.companies.active')}</Tag>
                ) : (
                  <Space direction="vertical" size={0}>
                    <Tag color="red" data-testid="platform-company-suspended">
                      {t('platform.companies.suspended')}
                    </Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('platform.companies.suspendedAt', { at: formatDateTime(c.suspendedAt, null, 'short') })}
                    </Typography.Text>
                  </Space>
                ),
            },
            { title: t('platform.companies.members'), key: 'members', render: (_, c) => usage(c.memberCount, c.maxMembers, t) },
            { title: t('platform.companies.projects'), key: 'projects', render: (_, c) => usage(c.projectCount, c.maxProjects, t) },
            {
              title: t('platform.companies.storage'),
              key: 'storage',
              render: (_, c) => (
                <span>
                  {formatBytes(c.storageBytes)}
                  <Typography.Text type="secondary">
                    {' '}
                    / {c.maxStorageMb != null ? `${c.maxStorageMb} MB` : t('platform.companies.unlimited')}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: t('platform.companies.lastActivity'),
              key: 'lastActivity',
              render: (_, c) => (c.lastActivityAt ? formatDateTime(c.lastActivityAt, null, 'short') : t('platform.companies.never')),
            },
            {
              title: t('platform.companies.actions'),
              key: 'actions',
              render: (_, c) => (
                <Space wrap>
                  {c.active ? (
                    <Popconfirm
                      title={t('platform.companies.suspendConfirm', { name: c.name })}
                      okText={t('platform.companies.suspend')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true, 'data-testid': 'platform-suspend-confirm' } as never}
                      onConfirm={() => act(c, 'suspend')}
                    >
                      <Button danger size="small" data-testid="platform-suspend">
                        {t('platform.companies.suspend')}
                      </Button>
                    </Popconfirm>
                  ) : (
                    <Button size="small" onClick={() => void act(c, 'reactivate')} data-testid="platform-reactivate">
                      {t('platform.companies.reactivate')}
                    </Button>
                  )}
                  <Button size="small" onClick={() => setLimitsOf(c)} data-testid="platform-limits">
                    {t('platform.companies.limits')}
                  </Button>
                  <Button size="small" onClick={() => setInviteTo(c)}>
                    {t('platform.companies.inviteAdmin')}
                  </Button>
                  <Button size="small" onClick={() => setLifecycleOf(c)} data-testid="platform-lifecycle-open">
                    {t('platform.lifecycle.open')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      <CreateCompanyModal open={creating} onClose={() => setCreating(false)} onCreated={() => void refetch()} />
      <LimitsModal company={limitsOf} onClose={() => setLimitsOf(null)} />
      <InviteAdminModal company={inviteTo} onClose={() => setInviteTo(null)} />
      <CompanyLifecycleDrawer company={lifecycleOf} onClose={() => setLifecycleOf(null)} />
    </div>
  );
}
