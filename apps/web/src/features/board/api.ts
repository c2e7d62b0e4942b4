// The board (هیئت مدیره) of an association, typed by the API's document: one client call per hook.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { isConflict } from '../../components/errors';
import type { SeatChanges } from './logic';

export type BoardMember = components['schemas']['BoardMemberView'];
export type NewBoardMember = components['schemas']['CreateBoardMemberDto'];
export type BoardRole = BoardMember['role'];
export type ElectionMethod = BoardMember['electedBy'];

export function useBoardMembers(associationId: string) {
  return useQuery({
    queryKey: ['board-members', associationId],
    queryFn: () =>
      call<components['schemas']['BoardMembersView']>(
        api.GET('/api/v1/associations/{id}/board-members', { params: { path: { id: associationId } } }),
      ),
  });
}

/** The association's Persian name for the heading. */
export function useAssociationName(id: string) {
  return useQuery({
    queryKey: ['associations', 'one', id],
    queryFn: () =>
      call<components['schemas']['AssociationView']>(
        api.GET('/api/v1/associations/{id}', { params: { path: { id } } }),
      ),
    select: (a) => a.nameFa,
  });
}

export function useAddBoardMember(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewBoardMember) =>
      call<BoardMember>(
        api.POST('/api/v1/associations/{id}/board-members', {
          params: { path: { id: associationId } },
          body,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['board-members', associationId] }),
  });
}

/** Corrects a seat (name, role, firm, term, how elected) with the version last read. */
export function useUpdateBoardMember(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, ...body }: SeatChanges & { memberId: string; version: number }) =>
      call<BoardMember>(
        api.PATCH('/api/v1/associations/{id}/board-members/{memberId}', {
          params: { path: { id: associationId, memberId } },
          body: body as components['schemas']['UpdateBoardMemberDto'],
        }),
      ),
    onSettled: (_d, error) =>
      isConflict(error) ? undefined : qc.invalidateQueries({ queryKey: ['board-members', associationId] }),
  });
}

/** Ends a term: the seat stays in the history with its end date and reason. */
export function useEndTerm(associationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (e: { memberId: string; version: number; termEnd: string; endReason: string }) =>
      call<BoardMember>(
        api.PATCH('/api/v1/associations/{id}/board-members/{memberId}', {
          params: { path: { id: associationId, memberId: e.memberId } },
          body: {
            version: e.version,
            termEnd: e.termEnd as never,
            endReason: (e.endReason || null) as never,
          },
        }),
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: ['board-members', associationId] }),
  });
}
