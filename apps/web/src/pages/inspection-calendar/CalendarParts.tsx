// Small pieces shared by the month, week and drawer views.
import { Badge, Space, Tag, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OccurrenceState } from '@pinzhi/domain';
import { countEntries, localTime, STATE_COLORS, STATE_ORDER, type Counts } from './calendar-utils';
import type { CalendarOccurrenceFieldsFragment } from '../../gql/graphql';

export type CalendarOccurrence = CalendarOccurrenceFieldsFragment;

export function StateTag({ state }: { state: OccurrenceState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} data-testid={`calendar-state-${state}`} style={{ marginInlineEnd: 0 }}>
      {t(`inspectionCalendar.states.${state}`)}
    </Tag>
  );
}

/** Per-state counts as small coloured badges (zero counts hidden). */
export function CountBadges({ counts }: { counts: Partial<Counts> | null | undefined }) {
  const { t } = useTranslation();
  const entries = countEntries(counts);
  if (!entries.length) return null;
  return (
    <Space size={4} wrap>
      {entries.map(({ state, count }) => {
        const label = t('inspectionCalendar.stateCount', { state: t(`inspectionCalendar.states.${state}`), count });
        return (
          <Tooltip key={state} title={label}>
            <Badge
              count={count}
              color={STATE_COLORS[state]}
              size="small"
              overflowCount={999}
              aria-label={label}
              data-testid={`calendar-state-${state}`}
            />
          </Tooltip>
        );
      })}
    </Space>
  );
}

/** What the colours mean: one dot and label per state, under the month and week grids. */
export function StateLegend() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      data-testid="calendar-legend"
      aria-label={t('inspectionCalendar.legend')}
      style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', marginTop: 8, fontSize: 12, color: token.colorTextSecondary }}
    >
      {STATE_ORDER.map((s) => (
        <span key={s} data-testid={`legend-${s}`}>
          <Badge
            color={STATE_COLORS[s]}
            text={<span style={{ fontSize: 12, color: token.colorTextSecondary }}>{t(`inspectionCalendar.states.${s}`)}</span>}
          />
        </span>
      ))}
    </div>
  );
}

/** What is due: the checklist's name, or for a patrol round (巡逻) its route's. */
export function templateName(o: Pick<CalendarOccurrence, 'template' | 'kind' | 'patrolRoute'>, fallback: string): string {
  return (o.kind === 'PATROL' ? o.patrolRoute?.name : o.template?.name) ?? fallback;
}

/**
 * Where starting it leads: the inspection form, or for a patrol round the field app's walk of
 * its route (scanning each point's code) — a patrol has no checklist to fill in the form.
 */
export function startPath(o: Pick<CalendarOccurrence, 'id' | 'kind' | 'patrolRoute'>): string {
  return o.kind === 'PATROL' && o.patrolRoute
    ? `/field/patrol/${o.patrolRoute.id}?occurrence=${o.id}`
    : `/inspections/perform?occurrence=${o.id}`;
}

/** One occurrence on a line: coloured dot, local HH:mm, checklist (and project). */
export function ItemLine({ item, showProject, compact }: { item: CalendarOccurrence; showProject?: boolean; compact?: boolean }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const name = templateName(item, t('inspectionCalendar.deletedTemplate'));
  const time = localTime(item.dueAt, item.project.timeZone);
  const stateLabel = t(`inspectionCalendar.states.${item.state}`);
  return (
    <div
      data-testid="calendar-item"
      data-state={item.state}
      title={`${time} ${name} · ${item.project.name} · ${stateLabel}`}
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 4,
        fontSize: compact ? 12 : 13,
        lineHeight: compact ? '18px' : '20px',
        minWidth: 0,
        color: item.state === 'OVERDUE' || item.state === 'MISSED' ? token.colorError : undefined,
      }}
    >
      <Badge color={STATE_COLORS[item.state]} />
      <span style={{ fontVariantNumeric: 'tabular-nums', flex: 'none' }}>{time}</span>
      <Typography.Text ellipsis style={{ fontSize: 'inherit', color: 'inherit', minWidth: 0 }}>
        {name}
        {showProject ? <span style={{ color: token.colorTextDescription }}>{` · ${item.project.name}`}</span> : null}
      </Typography.Text>
    </div>
  );
}
