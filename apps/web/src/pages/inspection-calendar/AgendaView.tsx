// 日程 (agenda): a scope's inspections day by day from a start day (today) — each with its window,
// checklist and project, and one tap to start it when the caller may (the API's canStart, which
// honours the company's early-start hours); what is overdue and still doable comes first. The
// phone's calendar (a month grid does not fit a 390 px screen) and the inspector's 工作台.
import { Button, Empty, Skeleton, Space, Tag, Typography, theme } from 'antd';
import { ClockCircleOutlined, FormOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/PageStates';
import { dayjs, formatDate } from '../../lib/format';
import { StateTag, startPath, templateName } from './CalendarParts';
import { addDays, AGENDA_DAYS, DAY_FORMAT, daysBetween, localTime } from './calendar-utils';
import { AgendaQuery } from './inspection-calendar.operations';
import type { AgendaQuery as AgendaData, OccurrenceScope } from '../../gql/graphql';

type Item = AgendaData['upcoming']['nodes'][number];

/** How far back overdue work (OVERDUE: late submission allowed, not done) is looked for. */
const OVERDUE_LOOKBACK_DAYS = 14;

function AgendaItem({ o, showAssignee, showDate = false }: { o: Item; showAssignee: boolean; showDate?: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const tz = o.project.timeZone;
  const done = o.state === 'COMPLETED' || o.state === 'LATE';
  const alert = o.state === 'OVERDUE' || o.state === 'MISSED';
  const sameDay = dayjs(o.dueAt).tz(tz).format(DAY_FORMAT) === dayjs(o.windowEndsAt).tz(tz).format(DAY_FORMAT);
  const window = `${localTime(o.dueAt, tz)}–${sameDay ? '' : `${dayjs(o.windowEndsAt).tz(tz).format('M/D')} `}${localTime(o.windowEndsAt, tz)}`;
  const assignee =
    o.assigneeUser?.displayName ??
    (o.assigneeRole ? t(`inspectionCalendar.assigneeRoles.${o.assigneeRole}`) : t('inspectionCalendar.unassigned'));
  return (
    <div
      data-testid="agenda-item"
      data-state={o.state}
      data-can-start={String(o.canStart)}
      data-kind={o.kind}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        padding: '12px 12px',
        borderRadius: token.borderRadiusLG,
        border: `1px solid ${alert ? token.colorErrorBorder : token.colorBorderSecondary}`,
        background: alert ? token.colorErrorBg : done ? token.colorFillQuaternary : token.colorBgContainer,
      }}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        <div style={{ fontWeight: 600, fontSize: 16, fontVariantNumeric: 'tabular-nums' }} data-testid="agenda-window">
          {showDate ? `${formatDate(o.localDate, 'short')} ` : ''}
          {window}
        </div>
        <div style={{ marginTop: 2 }}>
          <Typography.Text strong ellipsis style={{ maxWidth: '100%' }}>
            {templateName(o, t('inspectionCalendar.deletedTemplate'))}
          </Typography.Text>
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }} ellipsis>
          {`${o.project.code} · ${o.project.name}`}
          {showAssignee ? ` · ${assignee}` : ''}
        </Typography.Text>
        <div style={{ marginTop: 6 }}>
          <StateTag state={o.state} />
          {o.kind === 'PATROL' ? (
            <Tag style={{ marginInlineStart: 8 }} data-testid="agenda-patrol">
              {t('inspectionCalendar.patrol')}
            </Tag>
          ) : null}
          {!done && !o.canStart && o.state === 'SCHEDULED' ? (
            <Tag icon={<ClockCircleOutlined />} data-testid="agenda-starts-at">
              {t('inspectionCalendar.agenda.startsAt', { time: localTime(o.startableFrom, tz) })}
            </Tag>
          ) : null}
        </div>
      </div>
      {o.canStart ? (
        <Link to={startPath(o)} data-testid="agenda-start">
          <Button type="primary" size="large" icon={<FormOutlined />} style={{ minHeight: 44 }}>
            {o.kind === 'PATROL' ? t('inspectionCalendar.startPatrol') : t('inspectionCalendar.agenda.start')}
          </Button>
        </Link>
      ) : null}
    </div>
  );
}

