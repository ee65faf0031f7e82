// What changed between two versions (handbookDiff): sections, standards and service frequencies
// added (green), removed (red) and changed (each field's old → new value, in words). Entries that
// only moved because something before them was added or removed are folded away.
import { useState, type ReactNode } from 'react';
import { Button, Empty, Space, Tag, Typography, theme } from 'antd';
import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/LocaleProvider';
import type { HandbookDiffQuery } from '../../gql/graphql';
import { HANDBOOK_RECURRENCE, describeRule, wrappable } from '../../components/recurrence/recurrence';

export type HandbookDiffData = HandbookDiffQuery['handbookDiff'];
type Part = HandbookDiffData['items'];
type Entry = Part['added'][number];
type Change = Entry['changes'][number];
type Kind = 'sections' | 'items' | 'frequencies';

export function diffCounts(diff: HandbookDiffData) {
  const count = (p: Part) => ({ added: p.added.length, removed: p.removed.length, changed: p.changed.length });
  return { sections: count(diff.sections), items: count(diff.items), frequencies: count(diff.frequencies) };
}

export function isEmptyDiff(diff: HandbookDiffData): boolean {
  return [diff.sections, diff.items, diff.frequencies].every((p) => p.added.length + p.removed.length + p.changed.length === 0);
}

/** Changes that are only a new position (the entry itself was not edited). */
const onlyMoved = (e: Entry) => e.changes.every((c) => c.field === 'position');

function Value({
  kind,
  field,
  value,
  zones,
  sectionTitles,
  entry,
  side,
}: {
  kind: Kind;
  field: string;
  value: unknown;
  zones: readonly { id: string; name: string }[];
  sectionTitles: ReadonlyMap<string, string>;
  entry: Entry;
  side: 'from' | 'to';
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const empty = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  if (value === null || value === undefined || value === '') {
    if (kind === 'items' && field === 'score') return empty(t('diff.defaultScore'));
    if (kind === 'items' && (field === 'requirementZh' || field === 'requirementEn')) return empty(t('diff.libraryText'));
    if (field === 'zoneId') return empty(t('draft.wholeSite'));
    return empty(t('diff.empty'));
  }
  switch (field) {
    case 'rrule':
      return (
        <span>
          {describeRule(String(value), language, HANDBOOK_RECURRENCE)}
          <Typography.Text type="secondary" style={{ display: 'block', fontFamily: 'monospace', fontSize: 12, textDecoration: 'inherit' }}>
            {wrappable(String(value))}
          </Typography.Text>
        </span>
      );
    case 'zoneId':
      return <span>{zones.find((z) => z.id === value)?.name ?? t('diff.unknownZone')}</span>;
    case 'position':
      return <span>{t('diff.position', { n: String(value) })}</span>;
    case 'sectionKey': {
      const title = sectionTitles.get(String(value)) ?? (side === 'to' ? entry.sectionTitle : null);
      return <span>{title ?? t('diff.otherSection')}</span>;
    }
    default:
      return <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
  }
}

function ChangeRow(props: {
  kind: Kind;
  change: Change;
  zones: readonly { id: string; name: string }[];
  sectionTitles: ReadonlyMap<string, string>;
  entry: Entry;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { change } = props;
  const label = t(`diff.fields.${change.field}` as 'diff.fields.score', { defaultValue: change.field });
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: '120px minmax(0, 1fr) 20px minmax(0, 1fr)',
        gap: 8,
        alignItems: 'start',
        padding: '4px 0',
      }}
      data-testid="diff-change"
      data-field={change.field}
    >
      <Typography.Text type="secondary">{label}</Typography.Text>
      <div
        style={{
          background: token.colorErrorBg,
          borderRadius: 4,
          padding: '2px 8px',
          textDecoration: 'line-through',
          textDecorationColor: token.colorErrorBorderHover,
        }}
      >
        <Value {...props} field={change.field} value={change.from} side="from" />
      </div>
      <ArrowRightOutlined style={{ color: token.colorTextTertiary, marginTop: 6 }} />
      <div style={{ background: token.colorSuccessBg, borderRadius: 4, padding: '2px 8px' }}>
        <Value {...props} field={change.field} value={change.to} side="to" />
      </div>
    </div>
  );
}

