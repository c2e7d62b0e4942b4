// One association's id and name by its id (no picker: screens that only read it must not load the
// autocomplete's code).
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { components } from '../api/schema';

export type AssociationOption = Pick<components['schemas']['AssociationView'], 'id' | 'nameFa'>;

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
