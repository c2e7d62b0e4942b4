// The association picker every screen that names an association uses: an autocomplete over
// GET /associations by Persian name (the API folds ی/ي, ک/ك and ZWNJ), queried 300 ms after typing stops.
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDebounced } from '../lib/useDebounced';
import { api, call } from '../api/client';
import type { components } from '../api/schema';
import { messages as shared } from './messages';

type Schemas = components['schemas'];
export type AssociationOption = Pick<Schemas['AssociationView'], 'id' | 'nameFa'>;
type PageOf<T> = Omit<Schemas['PageView'], 'items'> & { items: T[] };

function useAssociationOptions(q: string) {
  return useQuery({
    queryKey: ['associations', 'options', q],
    queryFn: () =>
      call<PageOf<AssociationOption>>(
        api.GET('/api/v1/associations', { params: { query: { q: q || undefined, pageSize: 20 } as never } }),
      ),
    placeholderData: keepPreviousData,
  });
}

/**
 * One association's id and name, e.g. the one a URL filters by, so a picker shows it after a
 * reload (the one place screens read an association's name by id; cached with its other reads).
 */
export function useAssociationOption(id: string | null | undefined) {
  return useQuery({
    queryKey: ['associations', 'one', id],
    queryFn: () =>
      call<AssociationOption>(
        api.GET('/api/v1/associations/{id}', { params: { path: { id: id as string } } }),
      ),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });
}

/** The feature's own wording of the field: its label, and what it says while searching or finding none. */
export interface AssociationPickerTexts {
  association: string;
  noAssociation: string;
  loadingOptions: string;
}

export function AssociationPicker({
  value,
  onChange,
  texts,
  error,
  required,
  helperText,
  sx,
}: {
  value: AssociationOption | null;
  onChange: (value: AssociationOption | null) => void;
  texts: AssociationPickerTexts;
  error?: string;
  required?: boolean;
  helperText?: string;
  sx?: SxProps<Theme>;
}) {
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim());
  const options = useAssociationOptions(q);
  return (
    <Autocomplete
      options={options.data?.items ?? []}
      value={value}
      loading={options.isFetching}
      getOptionLabel={(o) => o.nameFa}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(x) => x}
      onChange={(_, v) => onChange(v)}
      onInputChange={(_, v, reason) => {
        if (reason === 'input' || reason === 'clear') setTyped(v);
      }}
      noOptionsText={texts.noAssociation}
      loadingText={texts.loadingOptions}
      clearText={shared.clear}
      openText={shared.openOptions}
      closeText={shared.closeOptions}
      renderInput={(params) => (
        <TextField
          {...params}
          label={texts.association}
          required={required}
          error={!!error}
          helperText={error ?? helperText}
        />
      )}
      sx={sx}
    />
  );
}
