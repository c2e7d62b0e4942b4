// The KPI screens' calls, typed by the API's own document (schema.d.ts): one client call per hook.
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { lifecycleQueries } from '../lifecycle/api';
import { api, ApiError, call } from '../../api/client';
import type { components } from '../../api/schema';

export type Indicator = components['schemas']['KpiIndicator'];
export type ReportSummary = components['schemas']['ReportSummaryView'];
export type Report = components['schemas']['ReportView'];
export type Evidence = components['schemas']['EvidenceView'];
export type QueueItem = components['schemas']['ReviewQueueItemView'];
export type Score = components['schemas']['ScoreView'];
export type Rating = components['schemas']['YearlyRatingView'];
export type RoadScore = components['schemas']['RoadScoreView'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The active indicator catalog (23 today; one page of 100 holds it). */
export function useIndicators() {
  return useQuery({
    queryKey: ['kpi', 'indicators'],
    queryFn: () =>
      call<Page<Indicator>>(
        api.GET('/api/v1/indicators', { params: { query: { active: true, pageSize: 100 } as never } }),
      ),
    staleTime: 5 * 60_000,
  });
}

export function useAssociationReports(associationId: string) {
  return useQuery({
    queryKey: ['kpi', 'reports', associationId],
    queryFn: () =>
      call<Page<ReportSummary>>(
        api.GET('/api/v1/associations/{id}/kpi-reports', {
          params: { path: { id: associationId }, query: { pageSize: 100 } as never },
        }),
      ),
    enabled: !!associationId,
  });
}

export function useReport(id: string) {
  return useQuery({
    queryKey: ['kpi', 'report', id],
    queryFn: () => call<Report>(api.GET('/api/v1/kpi-reports/{id}', { params: { path: { id } } })),
  });
}

export function useCreateReport(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (period: string) =>
      call<Report>(
        api.POST('/api/v1/associations/{id}/kpi-reports', {
          params: { path: { id: associationId } },
          body: { period, values: [] },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['kpi', 'reports', associationId] }),
  });
}

/**
 * A write to one report. A step that leads elsewhere (`leaves`: submit, accept, return) waits for
 * the lists, the ones not on screen too, before it settles: the page the user goes to next (the
 * queue, the board's reports) must not show the report as it was beside the notice. Only then is the
 * report itself updated, so the page left does not flip to the new state first.
 */
function useReportMutation<V>(fn: (vars: V) => Promise<Report>, leaves = false) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (report) => {
      const lists = [
        qc.invalidateQueries({ queryKey: ['kpi', 'reports'], refetchType: leaves ? 'all' : 'active' }),
        qc.invalidateQueries({ queryKey: ['kpi', 'queue'], refetchType: leaves ? 'all' : 'active' }),
      ];
      if (leaves) await Promise.all(lists);
      qc.setQueryData(['kpi', 'report', report.id], report);
    },
  });
}

export interface ValueChange {
  indicatorCode: string;
  value: string | null;
}

export function useSaveValues(id: string) {
  return useReportMutation(({ version, values }: { version: number; values: ValueChange[] }) =>
    call<Report>(
      api.PATCH('/api/v1/kpi-reports/{id}', {
        params: { path: { id } },
        body: { version, values: values as never },
      }),
    ),
  );
}

export function useSubmitReport(id: string) {
  return useReportMutation(
    (version: number) =>
      call<Report>(
        api.POST('/api/v1/kpi-reports/{id}/submit', { params: { path: { id } }, body: { version } }),
      ),
    true,
  );
}

export function useAcceptReport(id: string) {
  return useReportMutation(
    ({ version, comment }: { version: number; comment?: string }) =>
      call<Report>(
        api.POST('/api/v1/kpi-reports/{id}/accept', {
          params: { path: { id } },
          body: { version, ...(comment ? { comment } : {}) },
        }),
      ),
    true,
  );
}

export function useReturnReport(id: string) {
  return useReportMutation(
    ({ version, comment }: { version: number; comment: string }) =>
      call<Report>(
        api.POST('/api/v1/kpi-reports/{id}/return', { params: { path: { id } }, body: { version, comment } }),
      ),
    true,
  );
}

/** The board reopens its accepted report for correction: the same report, next revision, as a draft. */
export function useReopenReport(id: string) {
  return useReportMutation(({ version, reason }: { version: number; reason: string }) =>
    call<Report>(
      api.POST('/api/v1/kpi-reports/{id}/revisions', { params: { path: { id } }, body: { version, reason } }),
    ),
  );
}

/** Uploads one document (multipart field `file`); the report is read again to list it. */
export function useUploadEvidence(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, indicatorCode }: { file: File; indicatorCode?: string }) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return call<Evidence>(
        api.POST('/api/v1/kpi-reports/{id}/evidence', {
          params: { path: { id }, query: indicatorCode ? { indicatorCode } : {} },
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['kpi', 'report', id] }),
  });
}

