// 检查频次 builder: every day at times, on chosen weekdays at times, monthly, every N hours between
// two times on chosen weekdays, or a raw RRULE. Controlled (value = RRULE), for antd Form.Item.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Checkbox, Input, InputNumber, Radio, Select, Space, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/LocaleProvider';
import { wrappable } from '../handbooks/recurrence';
import {
  INTERVAL_HOURS,
  RULE_MODES,
  WEEKDAYS,
  WORKDAYS,
  clock,
  describeInspectionRule,
  inspectionRuleError,
  modelFromRule,
  ruleFromModel,
  windowHours,
  type RuleModel,
  type Weekday,
} from './inspectionRecurrence';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const MINUTES = Array.from({ length: 12 }, (_, i) => i * 5);

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', marginBottom: 12 }}>
      <Typography.Text type="secondary" style={{ minWidth: 56 }}>
        {label}
      </Typography.Text>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>{children}</div>
    </div>
  );
}

export function InspectionRecurrenceBuilder({
  value,
  onChange,
  id,
  status,
}: {
  value?: string | null;
  onChange?: (rule: string) => void;
  id?: string;
  /** From Form.Item: marks the advanced input when the rule has a problem. */
  status?: 'error' | 'warning' | '';
}) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const { token } = theme.useToken();
  const [model, setModel] = useState<RuleModel>(() => modelFromRule(value));
  const emitted = useRef<string | null | undefined>(value);

  // A new value from outside (another frequency, a reset) re-reads the builder.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setModel(modelFromRule(value));
    }
  }, [value]);

  const change = (patch: Partial<RuleModel>) => {
    const next = { ...model, ...patch };
    if (patch.mode === 'ADVANCED' && model.mode !== 'ADVANCED') next.advanced = ruleFromModel(model) || model.advanced;
    setModel(next);
    const rule = ruleFromModel(next);
    emitted.current = rule;
    onChange?.(rule);
  };

  const rule = ruleFromModel(model);
  const problem = rule ? inspectionRuleError(rule) : null;

  const hourOptions = (minute: number) => HOURS.map((h) => ({ value: h, label: clock(h, minute) }));
  const minuteOptions = MINUTES.map((m) => ({ value: m, label: `:${String(m).padStart(2, '0')}` }));

  const days = (
    <Row label={t('builder.days')}>
      <Checkbox.Group<Weekday>
        value={model.days}
        onChange={(picked) => change({ days: WEEKDAYS.filter((d) => picked.includes(d)) })}
        options={WEEKDAYS.map((d) => ({ value: d, label: t(`recurrence.weekdays.${d}`) }))}
        data-testid="rule-days"
      />
      <Space size={0}>
        <Button size="small" type="link" onClick={() => change({ days: [...WORKDAYS] })}>
          {t('inspectionPlanning.builder.workdays')}
        </Button>
        <Button size="small" type="link" onClick={() => change({ days: [...WEEKDAYS] })}>
          {t('inspectionPlanning.builder.allDays')}
        </Button>
      </Space>
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
        style={{ minWidth: 240, maxWidth: 360 }}
        placeholder={t('builder.pickHours')}
        data-testid="rule-hours"
        aria-label={t('inspectionPlanning.builder.times')}
      />
      <Select<number>
        value={model.minute}
        onChange={(minute) => change({ minute })}
        options={minuteOptions}
        style={{ width: 84 }}
        data-testid="rule-minute"
        aria-label={t('inspectionPlanning.builder.minute')}
      />
    </Row>
  );

  let fields: ReactNode = null;
  switch (model.mode) {
    case 'DAILY':
      fields = times;
      break;
    case 'WEEKLY':
      fields = (
        <>
          {days}
          <Row label={t('builder.repeat')}>
            <span>{t('builder.every')}</span>
            <InputNumber
              min={1}
              max={12}
              precision={0}
              value={model.weekInterval}
              onChange={(v) => change({ weekInterval: v ?? 1 })}
              style={{ width: 72 }}
              aria-label={t('inspectionPlanning.builder.weekInterval')}
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
            <Radio.Group value={model.monthMode} onChange={(e) => change({ monthMode: e.target.value })} data-testid="rule-month-mode">
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
                      aria-label={t('inspectionPlanning.builder.monthDay')}
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
                      aria-label={t('inspectionPlanning.builder.nth')}
                    />
                    <Select<Weekday>
                      value={model.weekday}
                      onChange={(weekday) => change({ weekday, monthMode: 'NTH' })}
                      options={WEEKDAYS.map((d) => ({ value: d, label: t(`recurrence.weekdaysLong.${d}`) }))}
                      style={{ width: 110 }}
                      size="small"
                      aria-label={t('inspectionPlanning.builder.weekday')}
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
          <Row label={t('inspectionPlanning.builder.window')}>
            <span>{t('inspectionPlanning.builder.everyPrefix')}</span>
            <Select<number>
              value={model.every}
              onChange={(every) => change({ every })}
              options={INTERVAL_HOURS.map((h) => ({ value: h, label: h }))}
              style={{ width: 72 }}
              data-testid="rule-every"
              aria-label={t('inspectionPlanning.builder.everyHours')}
            />
            <span>{t('inspectionPlanning.builder.hoursFrom')}</span>
            <Select<number>
              value={model.fromHour}
              onChange={(fromHour) => change({ fromHour })}
              options={hourOptions(model.minute)}
              style={{ width: 92 }}
              data-testid="rule-from"
              aria-label={t('inspectionPlanning.builder.from')}
            />
            <span>{t('inspectionPlanning.builder.to')}</span>
            <Select<number>
              value={model.toHour}
              onChange={(toHour) => change({ toHour })}
              options={hourOptions(model.minute)}
              style={{ width: 92 }}
              data-testid="rule-to"
              aria-label={t('inspectionPlanning.builder.until')}
            />
            <Select<number>
              value={model.minute}
              onChange={(minute) => change({ minute })}
              options={minuteOptions}
              style={{ width: 84 }}
              aria-label={t('inspectionPlanning.builder.minute')}
            />
          </Row>
          {hours.length ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: -4 }} data-testid="rule-window-hours">
              {t('inspectionPlanning.builder.windowTimes', { n: hours.length, times: hours.map((h) => clock(h, model.minute)).join(t('common.listSeparator')) })}
            </Typography.Paragraph>
          ) : (
            <Typography.Paragraph type="warning" style={{ fontSize: 12, marginTop: -4 }}>
              {t('inspectionPlanning.builder.windowEmpty')}
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
            placeholder="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0"
            style={{ width: 440, maxWidth: '100%', fontFamily: 'monospace' }}
            status={problem || status === 'error' ? 'error' : undefined}
            data-testid="rule-advanced"
            aria-label="RRULE"
          />
        </Row>
      );
      break;
  }

  return (
    <div id={id} data-testid="rule-builder">
      <Radio.Group
        value={model.mode}
        onChange={(e) => change({ mode: e.target.value })}
        optionType="button"
        buttonStyle="solid"
        options={RULE_MODES.map((m) => ({ value: m, label: <span data-testid={`rule-mode-${m}`}>{t(`inspectionPlanning.builder.modes.${m}`)}</span> }))}
        style={{ marginBottom: 16, display: 'flex', flexWrap: 'wrap', rowGap: 8 }}
        aria-label={t('inspectionPlanning.builder.mode')}
      />
      {fields}
      <div
        style={{
          background: token.colorFillQuaternary,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadius,
          padding: '8px 12px',
        }}
        data-testid="rule-summary"
      >
        {!rule ? (
          <Typography.Text type="warning">{t('builder.incomplete')}</Typography.Text>
        ) : problem ? (
          <Typography.Text type="danger" data-testid="rule-error">
            {t('inspectionPlanning.validation.badRule', { problem })}
          </Typography.Text>
        ) : (
          <>
            <div style={{ fontWeight: 500 }} data-testid="rule-description">
              {describeInspectionRule(rule, language)}
            </div>
            <Typography.Text code copyable={{ text: rule }} style={{ fontSize: 12 }} data-testid="rule-rrule">
              {wrappable(rule)}
            </Typography.Text>
          </>
        )}
      </div>
    </div>
  );
}
