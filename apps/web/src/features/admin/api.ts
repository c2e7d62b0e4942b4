// The system administration screens' reads and writes, typed by the API's own document (schema.d.ts).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import type { AssociationOption } from '../../components/AssociationPicker';
import { lifecycleQueries } from '../lifecycle/api';

type Schemas = components['schemas'];
export type User = Schemas['UserView'];
export type Role = User['role'];
export type ApprovalLimit = Schemas['ApprovalLimitView'];
export type Budget = Schemas['BudgetView'];
export type SupportKind = Schemas['SupportKind'];
export type LifecycleSettings = Schemas['LifecycleSettings'];
export type Phase = Schemas['PhaseView'];
export type PhaseNote = Schemas['PhaseNoteDto'];
export type SupportSettings = Schemas['SupportSettingsView'];
export type KpiSettings = Schemas['KpiSettingsView'];
export type Category = Schemas['SectorCategory'];
export type LegalForm = Schemas['LegalForm'];
export type Criterion = Schemas['ClassificationCriterion'];
export type Indicator = Schemas['KpiIndicator'];
type PageOf<T> = Omit<Schemas['PageView'], 'items'> & { items: T[] };
export type { AssociationOption };

export function useUsers(filter: { role?: Role; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['admin', 'users', filter],
    queryFn: () => call<PageOf<User>>(api.GET('/api/v1/users', { params: { query: filter as never } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateUserDto']) => call<User>(api.POST('/api/v1/users', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Schemas['UpdateUserDto'] }) =>
      call<User>(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body })),
    onSettled: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

/** Associations whose Persian name matches (the API folds ی/ي, ک/ك and ZWNJ), for a board user's association. */
export { useAssociationOption as useAssociationName } from '../../lib/useAssociationOption';

export function useSupportKinds() {
  return useQuery({
    queryKey: ['catalogs', 'support-kinds'],
    queryFn: () => call<SupportKind[]>(api.GET('/api/v1/support-kinds')),
    staleTime: 60_000,
  });
}

export function useApprovalLimits(filter: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['admin', 'approval-limits', filter],
    queryFn: () =>
      call<PageOf<ApprovalLimit>>(api.GET('/api/v1/approval-limits', { params: { query: filter as never } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateApprovalLimit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateApprovalLimitDto']) =>
      call<ApprovalLimit>(api.POST('/api/v1/approval-limits', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'approval-limits'] }),
  });
}

export function useBudgets(fiscalYear: number) {
  return useQuery({
    queryKey: ['admin', 'budgets', fiscalYear],
    queryFn: () =>
      call<Schemas['BudgetsView']>(
        api.GET('/api/v1/support-budgets', { params: { query: { fiscalYear } as never } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreateBudget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateBudgetDto']) =>
      call<Budget>(api.POST('/api/v1/support-budgets', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'budgets'] }),
  });
}

export function useLifecycleSettings() {
  return useQuery({
    queryKey: ['admin', 'settings', 'lifecycle'],
    queryFn: () => call<LifecycleSettings>(api.GET('/api/v1/lifecycle/settings')),
  });
}

export function useUpdateLifecycleSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateLifecycleSettingsDto']) =>
      call<LifecycleSettings>(api.PATCH('/api/v1/lifecycle/settings', { body })),
    onSuccess: (data) => client.setQueryData(['admin', 'settings', 'lifecycle'], data),
  });
}

/** The six phases with the precautions in force (the admin's wording, or the model's). */
export function useLifecyclePhases() {
  return useQuery({
    queryKey: ['admin', 'settings', 'lifecycle-phases'],
    queryFn: () => call<Schemas['PhasesView']>(api.GET('/api/v1/lifecycle/phases')),
  });
}

/** Replaces the precautions of one phase; the settings' version is the one the settings card reads too. */
export function useUpdatePrecautions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; phase: Phase['key']; precautions: PhaseNote[] }) =>
      call<LifecycleSettings>(
        api.PATCH('/api/v1/lifecycle/settings', {
          body: { version: body.version, phases: [{ phase: body.phase, precautions: body.precautions }] },
        }),
      ),
    onSuccess: (data) => {
      client.setQueryData(['admin', 'settings', 'lifecycle'], data);
      // Every association's page shows the precautions of its phase.
      return Promise.all([
        client.invalidateQueries({ queryKey: ['admin', 'settings', 'lifecycle-phases'] }),
        client.invalidateQueries({ queryKey: lifecycleQueries() }),
      ]);
    },
  });
}

export function useSupportSettings() {
  return useQuery({
    queryKey: ['admin', 'settings', 'supports'],
    queryFn: () => call<SupportSettings>(api.GET('/api/v1/support-settings')),
  });
}

