// A handbook version, read-only: sections in order, each with its standards (effective requirement
// and score, critical, "overridden") and its service frequencies (where, how often in words).
import { Space, Table, Tag, Tooltip, Typography, theme, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/LocaleProvider';
import { EmptyState } from '../../components/PageStates';
import { CriticalTag } from '../standards/StandardLabels';
import { effectiveRequirement, isOverridden, type VersionContent } from './draft';
import { HANDBOOK_RECURRENCE, describeRule, wrappable } from '../../components/recurrence/recurrence';

type Section = VersionContent['sections'][number];
type Item = Section['items'][number];
type Frequency = Section['frequencies'][number];

export function sectionTitle(section: { titleZh: string; titleEn?: string | null }, lang: string): string {
  return lang === 'en-US' ? section.titleEn || section.titleZh : section.titleZh;
}

export function taskTitle(f: { taskZh: string; taskEn?: string | null }, lang: string): string {
  return lang === 'en-US' ? f.taskEn || f.taskZh : f.taskZh;
}

/** Where a frequency happens: its zone's name, the place in words, or the whole site. */
export function useWhere(zones: readonly { id: string; name: string }[]) {
  const { t } = useTranslation();
  return (f: { zoneId?: string | null; locationZh?: string | null }) => {
    const zone = f.zoneId ? zones.find((z) => z.id === f.zoneId) : undefined;
    if (zone) return zone.name;
    if (f.locationZh) return f.locationZh;
    return t('draft.wholeSite');
  };
}

export function OverriddenTag({ item }: { item: Pick<Item, 'requirementZh' | 'requirementEn' | 'score' | 'standard'> }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const library = language === 'en-US' ? item.standard.requirementEn || item.standard.requirementZh : item.standard.requirementZh;
  return (
    <Tooltip
      title={
        <div>
          <div>{t('handbooks.libraryText', { text: library })}</div>
          <div>{t('handbooks.libraryScore', { score: item.standard.defaultScore })}</div>
        </div>
      }
    >
      <Tag color="orange" style={{ marginInlineEnd: 0 }} data-testid="overridden-tag">
        {t('handbooks.overridden')}
      </Tag>
    </Tooltip>
  );
}

function SectionBlock({ section, zones }: { section: Section; zones: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { token } = theme.useToken();
  const where = useWhere(zones);

  const itemColumns: TableColumnsType<Item> = [
    { key: 'n', title: '#', width: 48, render: (_, _i, n) => n + 1 },
    {
      key: 'standard',
      title: t('handbooks.standard'),
      width: 260,
      render: (_, item) => (
        <div>
          <Typography.Text style={{ fontFamily: 'monospace', fontSize: 12 }} type="secondary">
            {item.standard.code}
          </Typography.Text>
          <div style={{ fontWeight: 500 }}>
            {language === 'en-US' ? item.standard.titleEn || item.standard.titleZh : item.standard.titleZh}
          </div>
        </div>
      ),
    },
    {
      key: 'requirement',
      title: t('handbooks.requirement'),
      render: (_, item) => <span style={{ whiteSpace: 'pre-wrap' }}>{effectiveRequirement(item, language)}</span>,
    },
    {
      key: 'score',
      title: t('handbooks.score'),
      width: 80,
      align: 'right',
      render: (_, item) => item.score ?? item.standard.defaultScore,
    },
    {
      key: 'tags',
      title: '',
      width: 150,
      render: (_, item) => (
        <Space size={4} wrap>
          {item.standard.critical ? <CriticalTag /> : null}
          {isOverridden(item) ? <OverriddenTag item={item} /> : null}
          {item.standard.archivedAt ? <Tag style={{ marginInlineEnd: 0 }}>{t('standards.archived')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'note', title: t('draft.note'), width: 160, render: (_, item) => item.note ?? '' },
  ];

  const frequencyColumns: TableColumnsType<Frequency> = [
    { key: 'n', title: '#', width: 48, render: (_, _f, n) => n + 1 },
    { key: 'task', title: t('draft.task'), width: 220, render: (_, f) => taskTitle(f, language) },
    { key: 'where', title: t('draft.where'), width: 160, render: (_, f) => where(f) },
    {
      key: 'frequency',
      title: t('draft.frequency'),
      render: (_, f) => (
        <div>
          <div>{describeRule(f.rrule, language, HANDBOOK_RECURRENCE)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
            {wrappable(f.rrule)}
          </Typography.Text>
        </div>
      ),
    },
    { key: 'note', title: t('draft.note'), width: 180, render: (_, f) => f.note ?? '' },
  ];

  return (
    <section style={{ marginBottom: 28 }} data-testid="version-section">
      <Typography.Title level={5} style={{ marginBottom: 12, paddingBottom: 8, borderBottom: `2px solid ${token.colorPrimaryBorder}` }}>
        {sectionTitle(section, language)}
        {language === 'zh-CN' && section.titleEn ? (
          <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13, marginInlineStart: 8 }}>
            {section.titleEn}
          </Typography.Text>
        ) : null}
        <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 12, marginInlineStart: 12 }}>
          {t('handbooks.sectionCounts', { items: section.items.length, frequencies: section.frequencies.length })}
        </Typography.Text>
      </Typography.Title>
      {section.items.length ? (
        <Table<Item>
          rowKey="key"
          size="small"
          columns={itemColumns}
          dataSource={section.items}
          pagination={false}
          scroll={{ x: 900 }}
          data-testid="version-items"
        />
      ) : (
        <Typography.Paragraph type="secondary">{t('handbooks.noStandards')}</Typography.Paragraph>
      )}
      {section.frequencies.length ? (
        <>
          <Typography.Text strong style={{ display: 'block', margin: '16px 0 8px' }}>
            {t('handbooks.serviceFrequencies')}
          </Typography.Text>
          <Table<Frequency>
            rowKey="key"
            size="small"
            columns={frequencyColumns}
            dataSource={section.frequencies}
            pagination={false}
            scroll={{ x: 800 }}
            data-testid="version-frequencies"
          />
        </>
      ) : null}
    </section>
  );
}

export function VersionView({
  version,
  zones,
}: {
  version: Pick<VersionContent, 'sections'>;
  zones: readonly { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  if (!version.sections.length) return <EmptyState title={t('handbooks.emptyVersion')} />;
  return (
    <div data-testid="version-view">
      {version.sections.map((s) => (
        <SectionBlock key={s.key} section={s} zones={zones} />
      ))}
    </div>
  );
}