export interface AgendaViewProps {
  /** The calendar scope without its days (mine, a project, a region, an inspector, all). */
  scope: Omit<OccurrenceScope, 'from' | 'to'>;
  /** The first day (YYYY-MM-DD, the project's calendar day); overdue work is shown when it is today. */
  from: string;
  today: string;
  days?: number;
  /** Whose inspection it is, when the scope is not the caller's own. */
  showAssignee?: boolean;
}

export function AgendaView({ scope, from, today, days = AGENDA_DAYS, showAssignee = false }: AgendaViewProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const to = addDays(from, days - 1);
  const withOverdue = from === today;
  const { data, previousData, loading, error, refetch } = useQuery(AgendaQuery, {
    variables: {
      scope: { ...scope, from, to },
      overdueScope: { ...scope, from: addDays(today, -OVERDUE_LOOKBACK_DAYS), to: addDays(today, -1) },
      withOverdue,
    },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const current = data ?? previousData;
  if (!current && loading) return <Skeleton active title={false} paragraph={{ rows: 6 }} data-testid="agenda-skeleton" />;
  if (!current) return <ErrorState error={error} onRetry={() => void refetch()} compact />;

  const byDay = new Map<string, Item[]>();
  for (const o of current.upcoming.nodes) byDay.set(o.localDate, [...(byDay.get(o.localDate) ?? []), o]);
  const overdue = withOverdue ? (current.overdue?.nodes ?? []) : [];
  const label = (day: string) => {
    const d = dayjs(day, DAY_FORMAT);
    const rel = day === today ? t('inspectionCalendar.today') : day === addDays(today, 1) ? t('inspectionCalendar.agenda.tomorrow') : null;
    return `${rel ? `${rel} · ` : ''}${formatDate(day)} ${d.format('ddd')}`;
  };
  const heading = (text: string, count: number, testId: string) => (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', margin: '4px 2px 8px' }} data-testid={testId}>
      <Typography.Text strong style={{ fontSize: 15 }}>
        {text}
      </Typography.Text>
      <Typography.Text type="secondary">{t('inspectionCalendar.agenda.count', { count })}</Typography.Text>
    </div>
  );

  const empty = overdue.length === 0 && current.upcoming.nodes.length === 0;
  return (
    <div data-testid="agenda" style={{ opacity: loading ? 0.7 : 1 }} aria-busy={loading}>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} compact /> : null}
      {overdue.length ? (
        <section style={{ marginBottom: 16 }} data-testid="agenda-overdue">
          {heading(t('inspectionCalendar.agenda.overdue'), overdue.length, 'agenda-overdue-heading')}
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            {overdue.map((o) => (
              <AgendaItem key={o.id} o={o} showAssignee={showAssignee} showDate />
            ))}
          </Space>
        </section>
      ) : null}
      {empty ? (
        <Empty description={t('inspectionCalendar.agenda.empty', { count: days })} data-testid="agenda-empty" />
      ) : (
        daysBetween(from, to).map((day) => {
          const items = byDay.get(day) ?? [];
          if (!items.length && day !== today) return null;
          return (
            <section key={day} style={{ marginBottom: 16 }} data-testid="agenda-day" data-date={day}>
              {heading(label(day), items.length, 'agenda-day-heading')}
              {items.length ? (
                <Space orientation="vertical" size={8} style={{ width: '100%' }}>
                  {items.map((o) => (
                    <AgendaItem key={o.id} o={o} showAssignee={showAssignee} />
                  ))}
                </Space>
              ) : (
                <Typography.Text type="secondary" style={{ display: 'block', padding: '8px 2px', color: token.colorTextTertiary }}>
                  {t('inspectionCalendar.agenda.nothingToday')}
                </Typography.Text>
              )}
            </section>
          );
        })
      )}
    </div>
  );
}
