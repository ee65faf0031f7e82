// 频次设置: pick a common shape (times a day, every N minutes/hours in a window, weekly, monthly)
// and the builder writes the RRULE; "advanced" takes a raw RRULE checked with recurrenceError.
// Shows the rule, its description in the UI language and the next occurrences in the project's
// time zone.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Checkbox, Input, InputNumber, Radio, Select, Space, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { nextOccurrences, recurrenceError } from '@pinzhi/domain';
import { useLocale } from '../../app/LocaleProvider';
import { dayjs } from '../../lib/format';
import type { Language } from '../../i18n';
import {
  HOUR_STEPS,
  MINUTE_STEPS,
  WEEKDAYS,
  buildFrequency,
  clock,
  describeFrequency,
  parseFrequency,
  wrappable,
  type FrequencySpec,
  type Weekday,
} from './recurrence';

export type BuilderMode = 'DAILY_TIMES' | 'EVERY_MINUTES' | 'EVERY_HOURS' | 'WEEKLY' | 'MONTHLY' | 'ADVANCED';
export const BUILDER_MODES: readonly BuilderMode[] = ['DAILY_TIMES', 'EVERY_MINUTES', 'EVERY_HOURS', 'WEEKLY', 'MONTHLY', 'ADVANCED'];

/** Every field of every mode, so switching modes keeps what was chosen. */
export interface BuilderModel {
  mode: BuilderMode;
  hours: number[];
  minute: number;
  minuteEvery: number;
  minuteFrom: number;
  minuteTo: number;
  hourEvery: number;
  hourFrom: number;
  hourTo: number;
  hourMinute: number;
  days: Weekday[];
  weekInterval: number;
  monthMode: 'DAY' | 'LAST' | 'NTH';
  monthDay: number;
  nth: number;
  weekday: Weekday;
  monthInterval: number;
  advanced: string;
}

export const DEFAULT_MODEL: BuilderModel = {
  mode: 'DAILY_TIMES',
  hours: [9],
  minute: 0,
  minuteEvery: 15,
  minuteFrom: 9,
  minuteTo: 18,
  hourEvery: 2,
  hourFrom: 8,
  hourTo: 18,
  hourMinute: 0,
  days: ['MO'],
  weekInterval: 1,
  monthMode: 'DAY',
  monthDay: 1,
  nth: 1,
  weekday: 'MO',
  monthInterval: 1,
  advanced: '',
};

/** The builder's state for a rule (a common shape opens its mode; anything else opens "advanced"). */
export function modelFromRule(rule: string | undefined | null): BuilderModel {
  const text = (rule ?? '').trim();
  if (!text) return { ...DEFAULT_MODEL };
  const spec = parseFrequency(text);
  const base = { ...DEFAULT_MODEL, advanced: text };
  if (!spec) return { ...base, mode: 'ADVANCED' };
  switch (spec.kind) {
    case 'DAILY_TIMES':
      return { ...base, mode: 'DAILY_TIMES', hours: spec.hours, minute: spec.minute };
    case 'EVERY_MINUTES':
      return { ...base, mode: 'EVERY_MINUTES', minuteEvery: spec.every, minuteFrom: spec.fromHour, minuteTo: spec.toHour };
    case 'EVERY_HOURS':
      return { ...base, mode: 'EVERY_HOURS', hourEvery: spec.every, hourFrom: spec.fromHour, hourTo: spec.toHour, hourMinute: spec.minute };
    case 'WEEKLY':
      return { ...base, mode: 'WEEKLY', days: spec.days, hours: spec.hours, minute: spec.minute, weekInterval: spec.interval };
    case 'MONTHLY_DAY':
      return {
        ...base,
        mode: 'MONTHLY',
        monthMode: spec.day === -1 ? 'LAST' : 'DAY',
        monthDay: spec.day === -1 ? 1 : spec.day,
        hours: spec.hours,
        minute: spec.minute,
        monthInterval: spec.interval,
      };
    case 'MONTHLY_NTH':
      return { ...base, mode: 'MONTHLY', monthMode: 'NTH', nth: spec.nth, weekday: spec.weekday, hours: spec.hours, minute: spec.minute, monthInterval: spec.interval };
  }
}

