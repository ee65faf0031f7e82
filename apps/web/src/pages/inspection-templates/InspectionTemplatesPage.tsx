// 检查表 Inspection templates: the checklists inspectors work through, filtered by name, format and
// archived, sortable by name and last change (all in the URL, ListPage) with cursor paging; planners
// create them here and open them to edit.
import { useState } from 'react';
import { Button, Checkbox, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PROPERTY_FORMATS, type PropertyFormat } from '@pinzhi/domain';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/PageStates';
import { formatDateTime } from '../../lib/format';
import { pickEnum } from '../../lib/url-state';
import { useCan } from '../../session/Allow';
import { InspectionTemplatesQuery } from './inspection-templates.operations';
import { TemplateFormModal } from './TemplateFormModal';
import { TemplateFormatTag } from './TemplateFormatTag';
import type { InspectionTemplateFilter, InspectionTemplatesQuery as TemplatesData } from '../../gql/graphql';

type Row = TemplatesData['inspectionTemplates']['nodes'][number];
const FILTER_KEYS = ['q', 'format', 'archived'];
const SORTS = { name: 'NAME', updatedAt: 'UPDATED_AT' } as const;

export default function InspectionTemplatesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canEdit = useCan('inspections.plan');
  const list = useListState({ filters: FILTER_KEYS, sorts: SORTS, paging: 'backwards' });
  const { params, update } = list;
  const search = params.get('q')?.trim() || undefined;
  const format = pickEnum(params.get('format'), PROPERTY_FORMATS);
  const includeArchived = params.get('archived') === '1';
  const [creating, setCreating] = useState(false);

  const filter: InspectionTemplateFilter = {
    ...(search ? { search } : {}),
    ...(format ? { format } : {}),
    ...(includeArchived ? { includeArchived: true } : {}),
  };
  const query = useQuery(InspectionTemplatesQuery, {
    variables: { filter, ...list.variables },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (query.data ?? query.previousData)?.inspectionTemplates;
  const detail = (row: Row) => `/inspection-templates/${row.id}`;

  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('inspectionTemplates.list.name'),
      render: (_, row) => (
        <div>
          <Space size={6} wrap>
            <Link to={detail(row)} data-testid="inspection-template-link">
              {row.name}
            </Link>
            {row.archivedAt ? <Tag style={{ marginInlineEnd: 0 }}>{t('inspectionTemplates.list.archived')}</Tag> : null}
          </Space>
          {row.description ? (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 1 }} style={{ fontSize: 12, margin: 0 }}>
              {row.description}
            </Typography.Paragraph>
          ) : null}
        </div>
      ),
    },
    {
      key: 'format',
      title: t('inspectionTemplates.list.format'),
      width: 150,
      render: (_, row) => <TemplateFormatTag format={row.format} />,
    },
    {
      key: 'level',
      title: t('levelComparison.level'),
      width: 120,
      render: (_, row) => <Tag data-testid={`template-level-${row.level}`}>{t(`levelComparison.levels.${row.level}`)}</Tag>,
    },
    {
      key: 'latest',
      title: t('inspectionTemplates.list.latest'),
      width: 200,
      render: (_, row) =>
        row.latestNumber ? (
          <Space size={6}>
            <Tag color="green" style={{ marginInlineEnd: 0 }}>
              V{row.latestNumber}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(row.latestVersion?.publishedAt, null, 'short')}
            </Typography.Text>
          </Space>
        ) : (
          <Tag style={{ marginInlineEnd: 0 }} data-testid="draft-only">
            {t('inspectionTemplates.list.draftOnly')}
          </Tag>
        ),
    },
    {
      key: 'content',
      title: t('inspectionTemplates.list.content'),
      width: 170,
      render: (_, row) =>
        row.latestVersion ? (
          <div>
            <div>{t('inspectionTemplates.list.contentValue', row.latestVersion.totals)}</div>
            {row.latestVersion.totals.critical ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('inspectionTemplates.list.criticalCount', { count: row.latestVersion.totals.critical })}
              </Typography.Text>
            ) : null}
          </div>
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
    ...(canEdit
      ? [
          {
            key: 'draft',
            title: t('inspectionTemplates.list.draft'),
            width: 110,
            render: (_: unknown, row: Row) =>
              row.draft ? (
                <Tag color="gold" style={{ marginInlineEnd: 0 }} data-testid="draft-badge">
                  {t('inspectionTemplates.list.hasDraft')}
                </Tag>
              ) : (
                <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
              ),
          },
        ]
      : []),
    { key: 'updatedAt', title: t('common.updatedAt'), width: 160, render: (_, row) => formatDateTime(row.updatedAt, null, 'short') },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 90,
      render: (_, row) => (
        <Link to={`${detail(row)}${canEdit && row.draft ? '?view=draft' : ''}`}>
          {canEdit && row.draft ? t('inspectionTemplates.list.edit') : t('inspectionTemplates.list.open')}
        </Link>
      ),
    },
  ];

  const createButton = canEdit ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-inspection-template">
      {t('inspectionTemplates.form.createButton')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('inspectionTemplates.title')} subTitle={t('inspectionTemplates.subtitle')} extra={createButton} />
      <ListPage<Row>
        list={list}
        query={query}
        connection={connection}
        columns={columns}
        search={{ placeholder: t('inspectionTemplates.list.searchPlaceholder'), testId: 'inspection-template-search' }}
        filters={
          <>
            <Select
              allowClear
              placeholder={t('inspectionTemplates.list.formatFilter')}
              value={format}
              onChange={(value?: PropertyFormat) => update({ format: value })}
              options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
              style={{ width: 180 }}
              data-testid="inspection-template-format-filter"
            />
            <Checkbox
              checked={includeArchived}
              onChange={(e) => update({ archived: e.target.checked ? '1' : undefined })}
              style={{ alignSelf: 'center' }}
              data-testid="inspection-template-include-archived"
            >
              {t('inspectionTemplates.list.includeArchived')}
            </Checkbox>
          </>
        }
        empty={
          <EmptyState
            title={t('inspectionTemplates.list.empty')}
            hint={canEdit ? t('inspectionTemplates.list.emptyHint') : t('inspectionTemplates.list.emptyReadOnly')}
            action={createButton}
          />
        }
        emptyFiltered={t('inspectionTemplates.list.emptyFiltered')}
        testIds={{ filters: 'inspection-template-filters', table: 'inspection-templates-table' }}
        scroll={{ x: 960 }}
        onRow={(row) =>
          ({
            'data-name': row.name,
            style: { cursor: 'pointer' },
            onClick: (e: React.MouseEvent) => {
              if ((e.target as HTMLElement).closest('a,button,th')) return;
              navigate(detail(row));
            },
          }) as React.HTMLAttributes<HTMLElement>
        }
      />
      <TemplateFormModal open={creating} onClose={() => setCreating(false)} defaultFormat={format} />
    </>
  );
}