export function useUpdateSupportSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateSupportSettingsDto']) =>
      call<SupportSettings>(api.PUT('/api/v1/support-settings', { body })),
    onSuccess: (data) => client.setQueryData(['admin', 'settings', 'supports'], data),
  });
}

export function useKpiSettings() {
  return useQuery({
    queryKey: ['admin', 'settings', 'kpi'],
    queryFn: () => call<KpiSettings>(api.GET('/api/v1/kpi/settings')),
  });
}

export function useUpdateKpiSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateKpiSettingsDto']) =>
      call<KpiSettings>(api.PUT('/api/v1/kpi/settings', { body })),
    onSuccess: (data) => client.setQueryData(['admin', 'settings', 'kpi'], data),
  });
}

/**
 * A catalog write: afterwards every catalog read is fetched again (`['catalogs', …]`: the lists here,
 * the labels of codes, the register's filter), so a new entry is offered at once.
 */
function useCatalogWrite<Body, Row>(write: (body: Body) => Promise<Row>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () => client.invalidateQueries({ queryKey: ['catalogs'] }),
  });
}
type Patch<D> = { key: string; body: D };

export function useCategories() {
  return useQuery({
    queryKey: ['catalogs', 'categories'],
    queryFn: () => call<Category[]>(api.GET('/api/v1/catalogs/categories')),
  });
}
export const useCreateCategory = () =>
  useCatalogWrite((body: Schemas['CreateCategoryDto']) =>
    call<Category>(api.POST('/api/v1/catalogs/categories', { body })),
  );
export const useUpdateCategory = () =>
  useCatalogWrite(({ key, body }: Patch<Schemas['UpdateCategoryDto']>) =>
    call<Category>(
      api.PATCH('/api/v1/catalogs/categories/{id}', { params: { path: { id: key as never } }, body }),
    ),
  );

export function useLegalForms() {
  return useQuery({
    queryKey: ['catalogs', 'legal-forms'],
    queryFn: () => call<LegalForm[]>(api.GET('/api/v1/catalogs/legal-forms')),
  });
}
export const useCreateLegalForm = () =>
  useCatalogWrite((body: Schemas['CreateCodedEntryDto']) =>
    call<LegalForm>(api.POST('/api/v1/catalogs/legal-forms', { body })),
  );
export const useUpdateLegalForm = () =>
  useCatalogWrite(({ key, body }: Patch<Schemas['UpdateCodedEntryDto']>) =>
    call<LegalForm>(
      api.PATCH('/api/v1/catalogs/legal-forms/{code}', { params: { path: { code: key } }, body }),
    ),
  );

export function useCriteria() {
  return useQuery({
    queryKey: ['catalogs', 'classification-criteria'],
    queryFn: () => call<Criterion[]>(api.GET('/api/v1/catalogs/classification-criteria')),
  });
}
export const useCreateCriterion = () =>
  useCatalogWrite((body: Schemas['CreateCriterionDto']) =>
    call<Criterion>(api.POST('/api/v1/catalogs/classification-criteria', { body })),
  );
export const useUpdateCriterion = () =>
  useCatalogWrite(({ key, body }: Patch<Schemas['UpdateCriterionDto']>) =>
    call<Criterion>(
      api.PATCH('/api/v1/catalogs/classification-criteria/{code}', { params: { path: { code: key } }, body }),
    ),
  );

export function useIndicatorPage(filter: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['catalogs', 'indicators', filter],
    queryFn: () =>
      call<PageOf<Indicator>>(api.GET('/api/v1/indicators', { params: { query: filter as never } })),
    placeholderData: keepPreviousData,
  });
}
export const useCreateIndicator = () =>
  useCatalogWrite((body: Schemas['CreateIndicatorDto']) =>
    call<Indicator>(api.POST('/api/v1/indicators', { body })),
  );
export const useUpdateIndicator = () =>
  useCatalogWrite(({ key, body }: Patch<Schemas['UpdateIndicatorDto']>) =>
    call<Indicator>(api.PATCH('/api/v1/indicators/{code}', { params: { path: { code: key } }, body })),
  );

export const useCreateSupportKind = () =>
  useCatalogWrite((body: Schemas['CreateSupportKindDto']) =>
    call<SupportKind>(api.POST('/api/v1/support-kinds', { body })),
  );
export const useUpdateSupportKind = () =>
  useCatalogWrite(({ key, body }: Patch<Schemas['UpdateSupportKindDto']>) =>
    call<SupportKind>(api.PATCH('/api/v1/support-kinds/{code}', { params: { path: { code: key } }, body })),
  );
