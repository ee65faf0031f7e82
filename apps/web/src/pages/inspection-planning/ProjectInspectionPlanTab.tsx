// The 检查计划 tab of a project: its inspection frequencies (检查频次) — what is inspected, how often,
// by whom — with add / edit / archive and "apply the format's defaults" for planners.
import { useState } from 'react';
import { App, Button, Popconfirm, Space, Switch, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/LocaleProvider';
import { CursorPager } from '../../components/CursorPager';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useMutationErrors } from '../../components/useMutationErrors';
import { formatDate } from '../../lib/format';
import { useCan } from '../../session/Allow';
import type { InspectionFrequencyFieldsFragment } from '../../gql/graphql';
import {
  ArchiveInspectionFrequencyMutation,
  InspectionPlanProjectQuery,
  ProjectInspectionFrequenciesQuery,
} from './inspection-planning.operations';
import { ApplyDefaultsButton } from './ApplyDefaults';
import { FrequencyDrawer } from './FrequencyDrawer';
import { assigneeText, describeSchedule, formatWindow } from './planning';

const DEFAULT_PAGE_SIZE = 20;

export default function ProjectInspectionPlanTab({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { message } = App.useApp();
  const reportError = useMutationErrors();
  const canPlan = useCan('inspections.plan');
  const [showArchived, setShowArchived] = useState(false);
  const [pageSize, setPageSize] = useState(DEFAULT_PAGE_SIZE);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [editing, setEditing] = useState<InspectionFrequencyFieldsFragment | 'new' | null>(null);

  const project = useQuery(InspectionPlanProjectQuery, { variables: { id: projectId } });
  const after = cursors[cursors.length - 1];
  const list = useQuery(ProjectInspectionFrequenciesQuery, {
    variables: { filter: { projectId, includeArchived: showArchived || undefined }, first: pageSize, after },
    notifyOnNetworkStatusChange: true,
  });
  const [archive] = useMutation(ArchiveInspectionFrequencyMutation);

  const connection = (list.data ?? list.previousData)?.inspectionFrequencies;
  const info = project.data?.project;
  const timeZone = info?.timeZone ?? 'Asia/Shanghai';
  const refetch = () => void list.refetch();
  const firstPage = () => setCursors([null]);

  if ((!info && project.loading) || (!connection && list.loading)) return <TableSkeleton />;
  if (!info || !connection) {
    return (
      <ErrorState
        error={project.error ?? list.error}
        onRetry={() => {
          void project.refetch();
          void list.refetch();
        }}
        compact
      />
    );
  }

  const onArchive = async (row: InspectionFrequencyFieldsFragment) => {
    try {
      await archive({ variables: { id: row.id } });
      void message.success(t('inspectionPlanning.messages.archived', { name: row.template?.name ?? '' }));
      refetch();
    } catch (e) {
      reportError(e, { onReload: refetch });
    }
  };

  const columns: TableColumnsType<InspectionFrequencyFieldsFragment> = [
    {
      key: 'template',
      title: t('inspectionPlanning.table.template'),
      render: (_, row) => (
        <Space size={4} wrap>
          <span style={{ fontWeight: 500 }}>{row.template?.name ?? t('inspectionPlanning.table.templateGone')}</span>
          {row.archivedAt ? <Tag>{t('inspectionPlanning.table.archived')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'schedule',
      title: t('inspectionPlanning.table.schedule'),
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <span data-testid="frequency-rule-text">{describeSchedule(row, language)}</span>
          {row.note ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.note}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'window',
      title: t('inspectionPlanning.table.window'),
      width: 120,
      render: (_, row) => formatWindow(row.windowMinutes, language),
    },
    {
      key: 'late',
      title: t('inspectionPlanning.table.allowLate'),
      width: 100,
      render: (_, row) =>
        row.allowLate ? <Tag color="blue">{t('inspectionPlanning.table.yes')}</Tag> : <Tag>{t('inspectionPlanning.table.no')}</Tag>,
    },
    { key: 'assignee', title: t('inspectionPlanning.table.assignee'), width: 140, render: (_, row) => assigneeText(row, language) },
    {
      key: 'dates',
      title: t('inspectionPlanning.table.dates'),
      width: 220,
      render: (_, row) => (
        <span>
          {formatDate(row.startDate)} ~ {row.endDate ? formatDate(row.endDate) : t('inspectionPlanning.table.openEnded')}
          {row.excludedDates.length ? (
            <Tooltip title={row.excludedDates.join(t('common.listSeparator'))}>
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t('inspectionPlanning.table.excluded', { n: row.excludedDates.length })}
              </Typography.Text>
            </Tooltip>
          ) : null}
        </span>
      ),
    },
    {
      key: 'holidays',
      title: t('inspectionPlanning.table.holidayList'),
      width: 140,
      render: (_, row) => row.holidayList?.name ?? t('common.none'),
    },
  ];
  if (canPlan) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 130,
      fixed: 'right',
      render: (_, row) =>
        row.archivedAt ? null : (
          <Space size={0}>
            <Button type="link" size="small" onClick={() => setEditing(row)} data-testid="edit-frequency">
              {t('common.edit')}
            </Button>
            <Popconfirm
              title={t('inspectionPlanning.actions.archiveTitle')}
              description={<div style={{ maxWidth: 280 }}>{t('inspectionPlanning.actions.archiveConfirm')}</div>}
              okText={t('inspectionPlanning.actions.archive')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => onArchive(row)}
            >
              <Button type="link" size="small" danger data-testid="archive-frequency">
                {t('inspectionPlanning.actions.archive')}
              </Button>
            </Popconfirm>
          </Space>
        ),
    });
  }

  const newButton = (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="new-inspection-frequency">
      {t('inspectionPlanning.actions.new')}
    </Button>
  );
  const applyButton = (testId?: string) => (
    <ApplyDefaultsButton
      projectId={projectId}
      timeZone={timeZone}
      format={info.property.format}
      onApplied={() => {
        firstPage();
        refetch();
      }}
      icon={<ThunderboltOutlined />}
      testId={testId}
    />
  );

  return (
    <div data-testid="inspection-plan-tab">
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center', marginBottom: 16 }}>
        <Space wrap>
          <Typography.Text type="secondary">{t('inspectionPlanning.tab.intro', { zone: timeZone })}</Typography.Text>
        </Space>
        <Space wrap>
          <Space size={6}>
            <Switch
              size="small"
              checked={showArchived}
              onChange={(v) => {
                setShowArchived(v);
                firstPage();
              }}
              aria-label={t('inspectionPlanning.table.showArchived')}
            />
            <Typography.Text>{t('inspectionPlanning.table.showArchived')}</Typography.Text>
          </Space>
          {canPlan ? applyButton() : null}
          {canPlan ? newButton : null}
        </Space>
      </div>
      {list.error ? <ErrorState error={list.error} onRetry={refetch} compact /> : null}
      <Table<InspectionFrequencyFieldsFragment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={connection.nodes}
        loading={list.loading}
        pagination={false}
        scroll={{ x: 1100 }}
        data-testid="inspection-plan-table"
        locale={{
          emptyText: (
            <EmptyState
              title={t('inspectionPlanning.empty.title')}
              hint={canPlan ? t('inspectionPlanning.empty.hint') : t('inspectionPlanning.empty.readOnly')}
              action={
                canPlan ? (
                  <Space wrap style={{ justifyContent: 'center' }}>
                    {applyButton('apply-frequency-defaults-empty')}
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                      {t('inspectionPlanning.actions.new')}
                    </Button>
                  </Space>
                ) : undefined
              }
            />
          ),
        }}
      />
      {connection.totalCount > pageSize || cursors.length > 1 ? (
        <CursorPager
          page={cursors.length}
          pageSize={pageSize}
          totalCount={connection.totalCount}
          hasPrevious={cursors.length > 1}
          hasNext={connection.pageInfo.hasNextPage}
          onFirst={firstPage}
          onPrevious={() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c))}
          onNext={() => connection.pageInfo.endCursor && setCursors((c) => [...c, connection.pageInfo.endCursor!])}
          onPageSize={(size) => {
            setPageSize(size);
            firstPage();
          }}
          disabled={list.loading}
        />
      ) : null}
      {canPlan && editing !== null ? (
        // Mounted only while open: its unsaved-changes guard is a router blocker (one at a time).
        <FrequencyDrawer
          open
          projectId={projectId}
          timeZone={timeZone}
          format={info.property.format}
          frequency={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={refetch}
        />
      ) : null}
    </div>
  );
}
