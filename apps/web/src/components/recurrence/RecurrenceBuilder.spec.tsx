import { useState } from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderWithApp } from '../../test/utils';
import { HANDBOOK_BUILDER } from '../../pages/handbooks/FrequencyModal';
import { INSPECTION_BUILDER } from '../../pages/inspection-planning/ScheduleFields';
import { RecurrenceBuilder, type BuilderSetup } from './RecurrenceBuilder';
import { HANDBOOK_RECURRENCE, modelFromRule, ruleFromModel } from './recurrence';

const NOW = new Date('2026-03-02T00:30:00Z'); // Monday 08:30 in Shanghai

function Harness({ initial, onRule, setup }: { initial?: string; onRule: (rule: string) => void; setup: BuilderSetup }) {
  const [value, setValue] = useState(initial);
  return (
    <RecurrenceBuilder
      {...setup}
      value={value}
      timeZone={setup === HANDBOOK_BUILDER ? 'Asia/Shanghai' : undefined}
      now={NOW}
      onChange={(rule) => {
        setValue(rule);
        onRule(rule);
      }}
    />
  );
}

function render(initial: string | undefined, language: 'zh-CN' | 'en-US' = 'zh-CN', setup = HANDBOOK_BUILDER) {
  const rules: string[] = [];
  renderWithApp(<Harness initial={initial} onRule={(r) => rules.push(r)} setup={setup} />, { language });
  return rules;
}

async function pick(testId: string, option: string) {
  fireEvent.mouseDown(within(screen.getByTestId(testId)).getByRole('combobox'));
  const items = await screen.findAllByTitle(option);
  fireEvent.click(items[items.length - 1]);
}

const preview = () => screen.getByTestId('builder-preview').textContent ?? '';

describe('recurrence builder, as the handbooks use it', () => {
  it('opens a rule in its mode and shows the RRULE, its description and the next times (zh)', () => {
    render('FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0');
    expect(screen.getByTestId('builder-description').textContent).toBe('每天 3 次：08:00、12:00、16:00');
    expect(screen.getByTestId('builder-rrule').textContent?.replace(/\u200b/g, '')).toContain('FREQ=DAILY;BYHOUR=8,12,16;BYMINUTE=0');
    expect(preview()).toContain('接下来（Asia/Shanghai）：3月2日 周一 12:00、3月2日 周一 16:00、3月3日 周二 08:00');
    expect(screen.getByTestId('builder-mode-DAILY_TIMES').closest('label')?.className).toContain('checked');
  });

  it('builds "N times a day at chosen hours"', async () => {
    const rules = render(undefined);
    expect(screen.getByTestId('builder-description').textContent).toBe('每天 09:00');
    await pick('builder-hours', '14:00');
    expect(rules.at(-1)).toBe('FREQ=DAILY;BYHOUR=9,14;BYMINUTE=0');
    await pick('builder-minute', ':30');
    expect(rules.at(-1)).toBe('FREQ=DAILY;BYHOUR=9,14;BYMINUTE=30');
    expect(screen.getByTestId('builder-description').textContent).toBe('每天 2 次：09:30、14:30');
  });

  it('builds "every N minutes between two times" (en)', async () => {
    const rules = render(undefined, 'en-US');
    fireEvent.click(screen.getByTestId('builder-mode-EVERY_MINUTES'));
    expect(rules.at(-1)).toBe('FREQ=MINUTELY;INTERVAL=15;BYHOUR=9,10,11,12,13,14,15,16,17');
    expect(screen.getByTestId('builder-description').textContent).toBe('Every 15 minutes, 09:00–17:45');
    await pick('builder-minute-every', '30');
    expect(rules.at(-1)).toBe('FREQ=MINUTELY;INTERVAL=30;BYHOUR=9,10,11,12,13,14,15,16,17');
    expect(screen.getByTestId('builder-description').textContent).toBe('Every 30 minutes, 09:00–17:30');
  });

  it('builds "every N hours between two times"', async () => {
    const rules = render(undefined);
    fireEvent.click(screen.getByTestId('builder-mode-EVERY_HOURS'));
    expect(rules.at(-1)).toBe('FREQ=HOURLY;BYHOUR=8,10,12,14,16,18;BYMINUTE=0');
    expect(screen.getByTestId('builder-description').textContent).toBe('每 2 小时一次，08:00–18:00');
    await pick('builder-hour-every', '3');
    expect(rules.at(-1)).toBe('FREQ=HOURLY;BYHOUR=8,11,14,17;BYMINUTE=0');
  });

  it('builds "weekly on chosen weekdays at a time"', async () => {
    const rules = render(undefined);
    fireEvent.click(screen.getByTestId('builder-mode-WEEKLY'));
    fireEvent.click(within(screen.getByTestId('builder-days')).getByLabelText('周三'));
    fireEvent.click(within(screen.getByTestId('builder-days')).getByLabelText('周五'));
    await pick('builder-hours', '18:00');
    fireEvent.mouseDown(within(screen.getByTestId('builder-hours')).getByRole('combobox'));
    fireEvent.click((await screen.findAllByTitle('09:00')).at(-1)!); // deselect 09:00
    await waitFor(() => expect(rules.at(-1)).toBe('FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=0'));
    expect(screen.getByTestId('builder-description').textContent).toBe('每周一、周三、周五 18:00');
  });

  it('describes a weekly rule in English', () => {
    render('FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=18;BYMINUTE=0', 'en-US');
    expect(screen.getByTestId('builder-description').textContent).toBe('Weekly on Mon, Wed and Fri at 18:00');
    expect(preview()).toContain('Next (Asia/Shanghai): Mon, Mar 2 18:00; Wed, Mar 4 18:00');
  });

  it('builds "monthly on day N / on the last day"', async () => {
    const rules = render(undefined, 'en-US');
    fireEvent.click(screen.getByTestId('builder-mode-MONTHLY'));
    expect(rules.at(-1)).toBe('FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=9;BYMINUTE=0');
    expect(screen.getByTestId('builder-description').textContent).toBe('Monthly on day 1 at 09:00');
    fireEvent.click(screen.getByLabelText('On the last day of the month'));
    expect(rules.at(-1)).toBe('FREQ=MONTHLY;BYMONTHDAY=-1;BYHOUR=9;BYMINUTE=0');
    expect(screen.getByTestId('builder-description').textContent).toBe('Monthly on the last day at 09:00');
  });

  it('takes a raw RRULE in "advanced", checked with recurrenceError', () => {
    const rules = render('FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;BYHOUR=9');
    expect(screen.getByTestId('builder-mode-ADVANCED').closest('label')?.className).toContain('checked');
    expect(screen.getByTestId('builder-description').textContent).toBe('自定义规则：every March on the 1st');
    fireEvent.change(screen.getByTestId('builder-advanced'), { target: { value: 'FREQ=MINUTELY;INTERVAL=1' } });
    expect(rules.at(-1)).toBe('FREQ=MINUTELY;INTERVAL=1');
    expect(screen.getByTestId('builder-error').textContent).toBe('重复规则无效：at most one run every 5 minutes');
    fireEvent.change(screen.getByTestId('builder-advanced'), { target: { value: 'FREQ=DAILY;BYHOUR=6;BYMINUTE=0' } });
    expect(screen.getByTestId('builder-description').textContent).toBe('每天 06:00');
  });

  it('keeps the current rule when switching to advanced', () => {
    const model = modelFromRule('FREQ=WEEKLY;BYDAY=TU;BYHOUR=9;BYMINUTE=0', HANDBOOK_RECURRENCE);
    expect(model.mode).toBe('WEEKLY');
    expect(ruleFromModel({ ...model, days: ['TU', 'TH'] })).toBe('FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=9;BYMINUTE=0');
    render('FREQ=WEEKLY;BYDAY=TU;BYHOUR=9;BYMINUTE=0');
    fireEvent.click(screen.getByTestId('builder-mode-ADVANCED'));
    expect((screen.getByTestId('builder-advanced') as HTMLInputElement).value).toBe('FREQ=WEEKLY;BYDAY=TU;BYHOUR=9;BYMINUTE=0');
  });
});

