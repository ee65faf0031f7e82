// 从标准库添加: the library table (search + filters) with multi-select; standards already in the
// section are shown but cannot be picked again.
import { useEffect, useMemo, useState } from 'react';
import { Button, Input, Modal, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PROPERTY_FORMATS, RULES, STANDARD_CATEGORIES, type PropertyFormat, type StandardCategory } from '@pinzhi/domain';
import { EmptyState, ErrorState, TableSkeleton } from '../../components/PageStates';
import { useLocale } from '../../app/LocaleProvider';
import { CategoryTag, CriticalTag, PositionsText, positionOptions } from '../standards/StandardLabels';
import { StandardsQuery } from '../standards/standards.operations';
import type { StandardFieldsFragment, StandardFilter } from '../../gql/graphql';

const PAGE = 20;

export function AddStandardsModal({
  open,
  sectionTitle,
  format,
  present,
  onCancel,
  onAdd,
}: {
  open: boolean;
  sectionTitle: string;
  /** The document's property format, offered as the first filter (none: unfiltered, e.g. a checklist for every format). */
  format?: PropertyFormat;
  /** Standard ids already in the section. */
  present: ReadonlySet<string>;
  onCancel: () => void;
  onAdd: (standards: StandardFieldsFragment[]) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<StandardCategory | undefined>();
  const [position, setPosition] = useState<string | undefined>();
  const [formatFilter, setFormatFilter] = useState<PropertyFormat | undefined>(format);
  const [trail, setTrail] = useState<string[]>([]);
  const [selected, setSelected] = useState<Map<string, StandardFieldsFragment>>(new Map());

  useEffect(() => {
    if (!open) return;
    setText('');
    setSearch('');
    setCategory(undefined);
    setPosition(undefined);
    setFormatFilter(format);
    setTrail([]);
    setSelected(new Map());
  }, [format, open]);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (text.trim() !== search) {
        setSearch(text.trim());
        setTrail([]);
      }
    }, 500);
    return () => clearTimeout(timer);
  }, [search, text]);

  const filter = useMemo<StandardFilter>(() => {
    const f: StandardFilter = {};
    if (search) f.search = search;
    if (category) f.category = category;
    if (position) f.position = position;
    if (formatFilter) f.format = formatFilter;
    return f;
  }, [category, formatFilter, position, search]);
  const after = trail[trail.length - 1];
  const { data, previousData, loading, error, refetch } = useQuery(StandardsQuery, {
    variables: { filter, first: PAGE, ...(after ? { after } : {}) },
    skip: !open,
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.standards;
  const setFilter = (apply: () => void) => {
    apply();
    setTrail([]);
  };

  const columns: TableColumnsType<StandardFieldsFragment> = [
    { key: 'code', title: t('standards.code'), width: 120, render: (_, s) => <span style={{ fontFamily: 'monospace' }}>{s.code}</span> },
    { key: 'category', title: t('standards.category'), width: 110, render: (_, s) => <CategoryTag category={s.category} /> },
    {
      key: 'title',
      title: t('standards.title'),
      render: (_, s) => (
        <div>
          <Space size={6} wrap>
            <span style={{ fontWeight: 500 }}>{language === 'en-US' ? s.titleEn || s.titleZh : s.titleZh}</span>
            {s.critical ? <CriticalTag /> : null}
            {present.has(s.id) ? <Tag color="default">{t('draft.alreadyInSection')}</Tag> : null}
          </Space>
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ fontSize: 12, margin: 0 }}>
            {language === 'en-US' ? s.requirementEn || s.requirementZh : s.requirementZh}
          </Typography.Paragraph>
        </div>
      ),
    },
    { key: 'positions', title: t('standards.positions'), width: 140, render: (_, s) => <PositionsText positions={s.positions} /> },
    { key: 'score', title: t('standards.defaultScore'), width: 80, align: 'right', dataIndex: 'defaultScore' },
  ];

  return (
    <Modal
      open={open}
      title={t('draft.addFromLibraryTo', { section: sectionTitle })}
      width={1040}
      onCancel={onCancel}
      destroyOnHidden
      footer={
        <Space>
          <Typography.Text type="secondary">{t('draft.selectedCount', { count: selected.size })}</Typography.Text>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            disabled={!selected.size}
            onClick={() => onAdd([...selected.values()])}
            data-testid="add-selected-standards"
          >
            {t('draft.addSelected', { count: selected.size })}
          </Button>
        </Space>
      }
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }} data-testid="library-filters">
        <Input.Search
          allowClear
          value={text}
          maxLength={RULES.searchText.max}
          placeholder={t('standards.searchPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) =>
            setFilter(() => {
              setText(v);
              setSearch(v.trim());
            })
          }
          style={{ width: 240 }}
          data-testid="library-search"
        />
        <Select
          allowClear
          placeholder={t('standards.allCategories')}
          value={category}
          onChange={(v?: StandardCategory) => setFilter(() => setCategory(v))}
          options={STANDARD_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
          style={{ width: 130 }}
          popupMatchSelectWidth={false}
        />
        <Select
          allowClear
          placeholder={t('standards.anyPosition')}
          value={position}
          onChange={(v?: string) => setFilter(() => setPosition(v))}
          options={positionOptions(language)}
          style={{ width: 130 }}
          popupMatchSelectWidth={false}
        />
        <Select
          allowClear
          placeholder={t('standards.anyFormat')}
          value={formatFilter}
          onChange={(v?: PropertyFormat) => setFilter(() => setFormatFilter(v))}
          options={PROPERTY_FORMATS.map((f) => ({ value: f, label: t(`formats.${f}`) }))}
          style={{ width: 160 }}
          popupMatchSelectWidth={false}
        />
      </div>
      {!connection && loading ? (
        <TableSkeleton />
      ) : !connection ? (
        <ErrorState error={error} onRetry={() => void refetch()} compact />
      ) : (
        <>
          <Table<StandardFieldsFragment>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={connection.nodes}
            loading={loading}
            pagination={false}
            scroll={{ y: 420 }}
            data-testid="library-table"
            onRow={(s) => ({ 'data-code': s.code }) as React.HTMLAttributes<HTMLElement>}
            rowSelection={{
              preserveSelectedRowKeys: true,
              selectedRowKeys: [...selected.keys()],
              getCheckboxProps: (s) => ({ disabled: present.has(s.id) }),
              onChange: (_keys, rows) => {
                setSelected((before) => {
                  const next = new Map<string, StandardFieldsFragment>();
                  // Keep picks from other pages; replace this page's with the table's answer.
                  const onPage = new Set(connection.nodes.map((s) => s.id));
                  for (const [id, s] of before) if (!onPage.has(id)) next.set(id, s);
                  for (const s of rows) if (s && onPage.has(s.id)) next.set(s.id, s);
                  return next;
                });
              },
            }}
            locale={{ emptyText: <EmptyState title={t('draft.libraryEmpty')} hint={t('draft.libraryEmptyHint')} /> }}
          />
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 12 }}>
            <Typography.Text type="secondary">{t('common.total', { count: connection.totalCount })}</Typography.Text>
            <Space>
              <Button size="small" icon={<LeftOutlined />} disabled={!trail.length || loading} onClick={() => setTrail(trail.slice(0, -1))}>
                {t('common.prevPage')}
              </Button>
              <Typography.Text>{t('common.page', { page: trail.length + 1 })}</Typography.Text>
              <Button
                size="small"
                disabled={!connection.pageInfo.hasNextPage || loading}
                onClick={() => connection.pageInfo.endCursor && setTrail([...trail, connection.pageInfo.endCursor])}
              >
                {t('common.nextPage')} <RightOutlined />
              </Button>
            </Space>
          </div>
        </>
      )}
    </Modal>
  );
}
