// 批量邀请: invitations from an Excel workbook through the shared import dialog (dry run → row
// report → write only when clean). After the write, the new invitations with their links (shown
// once) and a "copy all" button, so the admin can hand them out. Used on the members page and in
// the first-day setup wizard.
import { useState } from 'react';
import { App, Button, List, Space, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { XlsxImportModal } from '../../components/XlsxImportModal';
import { RoleTag } from '../../components/Tags';
import { ImportMembersMutation } from './members.operations';
import type { Role } from '@pinzhi/domain';

export interface CreatedInvitationLink {
  email: string;
  displayName: string;
  role: Role;
  url: string;
}

/** One line per invitation ("姓名 <e-mail>（角色）: link"), for pasting into a chat or an e-mail. */
export function invitationLinesText(t: TFunction, links: readonly CreatedInvitationLink[]): string {
  return links
    .map((l) => t('members.import.line', { name: l.displayName, email: l.email, role: t(`roles.${l.role}`), url: l.url }))
    .join('\n');
}

export function InvitationLinksList({ links }: { links: readonly CreatedInvitationLink[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copyAll = async () => {
    try {
      await navigator.clipboard.writeText(invitationLinesText(t, links));
      void message.success(t('members.import.copied', { count: links.length }));
    } catch {
      void message.error(t('members.import.copyFailed'));
    }
  };
  return (
    <List
      style={{ marginTop: 16 }}
      size="small"
      bordered
      header={
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space orientation="vertical" size={0}>
            <Typography.Text strong>{t('members.import.links', { count: links.length })}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('members.import.linksHint')}
            </Typography.Text>
          </Space>
          <Button icon={<CopyOutlined />} onClick={() => void copyAll()} data-testid="copy-all-invitations">
            {t('members.import.copyAll')}
          </Button>
        </Space>
      }
      dataSource={[...links]}
      pagination={links.length > 8 ? { pageSize: 8, size: 'small' } : false}
      data-testid="imported-invitations"
      renderItem={(l) => (
        <List.Item data-testid="imported-invitation">
          <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
            <Space size={8} wrap>
              <Typography.Text strong>{l.displayName}</Typography.Text>
              <Typography.Text type="secondary">{l.email}</Typography.Text>
              <RoleTag role={l.role} />
            </Space>
            <Typography.Text copyable type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }} data-testid="invitation-link">
              {l.url}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

export function ImportMembersModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const [run, running] = useMutation(ImportMembersMutation);
  const [links, setLinks] = useState<CreatedInvitationLink[]>([]);
  return (
    <XlsxImportModal
      kind="members"
      open={open}
      onClose={() => {
        setLinks([]);
        onClose();
      }}
      onImported={onImported}
      run={async (fileBase64, dryRun) => {
        const report = (await run({ variables: { fileBase64, dryRun } })).data?.importMembers;
        if (report?.written)
          setLinks(
            report.invitations.map((i) => ({
              email: i.invitation.email,
              displayName: i.invitation.displayName,
              role: i.invitation.role,
              url: `${window.location.origin}${i.acceptPath}`,
            })),
          );
        return report;
      }}
      running={running.loading}
      resultExtra={links.length ? <InvitationLinksList links={links} /> : null}
    />
  );
}
