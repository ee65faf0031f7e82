// The schedule part of a frequency, shared by the project's frequencies, the per-format defaults
// and patrol routes: checklist, calendar rule or "after completion", completion window, late,
// holidays; and (a project's frequency, a route) the assignee and the dates.
import { useEffect, useState } from 'react';
import { Col, DatePicker, Form, Radio, Row, Select, Space, Switch, TimePicker, type FormRule } from 'antd';
import { NumberInput } from '../../components/NumberInput';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ASSIGNEE_ROLES, FREQUENCY_RULES, PERIOD_UNITS, SCHEDULE_ANCHORS, type Role } from '@pinzhi/domain';
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
  /** false: no checklist and calendar rules only (a patrol route's schedule). */
  checklist?: boolean;
  templates?: readonly { id: string; name: string }[];
  templatesLoading?: boolean;
  holidayLists: readonly { id: string; name: string; dates?: readonly string[] }[];
  holidayListsLoading?: boolean;
  /** Extra hint under the checklist picker (e.g. "no published checklist for this format"). */
  templateHint?: string;
}

/** The schedule Form.Items; must sit inside an antd Form whose values include these names. */
export function ScheduleFields({
  checklist = true,
  templates = [],
  templatesLoading,
  holidayLists,
  holidayListsLoading,
  templateHint,
}: ScheduleFieldsProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const anchor = Form.useWatch('anchor', form) as string | undefined;

  return (
    <>
      {checklist ? (
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
        </>
      ) : null}
      {checklist && anchor === 'AFTER_COMPLETION' ? (
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

/** A member picker's option (the frequency's current assignee first when no longer listed). */
export interface MemberOption {
  value: string;
  label: string;
  name: string;
}

/** The assignable members as picker options; the current assignee first when no longer listed. */
export function memberOptionsOf(
  t: TFunction,
  assignees: readonly { role: string; user?: { id: string; displayName: string } | null }[] | undefined,
  current?: { id: string; displayName: string } | null,
): MemberOption[] {
  const list: MemberOption[] = (assignees ?? []).flatMap((m) =>
    m.user
      ? [
          {
            value: m.user.id,
            label: t('inspectionPlanning.fields.personOption', { name: m.user.displayName, role: t(`roles.${m.role as Role}`) }),
            name: m.user.displayName,
          },
        ]
      : [],
  );
  if (current && !list.some((o) => o.value === current.id))
    list.unshift({ value: current.id, label: current.displayName, name: current.displayName });
  return list;
}

/** Who does it: a role (whoever holds it at the project) or one person. Inside the schedule's Form. */
export function AssigneeFields({ members, loading, failed }: { members: MemberOption[]; loading?: boolean; failed?: boolean }) {
  const { t } = useTranslation();
  const assigneeKind = Form.useWatch('assigneeKind', Form.useFormInstance());
  return (
    <>
      <Form.Item name="assigneeKind" label={t('inspectionPlanning.fields.assignee')} style={{ marginBottom: 8 }}>
        <Radio.Group
          options={[
            { value: 'ROLE', label: t('inspectionPlanning.fields.assigneeKinds.ROLE') },
            { value: 'USER', label: t('inspectionPlanning.fields.assigneeKinds.USER') },
          ]}
          data-testid="frequency-assignee-kind"
        />
      </Form.Item>
      {assigneeKind === 'USER' ? (
        <Form.Item
          name="assigneeUserId"
          rules={[{ required: true, message: t('inspectionPlanning.validation.assigneeRequired') }]}
          extra={failed ? t('inspectionPlanning.fields.membersUnavailable') : undefined}
        >
          <Select
            showSearch={{ optionFilterProp: 'name' }}
            placeholder={t('inspectionPlanning.fields.pickPerson')}
            options={members}
            loading={loading}
            aria-label={t('inspectionPlanning.fields.assigneeUser')}
            data-testid="frequency-assignee-user"
          />
        </Form.Item>
      ) : (
        <Form.Item name="assigneeRole" rules={[{ required: true, message: t('inspectionPlanning.validation.assigneeRequired') }]}>
          <Select
            options={ASSIGNEE_ROLES.map((r) => ({ value: r, label: t(`inspectionPlanning.assigneeRoles.${r}`) }))}
            aria-label={t('inspectionPlanning.fields.assigneeRole')}
            data-testid="frequency-assignee-role"
          />
        </Form.Item>
      )}
    </>
  );
}

const dateProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v, 'YYYY-MM-DD') : null }),
  normalize: (d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null),
};
const datesProps = {
  getValueProps: (v: string[] | null | undefined) => ({ value: (v ?? []).map((d) => dayjs(d, 'YYYY-MM-DD')) }),
  normalize: (ds: Dayjs[] | null) => [...new Set((ds ?? []).map((d) => d.format('YYYY-MM-DD')))].sort(),
};

/**
 * From when to when, and the days left out. The first day is not in the past (`today` in the
 * project's zone), except the one already saved (`savedStartDate`). Inside the schedule's Form.
 */
export function ScheduleDateFields({
  timeZone,
  today,
  savedStartDate,
}: {
  timeZone: string;
  today: string;
  savedStartDate?: string | null;
}) {
  const { t } = useTranslation();
  const startDate = Form.useWatch('startDate', Form.useFormInstance()) as string | null | undefined;
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="startDate"
            label={t('inspectionPlanning.fields.startDate')}
            extra={t('inspectionPlanning.fields.timeZoneHint', { zone: timeZone })}
            {...dateProps}
            rules={[
              { required: true, message: t('validation.REQUIRED') },
              {
                validator: (_r, v: string | null) =>
                  v && v < today && v !== savedStartDate
                    ? Promise.reject(new Error(t('inspectionPlanning.validation.startDateMin', { date: today })))
                    : Promise.resolve(),
              },
            ]}
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(d) => d.format('YYYY-MM-DD') < today && d.format('YYYY-MM-DD') !== savedStartDate}
              data-testid="frequency-start-date"
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="endDate"
            label={t('inspectionPlanning.fields.endDate')}
            dependencies={['startDate']}
            {...dateProps}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_r, v: string | null) => {
                  const start = getFieldValue('startDate') as string | null;
                  return v && start && v < start ? Promise.reject(new Error(t('validation.DATE_ORDER'))) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker
              style={{ width: '100%' }}
              placeholder={t('inspectionPlanning.fields.endDateOpen')}
              disabledDate={(d) => !!startDate && d.format('YYYY-MM-DD') < startDate}
              data-testid="frequency-end-date"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="excludedDates"
        label={t('inspectionPlanning.fields.excludedDates')}
        extra={t('inspectionPlanning.fields.excludedDatesHint')}
        {...datesProps}
        rules={[
          {
            validator: (_r, v: string[] | null) =>
              (v ?? []).length > FREQUENCY_RULES.excludedDates.max
                ? Promise.reject(new Error(t('inspectionPlanning.validation.tooManyDates', { max: FREQUENCY_RULES.excludedDates.max })))
                : Promise.resolve(),
          },
        ]}
      >
        <DatePicker multiple maxTagCount="responsive" style={{ width: '100%' }} data-testid="frequency-excluded-dates" />
      </Form.Item>
    </>
  );
}
