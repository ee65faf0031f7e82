// The recurrence builder (频次设置) of the handbooks and of inspection planning: pick one of the
// screen's modes (times a day, every N minutes / hours in a window, weekly, monthly, every N hours
// on chosen weekdays) and the builder writes the RRULE; "advanced" takes a raw RRULE. Shows the
// rule, its description in the UI language and, given a time zone, the next occurrences.
// Controlled (value = RRULE), for antd Form.Item.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, Checkbox, Input, Radio, Select, Space, Typography, theme } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { useTranslation } from 'react-i18next';
import type { ParseKeys, ParseKeysWithoutVariables } from 'i18next';
import { useLocale } from '../../app/LocaleProvider';
import {
  HOUR_STEPS,
  MINUTE_STEPS,
  WEEKDAYS,
  WORKDAYS,
  clock,
  describeRule,
  modelFromRule,
  ruleError,
  ruleFromModel,
  upcoming,
  windowHours,
  wrappable,
  type BuilderMode,
  type BuilderModel,
  type RecurrenceProfile,
  type Weekday,
} from './recurrence';

/** The test ids a screen's tests know (each screen had its own builder before; keep theirs). */
export interface BuilderTestIds {
  /** The builder itself. */
  root: string;
  /** The box with the rule, its description or its problem. */
  summary: string;
  /** Of every control: `${prefix}-hours`, `${prefix}-mode-WEEKLY`, `${prefix}-rrule`, … */
  prefix: string;
  /** A mode's name in its test id, where the screen's differs from the mode. */
  modeNames?: Partial<Record<BuilderMode, string>>;
}

/** The words a screen has its own of; the rest are builder.* */
export interface BuilderTexts {
  modes?: Partial<Record<BuilderMode, ParseKeysWithoutVariables>>;
  /** The label of the hours picker (default: builder.atHours). */
  times?: ParseKeysWithoutVariables;
  /** An invalid rule, with {{problem}}. */
  badRule: Extract<ParseKeys, `${string}.badRule`>;
}

