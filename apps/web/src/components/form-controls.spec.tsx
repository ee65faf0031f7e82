// The shared form controls: numbers are refused with a message instead of being rewritten, dates
// use antd's pickers, deleting asks first — and the pages use these controls, not the raw ones.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { renderWithApp } from '../test/utils';
import { ConfirmDeleteButton } from './ConfirmDeleteButton';
import { DateField, DateTimeField } from './DateFields';
import { NumberInput, numberRange } from './NumberInput';

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('pages use the shared controls', () => {
  const files = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), text: readFileSync(path, 'utf8') }));

  it('has no browser date or time fields (antd pickers through DateField / DateTimeField)', () => {
    const offenders = files.filter((f) => /type=["'](date|datetime-local|time|month|week)["']/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('imports antd InputNumber only in NumberInput (so no input clamps silently)', () => {
    const offenders = files
      .filter((f) => f.path !== join('components', 'NumberInput.tsx'))
      .filter((f) => /import\s*\{[^}]*\bInputNumber\b[^}]*\}\s*from\s*'antd'/s.test(f.text) || /<InputNumber\b/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});

function WindowForm({ onFinish }: { onFinish: (v: { window: number }) => void }) {
  const { t } = useTranslation();
  return (
    <Form onFinish={onFinish} initialValues={{ window: 60 }}>
      <Form.Item name="window" label="window" rules={[numberRange(t, { min: 1, max: 1440, integer: true })]}>
        <NumberInput min={1} max={1440} integer data-testid="window" />
      </Form.Item>
      <Button htmlType="submit">save</Button>
    </Form>
  );
}

describe('NumberInput', () => {
  it('keeps an out-of-range entry as typed, marks it and refuses the form with the range', async () => {
    const finished = jest.fn();
    renderWithApp(<WindowForm onFinish={finished} />);
    const input = screen.getByTestId('window') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '0' } });
    fireEvent.blur(input);
    // not rewritten to 1 on blur
    expect(input.value).toBe('0');
    fireEvent.click(screen.getByText('save'));
    expect(await screen.findByText('数值应在 1 到 1440 之间')).toBeTruthy();
    expect(finished).not.toHaveBeenCalled();
    expect(input.closest('.ant-input-number')?.className).toContain('ant-input-number-status-error');

    fireEvent.change(input, { target: { value: '2.5' } });
    fireEvent.blur(input);
    expect(input.value).toBe('2.5');
    fireEvent.click(screen.getByText('save'));
    expect(await screen.findByText('请输入整数')).toBeTruthy();

    fireEvent.change(input, { target: { value: '30' } });
    fireEvent.click(screen.getByText('save'));
    await waitFor(() => expect(finished).toHaveBeenCalledWith({ window: 30 }));
  });

  it('shows the message under an input outside a form (inlineError)', () => {
    const changed = jest.fn();
    const { rerender } = renderWithApp(<NumberInput min={0} max={100} value={150} onChange={changed} inlineError />);
    expect(screen.getByTestId('number-problem').textContent).toBe('数值应在 0 到 100 之间');
    rerender(<NumberInput min={1} value={-5} onChange={changed} inlineError />);
    expect(screen.getByTestId('number-problem').textContent).toBe('不能小于 1');
  });
});

describe('DateField and DateTimeField', () => {
  it('hold plain strings and show antd pickers in the Chinese format', async () => {
    const changed = jest.fn();
    renderWithApp(
      <>
        <DateField value="2026-12-01" onChange={changed} data-testid="day" />
        <DateTimeField value="2026-12-01T14:30" onChange={changed} data-testid="when" />
      </>,
    );
    const day = document.querySelector('[data-testid="day"] input, input[data-testid="day"]') as HTMLInputElement;
    const when = document.querySelector('[data-testid="when"] input, input[data-testid="when"]') as HTMLInputElement;
    expect(day.value).toBe('2026-12-01');
    expect(when.value).toBe('2026-12-01 14:30');
    expect(day.type).toBe('text'); // antd's picker, not the browser's date field
  });
});

describe('ConfirmDeleteButton', () => {
  it('deletes only after the confirmation', async () => {
    const removed = jest.fn();
    renderWithApp(
      <ConfirmDeleteButton label="移除检查项" subject="CLN-01" description="将移除检查项 CLN-01" onConfirm={removed} testId="remove" />,
    );
    fireEvent.click(screen.getByTestId('remove'));
    expect(removed).not.toHaveBeenCalled();
    expect(await screen.findByText('将移除检查项 CLN-01')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByTestId('confirm-delete'));
    });
    expect(removed).toHaveBeenCalledTimes(1);
  });
});
