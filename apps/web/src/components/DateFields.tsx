// Date and date-time entry with antd's pickers, holding plain strings so forms and the API keep
// their wire formats: a calendar day is 'YYYY-MM-DD', a wall-clock time 'YYYY-MM-DDTHH:mm'
// (read in a zone the page names, e.g. a session's project zone). The browser's own
// date input shows mm/dd/yyyy in the Chinese UI and looks unlike every other picker;
// form-controls.spec.ts keeps it out of the pages.
import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { dayjs } from '../lib/format';

const DAY = 'YYYY-MM-DD';
const WALL = 'YYYY-MM-DDTHH:mm';

type Base = Pick<DatePickerProps, 'id' | 'disabled' | 'placeholder' | 'style' | 'allowClear' | 'disabledDate' | 'status' | 'size'> & {
  'data-testid'?: string;
  'aria-label'?: string;
};

export interface DateFieldProps extends Base {
  value?: string | null;
  onChange?: (value: string | null) => void;
}

/** A calendar day ('YYYY-MM-DD'); inside a Form.Item it is the item's value. */
export function DateField({ value, onChange, style, ...rest }: DateFieldProps) {
  const parsed = value ? dayjs(value, DAY, true) : null;
  return (
    <DatePicker
      {...rest}
      style={{ width: '100%', ...style }}
      value={parsed?.isValid() ? parsed : null}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format(DAY) : null)}
    />
  );
}

/** A wall-clock date and time ('YYYY-MM-DDTHH:mm'), minutes in steps of `minuteStep` (5). */
export function DateTimeField({ value, onChange, style, minuteStep = 5, ...rest }: DateFieldProps & { minuteStep?: 1 | 5 | 10 | 15 | 30 }) {
  const parsed = value ? dayjs(value, WALL, true) : null;
  return (
    <DatePicker
      {...rest}
      showTime={{ format: 'HH:mm', minuteStep }}
      format="YYYY-MM-DD HH:mm"
      needConfirm={false}
      style={{ width: '100%', ...style }}
      value={parsed?.isValid() ? parsed : null}
      onChange={(d: Dayjs | null) => onChange?.(d ? d.format(WALL) : null)}
    />
  );
}
