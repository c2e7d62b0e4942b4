// The Persian labels of the API's codes, from GET /catalogs/labels: fetched when a session starts and
// kept five minutes (TanStack Query), with lib/labels.ts answering until it arrives or if it fails.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, call } from '../api/client';
import type { components } from '../api/schema';
import { fallbackLabel, UNKNOWN_LABEL, type LabelGroup } from './labels';

export type CatalogLabels = components['schemas']['CatalogLabelsView'];

/** Which group of the API's answer holds each group the screens ask for. */
const API_GROUP: Partial<Record<LabelGroup, keyof CatalogLabels>> = {
  phase: 'phases',
  phaseOutput: 'phaseOutputs',
  associationStatus: 'associationStatuses',
  scope: 'scopes',
  membershipType: 'membershipTypes',
  boardRole: 'boardRoles',
  legalForm: 'legalForms',
  sectorCategory: 'sectorCategories',
  supportKind: 'supportKinds',
  grantStatus: 'grantStatuses',
  precaution: 'precautions',
  reportStatus: 'reportStatuses',
  indicator: 'indicators',
  axis: 'axes',
  criterion: 'criteria',
  role: 'roles',
  grade: 'grades',
};

/**
 * The label of a code: the API's Persian one when it has it, else the app's own fallback. While the
 * catalog is still `loading`, a code only it labels (a support kind, an indicator) reads «…», not
 * «نامشخص»: it is not unknown, only not here yet.
 */
export function labelFrom(
  catalog: CatalogLabels | undefined,
  group: LabelGroup,
  code: string | number | null | undefined,
  loading = false,
): string {
  if (code === null || code === undefined || code === '') return '—';
  const key = API_GROUP[group];
  const fa = key ? catalog?.[key]?.[String(code)]?.fa : undefined;
  if (fa) return fa;
  const own = fallbackLabel(group, String(code));
  return own === UNKNOWN_LABEL && loading && key ? '…' : own;
}

export function useCatalogLabels() {
  return useQuery({
    queryKey: ['catalogs', 'labels'],
    queryFn: () => call<CatalogLabels>(api.GET('/api/v1/catalogs/labels')),
    // Other people's catalog edits reach an open session on its next screen after five minutes;
    // the admin's own at once (their writes invalidate ['catalogs']).
    staleTime: 5 * 60_000,
    gcTime: Infinity,
  });
}

/** `label(group, code)` for a screen; re-renders with the API's labels once they arrive. */
export function useLabels(): (group: LabelGroup, code: string | number | null | undefined) => string {
  const { data, isPending } = useCatalogLabels();
  return useCallback((group, code) => labelFrom(data, group, code, isPending), [data, isPending]);
}
