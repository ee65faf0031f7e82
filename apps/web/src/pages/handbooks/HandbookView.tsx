// One handbook (a template, or a project's): header with name, format, source template and the
// latest version; tabs 当前版本 (read-only), 草稿 (editors) and 版本历史 (versions, compare, export).
// The open tab is in the URL (?view=current|draft|history|changes); 变更记录 is the handbook's audit history.
import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Card, Space, Tabs, Tag, Typography, theme } from 'antd';
import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { RecordHistory } from '../../components/audit/RecordHistory';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/PageStates';
import { FormatTag } from '../../components/Tags';
import { useDownload } from '../../components/useDownload';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDateTime } from '../../lib/format';
import { pickEnum, useQueryState } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { DraftEditor } from './DraftEditor';
import { HandbookHistory, exportName } from './HandbookHistory';
import { HandbookQuery, StartHandbookDraftMutation } from './handbooks.operations';
import { VersionView } from './VersionView';

const VIEWS = ['current', 'draft', 'history', 'changes'] as const;
type View = (typeof VIEWS)[number];

export function HandbookView({ handbookId, embedded }: { handbookId: string; embedded?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token } = theme.useToken();
  const canEdit = useCan('handbooks.edit');
  const reportError = useMutationErrors();
  const { download, pending } = useDownload();
  const { params, update } = useQueryState();
  const [editorRun, setEditorRun] = useState(0);
  const { data, loading, error, refetch } = useQuery(HandbookQuery, { variables: { id: handbookId }, notifyOnNetworkStatusChange: true });
  const [start, starting] = useMutation(StartHandbookDraftMutation);
  const handbook = data?.handbook;

  const sectionTitles = useMemo(() => {
    const map = new Map<string, string>();
    for (const v of [handbook?.latest, handbook?.draft]) for (const s of v?.sections ?? []) map.set(s.key, s.titleZh);
    return map;
  }, [handbook?.draft, handbook?.latest]);

  if (!handbook && loading) return <PageSkeleton rows={10} />;
  if (!handbook) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const zones = handbook.project?.property.zones ?? [];
  const timeZone = handbook.project?.timeZone;
  const draftTab = canEdit;
  const fallback: View = handbook.latestNumber > 0 ? 'current' : draftTab ? 'draft' : 'current';
  const asked = pickEnum(params.get('view'), VIEWS);
  const view: View = asked === 'draft' && !draftTab ? fallback : (asked ?? fallback);
  const setView = (next: View) => update({ view: next === fallback ? undefined : next });

  const reload = async () => {
    await refetch();
    setEditorRun((n) => n + 1);
  };

  const startRevision = async () => {
    try {
      await start({ variables: { handbookId: handbook.id } });
      await refetch();
      setEditorRun((n) => n + 1);
      update({ view: 'draft' });
    } catch (e) {
      reportError(e, { onReload: () => void refetch() });
    }
  };

  const latest = handbook.latest;
  const exportLatest = latest ? (
    <Button
      icon={<DownloadOutlined />}
      loading={pending === `/downloads/handbook-versions/${latest.id}`}
      onClick={() => void download(`/downloads/handbook-versions/${latest.id}`, exportName(handbook, latest.number))}
      data-testid="export-latest"
    >
      {t('handbooks.exportVersion', { n: latest.number })}
    </Button>
  ) : null;

  const tags = (
    <>
      <Tag color={handbook.kind === 'TEMPLATE' ? 'purple' : 'blue'} style={{ marginInlineEnd: 0 }}>
        {t(`handbooks.kinds.${handbook.kind}`)}
      </Tag>
      <FormatTag format={handbook.format} />
      {handbook.latestNumber ? (
        <Tag color="green" style={{ marginInlineEnd: 0 }} data-testid="latest-number">
          {t('handbooks.latestTag', { n: handbook.latestNumber })}
        </Tag>
      ) : (
        <Tag style={{ marginInlineEnd: 0 }} data-testid="latest-number">
          {t('handbooks.unpublished')}
        </Tag>
      )}
      {canEdit && handbook.draft ? (
        <Tag color="gold" style={{ marginInlineEnd: 0 }}>
          {t('handbooks.hasDraft')}
        </Tag>
      ) : null}
    </>
  );

  const meta = (
    <Space size={[16, 4]} wrap style={{ color: token.colorTextSecondary, fontSize: 13 }} data-testid="handbook-meta">
      {handbook.project ? (
        <span>
          {t('handbooks.project')}:{' '}
          <Link to={`/projects/${handbook.project.id}`}>{`${handbook.project.code} ${handbook.project.name}`}</Link>
        </span>
      ) : null}
      <span>
        {t('handbooks.sourceTemplate')}:{' '}
        {handbook.sourceTemplate ? (
          <Link to={`/handbooks/${handbook.sourceTemplate.id}`}>{handbook.sourceTemplate.name}</Link>
        ) : (
          t('common.none')
        )}
      </span>
      {latest ? (
        <span>
          {t('handbooks.latestLine', {
            n: latest.number,
            time: formatDateTime(latest.publishedAt, timeZone),
            who: latest.publishedBy?.displayName ?? t('common.none'),
          })}
        </span>
      ) : null}
    </Space>
  );

  const current = latest ? (
    <>
      {latest.changeSummary ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
          {t('handbooks.changeSummary')}: {latest.changeSummary}
        </Typography.Paragraph>
      ) : null}
      <VersionView version={latest} zones={zones} />
    </>
  ) : (
    <EmptyState
      title={t('handbooks.notPublished')}
      hint={canEdit ? t('handbooks.notPublishedHint') : t('handbooks.notPublishedReadOnly')}
      action={
        canEdit ? (
          <Button type="primary" onClick={() => setView('draft')}>
            {t('handbooks.openDraft')}
          </Button>
        ) : undefined
      }
    />
  );

  const draft = handbook.draft ? (
    <DraftEditor
      key={`${handbook.draft.id}:${editorRun}`}
      handbook={handbook}
      draft={handbook.draft}
      onReload={reload}
      onPublished={async () => {
        await refetch();
        update({ view: undefined, from: undefined, to: undefined });
      }}
      onDiscarded={async () => {
        await refetch();
        update({ view: undefined });
      }}
    />
  ) : (
    <EmptyState
      title={t('handbooks.noDraft')}
      hint={t('handbooks.noDraftHint', { n: handbook.latestNumber })}
      action={
        <Button
          type="primary"
          icon={<EditOutlined />}
          loading={starting.loading}
          onClick={() => void startRevision()}
          data-testid="start-revision"
        >
          {t('handbooks.startRevision')}
        </Button>
      }
    />
  );

  const tabs = (
    <Tabs
      activeKey={view}
      onChange={(key) => setView(key as View)}
      data-testid="handbook-tabs"
      items={[
        { key: 'current', label: <span data-testid="tab-current">{t('handbooks.tabs.current')}</span>, children: current },
        ...(draftTab
          ? [
              {
                key: 'draft',
                label: (
                  <span data-testid="tab-draft">
                    <Badge dot={!!handbook.draft} offset={[6, 0]}>
                      {t('handbooks.tabs.draft')}
                    </Badge>
                  </span>
                ),
                children: draft,
              },
            ]
          : []),
        {
          key: 'history',
          label: <span data-testid="tab-history">{t('handbooks.tabs.history', { count: handbook.versions.length })}</span>,
          children: (
            <HandbookHistory handbook={handbook} canEdit={canEdit} zones={zones} sectionTitles={sectionTitles} timeZone={timeZone} />
          ),
        },
        {
          key: 'changes',
          label: <span data-testid="tab-changes">{t('audit.history')}</span>,
          children: <RecordHistory entity="Handbook" id={handbook.id} plain />,
          destroyOnHidden: true,
        },
      ]}
    />
  );

  if (embedded) {
    return (
      <div data-testid="handbook-view">
        <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: 12, marginBottom: 8 }}>
          <Space size={8} wrap>
            <Typography.Title level={5} style={{ margin: 0 }} data-testid="handbook-name">
              {handbook.name}
            </Typography.Title>
            {tags}
          </Space>
          <Space wrap>{exportLatest}</Space>
        </div>
        {meta}
        <div style={{ marginTop: 8 }}>{tabs}</div>
      </div>
    );
  }

  const back = () => {
    if (handbook.project) navigate(`/projects/${handbook.project.id}?tab=handbook`);
    else navigate('/handbooks');
  };
  return (
    <div data-testid="handbook-view">
      <PageHeader onBack={back} title={<span data-testid="handbook-name">{handbook.name}</span>} tags={tags} extra={exportLatest} />
      <Card variant="borderless">
        <DraftApprovalNotice approval={handbook.draftApproval ?? null} />
        {meta}
        <div style={{ marginTop: 8 }}>{tabs}</div>
      </Card>
    </div>
  );
}

/** 审批: the open draft waits for approval, or was returned with the approver's reason. */
function DraftApprovalNotice({ approval }: { approval: { id: string; status: string; reason?: string | null } | null }) {
  const { t } = useTranslation();
  if (!approval || (approval.status !== 'PENDING_APPROVAL' && approval.status !== 'REJECTED')) return null;
  const pending = approval.status === 'PENDING_APPROVAL';
  return (
    <Alert
      data-testid={pending ? 'draft-pending-approval' : 'draft-rejected'}
      type={pending ? 'info' : 'warning'}
      showIcon
      style={{ marginBottom: 12 }}
      title={pending ? t('approvals.draftPending') : t('approvals.draftRejected', { reason: approval.reason ?? '' })}
      action={<Link to={`/approvals/${approval.id}`}>{t('approvals.openRequest')}</Link>}
    />
  );
}