function EntryRow({
  kind,
  entry,
  status,
  zones,
  sectionTitles,
}: {
  kind: Kind;
  entry: Entry;
  status: 'added' | 'removed' | 'changed';
  zones: readonly { id: string; name: string }[];
  sectionTitles: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { token } = theme.useToken();
  const colors = { added: 'success', removed: 'error', changed: 'processing' } as const;
  const border = { added: token.colorSuccessBorder, removed: token.colorErrorBorder, changed: token.colorPrimaryBorder }[status];
  const rrule = kind === 'frequencies' && status !== 'changed' ? entry.changes.find((c) => c.field === 'rrule') : undefined;
  const rule = rrule ? String((status === 'added' ? rrule.to : rrule.from) ?? '') : '';
  const shown = status === 'changed' ? entry.changes.filter((c) => c.field !== 'position' || entry.changes.length === 1) : [];
  return (
    <div
      style={{
        borderInlineStart: `3px solid ${border}`,
        padding: '6px 12px',
        marginBottom: 8,
        background: token.colorFillQuaternary,
        borderRadius: 4,
      }}
      data-testid={`diff-${kind}-${status}`}
    >
      <Space size={8} wrap>
        <Tag color={colors[status]} style={{ marginInlineEnd: 0 }}>
          {t(`diff.${status}`)}
        </Tag>
        <Typography.Text strong data-testid="diff-label">
          {entry.label}
        </Typography.Text>
        {entry.sectionTitle && kind !== 'sections' ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('diff.inSection', { section: entry.sectionTitle })}
          </Typography.Text>
        ) : null}
      </Space>
      {rule ? (
        <div style={{ fontSize: 13, marginTop: 4, color: token.colorTextSecondary }}>
          {describeRule(rule, language, HANDBOOK_RECURRENCE)}
        </div>
      ) : null}
      {shown.length ? (
        <div style={{ marginTop: 4 }}>
          {shown.map((c) => (
            <ChangeRow key={c.field} kind={kind} change={c} zones={zones} sectionTitles={sectionTitles} entry={entry} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

function PartView({
  kind,
  part,
  zones,
  sectionTitles,
}: {
  kind: Kind;
  part: Part;
  zones: readonly { id: string; name: string }[];
  sectionTitles: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const [showMoved, setShowMoved] = useState(false);
  const moved = part.changed.filter(onlyMoved);
  const changed = part.changed.filter((e) => !onlyMoved(e));
  const total = part.added.length + part.removed.length + part.changed.length;
  const rows: ReactNode[] = [
    ...part.added.map((e) => (
      <EntryRow key={`a${e.key}`} kind={kind} entry={e} status="added" zones={zones} sectionTitles={sectionTitles} />
    )),
    ...part.removed.map((e) => (
      <EntryRow key={`r${e.key}`} kind={kind} entry={e} status="removed" zones={zones} sectionTitles={sectionTitles} />
    )),
    ...changed.map((e) => (
      <EntryRow key={`c${e.key}`} kind={kind} entry={e} status="changed" zones={zones} sectionTitles={sectionTitles} />
    )),
  ];
  return (
    <div style={{ marginBottom: 20 }} data-testid={`diff-part-${kind}`}>
      <Typography.Title level={5} style={{ marginBottom: 8 }}>
        {t(`diff.parts.${kind}`)}{' '}
        <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
          {total
            ? t('diff.partSummary', { added: part.added.length, removed: part.removed.length, changed: changed.length })
            : t('diff.partUnchanged')}
        </Typography.Text>
      </Typography.Title>
      {rows}
      {moved.length ? (
        <div>
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0 }}
            onClick={() => setShowMoved(!showMoved)}
            data-testid={`diff-moved-${kind}`}
          >
            {showMoved ? t('diff.hideMoved') : t('diff.showMoved', { count: moved.length })}
          </Button>
          {showMoved
            ? moved.map((e) => (
                <EntryRow key={`m${e.key}`} kind={kind} entry={e} status="changed" zones={zones} sectionTitles={sectionTitles} />
              ))
            : null}
        </div>
      ) : null}
    </div>
  );
}

export function HandbookDiffView({
  diff,
  zones,
  sectionTitles = new Map(),
}: {
  diff: HandbookDiffData;
  zones: readonly { id: string; name: string }[];
  /** Titles of sections by key (for "moved to another section"). */
  sectionTitles?: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  if (isEmptyDiff(diff)) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('diff.none')} data-testid="diff-empty" />;
  }
  return (
    <div data-testid="handbook-diff">
      {(['sections', 'items', 'frequencies'] as const).map((kind) => (
        <PartView key={kind} kind={kind} part={diff[kind]} zones={zones} sectionTitles={sectionTitles} />
      ))}
    </div>
  );
}