export function specFromModel(m: BuilderModel): FrequencySpec | null {
  switch (m.mode) {
    case 'DAILY_TIMES':
      return { kind: 'DAILY_TIMES', hours: m.hours, minute: m.minute };
    case 'EVERY_MINUTES':
      return { kind: 'EVERY_MINUTES', every: m.minuteEvery, fromHour: m.minuteFrom, toHour: m.minuteTo };
    case 'EVERY_HOURS':
      return { kind: 'EVERY_HOURS', every: m.hourEvery, fromHour: m.hourFrom, toHour: m.hourTo, minute: m.hourMinute };
    case 'WEEKLY':
      return { kind: 'WEEKLY', days: m.days, hours: m.hours, minute: m.minute, interval: m.weekInterval };
    case 'MONTHLY':
      if (m.monthMode === 'NTH') return { kind: 'MONTHLY_NTH', nth: m.nth, weekday: m.weekday, hours: m.hours, minute: m.minute, interval: m.monthInterval };
      return { kind: 'MONTHLY_DAY', day: m.monthMode === 'LAST' ? -1 : m.monthDay, hours: m.hours, minute: m.minute, interval: m.monthInterval };
    case 'ADVANCED':
      return null;
  }
}

/** The RRULE the builder stands for ('' while incomplete). */
export function ruleFromModel(m: BuilderModel): string {
  if (m.mode === 'ADVANCED') return m.advanced.trim();
  const spec = specFromModel(m);
  return (spec && buildFrequency(spec)) ?? '';
}

/** The next occurrences of a rule from `now`, as local date-times of `timeZone`. */
export function upcoming(rule: string, timeZone: string, now: Date, count: number, lang: Language): string[] {
  if (!rule || recurrenceError(rule)) return [];
  const startDate = dayjs(now).tz(timeZone).format('YYYY-MM-DD');
  const format = lang === 'en-US' ? 'ddd, MMM D HH:mm' : 'M月D日 ddd HH:mm';
  try {
    return nextOccurrences({ rrule: rule, timeZone, startDate }, now, count).map((d) => dayjs(d).tz(timeZone).format(format));
  } catch {
    return [];
  }
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const MINUTES = Array.from({ length: 12 }, (_, i) => i * 5);

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', marginBottom: 12 }}>
      <Typography.Text type="secondary" style={{ minWidth: 72 }}>
        {label}
      </Typography.Text>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>{children}</div>
    </div>
  );
}