/** Downloads a document with the session's token (a plain link would carry none) and saves it. */
export async function downloadEvidence(reportId: string, evidence: Evidence): Promise<void> {
  const { data, response } = await api.GET('/api/v1/kpi-reports/{id}/evidence/{evidenceId}', {
    params: { path: { id: reportId, evidenceId: evidence.id } },
    parseAs: 'blob',
  });
  if (!response.ok || !(data instanceof Blob))
    throw new ApiError(response.status, { statusCode: response.status, message: response.statusText });
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = evidence.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useReviewQueue(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['kpi', 'queue', page, pageSize],
    queryFn: () =>
      call<Page<QueueItem>>(
        api.GET('/api/v1/kpi-reports', { params: { query: { page, pageSize } as never } }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A period's progress score (the latest when none is named); 404 until the worker has scored it. */
export function useScore(associationId: string, period?: string) {
  return useQuery({
    queryKey: ['kpi', 'score', associationId, period ?? 'latest'],
    queryFn: () =>
      call<Score>(
        api.GET('/api/v1/associations/{id}/scores', {
          params: { path: { id: associationId }, query: period ? { period } : {} },
        }),
      ),
    retry: false,
    enabled: !!associationId,
  });
}

/** Every scored period with its axes, oldest first (the roadmap's trend). */
export function useScoreTrend(associationId: string) {
  return useQuery({
    queryKey: ['roadmap', 'association', associationId],
    queryFn: () =>
      call<components['schemas']['AssociationRoadmapView']>(
        api.GET('/api/v1/roadmap/associations/{id}', { params: { path: { id: associationId } } }),
      ),
    select: (road) => road.trend,
    enabled: !!associationId,
  });
}

/** The latest yearly rating; 404 while no year is rated. */
export function useRating(associationId: string) {
  return useQuery({
    queryKey: ['kpi', 'rating', associationId],
    queryFn: () =>
      call<Rating>(api.GET('/api/v1/associations/{id}/rating', { params: { path: { id: associationId } } })),
    retry: false,
    enabled: !!associationId,
  });
}

/** The association's Persian name, for the reviewer's heading. */
export function useAssociationName(id: string | undefined) {
  return useQuery({
    queryKey: ['associations', 'one', id],
    queryFn: () =>
      call<components['schemas']['AssociationView']>(
        api.GET('/api/v1/associations/{id}', { params: { path: { id: id ?? '' } } }),
      ),
    enabled: !!id,
    select: (a) => a.nameFa,
  });
}

export type Targets = components['schemas']['TargetsView'];
export type TargetRow = components['schemas']['TargetView'];
export type TargetInput = components['schemas']['TargetInputDto'];
export type ChamberAssessment = components['schemas']['ChamberAssessmentView'];
export type AssessedCriterion = components['schemas']['AssessedCriterionDto'];

export function useTargets(associationId: string) {
  return useQuery({
    queryKey: ['kpi', 'targets', associationId],
    queryFn: () =>
      call<Targets>(
        api.GET('/api/v1/associations/{id}/targets', { params: { path: { id: associationId } } }),
      ),
  });
}

/** New targets; the lifecycle's gate item «indicators agreed» reads them, so its page is refetched too. */
function targetsChanged(qc: QueryClient, associationId: string, t: Targets) {
  qc.setQueryData(['kpi', 'targets', associationId], t);
  return qc.invalidateQueries({ queryKey: lifecycleQueries(associationId) });
}

/** Staff set baselines and targets; each change waits for the board to agree again. */
export function usePutTargets(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (targets: TargetInput[]) =>
      call<Targets>(
        api.PUT('/api/v1/associations/{id}/targets', {
          params: { path: { id: associationId } },
          body: { targets },
        }),
      ),
    onSuccess: (t) => targetsChanged(qc, associationId, t),
  });
}

/** The board agrees to every target waiting for it (the gate of phase 5). */
export function useAgreeTargets(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      call<Targets>(
        api.POST('/api/v1/associations/{id}/targets/agreement', {
          params: { path: { id: associationId } },
          body: {},
        }),
      ),
    onSuccess: (t) => targetsChanged(qc, associationId, t),
  });
}

/** The chamber's assessment of one period; 404 until one is recorded (the form starts empty). */
export function useChamberAssessment(associationId: string, period: string) {
  return useQuery({
    queryKey: ['kpi', 'assessment', associationId, period],
    queryFn: () =>
      call<ChamberAssessment>(
        api.GET('/api/v1/associations/{id}/chamber-assessments/{period}', {
          params: { path: { id: associationId, period } },
        }),
      ),
    retry: false,
    enabled: !!period,
  });
}

export function usePutChamberAssessment(associationId: string, period: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { criteria: AssessedCriterion[]; version?: number }) =>
      call<ChamberAssessment>(
        api.PUT('/api/v1/associations/{id}/chamber-assessments/{period}', {
          params: { path: { id: associationId, period } },
          body,
        }),
      ),
    onSuccess: (a) => qc.setQueryData(['kpi', 'assessment', associationId, period], a),
  });
}
