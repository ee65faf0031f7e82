// A checklist version, read-only: pass mark and totals, then the sections in order, each with its
// items (standard, checkpoint wording, points, deductions, N/A allowed, critical).
import { Card, Space, Table, Tag, Tooltip, Typography, theme, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/LocaleProvider';
import { EmptyState } from '../../components/PageStates';
import { deductionLabel, effectiveCheckpoint, itemCode, sectionTitle, type ChecklistVersion } from './checklist';

type Section = ChecklistVersion['sections'][number];
type Item = Section['items'][number];

export function ItemCriticalTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('inspectionTemplates.view.criticalHint')}>
      <Tag color="red" style={{ marginInlineEnd: 0 }} data-testid="item-critical-tag">
        {t('inspectionTemplates.view.critical')}
      </Tag>
    </Tooltip>
  );
}

export function NaAllowedTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('inspectionTemplates.view.naAllowedHint')}>
      <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="item-na-tag">
        {t('inspectionTemplates.view.naAllowed')}
      </Tag>
    </Tooltip>
  );
}

/** Standard code and title (or "standard deleted"). */
export function StandardCell({ standard }: { standard: Item['standard'] }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  if (!standard) return <Typography.Text type="danger">{t('inspectionTemplates.view.standardDeleted')}</Typography.Text>;
  return (
    <div>
      <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
        {standard.code}
      </Typography.Text>
      <div style={{ fontWeight: 500 }}>{language === 'en-US' ? standard.titleEn || standard.titleZh : standard.titleZh}</div>
      {standard.archivedAt ? <Tag style={{ marginInlineEnd: 0 }}>{t('inspectionTemplates.view.archivedStandard')}</Tag> : null}
    </div>
  );
}

function SectionBlock({ section, index }: { section: Section; index: number }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const points = section.items.reduce((n, i) => n + i.points, 0);

  const columns: TableColumnsType<Item> = [
    { key: 'n', title: '#', width: 48, render: (_, _i, n) => n + 1 },
    {
      key: 'standard',
      title: t('inspectionTemplates.view.standard'),
      width: 240,
      render: (_, item) => <StandardCell standard={item.standard} />,
    },
    {
      key: 'checkpoint',
      title: t('inspectionTemplates.view.checkpoint'),
      render: (_, item) => {
        const reworded = !!(item.checkpointZh || item.checkpointEn);
        const library = language === 'en-US' ? item.standard?.requirementEn || item.standard?.requirementZh : item.standard?.requirementZh;
        return (
          <div>
            <span style={{ whiteSpace: 'pre-wrap' }}>{effectiveCheckpoint(item, language)}</span>
            {reworded && library ? (
              <div>
                <Tooltip title={t('inspectionTemplates.view.libraryText', { text: library })}>
                  <Tag color="orange" style={{ marginInlineEnd: 0, marginTop: 4 }}>
                    {t('inspectionTemplates.view.reworded')}
                  </Tag>
                </Tooltip>
              </div>
            ) : null}
          </div>
        );
      },
    },
    {
      key: 'points',
      title: t('inspectionTemplates.view.points'),
      width: 72,
      align: 'right',
      render: (_, item) => <span data-testid="item-points-value">{item.points}</span>,
    },
    {
      key: 'deductions',
      title: t('inspectionTemplates.view.deductions'),
      width: 240,
      render: (_, item) =>
        item.deductions.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 16 }}>
            {item.deductions.map((d) => (
              <li key={d.key}>{t('inspectionTemplates.view.deduction', { label: deductionLabel(d, language), points: d.points })}</li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
        ),
    },
    {
      key: 'rules',
      title: t('inspectionTemplates.view.options'),
      width: 170,
      render: (_, item) => (
        <Space size={4} wrap>
          {item.critical ? <ItemCriticalTag /> : null}
          {item.naAllowed ? <NaAllowedTag /> : null}
        </Space>
      ),
    },
  ];

  return (
    <Card
      variant="outlined"
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="checklist-section"
      title={
        <Space size={8} wrap style={{ whiteSpace: 'normal' }}>
          <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
            {t('inspectionTemplates.view.sectionNumber', { n: index + 1 })}
          </Typography.Text>
          <span>{sectionTitle(section, language)}</span>
          {language === 'zh-CN' && section.titleEn ? (
            <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
              {section.titleEn}
            </Typography.Text>
          ) : null}
        </Space>
      }
      extra={
        <Typography.Text type="secondary">
          {t('inspectionTemplates.view.sectionTotals', { items: section.items.length, points })}
        </Typography.Text>
      }
    >
      <Table<Item>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={section.items}
        pagination={false}
        scroll={{ x: 960 }}
        onRow={(item) => ({ 'data-testid': `checklist-item-${itemCode(item)}` }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: <Typography.Text type="secondary">{t('inspectionTemplates.view.emptySection')}</Typography.Text> }}
      />
    </Card>
  );
}

export function ChecklistView({ version }: { version: ChecklistVersion }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (!version.sections.length) return <EmptyState title={t('inspectionTemplates.view.emptyVersion')} />;
  return (
    <div data-testid="checklist-view">
      <div
        style={{ background: token.colorFillAlter, borderRadius: token.borderRadius, padding: '8px 12px', marginBottom: 16 }}
        data-testid="checklist-totals"
      >
        {t('inspectionTemplates.view.summary', { passScore: version.passScore, ...version.totals })}
      </div>
      {version.sections.map((s, i) => (
        <SectionBlock key={s.key} section={s} index={i} />
      ))}
    </div>
  );
}
