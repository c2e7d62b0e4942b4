// One record picked from a server-side search (an association, a member): an autocomplete whose
// options are the API's answer to what was typed, asked 300 ms after typing stops.
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import { useState } from 'react';
import { useDebounced } from '../lib/useDebounced';
import { messages as shared } from './messages';

export interface SearchPickerProps<T extends { id: string }> {
  /** The query of the options for what was typed (trimmed, debounced; '' before anything is typed). */
  useOptions: (q: string) => { data?: { items: T[] }; isFetching: boolean };
  optionLabel: (option: T) => string;
  value: T | null;
  onChange: (value: T | null) => void;
  label: string;
  noOptionsText: string;
  loadingText: string;
  error?: string;
  required?: boolean;
  helperText?: string;
  sx?: SxProps<Theme>;
}

export function SearchPicker<T extends { id: string }>({
  useOptions,
  optionLabel,
  value,
  onChange,
  label,
  noOptionsText,
  loadingText,
  error,
  required,
  helperText,
  sx,
}: SearchPickerProps<T>) {
  const [typed, setTyped] = useState('');
  const options = useOptions(useDebounced(typed.trim()));
  return (
    <Autocomplete
      options={options.data?.items ?? []}
      value={value}
      loading={options.isFetching}
      getOptionLabel={optionLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(x) => x}
      onChange={(_, v) => onChange(v)}
      onInputChange={(_, v, reason) => {
        if (reason === 'input' || reason === 'clear') setTyped(v);
      }}
      noOptionsText={noOptionsText}
      loadingText={loadingText}
      clearText={shared.clear}
      openText={shared.openOptions}
      closeText={shared.closeOptions}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          required={required}
          error={!!error}
          helperText={error ?? helperText}
        />
      )}
      sx={sx}
    />
  );
}
