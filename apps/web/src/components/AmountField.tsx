// The one field for a whole amount in Rials (or hours): Persian, Arabic-Indic or Latin digits with
// separators; below it the figure as it will be stored (a BigInt, never a Number), or the API's refusal.
import TextField from '@mui/material/TextField';
import { formatNumber, formatRials, parseRialsInput } from '../lib/format';
import { messages } from './messages';

export type AmountUnit = 'rials' | 'hours';

/** A stored amount of a kind's unit as people read it: Rials grouped, or «۱۲ ساعت». */
export function formatAmount(value: string, unit: AmountUnit): string {
  return unit === 'hours' ? messages.hoursOf(formatNumber(Number(value))) : formatRials(value);
}

export function AmountField({
  label,
  value,
  onChange,
  unit,
  error,
  help,
  required = true,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  unit: AmountUnit;
  error?: string;
  /** What the field means, said after the figure as read. */
  help?: string;
  required?: boolean;
}) {
  const parsed = parseRialsInput(value);
  const shown =
    parsed === null
      ? value.trim()
        ? messages.notAnAmount
        : messages.amountHint
      : messages.amountShown(formatAmount(parsed, unit));
  return (
    <TextField
      fullWidth
      label={label}
      required={required}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      error={!!error || (value.trim() !== '' && parsed === null)}
      helperText={error ?? (help ? `${shown} ${help}` : shown)}
    />
  );
}
