// The members' voice over HTTP: each hook calls one client method, typed by schema.d.ts.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

type S = components['schemas'];
export type Member = S['MemberViewDto'];
export type MembersSummary = S['MembersSummaryDto'];
export type CreateMember = S['CreateMemberDto'];
export type UpdateMember = S['UpdateMemberDto'];
export type Survey = S['SurveyViewDto'];
export type SurveyRun = S['SurveyRunViewDto'];
export type CreateSurvey = S['CreateSurveyDto'];
export type SurveyRunCreated = S['SurveyRunCreatedDto'];
export type SurveyResults = S['SurveyRunResultsDto'];
export type SurveyLink = S['SurveyLinkViewDto'];
export type SurveyItem = S['SurveyItemViewDto'];
export type BallotLink = S['BallotLinkViewDto'];
export type Assembly = S['AssemblyViewDto'];
export type CreateAssembly = S['CreateAssemblyDto'];
export type RecordAssembly = S['RecordAssemblyDto'];
export type Election = S['ElectionViewDto'];
export type CreateElection = S['CreateElectionDto'];
export type BallotLinks = S['BallotLinksDto'];
export type IssuedLink = S['IssuedLinkDto'];
export type BoardMember = S['BoardMemberView'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface MemberFilter {
  q?: string;
  current?: boolean;
  page: number;
  pageSize: number;
}

export function useMembers(associationId: string, filter: MemberFilter, enabled = true) {
  return useQuery({
    queryKey: ['members', associationId, filter],
    queryFn: () =>
      call<Page<Member>>(
        api.GET('/api/v1/associations/{id}/members', {
          params: { path: { id: associationId }, query: filter as never },
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMembersSummary(associationId: string) {
  return useQuery({
    queryKey: ['members', associationId, 'summary'],
    queryFn: () =>
      call<MembersSummary>(
        api.GET('/api/v1/associations/{id}/members/summary', { params: { path: { id: associationId } } }),
      ),
  });
}

export function useCreateMember(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMember) =>
      call<Member>(
        api.POST('/api/v1/associations/{id}/members', { params: { path: { id: associationId } }, body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['members', associationId] }),
  });
}

export function useUpdateMember(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: UpdateMember }) =>
      call<Member>(
        api.PATCH('/api/v1/associations/{id}/members/{memberId}', {
          params: { path: { id: associationId, memberId } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['members', associationId] }),
  });
}

export function useImportMembers(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return call<S['ImportedDto']>(
        api.POST('/api/v1/associations/{id}/members/import', {
          params: { path: { id: associationId } },
          body: form as never,
          bodySerializer: (b: unknown) => b as FormData,
        }),
      );
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['members', associationId] }),
  });
}

export { useAssociationOption as useAssociationName } from '../../lib/useAssociationOption';

export function useSurveys(enabled: boolean) {
  return useQuery({
    queryKey: ['surveys'],
    queryFn: () => call<S['SurveyListDto']>(api.GET('/api/v1/surveys')),
    enabled,
  });
}

export function useDefineSurvey() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSurvey) => call<Survey>(api.POST('/api/v1/surveys', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['surveys'] }),
  });
}

export function useSurveyRuns(associationId: string | undefined) {
  return useQuery({
    queryKey: ['survey-runs', associationId],
    queryFn: () =>
      call<S['SurveyRunListDto']>(
        api.GET('/api/v1/associations/{id}/survey-runs', {
          params: { path: { id: associationId as string } },
        }),
      ),
    enabled: !!associationId,
  });
}

export function useScheduleRun(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: S['CreateSurveyRunDto']) =>
      call<SurveyRunCreated>(
        api.POST('/api/v1/associations/{id}/survey-runs', { params: { path: { id: associationId } }, body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['survey-runs', associationId] }),
  });
}

/** Closes a run: its links not yet used stop working (410). */
export function useCloseRun(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ runId, version }: { runId: string; version: number }) =>
      call<S['SurveyRunViewDto']>(
        api.POST('/api/v1/survey-runs/{id}/close', { params: { path: { id: runId } }, body: { version } }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: ['survey-runs', associationId] }),
  });
}

