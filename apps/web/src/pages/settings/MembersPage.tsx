// Users & roles (company admins): invite (a link the person accepts), open invitations, change
// role/regions/name, reset a password to a temporary one, deactivate and reactivate.
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Badge, Button, Card, Input, Popconfirm, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ImportOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ROLES, RULES, type Role } from '@pinzhi/domain';
import { CursorPager } from '../../components/CursorPager';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { RoleTag } from '../../components/Tags';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { pickEnum, useCursorPaging, useQueryState } from '../../lib/url-state';
import { useMe } from '../../session/SessionProvider';
import { DeactivateMemberMutation, MembersQuery, ReactivateMemberMutation, ResetMemberPasswordMutation } from './members.operations';
import { EditMemberModal, InviteMemberModal } from './MemberModals';
import { InvitationsCard } from './InvitationsCard';
import { ImportMembersModal } from './ImportMembersModal';
import type { MemberFieldsFragment, MemberFilter } from '../../gql/graphql';

/** How long an admin-issued temporary password works (the server's TEMP_PASSWORD_TTL_HOURS default; the dialog shows the real expiry). */
const TEMP_PASSWORD_HOURS = 72;

export default function MembersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { message, modal } = App.useApp();
  const reportError = useMutationErrors();
  const { params, update } = useQueryState();
  const paging = useCursorPaging({ backwards: true });
  const role = pickEnum(params.get('role'), ROLES);
  const status = pickEnum(params.get('status'), ['active', 'inactive'] as const);
  const search = params.get('q')?.trim().slice(0, RULES.searchText.max) || undefined;
  const [text, setText] = useState(search ?? '');
  useEffect(() => setText(search ?? ''), [search]);
  const [inviting, setInviting] = useState(false);
  const [importing, setImporting] = useState(false);
  const [editing, setEditing] = useState<MemberFieldsFragment | null>(null);

  const filter = useMemo(() => {
    const f: MemberFilter = {};
    if (role) f.role = role;
    if (status) f.active = status === 'active';
    if (search) f.search = search;
    return Object.keys(f).length ? f : undefined;
  }, [role, search, status]);
  const { data, previousData, loading, error, refetch } = useQuery(MembersQuery, {
    variables: { filter, ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const [deactivate] = useMutation(DeactivateMemberMutation);
  const [reactivate] = useMutation(ReactivateMemberMutation);
  const [resetPassword] = useMutation(ResetMemberPasswordMutation);
  const [invitationsVersion, setInvitationsVersion] = useState(0);

  const reset = async (member: MemberFieldsFragment) => {
    try {
      const { data } = await resetPassword({ variables: { id: member.id } });
      const result = data?.resetMemberPassword;
      if (!result) return;
      const hours = Math.round((new Date(result.expiresAt).getTime() - Date.now()) / 3600_000);
      modal.info({
        title: `${t('members.tempPasswordTitle')} · ${member.displayName}`,
        width: 480,
        okText: t('common.close'),
        content: (
          <>
            <Alert type="warning" showIcon title={t('members.tempPasswordHint', { hours })} style={{ marginBottom: 16 }} />
            <Typography.Paragraph
              copyable={{ text: result.temporaryPassword }}
              code
              style={{ fontSize: 18 }}
              data-testid="temporary-password"
            >
              {result.temporaryPassword}
            </Typography.Paragraph>
          </>
        ),
      });
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };
  const connection = (data ?? previousData)?.members;
  const active = !!(role || status || search);

  const toggle = async (member: MemberFieldsFragment) => {
    try {
      if (member.active) {
        await deactivate({ variables: { id: member.id } });
        void message.success(t('members.deactivated'));
      } else {
        await reactivate({ variables: { id: member.id } });
        void message.success(t('members.reactivated'));
      }
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };

  const columns: TableColumnsType<MemberFieldsFragment> = [
    {
      key: 'name',
      title: t('members.displayName'),
      width: 200,
      render: (_, row) => (
        <span>
          {row.displayName}
          {row.user.id === me.user.id ? t('members.you') : ''}
        </span>
      ),
    },
    { key: 'phone', title: t('members.phone'), width: 150, render: (_, row) => row.phone ?? t('common.none') },
    { key: 'email', title: t('members.email'), width: 220, render: (_, row) => row.user.email },
    { key: 'role', title: t('members.role'), render: (_, row) => <RoleTag role={row.role} />, width: 150 },
    {
      key: 'regions',
      title: t('members.regions'),
      render: (_, row) =>
        row.regions.length ? (
          <Space size={4} wrap>
            {row.regions.map((r) => (
              <Tag key={r.id} style={{ marginInlineEnd: 0 }}>
                {r.name}
              </Tag>
            ))}
          </Space>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'status',
      title: t('members.status'),
      width: 110,
      render: (_, row) => (
        <Badge status={row.active ? 'success' : 'default'} text={row.active ? t('members.active') : t('members.inactive')} />
      ),
    },
    { key: 'createdAt', title: t('common.createdAt'), width: 180, render: (_, row) => formatDateTime(row.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 240,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setEditing(row)}>
            {t('common.edit')}
          </Button>
          {row.user.id === me.user.id || !row.active ? null : (
            <Popconfirm
              title={t('members.resetPassword')}
              description={<div style={{ maxWidth: 280 }}>{t('members.resetConfirm', { hours: TEMP_PASSWORD_HOURS })}</div>}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() => reset(row)}
            >
              <Button type="link" size="small" data-testid="reset-password">
                {t('members.resetPassword')}
              </Button>
            </Popconfirm>
          )}
          {row.user.id === me.user.id ? null : (
            <Popconfirm
              title={row.active ? t('members.deactivate') : t('members.reactivate')}
              description={
                <div style={{ maxWidth: 260 }}>{row.active ? t('members.deactivateConfirm') : t('members.reactivateConfirm')}</div>
              }
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: row.active }}
              onConfirm={() => toggle(row)}
            >
              <Button type="link" size="small" danger={row.active}>
                {row.active ? t('members.deactivate') : t('members.reactivate')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  const inviteButton = (
    <Button type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)} data-testid="invite-member">
      {t('members.invite')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('members.title')}
        extra={
          <Space>
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="import-members">
              {t('members.importButton')}
            </Button>
            {inviteButton}
          </Space>
        }
      />
      <Card variant="borderless">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
          <Input.Search
            allowClear
            value={text}
            maxLength={RULES.searchText.max}
            placeholder={t('members.searchPlaceholder')}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            style={{ width: 240 }}
          />
          <Select
            allowClear
            placeholder={t('members.allRoles')}
            value={role}
            onChange={(value?: Role) => update({ role: value })}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            style={{ width: 170 }}
          />
          <Select
            allowClear
            placeholder={t('members.allStatuses')}
            value={status}
            onChange={(value?: string) => update({ status: value })}
            options={[
              { value: 'active', label: t('members.active') },
              { value: 'inactive', label: t('members.inactive') },
            ]}
            style={{ width: 140 }}
          />
          {active ? (
            <Button type="link" onClick={() => update({ q: undefined, role: undefined, status: undefined })}>
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </div>
        {!connection && loading ? (
          <TableSkeleton />
        ) : !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} compact />
        ) : (
          <>
            {error ? <ErrorState error={error} onRetry={() => void refetch()} compact /> : null}
            <Table<MemberFieldsFragment>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={connection.nodes}
              loading={loading}
              pagination={false}
              scroll={{ x: 1400 }}
              data-testid="members-table"
              locale={{
                emptyText: active ? (
                  <EmptyState title={t('members.emptyFiltered')} />
                ) : (
                  <EmptyState title={t('members.empty')} hint={t('members.emptyHint')} action={inviteButton} />
                ),
              }}
            />
            {connection.totalCount > 0 ? (
              <CursorPager
                page={paging.page}
                pageSize={paging.pageSize}
                totalCount={connection.totalCount}
                hasPrevious={paging.hasPrevious}
                hasNext={connection.pageInfo.hasNextPage || paging.page * paging.pageSize < connection.totalCount}
                onFirst={paging.first}
                onPrevious={() => paging.previous(connection.pageInfo.startCursor)}
                onNext={() => paging.next(connection.pageInfo.endCursor)}
                onPageSize={paging.setPageSize}
                disabled={loading}
              />
            ) : null}
          </>
        )}
      </Card>
      <InvitationsCard key={invitationsVersion} />
      <ImportMembersModal open={importing} onClose={() => setImporting(false)} onImported={() => setInvitationsVersion((v) => v + 1)} />
      <InviteMemberModal open={inviting} onClose={() => setInviting(false)} onDone={() => setInvitationsVersion((v) => v + 1)} />
      <EditMemberModal member={editing} onClose={() => setEditing(null)} onReload={() => void refetch()} />
    </>
  );
}