describe('recurrence builder, as inspection planning uses it', () => {
  const mode = (m: string) => screen.getByTestId(`rule-mode-${m}`).closest('label')?.className ?? '';

  it('offers the planners’ modes with their words and test ids', () => {
    render(undefined, 'en-US', INSPECTION_BUILDER);
    expect(screen.getByTestId('rule-builder')).toBeTruthy();
    expect(screen.getAllByRole('radio').map((r) => r.closest('label')?.textContent)).toEqual([
      'Daily at times',
      'Weekly',
      'Monthly',
      'Every N hours',
      'Advanced (RRULE)',
    ]);
    expect(mode('DAILY')).toContain('checked');
    expect(screen.getByTestId('rule-description').textContent).toBe('Daily at 09:00');
    expect(screen.getByTestId('rule-summary').textContent).not.toContain('Next');
  });

  it('builds every N hours in a window on weekdays, with the weekday shortcuts', () => {
    const rules = render(undefined, 'zh-CN', INSPECTION_BUILDER);
    fireEvent.click(screen.getByTestId('rule-mode-HOURS_ON_DAYS'));
    expect(rules.at(-1)).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,12,15,18;BYMINUTE=0');
    expect(screen.getByTestId('rule-window-hours').textContent).toBe('每天 4 次：09:00、12:00、15:00、18:00');
    expect(screen.getByTestId('rule-description').textContent).toBe('每个工作日（周一至周五） 09:00–18:00 每 3 小时一次（每天 4 次）');
    fireEvent.click(screen.getByRole('button', { name: '每天' }));
    expect(rules.at(-1)).toBe('FREQ=HOURLY;BYHOUR=9,12,15,18;BYMINUTE=0');
    expect(mode('HOURS_ON_DAYS')).toContain('checked');
  });

  it('opens shapes it does not offer as a raw RRULE, with its own error wording', () => {
    render('FREQ=MINUTELY;INTERVAL=30;BYHOUR=9,10', 'en-US', INSPECTION_BUILDER);
    expect(mode('ADVANCED')).toContain('checked');
    expect(screen.getByTestId('rule-description').textContent).toBe('Every 30 minutes, 09:00–10:30');
    fireEvent.change(screen.getByTestId('rule-advanced'), { target: { value: 'FREQ=MINUTELY;INTERVAL=1' } });
    expect(screen.getByTestId('rule-error').textContent).toBe('Invalid rule: at most one run every 5 minutes');
  });
});
