// The schedule part of a frequency, shared by the project's frequencies and the per-format
// defaults: checklist, calendar rule or "after completion", completion window, late, holidays.
import { useEffect, useState } from 'react';
import { Col, Form, Radio, Row, Select, Space, Switch, TimePicker, type FormRule } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { FREQUENCY_RULES, PERIOD_UNITS, SCHEDULE_ANCHORS } from '@pinzhi/domain';
import { dayjs } from '../../lib/format';
import type { Dayjs } from 'dayjs';
import { RecurrenceBuilder, type BuilderSetup } from '../../components/recurrence/RecurrenceBuilder';
import { INSPECTION_RECURRENCE, ruleError } from '../../components/recurrence/recurrence';
import { WINDOW_UNITS, WINDOW_UNIT_MINUTES, splitWindow, windowInRange, type WindowUnit } from './planning';

/** Minutes as an amount and a unit (minutes / hours / days). */
export function WindowInput({ value, onChange, id }: { value?: number | null; onChange?: (minutes: number | null) => void; id?: string }) {
  const { t } = useTranslation();
  const [unit, setUnit] = useState<WindowUnit>(() => splitWindow(value ?? 60).unit);
  useEffect(() => {
    if (typeof value === 'number' && value % WINDOW_UNIT_MINUTES[unit] !== 0) setUnit(splitWindow(value).unit);
  }, [unit, value]);
  const amount = typeof value === 'number' ? value / WINDOW_UNIT_MINUTES[unit] : null;
  return (
    <Space.Compact>
      <NumberInput
        id={id}
        min={1}
        integer
        value={amount}
        onChange={(n) => onChange?.(typeof n === 'number' ? n * WINDOW_UNIT_MINUTES[unit] : null)}
        style={{ width: 110 }}
        aria-label={t('inspectionPlanning.fields.windowAmount')}
        data-testid="frequency-window"
      />
      <Select<WindowUnit>
        value={unit}
        onChange={(next) => {
          setUnit(next);
          if (amount !== null) onChange?.(amount * WINDOW_UNIT_MINUTES[next]);
        }}
        options={WINDOW_UNITS.map((u) => ({ value: u, label: t(`inspectionPlanning.windowUnits.${u}`) }))}
        style={{ width: 96 }}
        aria-label={t('inspectionPlanning.fields.windowUnit')}
      />
    </Space.Compact>
  );
}

/** The planning screens' rule builder: their modes and words, and the test ids their tests use. */
export const INSPECTION_BUILDER: BuilderSetup = {
  profile: INSPECTION_RECURRENCE,
  testIds: { root: 'rule-builder', summary: 'rule-summary', prefix: 'rule', modeNames: { DAILY_TIMES: 'DAILY' } },
  texts: {
    modes: { DAILY_TIMES: 'inspectionPlanning.builder.dailyTimes' },
    times: 'inspectionPlanning.builder.times',
    badRule: 'inspectionPlanning.validation.badRule',
  },
  dayShortcuts: true,
};

export const ruleRules = (t: TFunction): FormRule[] => [
  {
    validator: (_r, v: string | undefined) => {
      if (!v?.trim()) return Promise.reject(new Error(t('inspectionPlanning.validation.ruleRequired')));
      const problem = ruleError(v);
      return problem ? Promise.reject(new Error(t('inspectionPlanning.validation.badRule', { problem }))) : Promise.resolve();
    },
  },
];

export const windowRules = (t: TFunction): FormRule[] => [
  {
    validator: (_r, v: number | null | undefined) => {
      if (typeof v !== 'number') return Promise.reject(new Error(t('validation.REQUIRED')));
      return windowInRange(v) ? Promise.resolve() : Promise.reject(new Error(t('inspectionPlanning.validation.windowRange')));
    },
  },
];

export interface ScheduleFieldsProps {
  templates: readonly { id: string; name: string }[];
  templatesLoading?: boolean;
  holidayLists: readonly { id: string; name: string; dates?: readonly string[] }[];
  holidayListsLoading?: boolean;
  /** Extra hint under the checklist picker (e.g. "no published checklist for this format"). */
  templateHint?: string;
}