export function FrequencyBuilder({
  value,
  onChange,
  timeZone,
  now,
  id,
}: {
  value?: string;
  onChange?: (rule: string) => void;
  /** Where the times are local (the project's zone). */
  timeZone: string;
  /** For tests: the moment the preview starts from. */
  now?: Date;
  id?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { token } = theme.useToken();
  const [model, setModel] = useState<BuilderModel>(() => modelFromRule(value));
  const emitted = useRef<string | undefined>(value);

  // A new value from outside (another frequency, a reset) re-reads the builder.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setModel(modelFromRule(value));
    }
  }, [value]);

  const change = (patch: Partial<BuilderModel>) => {
    const next = { ...model, ...patch };
    if (patch.mode === 'ADVANCED' && model.mode !== 'ADVANCED') next.advanced = ruleFromModel(model) || model.advanced;
    setModel(next);
    const rule = ruleFromModel(next);
    emitted.current = rule;
    onChange?.(rule);
  };

  const rule = ruleFromModel(model);
  const problem = rule ? recurrenceError(rule) : null;
  const startedAt = useMemo(() => now ?? new Date(), [now]);
  const next = useMemo(() => upcoming(rule, timeZone, startedAt, 5, language), [language, rule, startedAt, timeZone]);

  const hourOptions = (minute: number) => HOURS.map((h) => ({ value: h, label: clock(h, minute) }));
  const minuteOptions = MINUTES.map((m) => ({ value: m, label: `:${String(m).padStart(2, '0')}` }));
  const weekdayOptions = WEEKDAYS.map((d) => ({ value: d, label: t(`recurrence.weekdays.${d}`) }));

  const times = (
    <Row label={t('builder.atHours')}>
      <Select<number[]>
        mode="multiple"
        value={model.hours}
        onChange={(hours) => change({ hours: [...hours].sort((a, b) => a - b) })}
        options={hourOptions(model.minute)}
        showSearch={{ optionFilterProp: 'label' }}
        virtual={false}
        style={{ width: 360 }}
        placeholder={t('builder.pickHours')}
        data-testid="builder-hours"
        aria-label={t('builder.atHours')}
      />
      <Select<number>
        value={model.minute}
        onChange={(minute) => change({ minute })}
        options={minuteOptions}
        style={{ width: 84 }}
        data-testid="builder-minute"
        aria-label={t('builder.minute')}
      />
    </Row>
  );

  let fields: ReactNode = null;
  switch (model.mode) {
    case 'DAILY_TIMES':
      fields = times;
      break;
    case 'EVERY_MINUTES':
      fields = (
        <Row label={t('builder.window')}>
          <span>{t('builder.every')}</span>
          <Select<number>
            value={model.minuteEvery}
            onChange={(minuteEvery) => change({ minuteEvery })}
            options={MINUTE_STEPS.map((m) => ({ value: m, label: m }))}
            style={{ width: 72 }}
            data-testid="builder-minute-every"
          />
          <span>{t('builder.minutesFrom')}</span>
          <Select<number> value={model.minuteFrom} onChange={(minuteFrom) => change({ minuteFrom })} options={hourOptions(0)} style={{ width: 92 }} />
          <span>{t('builder.until')}</span>
          <Select<number>
            value={model.minuteTo}
            onChange={(minuteTo) => change({ minuteTo })}
            options={[...HOURS.slice(1), 24].map((h) => ({ value: h, label: clock(h) }))}
            style={{ width: 92 }}
          />
          <span>{t('builder.untilSuffix')}</span>
        </Row>
      );
      break;
    case 'EVERY_HOURS':
      fields = (
        <Row label={t('builder.window')}>
          <span>{t('builder.every')}</span>
          <Select<number>
            value={model.hourEvery}
            onChange={(hourEvery) => change({ hourEvery })}
            options={HOUR_STEPS.map((h) => ({ value: h, label: h }))}
            style={{ width: 72 }}
            data-testid="builder-hour-every"
          />
          <span>{t('builder.hoursFrom')}</span>
          <Select<number>
            value={model.hourFrom}
            onChange={(hourFrom) => change({ hourFrom })}
            options={hourOptions(model.hourMinute)}
            style={{ width: 92 }}
          />
          <span>{t('builder.to')}</span>
          <Select<number> value={model.hourTo} onChange={(hourTo) => change({ hourTo })} options={hourOptions(model.hourMinute)} style={{ width: 92 }} />
          <Select<number>
            value={model.hourMinute}
            onChange={(hourMinute) => change({ hourMinute })}
            options={minuteOptions}
            style={{ width: 84 }}
            aria-label={t('builder.minute')}
          />
        </Row>
      );
      break;
    case 'WEEKLY':
      fields = (
        <>
          <Row label={t('builder.days')}>
            <Checkbox.Group<Weekday>
              value={model.days}
              onChange={(days) => change({ days: WEEKDAYS.filter((d) => days.includes(d)) })}
              options={weekdayOptions}
              data-testid="builder-days"
            />
          </Row>
          <Row label={t('builder.repeat')}>
            <span>{t('builder.every')}</span>
            <InputNumber
              min={1}
              max={12}
              precision={0}
              value={model.weekInterval}
              onChange={(v) => change({ weekInterval: v ?? 1 })}
              style={{ width: 72 }}
            />
            <span>{t('builder.weeks')}</span>
          </Row>
          {times}
        </>
      );
      break;
    case 'MONTHLY':
      fields = (
        <>
          <Row label={t('builder.monthDay')}>
            <Radio.Group value={model.monthMode} onChange={(e) => change({ monthMode: e.target.value })} data-testid="builder-month-mode">
              <Space orientation="vertical" size={8}>
                <Radio value="DAY">
                  <Space size={6}>
                    {t('builder.onDay')}
                    <Select<number>
                      value={model.monthDay}
                      onChange={(monthDay) => change({ monthDay, monthMode: 'DAY' })}
                      options={Array.from({ length: 31 }, (_, i) => ({ value: i + 1, label: i + 1 }))}
                      style={{ width: 72 }}
                      size="small"
                    />
                    {t('builder.daySuffix')}
                  </Space>
                </Radio>
                <Radio value="LAST">{t('builder.lastDay')}</Radio>
                <Radio value="NTH">
                  <Space size={6}>
                    {t('builder.onThe')}
                    <Select<number>
                      value={model.nth}
                      onChange={(nth) => change({ nth, monthMode: 'NTH' })}
                      options={[1, 2, 3, 4, -1].map((n) => ({ value: n, label: t(`recurrence.nth.${n === -1 ? 'last' : String(n)}` as 'recurrence.nth.1') }))}
                      style={{ width: 96 }}
                      size="small"
                    />
                    <Select<Weekday>
                      value={model.weekday}
                      onChange={(weekday) => change({ weekday, monthMode: 'NTH' })}
                      options={WEEKDAYS.map((d) => ({ value: d, label: t(`recurrence.weekdaysLong.${d}`) }))}
                      style={{ width: 110 }}
                      size="small"
                    />
                  </Space>
                </Radio>
              </Space>
            </Radio.Group>
          </Row>
          {model.monthMode === 'DAY' && model.monthDay > 28 ? (
            <Typography.Paragraph type="warning" style={{ fontSize: 12, marginTop: -4 }}>
              {t('builder.shortMonths', { day: model.monthDay })}
            </Typography.Paragraph>
          ) : null}
          {times}
        </>
      );
      break;
    case 'ADVANCED':
      fields = (
        <Row label="RRULE">
          <Input
            value={model.advanced}
            onChange={(e) => change({ advanced: e.target.value })}
            placeholder="FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0"
            style={{ width: 420, fontFamily: 'monospace' }}
            status={problem ? 'error' : undefined}
            data-testid="builder-advanced"
            aria-label="RRULE"
          />
        </Row>
      );
      break;
  }

  return (
    <div id={id} data-testid="frequency-builder">
      <Radio.Group
        value={model.mode}
        onChange={(e) => change({ mode: e.target.value })}
        optionType="button"
        buttonStyle="solid"
        options={BUILDER_MODES.map((m) => ({ value: m, label: <span data-testid={`builder-mode-${m}`}>{t(`builder.modes.${m}`)}</span> }))}
        style={{ marginBottom: 16, display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
      />
      {fields}
      <div
        style={{
          background: token.colorFillQuaternary,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadius,
          padding: '8px 12px',
        }}
        data-testid="builder-preview"
      >
        {!rule ? (
          <Typography.Text type="warning">{t('builder.incomplete')}</Typography.Text>
        ) : problem ? (
          <Typography.Text type="danger" data-testid="builder-error">
            {t('draft.badRule', { problem })}
          </Typography.Text>
        ) : (
          <>
            <div style={{ fontWeight: 500 }} data-testid="builder-description">
              {describeFrequency(rule, language)}
            </div>
            <Typography.Text code copyable={{ text: rule }} style={{ fontSize: 12 }} data-testid="builder-rrule">
              {wrappable(rule)}
            </Typography.Text>
            {next.length ? (
              <div style={{ fontSize: 12, color: token.colorTextSecondary, marginTop: 4 }}>
                {t('builder.next', { zone: timeZone })}
                {next.join(language === 'en-US' ? '; ' : '、')}
              </div>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}
