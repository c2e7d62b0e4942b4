import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';

export interface AssociationRow {
  id: string;
  nameFa: string;
  nameEn: string | null;
  city: string | null;
  phase: string;
  status: string;
  memberCount: number | null;
  phaseEnteredAt: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface RegisterFilter {
  q?: string;
  phase?: string;
  status?: string;
  page: number;
  pageSize: number;
}

export function useRegister(filter: RegisterFilter) {
  return useQuery({
    queryKey: ['associations', filter],
    queryFn: () =>
      call<Page<AssociationRow>>(
        api.GET('/api/v1/associations', {
          params: { query: filter as never },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