/** The schedule Form.Items; must sit inside an antd Form whose values include these names. */
export function ScheduleFields({ templates, templatesLoading, holidayLists, holidayListsLoading, templateHint }: ScheduleFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const anchor = Form.useWatch('anchor', form) as string | undefined;

  return (
    <>
      <Form.Item
        name="templateId"
        label={t('inspectionPlanning.fields.template')}
        rules={[{ required: true, message: t('inspectionPlanning.validation.templateRequired') }]}
        extra={templateHint}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('inspectionPlanning.fields.templatePlaceholder')}
          options={templates.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
          loading={templatesLoading}
          data-testid="frequency-template-select"
          aria-label={t('inspectionPlanning.fields.template')}
        />
      </Form.Item>
      <Form.Item
        name="anchor"
        label={t('inspectionPlanning.fields.anchor')}
        extra={anchor ? t(`inspectionPlanning.anchorHints.${anchor as 'CALENDAR'}`) : undefined}
      >
        <Radio.Group
          optionType="button"
          options={SCHEDULE_ANCHORS.map((a) => ({ value: a, label: t(`inspectionPlanning.anchors.${a}`) }))}
          data-testid="frequency-anchor"
        />
      </Form.Item>
      {anchor === 'AFTER_COMPLETION' ? (
        <Row gutter={12}>
          <Col xs={12} sm={7}>
            <Form.Item
              name="periodCount"
              label={t('inspectionPlanning.fields.periodCount')}
              rules={[
                { required: true, message: t('validation.REQUIRED') },
                {
                  type: 'integer',
                  min: FREQUENCY_RULES.periodCount.min,
                  max: FREQUENCY_RULES.periodCount.max,
                  message: t('validation.OUT_OF_RANGE', FREQUENCY_RULES.periodCount),
                },
              ]}
            >
              <NumberInput min={1} integer style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={7}>
            <Form.Item
              name="periodUnit"
              label={t('inspectionPlanning.fields.periodUnit')}
              rules={[{ required: true, message: t('validation.REQUIRED') }]}
            >
              <Select options={PERIOD_UNITS.map((u) => ({ value: u, label: t(`inspectionPlanning.periodUnits.${u}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item
              name="startTime"
              label={t('inspectionPlanning.fields.startTime')}
              rules={[{ required: true, message: t('validation.REQUIRED') }]}
              getValueProps={(v: string | null | undefined) => ({ value: v ? dayjs(v, 'HH:mm') : null })}
              normalize={(d: Dayjs | null) => (d ? d.format('HH:mm') : null)}
            >
              <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Form.Item name="rrule" label={t('inspectionPlanning.fields.rule')} rules={ruleRules(t)}>
          <RecurrenceBuilder {...INSPECTION_BUILDER} />
        </Form.Item>
      )}
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item
            name="windowMinutes"
            label={t('inspectionPlanning.fields.window')}
            extra={t('inspectionPlanning.fields.windowHint')}
            rules={windowRules(t)}
          >
            <WindowInput />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item
            name="allowLate"
            label={t('inspectionPlanning.fields.allowLate')}
            valuePropName="checked"
            extra={t('inspectionPlanning.fields.allowLateHint')}
          >
            <Switch data-testid="frequency-allow-late" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="holidayListId"
        label={t('inspectionPlanning.fields.holidayList')}
        extra={t('inspectionPlanning.fields.holidayListHint')}
      >
        <Select
          allowClear
          placeholder={t('inspectionPlanning.fields.noHolidayList')}
          options={holidayLists.map((h) => ({
            value: h.id,
            label: h.dates ? t('inspectionPlanning.fields.holidayOption', { name: h.name, n: h.dates.length }) : h.name,
          }))}
          loading={holidayListsLoading}
          data-testid="frequency-holiday-list"
          aria-label={t('inspectionPlanning.fields.holidayList')}
        />
      </Form.Item>
    </>
  );
}
