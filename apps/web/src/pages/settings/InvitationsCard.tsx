// Open invitations of this company (pending or expired): a new link, or withdraw.
import { App, Badge, Button, Card, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorState, TableSkeleton } from '../../components/PageStates';
import { RoleTag } from '../../components/Tags';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { InvitationsQuery, ResendInvitationMutation, RevokeInvitationMutation } from './members.operations';
import { ScopeTags, showInvitationLink } from './MemberModals';
import type { InvitationFieldsFragment } from '../../gql/graphql';

export function InvitationsCard() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const reportError = useMutationErrors();
  const { data, loading, error, refetch } = useQuery(InvitationsQuery, {
    variables: { first: 50 },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [resend] = useMutation(ResendInvitationMutation);
  const [revoke] = useMutation(RevokeInvitationMutation);
  const rows = data?.invitations.nodes ?? [];

  const onResend = async (row: InvitationFieldsFragment) => {
    try {
      const r = await resend({ variables: { id: row.id } });
      if (r.data) showInvitationLink(modal, t, r.data.resendInvitation);
      void refetch();
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };
  const onRevoke = async (row: InvitationFieldsFragment) => {
    try {
      await revoke({ variables: { id: row.id } });
      void message.success(t('members.revoked'));
      void refetch();
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };

  const columns: TableColumnsType<InvitationFieldsFragment> = [
    { key: 'email', title: t('members.email'), render: (_, row) => row.email },
    { key: 'name', title: t('members.displayName'), render: (_, row) => row.displayName },
    { key: 'role', title: t('members.role'), width: 150, render: (_, row) => <RoleTag role={row.role} /> },
    {
      key: 'regions',
      title: t('members.scope'),
      render: (_, row) => <ScopeTags row={row} />,
    },
    {
      key: 'status',
      title: t('members.status'),
      width: 110,
      render: (_, row) => (
        <Badge status={row.status === 'PENDING' ? 'processing' : 'default'} text={t(`members.invitationStatus.${row.status}`)} />
      ),
    },
    { key: 'expires', title: t('members.expiresAt'), width: 180, render: (_, row) => formatDateTime(row.expiresAt) },
    { key: 'by', title: t('members.invitedBy'), width: 120, render: (_, row) => row.invitedBy?.displayName ?? t('common.none') },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 190,
      render: (_, row) => (
        <Space size={0}>
          <Popconfirm
            title={t('members.resend')}
            description={<div style={{ maxWidth: 260 }}>{t('members.resendConfirm')}</div>}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            onConfirm={() => onResend(row)}
          >
            <Button type="link" size="small" data-testid="resend-invitation">
              {t('members.resend')}
            </Button>
          </Popconfirm>
          <Popconfirm
            title={t('members.revoke')}
            description={<div style={{ maxWidth: 260 }}>{t('members.revokeConfirm')}</div>}
            okText={t('common.ok')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onRevoke(row)}
          >
            <Button type="link" size="small" danger data-testid="revoke-invitation">
              {t('members.revoke')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card variant="borderless" title={t('members.invitations')} style={{ marginTop: 16 }} data-testid="invitations-card">
      <div style={{ marginTop: -8, marginBottom: 12, color: 'rgba(0,0,0,0.45)' }}>{t('members.invitationsHint')}</div>
      {!data && loading ? (
        <TableSkeleton />
      ) : !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : (
        <Table<InvitationFieldsFragment>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={loading}
          pagination={false}
          scroll={{ x: 1000 }}
          data-testid="invitations-table"
          locale={{ emptyText: t('members.noInvitations') }}
        />
      )}
    </Card>
  );
}
