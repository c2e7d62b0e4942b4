// The one date field of the app: a Jalali calendar (MUI X DatePicker + AdapterDateFnsJalali) that
// takes Persian digits as typed, sends the API the day as `1405/02/20`, and shows the API's refusal
// of the field beside it.
import { AdapterDateFnsJalali } from '@mui/x-date-pickers/AdapterDateFnsJalali';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { faIR } from '@mui/x-date-pickers/locales';
import { useState, type ClipboardEvent, type FormEvent } from 'react';
import { toPersianDigits } from '../lib/format';
import { fromApiDay, latinDigitsOnly, parseJalaliText, toApiDay } from '../lib/jalali-date';

/**
 * The Jalali adapter writing Persian digits (۱۴۰۵/۰۲/۲۰ in the field and the calendar): MUI's field
 * learns its digits from the adapter. Parsing takes Persian or Latin digits.
 */
class PersianDigitsAdapter extends AdapterDateFnsJalali {
  constructor(...args: ConstructorParameters<typeof AdapterDateFnsJalali>) {
    super(...args);
    const formatByString = this.formatByString;
    const parse = this.parse;
    this.formatByString = (value, format) => toPersianDigits(formatByString(value, format));
    this.parse = (value, format) => parse(latinDigitsOnly(value), format);
    // MUI tells a padded year by a formatted year 1 starting with a Latin '0'; say it outright.
    this.formatTokenMap = {
      ...this.formatTokenMap,
      yyyy: { sectionType: 'year', contentType: 'digit', maxLength: 4 },
    };
  }
}

const localeText = {
  ...faIR.components.MuiLocalizationProvider.defaultProps.localeText,
  // Empty sections read «سال/ماه/روز», not YYYY/MM/DD.
  fieldYearPlaceholder: () => 'سال',
  fieldMonthPlaceholder: () => 'ماه',
  fieldDayPlaceholder: () => 'روز',
};

export interface JalaliDateFieldProps {
  label: string;
  /** The day as the API sent or takes it (`2026-05-10`, `1405/02/20`), or null. */
  value: string | null;
  /** The day as `1405/02/20` (Latin digits), or null while empty or unfinished. */
  onChange: (value: string | null) => void;
  /** The API's Persian message for this field (see fieldError), shown beside it. */
  error?: string;
  helperText?: string;
  required?: boolean;
  disabled?: boolean;
  name?: string;
}

const messages = {
  unfinished: 'تاریخ کامل یا درست نیست (نمونه: ۱۴۰۵/۰۲/۲۰)',
  openCalendar: (label: string) => `انتخاب «${label}» در تقویم`,
};

/**
 * MUI's field edits one section (year, month, day) at a time, reads the key typed from the
 * section's text and expects a Latin digit, which it then writes in the adapter's digits; a Persian
 * digit typed was lost. The section's text is rewritten with Latin digits before the field reads
 * it (capture runs first).
 */
function digitsToLatin(event: FormEvent<HTMLElement>) {
  const target = event.target as HTMLElement;
  if (target.childElementCount > 0) return;
  const text = target.textContent ?? '';
  const latin = latinDigitsOnly(text);
  if (latin !== text) target.textContent = latin;
}

export function JalaliDateField(props: JalaliDateFieldProps) {
  const { label, value, onChange, error, helperText, required, disabled, name } = props;
  const [date, setDate] = useState<Date | null>(() => fromApiDay(value));
  const [unfinished, setUnfinished] = useState(false);

  // A new value from outside (the record reloaded) replaces what is shown; the echo of our own
  // onChange does not (it is what the picker already shows, or null for an unfinished day).
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (value !== toApiDay(date)) {
      setDate(fromApiDay(value));
      setUnfinished(false);
    }
  }

  const change = (next: Date | null) => {
    setDate(next);
    const day = toApiDay(next);
    setUnfinished(next !== null && day === null);
    onChange(day);
  };

  // A whole date pasted (`۱۴۰۵/۰۲/۲۰`) is read at once, whatever its digits.
  const paste = (event: ClipboardEvent<HTMLElement>) => {
    const parsed = parseJalaliText(event.clipboardData.getData('text'));
    if (!parsed) return;
    event.preventDefault();
    event.stopPropagation();
    change(parsed);
  };

  const message = error ?? (unfinished ? messages.unfinished : undefined);
  return (
    <LocalizationProvider dateAdapter={PersianDigitsAdapter} localeText={localeText}>
      <DatePicker
        label={label}
        value={date}
        onChange={change}
        disabled={disabled}
        format="yyyy/MM/dd"
        slotProps={{
          textField: {
            name,
            required,
            error: !!message,
            helperText: message ?? helperText,
            fullWidth: true,
            onInputCapture: digitsToLatin,
            onPasteCapture: paste,
          },
          openPickerButton: { 'aria-label': messages.openCalendar(label) },
        }}
      />
    </LocalizationProvider>
  );
}