export function useSurveyResults(runId: string) {
  return useQuery({
    queryKey: ['survey-runs', 'results', runId],
    queryFn: () =>
      call<SurveyResults>(api.GET('/api/v1/survey-runs/{id}/results', { params: { path: { id: runId } } })),
  });
}

export function useAssemblies(associationId: string) {
  return useQuery({
    queryKey: ['assemblies', associationId],
    queryFn: () =>
      call<S['AssemblyListDto']>(
        api.GET('/api/v1/associations/{id}/assemblies', { params: { path: { id: associationId } } }),
      ),
  });
}

export function useCreateAssembly(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAssembly) =>
      call<Assembly>(
        api.POST('/api/v1/associations/{id}/assemblies', { params: { path: { id: associationId } }, body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['assemblies', associationId] }),
  });
}

export function useRecordAssembly(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ assemblyId, body }: { assemblyId: string; body: RecordAssembly }) =>
      call<Assembly>(
        api.PATCH('/api/v1/associations/{id}/assemblies/{assemblyId}', {
          params: { path: { id: associationId, assemblyId } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['assemblies', associationId] }),
  });
}

export function useElections(associationId: string) {
  return useQuery({
    queryKey: ['elections', associationId],
    queryFn: () =>
      call<S['ElectionListDto']>(
        api.GET('/api/v1/associations/{id}/elections', { params: { path: { id: associationId } } }),
      ),
  });
}

/** Reads the elections again (after a 409: the version sent was stale). */
export function useReloadElections(associationId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: ['elections', associationId] });
}

export function useCreateElection(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateElection) =>
      call<Election>(
        api.POST('/api/v1/associations/{id}/elections', { params: { path: { id: associationId } }, body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['elections', associationId] }),
  });
}

export function useIssueBallotLinks(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (electionId: string) =>
      call<BallotLinks>(
        api.POST('/api/v1/elections/{id}/ballot-links', { params: { path: { id: electionId } } }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['elections', associationId] }),
  });
}

export function useReissueBallotLinks(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ electionId, memberIds }: { electionId: string; memberIds: string[] }) =>
      call<BallotLinks>(
        api.POST('/api/v1/elections/{id}/ballot-links/reissue', {
          params: { path: { id: electionId } },
          body: { memberIds },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['elections', associationId] }),
  });
}

export function useRecordVotes(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ electionId, body }: { electionId: string; body: S['RecordedVotesDto'] }) =>
      call<Election>(
        api.PUT('/api/v1/elections/{id}/recorded-votes', { params: { path: { id: electionId } }, body }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['elections', associationId] }),
  });
}

export function useCountElection(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ electionId, version }: { electionId: string; version: number }) =>
      call<Election>(
        api.POST('/api/v1/elections/{id}/count', { params: { path: { id: electionId } }, body: { version } }),
      ),
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: ['elections', associationId] }),
        qc.invalidateQueries({ queryKey: ['board-members', associationId] }),
      ]),
  });
}

export function useBoardMembers(associationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['board-members', associationId],
    queryFn: () =>
      call<S['BoardMembersView']>(
        api.GET('/api/v1/associations/{id}/board-members', { params: { path: { id: associationId } } }),
      ),
    enabled,
  });
}

// The member's side: no session, only the link's token.

export function useSurveyLink(token: string) {
  return useQuery({
    queryKey: ['survey-link', token],
    queryFn: () => call<SurveyLink>(api.GET('/api/v1/survey-links/{token}', { params: { path: { token } } })),
    staleTime: Infinity,
  });
}

export function useAnswerSurvey(token: string) {
  return useMutation({
    mutationFn: (answers: { key: string; value: number | string }[]) =>
      call<S['RecordedDto']>(
        api.POST('/api/v1/survey-links/{token}', { params: { path: { token } }, body: { answers } }),
      ),
  });
}

export function useBallotLink(token: string) {
  return useQuery({
    queryKey: ['ballot-link', token],
    queryFn: () => call<BallotLink>(api.GET('/api/v1/ballot-links/{token}', { params: { path: { token } } })),
    staleTime: Infinity,
  });
}

export function useCastBallot(token: string) {
  return useMutation({
    mutationFn: (choices: string[]) =>
      call<S['RecordedDto']>(
        api.POST('/api/v1/ballot-links/{token}', { params: { path: { token } }, body: { choices } }),
      ),
  });
}
