import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

/** One list filter: a select whose empty choice («همه» …) means no filter. */
export function FilterSelect({
  label,
  value,
  onChange,
  options,
  allLabel,
  flex,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  allLabel: string;
  /** The field's share of the filter row (CSS `flex`). */
  flex: string;
}) {
  return (
    <TextField select label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ flex }}>
      <MenuItem value="">{allLabel}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
