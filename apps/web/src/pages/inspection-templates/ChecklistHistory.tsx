// 版本历史: published versions (number, when, who, summary, contents); one opens in a drawer. The
// open version is in the URL (?version=3) so a link shows it.
import { Button, Drawer, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, PageSkeleton } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { useQueryState } from '../../lib/url-state';
import { ChecklistView } from './ChecklistView';
import { InspectionTemplateVersionQuery } from './inspection-templates.operations';
import type { InspectionTemplateQuery } from '../../gql/graphql';

type Template = InspectionTemplateQuery['inspectionTemplate'];
type VersionRow = Template['versions'][number];

export function ChecklistHistory({ template, canEdit }: { template: Template; canEdit: boolean }) {
  const { t } = useTranslation();
  const { params, update } = useQueryState();
  const asked = Number(params.get('version'));
  const viewing = template.versions.find((v) => v.number === asked) ?? null;
  const version = useQuery(InspectionTemplateVersionQuery, { variables: { id: viewing?.id ?? '' }, skip: !viewing });

  const columns: TableColumnsType<VersionRow> = [
    {
      key: 'number',
      title: t('inspectionTemplates.history.version'),
      width: 120,
      render: (_, v) => (
        <Space size={4}>
          <Typography.Text strong>V{v.number}</Typography.Text>
          {v.number === template.latestNumber ? <Tag color="green">{t('inspectionTemplates.history.current')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'publishedAt',
      title: t('inspectionTemplates.history.publishedAt'),
      width: 170,
      render: (_, v) => formatDateTime(v.publishedAt),
    },
    {
      key: 'publishedBy',
      title: t('inspectionTemplates.history.publishedBy'),
      width: 130,
      render: (_, v) => v.publishedBy?.displayName ?? t('common.none'),
    },
    {
      key: 'summary',
      title: t('inspectionTemplates.history.changeSummary'),
      render: (_, v) => <span style={{ whiteSpace: 'pre-wrap' }}>{v.changeSummary}</span>,
    },
    {
      key: 'contents',
      title: t('inspectionTemplates.history.contents'),
      width: 220,
      render: (_, v) => t('inspectionTemplates.history.contentsValue', { ...v.totals, passScore: v.passScore }),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_, v) => (
        <Button
          type="link"
          size="small"
          icon={<EyeOutlined />}
          onClick={() => update({ version: v.number ?? undefined })}
          data-testid={`view-template-version-${v.number}`}
        >
          {t('inspectionTemplates.history.view')}
        </Button>
      ),
    },
  ];

  if (!template.versions.length) {
    return (
      <EmptyState
        title={t('inspectionTemplates.history.noVersions')}
        hint={canEdit ? t('inspectionTemplates.history.noVersionsHint') : undefined}
      />
    );
  }

  return (
    <div data-testid="template-history">
      <Table<VersionRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={template.versions}
        pagination={template.versions.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 900 }}
        data-testid="template-versions-table"
      />
      <Drawer
        open={!!viewing}
        onClose={() => update({ version: undefined })}
        size={1100}
        title={viewing ? t('inspectionTemplates.history.viewTitle', { n: viewing.number }) : ''}
        destroyOnHidden
      >
        {viewing ? (
          <>
            <Typography.Paragraph type="secondary">
              {t('inspectionTemplates.history.publishedLine', {
                time: formatDateTime(viewing.publishedAt),
                who: viewing.publishedBy?.displayName ?? t('common.none'),
              })}
              {viewing.changeSummary ? ` · ${viewing.changeSummary}` : ''}
            </Typography.Paragraph>
            {version.loading && !version.data ? (
              <PageSkeleton rows={8} />
            ) : version.data ? (
              <ChecklistView version={version.data.inspectionTemplateVersion} />
            ) : (
              <ErrorState error={version.error} onRetry={() => void version.refetch()} compact />
            )}
          </>
        ) : null}
      </Drawer>
    </div>
  );
}
