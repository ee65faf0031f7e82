// Properties: filter by format and text, sort by name, floor area or last change (in the URL,
// ListPage), cursor pagination, details in a drawer.
import { useMemo, useState } from 'react';
import { Button, Descriptions, Drawer, Select, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PROPERTY_FORMATS, RULES, type PropertyFormat } from '@pinzhi/domain';
import { ListPage, useListState } from '../../components/list-page';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState } from '../../components/PageStates';
import { FormatTag } from '../../components/Tags';
import { formatDateTime, formatNumber } from '../../lib/format';
import { pickEnum } from '../../lib/url-state';
import { useLocale } from '../../app/LocaleProvider';
import { useCan } from '../../session/Allow';
import { PropertiesQuery } from './properties.operations';
import type { PropertyFieldsFragment } from '../../gql/graphql';

const SORTS = { name: 'NAME', gfa: 'GROSS_FLOOR_AREA', updatedAt: 'UPDATED_AT' } as const;

export default function PropertiesPage() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const navigate = useNavigate();
  const canEdit = useCan('portfolio.edit');
  const list = useListState({ filters: ['q', 'format'], sorts: SORTS, paging: 'backwards' });
  const { params, update } = list;
  const format = pickEnum(params.get('format'), PROPERTY_FORMATS);
  const search = params.get('q')?.trim().slice(0, RULES.searchText.max) || undefined;
  const [openId, setOpenId] = useState<string | null>(null);

  const filter = useMemo(() => {
    const f: { format?: PropertyFormat; search?: string } = {};
    if (format) f.format = format;
    if (search) f.search = search;
    return Object.keys(f).length ? f : undefined;
  }, [format, search]);
  const query = useQuery(PropertiesQuery, {
    variables: { filter, ...list.variables },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (query.data ?? query.previousData)?.properties;
  const open = connection?.nodes.find((p) => p.id === openId) ?? null;

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
      <ListPage<PropertyFieldsFragment>
        list={list}
        query={query}
        connection={connection}
        columns={columns}
        search={{ placeholder: t('properties.searchPlaceholder'), width: 260 }}
        filters={
          <Select
            allowClear
            placeholder={t('projects.allFormats')}
            value={format}
            onChange={(value?: PropertyFormat) => update({ format: value })}
            options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
            style={{ width: 200 }}
          />
        }
        empty={
          <EmptyState
            title={canEdit ? t('properties.empty') : t('properties.emptyReadOnly')}
            hint={canEdit ? t('properties.emptyHint') : undefined}
            action={createButton}
          />
        }
        emptyFiltered={t('properties.emptyFiltered')}
        testIds={{ table: 'properties-table' }}
        scroll={{ x: 900 }}
      />
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
