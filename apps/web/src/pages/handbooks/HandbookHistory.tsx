// 版本历史: published versions (number, date, publisher, summary) with view, export and compare;
// the comparison (two versions, or a version and the draft) lives in the URL (?from=1&to=2|draft).
import { useState } from 'react';
import { Button, Card, Drawer, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DiffOutlined, DownloadOutlined, EyeOutlined, SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, PageSkeleton, TableSkeleton } from '../../components/PageStates';
import { useDownload } from '../../components/useDownload';
import { formatDateTime } from '../../lib/format';
import { useQueryState } from '../../lib/url-state';
import { HandbookDiffView } from './HandbookDiffView';
import { HandbookDiffQuery, HandbookVersionQuery } from './handbooks.operations';
import { VersionView } from './VersionView';
import type { HandbookQuery } from '../../gql/graphql';

type Handbook = HandbookQuery['handbook'];
type VersionRow = Handbook['versions'][number];

export function exportName(handbook: { name: string }, number: number | null | undefined): string {
  return `${handbook.name}-${number ? `v${number}` : 'draft'}.xlsx`;
}

function parseTo(value: string | null): number | 'draft' | undefined {
  if (value === 'draft') return 'draft';
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

export function HandbookHistory({
  handbook,
  canEdit,
  zones,
  sectionTitles,
  timeZone,
}: {
  handbook: Handbook;
  canEdit: boolean;
  zones: readonly { id: string; name: string }[];
  sectionTitles: ReadonlyMap<string, string>;
  timeZone?: string;
}) {
  const { t } = useTranslation();
  const { params, update } = useQueryState();
  const { download, pending } = useDownload();
  const [viewing, setViewing] = useState<VersionRow | null>(null);
  const numbers = new Set(handbook.versions.map((v) => v.number));
  const fromRaw = parseTo(params.get('from'));
  const from = typeof fromRaw === 'number' && numbers.has(fromRaw) ? fromRaw : undefined;
  const toRaw = parseTo(params.get('to'));
  const hasDraft = canEdit && !!handbook.draft;
  const to = toRaw === 'draft' ? (hasDraft ? 'draft' : undefined) : toRaw !== undefined && numbers.has(toRaw) ? toRaw : undefined;
  const comparing = from !== undefined && to !== undefined && from !== to;

  const diff = useQuery(HandbookDiffQuery, {
    variables: { handbookId: handbook.id, fromNumber: from ?? 0, toNumber: to === 'draft' ? null : (to ?? null) },
    skip: !comparing,
    fetchPolicy: to === 'draft' ? 'network-only' : 'cache-first',
  });
  const version = useQuery(HandbookVersionQuery, { variables: { id: viewing?.id ?? '' }, skip: !viewing });

  const compare = (a: number, b: number | 'draft') => {
    update({ from: a, to: b });
    setTimeout(
      () => document.querySelector('[data-testid="compare-result"]')?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }),
      100,
    );
  };

  const label = (n: number | 'draft') => (n === 'draft' ? t('handbooks.draftVersion') : `V${n}`);
  const options = [
    ...handbook.versions.map((v) => ({
      value: String(v.number),
      label: `V${v.number} · ${formatDateTime(v.publishedAt, timeZone, 'short')}`,
    })),
  ];

  const columns: TableColumnsType<VersionRow> = [
    {
      key: 'number',
      title: t('handbooks.version'),
      width: 130,
      render: (_, v) => (
        <Space size={4}>
          <Typography.Text strong>V{v.number}</Typography.Text>
          {v.number === handbook.latestNumber ? <Tag color="green">{t('handbooks.current')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'publishedAt', title: t('handbooks.publishedAt'), width: 170, render: (_, v) => formatDateTime(v.publishedAt, timeZone) },
    { key: 'publishedBy', title: t('handbooks.publishedBy'), width: 130, render: (_, v) => v.publishedBy?.displayName ?? t('common.none') },
    {
      key: 'summary',
      title: t('handbooks.changeSummary'),
      render: (_, v) => <span style={{ whiteSpace: 'pre-wrap' }}>{v.changeSummary}</span>,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 360,
      render: (_, v) => (
        <Space size={0}>
          <Button type="link" size="small" icon={<EyeOutlined />} onClick={() => setViewing(v)} data-testid={`view-version-${v.number}`}>
            {t('common.view')}
          </Button>
          {v.number && v.number > 1 ? (
            <Button
              type="link"
              size="small"
              icon={<DiffOutlined />}
              onClick={() => compare(v.number! - 1, v.number!)}
              data-testid={`compare-version-${v.number}`}
            >
              {t('handbooks.compare')}
            </Button>
          ) : null}
          <Button
            type="link"
            size="small"
            icon={<DownloadOutlined />}
            loading={pending === `/downloads/handbook-versions/${v.id}`}
            onClick={() => void download(`/downloads/handbook-versions/${v.id}`, exportName(handbook, v.number))}
            data-testid={`export-version-${v.number}`}
          >
            {t('handbooks.exportXlsx')}
          </Button>
        </Space>
      ),
    },
  ];

  if (!handbook.versions.length) {
    return <EmptyState title={t('handbooks.noVersions')} hint={canEdit ? t('handbooks.noVersionsHint') : undefined} />;
  }

  return (
    <div data-testid="handbook-history">
      <Table<VersionRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={handbook.versions}
        pagination={handbook.versions.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 1000 }}
        data-testid="versions-table"
      />
      <Card
        variant="outlined"
        size="small"
        style={{ marginTop: 16 }}
        title={
          <Space>
            <SwapOutlined />
            {t('handbooks.compareTitle')}
          </Space>
        }
        data-testid="compare-result"
      >
        <Space wrap style={{ marginBottom: 12 }} data-testid="compare-bar">
          <Select
            value={from !== undefined ? String(from) : undefined}
            placeholder={t('handbooks.compareFrom')}
            onChange={(v: string) => update({ from: v })}
            options={options}
            style={{ width: 220 }}
            data-testid="compare-from"
          />
          <span>→</span>
          <Select
            value={to !== undefined ? String(to) : undefined}
            placeholder={t('handbooks.compareTo')}
            onChange={(v: string) => update({ to: v })}
            options={[...(hasDraft ? [{ value: 'draft', label: t('handbooks.draftVersion') }] : []), ...options]}
            style={{ width: 220 }}
            data-testid="compare-to"
          />
          {from !== undefined || to !== undefined ? (
            <Button type="link" onClick={() => update({ from: undefined, to: undefined })}>
              {t('common.reset')}
            </Button>
          ) : null}
        </Space>
        {!comparing ? (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {from !== undefined && from === to ? t('handbooks.compareSame') : t('handbooks.compareHint')}
          </Typography.Paragraph>
        ) : diff.loading && !diff.data ? (
          <TableSkeleton />
        ) : diff.error || !diff.data ? (
          <ErrorState error={diff.error} onRetry={() => void diff.refetch()} compact />
        ) : (
          <>
            <Typography.Paragraph type="secondary" data-testid="compare-caption">
              {t('handbooks.comparing', { from: label(from!), to: label(to!) })}
            </Typography.Paragraph>
            <HandbookDiffView diff={diff.data.handbookDiff} zones={zones} sectionTitles={sectionTitles} />
          </>
        )}
      </Card>
      <Drawer
        open={!!viewing}
        onClose={() => setViewing(null)}
        size={1100}
        title={viewing ? t('handbooks.viewVersion', { n: viewing.number }) : ''}
        extra={
          viewing ? (
            <Button
              icon={<DownloadOutlined />}
              loading={pending === `/downloads/handbook-versions/${viewing.id}`}
              onClick={() => void download(`/downloads/handbook-versions/${viewing.id}`, exportName(handbook, viewing.number))}
            >
              {t('handbooks.exportXlsx')}
            </Button>
          ) : null
        }
        destroyOnHidden
      >
        {viewing ? (
          <>
            <Typography.Paragraph type="secondary">
              {t('handbooks.publishedLine', {
                time: formatDateTime(viewing.publishedAt, timeZone),
                who: viewing.publishedBy?.displayName ?? t('common.none'),
              })}
              {viewing.changeSummary ? ` · ${viewing.changeSummary}` : ''}
            </Typography.Paragraph>
            {version.loading && !version.data ? (
              <PageSkeleton rows={8} />
            ) : version.data ? (
              <VersionView version={version.data.handbookVersion} zones={zones} />
            ) : (
              <ErrorState error={version.error} onRetry={() => void version.refetch()} compact />
            )}
          </>
        ) : null}
      </Drawer>
    </div>
  );
}
