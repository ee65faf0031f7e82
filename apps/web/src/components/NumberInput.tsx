// The one numeric input of the app. antd's InputNumber, given min/max, silently rewrites an
// out-of-range entry on blur (window 0 → 1, score 150 → 100, −5 → 1) and, while typing, does not
// even report it to the form. Here the bounds are never handed to InputNumber: the value the
// user typed stays, the field turns red, and the message says what is allowed —
//  - inside a Form.Item, add `numberRange(t, { min, max })` to its rules (the form refuses to
//    submit and shows the message at the field, like every other rule);
//  - outside a form (editors holding their own state), pass `inlineError` and the message is
//    shown under the input.
// A test (form-controls.spec.ts) keeps pages from importing antd's InputNumber directly.
import { InputNumber, Typography, type FormRule, type InputNumberProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

export interface NumberBounds {
  min?: number;
  max?: number;
  /** Whole numbers only: 2.5 is refused with a message, not rounded. */
  integer?: boolean;
}

/** The problem with a number in the user's language, or null when it is allowed (empty is allowed: use a required rule). */
export function numberProblem(t: TFunction, value: unknown, bounds: NumberBounds): string | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return t('validation.NOT_A_NUMBER');
  const { min, max } = bounds;
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    if (min !== undefined && max !== undefined) return t('validation.OUT_OF_RANGE', { min, max });
    if (min !== undefined) return t('validation.TOO_SMALL', { min });
    return t('validation.TOO_LARGE', { max });
  }
  if (bounds.integer && !Number.isInteger(n)) return t('validation.NOT_AN_INTEGER');
  return null;
}

/** A form rule refusing numbers outside the bounds, with the same message as the input shows. */
export function numberRange(t: TFunction, bounds: NumberBounds): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const problem = numberProblem(t, value, bounds);
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}

export type NumberInputProps = Omit<InputNumberProps<number>, 'min' | 'max' | 'onChange'> &
  NumberBounds & {
    onChange?: (value: number | null) => void;
    /** Show the range message under the input (for inputs outside a Form.Item). */
    inlineError?: boolean;
  };

export function NumberInput({ min, max, integer, inlineError, precision, status, value, ...rest }: NumberInputProps) {
  const { t } = useTranslation();
  const problem = numberProblem(t, value, { min, max, integer });
  const input = (
    <InputNumber<number>
      {...rest}
      value={value}
      precision={precision}
      status={problem ? 'error' : status}
      aria-invalid={problem ? true : undefined}
    />
  );
  if (!inlineError) return input;
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', gap: 2 }}>
      {input}
      {problem ? (
        <Typography.Text type="danger" style={{ fontSize: 12 }} role="alert" data-testid="number-problem">
          {problem}
        </Typography.Text>
      ) : null}
    </span>
  );
}
