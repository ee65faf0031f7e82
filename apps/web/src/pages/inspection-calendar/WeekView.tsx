// Week: seven columns, each listing the day's occurrences in due-time order with state colours.
import { Button, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../lib/format';
import { CountBadges, StateTag, templateName } from './CalendarParts';
import { DAY_FORMAT, localTime, needsAttention, STATE_COLORS } from './calendar-utils';
import { onActivate, type CalendarDayData } from './MonthView';

export function WeekView({
  days,
  byDate,
  today,
  showProject,
  onOpenDay,
}: {
  days: string[];
  byDate: Map<string, CalendarDayData>;
  today: string;
  showProject: boolean;
  onOpenDay: (date: string) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div style={{ overflowX: 'auto' }}>
      <div
        data-testid="calendar-week"
        style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(150px, 1fr))', gap: 8, minWidth: 1080 }}
      >
        {days.map((date) => {
          const day = byDate.get(date);
          const d = dayjs(date, DAY_FORMAT);
          const isToday = date === today;
          const alert = needsAttention(day?.counts);
          const items = day?.items ?? [];
          const hidden = (day?.counts.total ?? 0) - items.length;
          return (
            <div
              key={date}
              data-testid={`calendar-day-${date}`}
              data-alert={alert || undefined}
              style={{
                border: `1px solid ${alert ? token.colorErrorBorder : isToday ? token.colorPrimary : token.colorBorderSecondary}`,
                borderRadius: token.borderRadius,
                background: alert ? token.colorErrorBg : token.colorBgContainer,
                minHeight: 240,
                display: 'flex',
                flexDirection: 'column',
                minWidth: 0,
              }}
            >
              <div
                role="button"
                tabIndex={0}
                onClick={() => onOpenDay(date)}
                onKeyDown={onActivate(() => onOpenDay(date))}
                style={{ padding: 8, borderBottom: `1px solid ${token.colorBorderSecondary}`, cursor: 'pointer' }}
              >
                <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
                  <span style={{ fontWeight: 600, color: isToday ? token.colorPrimary : undefined }}>{d.format('ddd')}</span>
                  <Typography.Text type="secondary">{d.format('MM-DD')}</Typography.Text>
                </div>
                <div style={{ marginTop: 4, minHeight: 20 }}>
                  <CountBadges counts={day?.counts} />
                </div>
              </div>
              <div style={{ padding: 6, display: 'flex', flexDirection: 'column', gap: 6 }}>
                {items.length === 0 ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center', padding: 8 }}>
                    {t('inspectionCalendar.noItems')}
                  </Typography.Text>
                ) : (
                  items.map((item) => {
                    const name = templateName(item, t('inspectionCalendar.deletedTemplate'));
                    return (
                      <div
                        key={item.id}
                        data-testid="calendar-item"
                        data-state={item.state}
                        role="button"
                        tabIndex={0}
                        onClick={() => onOpenDay(date)}
                        onKeyDown={onActivate(() => onOpenDay(date))}
                        style={{
                          borderInlineStart: `3px solid ${token[STATE_COLORS[item.state]]}`,
                          background: token.colorFillQuaternary,
                          borderRadius: 4,
                          padding: '4px 6px',
                          cursor: 'pointer',
                          fontSize: 12,
                          minWidth: 0,
                        }}
                      >
                        <div style={{ display: 'flex', justifyContent: 'space-between', gap: 4, alignItems: 'center' }}>
                          <span style={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
                            {localTime(item.dueAt, item.project.timeZone)}
                          </span>
                          <StateTag state={item.state} />
                        </div>
                        <Typography.Text ellipsis style={{ fontSize: 12, display: 'block' }} title={name}>
                          {name}
                        </Typography.Text>
                        {showProject ? (
                          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, display: 'block' }}>
                            {item.project.name}
                          </Typography.Text>
                        ) : null}
                        {item.assigneeUser ? (
                          <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, display: 'block' }}>
                            {item.assigneeUser.displayName}
                          </Typography.Text>
                        ) : null}
                      </div>
                    );
                  })
                )}
                {hidden > 0 ? (
                  <Button type="link" size="small" onClick={() => onOpenDay(date)}>
                    {t('inspectionCalendar.more', { count: hidden })}
                  </Button>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
