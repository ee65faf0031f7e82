// /inspection-templates/:id — one checklist: header (name, format, latest version, archive /
// restore, edit details); tabs 当前版本 (read-only), 草稿 (planners: the editor) and 版本历史.
// The open tab is in the URL (?view=current|draft|history|changes); 变更记录 is the checklist's audit history.
import { useState } from 'react';
import { Alert, App, Badge, Button, Card, Popconfirm, Space, Tabs, Tag, Typography, theme } from 'antd';
import { EditOutlined, FormOutlined, InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { RecordHistory } from '../../components/audit/RecordHistory';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { pickEnum, useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { ChecklistEditor } from './ChecklistEditor';
import { ChecklistHistory } from './ChecklistHistory';
import { ChecklistView } from './ChecklistView';
import {
  ArchiveInspectionTemplateMutation,
  InspectionTemplateQuery,
  RestoreInspectionTemplateMutation,
  StartInspectionTemplateDraftMutation,
} from './inspection-templates.operations';
import { TemplateFormModal } from './TemplateFormModal';
import { TemplateFormatTag } from './TemplateFormatTag';

const VIEWS = ['current', 'draft', 'history', 'changes'] as const;
type View = (typeof VIEWS)[number];

function TemplateDetail({ templateId }: { templateId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const canEdit = useCan('inspections.plan');
  const reportError = useMutationErrors();
  const { params, update } = useQueryState();
  const [editorRun, setEditorRun] = useState(0);
  const [editing, setEditing] = useState(false);
  const { data, loading, error, refetch } = useQuery(InspectionTemplateQuery, {
    variables: { id: templateId },
    notifyOnNetworkStatusChange: true,
  });
  const [start, starting] = useMutation(StartInspectionTemplateDraftMutation);
  const [archive, archiving] = useMutation(ArchiveInspectionTemplateMutation);
  const [restore, restoring] = useMutation(RestoreInspectionTemplateMutation);
  const template = data?.inspectionTemplate;

  if (!template && loading) return <PageSkeleton rows={10} />;
  if (!template) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const fallback: View = template.latestNumber > 0 ? 'current' : canEdit ? 'draft' : 'current';
  const asked = pickEnum(params.get('view'), VIEWS);
  const view: View = asked === 'draft' && !canEdit ? fallback : (asked ?? fallback);
  const setView = (next: View) => update({ view: next === fallback ? undefined : next, version: undefined });

  const reload = async () => {
    await refetch();
    setEditorRun((n) => n + 1);
  };

  const startDraft = async () => {
    try {
      await start({ variables: { templateId: template.id } });
      await reload();
      update({ view: 'draft' });
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };

  const setArchived = async (archived: boolean) => {
    try {
      if (archived) await archive({ variables: { id: template.id } });
      else await restore({ variables: { id: template.id } });
      void message.success(t(archived ? 'inspectionTemplates.archive.archived' : 'inspectionTemplates.archive.restored'));
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };

  const latest = template.latestVersion;

  const tags = (
    <>
      <TemplateFormatTag format={template.format} />
      {template.latestNumber ? (
        <Tag color="green" style={{ marginInlineEnd: 0 }} data-testid="template-latest-number">
          {t('inspectionTemplates.detail.latestTag', { n: template.latestNumber })}
        </Tag>
      ) : (
        <Tag style={{ marginInlineEnd: 0 }} data-testid="template-latest-number">
          {t('inspectionTemplates.detail.unpublished')}
        </Tag>
      )}
      {canEdit && template.draft ? (
        <Tag color="gold" style={{ marginInlineEnd: 0 }}>
          {t('inspectionTemplates.detail.hasDraft')}
        </Tag>
      ) : null}
      {template.archivedAt ? (
        <Tag style={{ marginInlineEnd: 0 }} data-testid="template-archived-tag">
          {t('inspectionTemplates.list.archived')}
        </Tag>
      ) : null}
    </>
  );

  const actions = canEdit ? (
    <>
      <Button icon={<FormOutlined />} onClick={() => setEditing(true)} data-testid="edit-inspection-template">
        {t('inspectionTemplates.form.editButton')}
      </Button>
      {template.archivedAt ? (
        <Popconfirm
          title={t('inspectionTemplates.archive.restore')}
          description={<div style={{ maxWidth: 260 }}>{t('inspectionTemplates.archive.restoreConfirm')}</div>}
          okText={t('inspectionTemplates.archive.restore')}
          cancelText={t('common.cancel')}
          okButtonProps={{ 'data-testid': 'confirm-restore-template' } as Record<string, string>}
          onConfirm={() => setArchived(false)}
        >
          <Button icon={<UndoOutlined />} loading={restoring.loading} data-testid="restore-inspection-template">
            {t('inspectionTemplates.archive.restore')}
          </Button>
        </Popconfirm>
      ) : (
        <Popconfirm
          title={t('inspectionTemplates.archive.archive')}
          description={<div style={{ maxWidth: 260 }}>{t('inspectionTemplates.archive.archiveConfirm')}</div>}
          okText={t('inspectionTemplates.archive.archive')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, ...({ 'data-testid': 'confirm-archive-template' } as Record<string, string>) }}
          onConfirm={() => setArchived(true)}
        >
          <Button danger icon={<InboxOutlined />} loading={archiving.loading} data-testid="archive-inspection-template">
            {t('inspectionTemplates.archive.archive')}
          </Button>
        </Popconfirm>
      )}
    </>
  ) : null;

  const meta = (
    <Space
      orientation="vertical"
      size={4}
      style={{ color: token.colorTextSecondary, fontSize: 13, width: '100%' }}
      data-testid="template-meta"
    >
      {template.description ? (
        <span style={{ whiteSpace: 'pre-wrap' }}>
          {t('inspectionTemplates.detail.description')}: {template.description}
        </span>
      ) : null}
      {latest ? (
        <span>
          {t('inspectionTemplates.detail.latestLine', {
            n: latest.number,
            time: formatDateTime(latest.publishedAt),
            who: latest.publishedBy?.displayName ?? t('common.none'),
          })}
        </span>
      ) : null}
    </Space>
  );

  const current = latest ? (
    <>
      {latest.changeSummary ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t('inspectionTemplates.detail.changeSummary')}: {latest.changeSummary}
        </Typography.Paragraph>
      ) : null}
      <ChecklistView version={latest} />
    </>
  ) : (
    <EmptyState
      title={t('inspectionTemplates.detail.notPublished')}
      hint={canEdit ? t('inspectionTemplates.detail.notPublishedHint') : t('inspectionTemplates.detail.notPublishedReadOnly')}
      action={
        canEdit ? (
          <Button type="primary" onClick={() => setView('draft')}>
            {t('inspectionTemplates.detail.openDraft')}
          </Button>
        ) : undefined
      }
    />
  );

  const draft = template.draft ? (
    <ChecklistEditor
      key={`${template.draft.id}:${editorRun}`}
      template={template}
      draft={template.draft}
      onReload={reload}
      onPublished={async () => {
        await refetch();
        update({ view: undefined });
      }}
      onDiscarded={async () => {
        await refetch();
        update({ view: undefined });
      }}
    />
  ) : (
    <EmptyState
      title={t('inspectionTemplates.detail.noDraft')}
      hint={t('inspectionTemplates.detail.noDraftHint', { n: template.latestNumber })}
      action={
        <Button
          type="primary"
          icon={<EditOutlined />}
          loading={starting.loading}
          onClick={() => void startDraft()}
          data-testid="template-start-draft"
        >
          {t('inspectionTemplates.detail.startDraft')}
        </Button>
      }
    />
  );

  return (
    <div data-testid="inspection-template-view">
      <PageHeader
        onBack={() => navigate('/inspection-templates')}
        title={<span data-testid="inspection-template-name">{template.name}</span>}
        tags={tags}
        extra={actions}
      />
      <Card variant="borderless">
        {template.archivedAt ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('inspectionTemplates.archive.banner', { time: formatDateTime(template.archivedAt) })}
            data-testid="template-archived-banner"
          />
        ) : null}
        {meta}
        <Tabs
          style={{ marginTop: 8 }}
          activeKey={view}
          onChange={(key) => setView(key as View)}
          data-testid="inspection-template-tabs"
          items={[
            {
              key: 'current',
              label: <span data-testid="template-tab-current">{t('inspectionTemplates.tabs.current')}</span>,
              children: current,
              destroyOnHidden: true,
            },
            ...(canEdit
              ? [
                  {
                    key: 'draft',
                    label: (
                      <span data-testid="template-tab-draft">
                        <Badge dot={!!template.draft} offset={[6, 0]}>
                          {t('inspectionTemplates.tabs.draft')}
                        </Badge>
                      </span>
                    ),
                    children: draft,
                  },
                ]
              : []),
            {
              key: 'history',
              label: (
                <span data-testid="template-tab-history">{t('inspectionTemplates.tabs.history', { count: template.versions.length })}</span>
              ),
              children: <ChecklistHistory template={template} canEdit={canEdit} />,
              destroyOnHidden: true,
            },
            {
              key: 'changes',
              label: <span data-testid="template-tab-changes">{t('audit.history')}</span>,
              children: <RecordHistory entity="InspectionTemplate" id={template.id} plain />,
              destroyOnHidden: true,
            },
          ]}
        />
      </Card>
      {canEdit ? (
        <TemplateFormModal open={editing} template={template} onClose={() => setEditing(false)} onSaved={() => void refetch()} />
      ) : null}
    </div>
  );
}

export default function InspectionTemplatePage() {
  const { id = '' } = useParams();
  return <TemplateDetail key={id} templateId={id} />;
}
