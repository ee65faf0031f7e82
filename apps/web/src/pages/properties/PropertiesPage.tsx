// Properties: filter by format and text (in the URL), cursor pagination, details in a drawer.
import { useEffect, useMemo, useState } from 'react';
import { Button, Card, Descriptions, Drawer, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PROPERTY_FORMATS, RULES, type PropertyFormat } from '@pinzhi/domain';
import { CursorPager } from '../../components/CursorPager';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { FormatTag } from '../../components/Tags';
import { formatDateTime, formatNumber } from '../../lib/format';
import { pickEnum, useCursorPaging, useQueryState } from '../../lib/url-state';
import { useLocale } from '../../app/LocaleProvider';
import { useCan } from '../../session/Allow';
import { PropertiesQuery } from './properties.operations';
import type { PropertyFieldsFragment } from '../../gql/graphql';

export default function PropertiesPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const navigate = useNavigate();
  const canEdit = useCan('portfolio.edit');
  const { params, update } = useQueryState();
  const paging = useCursorPaging({ backwards: true });
  const format = pickEnum(params.get('format'), PROPERTY_FORMATS);
  const search = params.get('q')?.trim().slice(0, RULES.searchText.max) || undefined;
  const [text, setText] = useState(search ?? '');
  useEffect(() => setText(search ?? ''), [search]);
  const [openId, setOpenId] = useState<string | null>(null);

  const filter = useMemo(() => {
    const f: { format?: PropertyFormat; search?: string } = {};
    if (format) f.format = format;
    if (search) f.search = search;
    return Object.keys(f).length ? f : undefined;
  }, [format, search]);
  const { data, previousData, loading, error, refetch } = useQuery(PropertiesQuery, {
    variables: { filter, ...paging.variables },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.properties;
  const open = connection?.nodes.find((p) => p.id === openId) ?? null;
  const active = !!(format || search);

  const columns: TableColumnsType<PropertyFieldsFragment> = [
    {
      key: 'name',
      title: t('properties.name'),
      render: (_, row) => (
        <Typography.Link onClick={() => setOpenId(row.id)} data-testid="property-name">
          {row.name}
        </Typography.Link>
      ),
    },
    { key: 'format', title: t('properties.format'), render: (_, row) => <FormatTag format={row.format} />, width: 170 },
    { key: 'address', title: t('properties.address'), dataIndex: 'address', ellipsis: true },
    {
      key: 'gfa',
      title: t('properties.grossFloorArea'),
      align: 'right',
      width: 150,
      render: (_, row) => formatNumber(row.grossFloorArea, language),
    },
    {
      key: 'zones',
      title: t('properties.zones'),
      width: 120,
      render: (_, row) => (row.zones.length ? t('properties.zoneCount', { count: row.zones.length }) : t('properties.noZones')),
    },
    { key: 'updatedAt', title: t('common.updatedAt'), width: 180, render: (_, row) => formatDateTime(row.updatedAt) },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 100,
            render: (_: unknown, row: PropertyFieldsFragment) => (
              <Button type="link" size="small" onClick={() => navigate(`/properties/${row.id}/edit`)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  const createButton = canEdit ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/properties/new')} data-testid="create-property">
      {t('properties.create')}
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title={t('properties.title')} extra={createButton} />
      <Card variant="borderless">
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
          <Input.Search
            allowClear
            value={text}
            maxLength={RULES.searchText.max}
            placeholder={t('properties.searchPlaceholder')}
            onChange={(e) => setText(e.target.value)}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            placeholder={t('projects.allFormats')}
            value={format}
            onChange={(value?: PropertyFormat) => update({ format: value })}
            options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
            style={{ width: 200 }}
          />
          {active ? (
            <Button type="link" onClick={() => update({ q: undefined, format: undefined })}>
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
            <Table<PropertyFieldsFragment>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={connection.nodes}
              loading={loading}
              pagination={false}
              scroll={{ x: 900 }}
              data-testid="properties-table"
              locale={{
                emptyText: active ? (
                  <EmptyState
                    title={t('properties.emptyFiltered')}
                    action={<Button onClick={() => update({ q: undefined, format: undefined })}>{t('common.clearFilters')}</Button>}
                  />
                ) : (
                  <EmptyState
                    title={canEdit ? t('properties.empty') : t('properties.emptyReadOnly')}
                    hint={canEdit ? t('properties.emptyHint') : undefined}
                    action={createButton}
                  />
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
      <Drawer
        open={!!open}
        onClose={() => setOpenId(null)}
        title={open?.name}
        size={480}
        extra={
          open && canEdit ? (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/properties/${open.id}/edit`)}>
              {t('common.edit')}
            </Button>
          ) : null
        }
      >
        {open ? (
          <Space orientation="vertical" size={24} style={{ width: '100%' }}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'format', label: t('properties.format'), children: <FormatTag format={open.format} /> },
                { key: 'address', label: t('properties.address'), children: open.address || t('common.none') },
                { key: 'gfa', label: t('properties.grossFloorArea'), children: formatNumber(open.grossFloorArea, language) },
                { key: 'updated', label: t('common.updatedAt'), children: formatDateTime(open.updatedAt) },
              ]}
            />
            <div>
              <Typography.Title level={5}>
                {t('properties.zones')} <Tag>{open.zones.length}</Tag>
              </Typography.Title>
              {open.zones.length ? (
                <Space size={[8, 8]} wrap data-testid="zone-list">
                  {open.zones.map((zone) => (
                    <Tag key={zone.id} style={{ marginInlineEnd: 0, padding: '2px 10px', fontSize: 14 }}>
                      {zone.name}
                    </Tag>
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('properties.noZones')}</Typography.Text>
              )}
            </div>
          </Space>
        ) : null}
      </Drawer>
    </>
  );
}
