// What one audit entry changed, field by field, in the user's language (names, not ids).
import { Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { auditLanguage, fieldText, refPath, valueText, type AuditEntryView, type RefView } from './audit-text';

/** A record's name, linked to its page when it has one. */
export function RecordName({
  name,
  page,
  pageId,
  fallback,
}: {
  name: string | null;
  page: string | null;
  pageId: string | null;
  fallback: string;
}) {
  const path = refPath({ page, pageId });
  const text = name || fallback;
  return path ? (
    <Link to={path} title={text} data-testid="record-link">
      {text}
    </Link>
  ) : (
    <span title={text}>{text}</span>
  );
}

function Side({ entry, change, side }: { entry: AuditEntryView; change: AuditEntryView['changeList'][number]; side: 'from' | 'to' }) {
  const { t, i18n } = useTranslation();
  const lang = auditLanguage(i18n.language);
  const refs: RefView[] | null = side === 'from' ? change.fromRefs : change.toRefs;
  const text = valueText(entry.entity, change, change[side], refs, lang, t);
  // A single named record links to its page.
  if (refs && refs.length === 1 && refs[0].name) return <RecordName {...refs[0]} fallback={text} />;
  return <span>{text}</span>;
}

export function AuditChanges({ entry, compact }: { entry: AuditEntryView; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = auditLanguage(i18n.language);
  const rows = entry.changeList;
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  if (compact)
    return (
      <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="audit-changes">
        {rows.map((c) => (
          <li key={c.field}>
            <Typography.Text type="secondary">{fieldText(c.field, lang, t)}：</Typography.Text>
            {c.from != null ? (
              <>
                <Side entry={entry} change={c} side="from" /> →{' '}
              </>
            ) : null}
            <Side entry={entry} change={c} side="to" />
          </li>
        ))}
      </ul>
    );
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      data-testid="audit-changes"
      columns={[
        { key: 'field', title: t('audit.field'), width: 200, render: (_, c) => fieldText(c.field, lang, t) },
        {
          key: 'before',
          title: t('audit.before'),
          render: (_, c) =>
            c.from == null ? (
              '—'
            ) : (
              <Typography.Text delete>
                <Side entry={entry} change={c} side="from" />
              </Typography.Text>
            ),
        },
        { key: 'after', title: t('audit.after'), render: (_, c) => <Side entry={entry} change={c} side="to" /> },
      ]}
    />
  );
}
