// The association picker every screen that names an association uses: an autocomplete over
// GET /associations by Persian name (the API folds ی/ي, ک/ك and ZWNJ), queried 300 ms after typing stops.
import type { SxProps, Theme } from '@mui/material/styles';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { components } from '../api/schema';
import { SearchPicker } from './SearchPicker';
import type { AssociationOption } from '../lib/useAssociationOption';
export { useAssociationOption, type AssociationOption } from '../lib/useAssociationOption';

type Schemas = components['schemas'];
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
  return (
    <SearchPicker
      useOptions={useAssociationOptions}
      optionLabel={(o) => o.nameFa}
      value={value}
      onChange={onChange}
      label={texts.association}
      noOptionsText={texts.noAssociation}
      loadingText={texts.loadingOptions}
      error={error}
      required={required}
      helperText={helperText}
      sx={sx}
    />
  );
}
