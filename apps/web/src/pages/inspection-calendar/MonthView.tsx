// Month grid (Monday first): per-state counts on each day or, for a narrow scope (one project or
// person), its first items with their state's colour — never both, so each count shows once — and a
// legend of the colours.
import type { KeyboardEvent } from 'react';
import { Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../lib/format';
import { CountBadges, ItemLine, StateLegend, type CalendarOccurrence } from './CalendarParts';
import { DAY_FORMAT, isSameMonth, needsAttention, type Counts } from './calendar-utils';

export const MONTH_ITEMS = 3;

export interface CalendarDayData {
  date: string;
  counts: Counts;
  items: CalendarOccurrence[];
}

export function onActivate(action: () => void) {
  return (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      action();
    }
  };
}

export function MonthView({
  anchor,
  days,
  byDate,
  today,
  showItems,
  showProject,
  onOpenDay,
}: {
  anchor: string;
  days: string[];
  byDate: Map<string, CalendarDayData>;
  today: string;
  showItems: boolean;
  showProject: boolean;
  onOpenDay: (date: string) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const weekdays = days.slice(0, 7).map((d) => dayjs(d, DAY_FORMAT).format('ddd'));
  return (
    <div style={{ overflowX: 'auto' }}>
      <div
        role="grid"
        data-testid="calendar-month"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(104px, 1fr))', gap: 4, minWidth: 760 }}
      >
        {weekdays.map((w) => (
          <div key={w} role="columnheader" style={{ textAlign: 'center', color: token.colorTextSecondary, padding: '4px 0' }}>
            {w}
          </div>
        ))}
        {days.map((date) => {
          const day = byDate.get(date);
          const inMonth = isSameMonth(date, anchor);
          const alert = needsAttention(day?.counts);
          const isToday = date === today;
          const total = day?.counts.total ?? 0;
          const items = showItems ? (day?.items ?? []).slice(0, MONTH_ITEMS) : [];
          const hidden = total - items.length;
          return (
            <div
              key={date}
              role="gridcell"
              tabIndex={0}
              data-testid={`calendar-day-${date}`}
              data-alert={alert || undefined}
              aria-label={`${date}${total ? ` · ${t('inspectionCalendar.dayTotal', { count: total })}` : ''}`}
              onClick={() => onOpenDay(date)}
              onKeyDown={onActivate(() => onOpenDay(date))}
              style={{
                minHeight: showItems ? 112 : 84,
                padding: 6,
                borderRadius: token.borderRadius,
                cursor: 'pointer',
                border: `1px solid ${alert ? token.colorErrorBorder : isToday ? token.colorPrimary : token.colorBorderSecondary}`,
                background: alert ? token.colorErrorBg : inMonth ? token.colorBgContainer : token.colorFillQuaternary,
                opacity: inMonth ? 1 : 0.65,
                display: 'flex',
                flexDirection: 'column',
                gap: 4,
                minWidth: 0,
              }}
            >
              <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 4 }}>
                <span
                  style={{
                    fontWeight: isToday ? 600 : undefined,
                    color: isToday ? token.colorPrimary : inMonth ? token.colorText : token.colorTextTertiary,
                  }}
                >
                  {dayjs(date, DAY_FORMAT).date()}
                </span>
                {total ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {total}
                  </Typography.Text>
                ) : null}
              </div>
              {showItems ? null : <CountBadges counts={day?.counts} />}
              {items.length ? (
                <div style={{ display: 'flex', flexDirection: 'column', minWidth: 0 }}>
                  {items.map((item) => (
                    <ItemLine key={item.id} item={item} showProject={showProject} compact />
                  ))}
                  {hidden > 0 ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('inspectionCalendar.more', { count: hidden })}
                    </Typography.Text>
                  ) : null}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
      <StateLegend />
    </div>
  );
}
