// The supports screens' reads and steps, typed by the API's own document (schema.d.ts).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { isConflict } from '../../components/errors';

export type Grant = components['schemas']['GrantView'];
export type GrantDetail = components['schemas']['GrantDetailView'];
export type ApprovalContext = components['schemas']['ApprovalContextView'];
export type Lifecycle = components['schemas']['LifecycleView'];
type RequestBody = components['schemas']['RequestSupportDto'];
type GrantStatus = Grant['status'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface SupportsFilter {
  status?: GrantStatus;
  phase?: Grant['phase'];
  kind?: string;
  fiscalYear?: number;
  associationId?: string;
  page: number;
  pageSize: number;
}

export function useSupports(filter: SupportsFilter) {
  return useQuery({
    queryKey: ['supports', filter],
    queryFn: () => call<Page<Grant>>(api.GET('/api/v1/supports', { params: { query: filter as never } })),
    placeholderData: keepPreviousData,
  });
}

export function useAssociationSupports(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['supports', 'association', id, page, pageSize],
    queryFn: () =>
      call<Page<Grant>>(
        api.GET('/api/v1/associations/{id}/supports', {
          params: { path: { id }, query: { page, pageSize } as never },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useSupport(id: string) {
  return useQuery({
    queryKey: ['supports', 'one', id],
    queryFn: () => call<GrantDetail>(api.GET('/api/v1/supports/{id}', { params: { path: { id } } })),
  });
}

export function useApprovalContext(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['supports', 'approval-context', id],
    queryFn: () =>
      call<ApprovalContext>(api.GET('/api/v1/supports/{id}/approval-context', { params: { path: { id } } })),
    enabled,
  });
}

export type Budget = components['schemas']['BudgetView'];

/** The budget of one kind in one fiscal year (reserved, spent, left), or null when none is set. */
export function useKindBudget(fiscalYear: number, kindCode: string, enabled: boolean) {
  return useQuery({
    queryKey: ['supports', 'budgets', fiscalYear],
    queryFn: () =>
      call<components['schemas']['BudgetsView']>(
        api.GET('/api/v1/support-budgets', { params: { query: { fiscalYear } } }),
      ),
    select: (data): Budget | null => data.items.find((b) => b.kindCode === kindCode) ?? null,
    enabled,
  });
}

export type SupportKind = components['schemas']['SupportKind'];

/** Every active kind, for a request outside what the phase offers (it then needs an override reason). */
export function useSupportKinds() {
  return useQuery({
    queryKey: ['supports', 'kinds'],
    queryFn: () => call<SupportKind[]>(api.GET('/api/v1/support-kinds')),
    select: (kinds) => kinds.filter((k) => k.active !== false),
    staleTime: 5 * 60_000,
  });
}

/** The kinds of support that suit the association's current phase, as the lifecycle offers them. */
export function usePhaseOffers(associationId: string | null) {
  return useQuery({
    queryKey: ['lifecycle', associationId],
    queryFn: () =>
      call<Lifecycle>(
        api.GET('/api/v1/associations/{id}/lifecycle', { params: { path: { id: associationId as string } } }),
      ),
    enabled: !!associationId,
  });
}

export function useRequestSupport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ associationId, body }: { associationId: string; body: RequestBody }) =>
      call<Grant>(
        api.POST('/api/v1/associations/{id}/supports', { params: { path: { id: associationId } }, body }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['supports'] }),
  });
}

export type Step =
  | { step: 'approve'; version: number; comment?: string; acknowledgePrecautions?: boolean }
  | { step: 'reject'; version: number; comment: string }
  | { step: 'deliver'; version: number; evidence: string }
  | { step: 'cancel'; version: number; comment: string };

export function useGrantStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (s: Step) => {
      const path = { params: { path: { id } } };
      if (s.step === 'approve')
        return call<Grant>(
          api.POST('/api/v1/supports/{id}/approve', {
            ...path,
            body: {
              version: s.version,
              comment: s.comment,
              acknowledgePrecautions: s.acknowledgePrecautions,
            },
          }),
        );
      if (s.step === 'reject')
        return call<Grant>(
          api.POST('/api/v1/supports/{id}/reject', {
            ...path,
            body: { version: s.version, comment: s.comment },
          }),
        );
      if (s.step === 'cancel')
        return call<Grant>(
          api.POST('/api/v1/supports/{id}/cancel', {
            ...path,
            body: { version: s.version, comment: s.comment },
          }),
        );
      return call<Grant>(
        api.POST('/api/v1/supports/{id}/deliver', {
          ...path,
          body: { version: s.version, evidence: s.evidence },
        }),
      );
    },
    // After a 409 the screen keeps what the user saw and says someone else changed it; they reload.
    onSettled: (_data, error) =>
      isConflict(error) ? undefined : client.invalidateQueries({ queryKey: ['supports'] }),
  });
}

export type OwnLimits = components['schemas']['OwnLimitsView'];

/** The approver's own limits with this year's use, what they delegated, and whom they may delegate to. */
export function useMyLimits() {
  return useQuery({
    queryKey: ['supports', 'my-limits'],
    queryFn: () => call<OwnLimits>(api.GET('/api/v1/approval-limits/mine')),
  });
}

/** An approver delegates part of their own limit (تفویض اختیار); beyond it the API refuses (422). */
export function useDelegateLimit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: components['schemas']['CreateApprovalLimitDto']) =>
      call<components['schemas']['ApprovalLimitView']>(api.POST('/api/v1/approval-limits', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['supports', 'my-limits'] }),
  });
}