/** What a screen passes: its modes and defaults, its test ids, its words. */
export interface BuilderSetup {
  profile: RecurrenceProfile;
  testIds: BuilderTestIds;
  texts: BuilderTexts;
  /** "Weekdays" and "every day" buttons beside the weekday boxes. */
  dayShortcuts?: boolean;
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

export function RecurrenceBuilder({
  value,
  onChange,
  id,
  status,
  profile,
  testIds,
  texts,
  dayShortcuts = false,
  timeZone,
  now,
}: BuilderSetup & {
  value?: string | null;
  onChange?: (rule: string) => void;
  id?: string;
  /** From Form.Item: marks the advanced input when the rule has a problem. */
  status?: 'error' | 'warning' | '';
  /** Where the times are local (the project's zone); shows the next occurrences when given. */
  timeZone?: string;
  /** For tests: the moment the next occurrences start from. */
  now?: Date;
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { token } = theme.useToken();
  const [model, setModel] = useState<BuilderModel>(() => modelFromRule(value, profile));
  const emitted = useRef<string | null | undefined>(value);

  // A new value from outside (another frequency, a reset) re-reads the builder.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setModel(modelFromRule(value, profile));
    }
  }, [profile, value]);

  const change = (patch: Partial<BuilderModel>) => {
    const next = { ...model, ...patch };
    if (patch.mode === 'ADVANCED' && model.mode !== 'ADVANCED') next.advanced = ruleFromModel(model) || model.advanced;
    setModel(next);
    const rule = ruleFromModel(next);
    emitted.current = rule;
    onChange?.(rule);
  };

  const rule = ruleFromModel(model);
  const problem = ruleError(rule);
  const startedAt = useMemo(() => now ?? new Date(), [now]);
  const next = useMemo(() => (timeZone ? upcoming(rule, timeZone, startedAt, 5, language) : []), [language, rule, startedAt, timeZone]);

  const testId = (name: string) => `${testIds.prefix}-${name}`;
  const hourOptions = (minute: number) => HOURS.map((h) => ({ value: h, label: clock(h, minute) }));
  const minuteOptions = MINUTES.map((m) => ({ value: m, label: `:${String(m).padStart(2, '0')}` }));
  const hourSelect = (hour: number, minute: number, onPick: (hour: number) => void, name: string, label: string) => (
    <Select<number>
      value={hour}
      onChange={onPick}
      options={hourOptions(minute)}
      style={{ width: 92 }}
      data-testid={testId(name)}
      aria-label={label}
    />
  );
  const minuteSelect = (minute: number, onPick: (minute: number) => void, testid?: string) => (
    <Select<number>
      value={minute}
      onChange={onPick}
      options={minuteOptions}
      style={{ width: 84 }}
      data-testid={testid}
      aria-label={t('builder.minute')}
    />
  );

  const days = (
    <Row label={t('builder.days')}>
      <Checkbox.Group<Weekday>
        value={model.days}
        onChange={(picked) => change({ days: WEEKDAYS.filter((d) => picked.includes(d)) })}
        options={WEEKDAYS.map((d) => ({ value: d, label: t(`recurrence.weekdays.${d}`) }))}
        data-testid={testId('days')}
      />
      {dayShortcuts ? (
        <Space size={0}>
          <Button size="small" type="link" onClick={() => change({ days: [...WORKDAYS] })}>
            {t('builder.workdays')}
          </Button>
          <Button size="small" type="link" onClick={() => change({ days: [...WEEKDAYS] })}>
            {t('builder.allDays')}
          </Button>
        </Space>
      ) : null}
    </Row>
  );

  const times = (
    <Row label={t('builder.atHours')}>
      <Select<number[]>
        mode="multiple"
        value={model.hours}
        onChange={(hours) => change({ hours: [...hours].sort((a, b) => a - b) })}
        options={hourOptions(model.minute)}
        showSearch={{ optionFilterProp: 'label' }}
        virtual={false}
        style={{ width: 360, maxWidth: '100%' }}
        placeholder={t('builder.pickHours')}
        data-testid={testId('hours')}
        aria-label={t(texts.times ?? 'builder.atHours')}
      />
      {minuteSelect(model.minute, (minute) => change({ minute }), testId('minute'))}
    </Row>
  );

  // Every N hours from one time to another: EVERY_HOURS has its own minute; HOURS_ON_DAYS, whose
  // window is on chosen weekdays, shares the minute of the "at times" modes.
  const hourWindow = (onDays: boolean) => {
    const minute = onDays ? model.minute : model.hourMinute;
    return (
      <Row label={t(onDays ? 'builder.hoursOnDays.window' : 'builder.window')}>
        <span>{t(onDays ? 'builder.hoursOnDays.every' : 'builder.every')}</span>
        <Select<number>
          value={model.hourEvery}
          onChange={(hourEvery) => change({ hourEvery })}
          options={HOUR_STEPS.map((h) => ({ value: h, label: h }))}
          style={{ width: 72 }}
          data-testid={testId(onDays ? 'every' : 'hour-every')}
          aria-label={onDays ? t('builder.hoursOnDays.everyHours') : undefined}
        />
        <span>{t(onDays ? 'builder.hoursOnDays.hoursFrom' : 'builder.hoursFrom')}</span>
        {hourSelect(model.hourFrom, minute, (hourFrom) => change({ hourFrom }), 'from', t('builder.startTime'))}
        <span>{t('builder.to')}</span>
        {hourSelect(model.hourTo, minute, (hourTo) => change({ hourTo }), 'to', t('builder.endTime'))}
        {minuteSelect(minute, (m) => change(onDays ? { minute: m } : { hourMinute: m }))}
      </Row>
    );
  };

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
            data-testid={testId('minute-every')}
          />
          <span>{t('builder.minutesFrom')}</span>
          <Select<number>
            value={model.minuteFrom}
            onChange={(minuteFrom) => change({ minuteFrom })}
            options={hourOptions(0)}
            style={{ width: 92 }}
          />
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
      fields = hourWindow(false);
      break;
    case 'WEEKLY':
      fields = (
        <>
          {days}
          <Row label={t('builder.repeat')}>
            <span>{t('builder.every')}</span>
            <NumberInput
              min={1}
              max={12}
              integer
              value={model.weekInterval}
              onChange={(v) => change({ weekInterval: v ?? 1 })}
              inlineError
              style={{ width: 72 }}
              aria-label={t('builder.weekInterval')}
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
            <Radio.Group value={model.monthMode} onChange={(e) => change({ monthMode: e.target.value })} data-testid={testId('month-mode')}>
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
                      aria-label={t('builder.dayOfMonth')}
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
                      options={[1, 2, 3, 4, -1].map((n) => ({
                        value: n,
                        label: t(`recurrence.nth.${n === -1 ? 'last' : String(n)}` as 'recurrence.nth.1'),
                      }))}
                      style={{ width: 96 }}
                      size="small"
                      aria-label={t('builder.nth')}
                    />
                    <Select<Weekday>
                      value={model.weekday}
                      onChange={(weekday) => change({ weekday, monthMode: 'NTH' })}
                      options={WEEKDAYS.map((d) => ({ value: d, label: t(`recurrence.weekdaysLong.${d}`) }))}
                      style={{ width: 110 }}
                      size="small"
                      aria-label={t('builder.weekday')}
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
    case 'HOURS_ON_DAYS': {
      const hours = windowHours(model);
      fields = (
        <>
          {hourWindow(true)}
          {hours.length ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -4 }} data-testid={testId('window-hours')}>
              {t('builder.hoursOnDays.times', {
                n: hours.length,
                times: hours.map((h) => clock(h, model.minute)).join(t('common.listSeparator')),
              })}
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph type="warning" style={{ fontSize: 12, marginTop: -4 }}>
              {t('builder.hoursOnDays.empty')}
            </Typography.Paragraph>
          )}
          {days}
        </>
      );
      break;
    }
    case 'ADVANCED':
      fields = (
        <Row label="RRULE">
          <Input
            value={model.advanced}
            onChange={(e) => change({ advanced: e.target.value })}
            placeholder={profile.example}
            style={{ width: 440, maxWidth: '100%', fontFamily: 'monospace' }}
            status={problem || status === 'error' ? 'error' : undefined}
            data-testid={testId('advanced')}
            aria-label="RRULE"
          />
        </Row>
      );
      break;
  }

  return (
    <div id={id} data-testid={testIds.root}>
      <Radio.Group
        value={model.mode}
        onChange={(e) => change({ mode: e.target.value })}
        optionType="button"
        buttonStyle="solid"
        options={profile.modes.map((m) => ({
          value: m,
          label: <span data-testid={testId(`mode-${testIds.modeNames?.[m] ?? m}`)}>{t(texts.modes?.[m] ?? `builder.modes.${m}`)}</span>,
        }))}
        style={{ marginBottom: 16, display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
        aria-label={t('builder.mode')}
      />
      {fields}
      <div
        style={{
          background: token.colorFillQuaternary,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadius,
          padding: '8px 12px',
        }}
        data-testid={testIds.summary}
      >
        {!rule ? (
          <Typography.Text type="warning">{t('builder.incomplete')}</Typography.Text>
        ) : problem ? (
          <Typography.Text type="danger" data-testid={testId('error')}>
            {t(texts.badRule, { problem })}
          </Typography.Text>
        ) : (
          <>
            <div style={{ fontWeight: 500 }} data-testid={testId('description')}>
              {describeRule(rule, language, profile)}
            </div>
            <Typography.Text code copyable={{ text: rule }} style={{ fontSize: 12 }} data-testid={testId('rrule')}>
              {wrappable(rule)}
            </Typography.Text>
            {next.length && timeZone ? (
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
