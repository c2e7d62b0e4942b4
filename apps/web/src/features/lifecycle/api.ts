// The lifecycle's reads and writes, typed by the API's own document (schema.d.ts).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type Lifecycle = components['schemas']['LifecycleView'];
export type GateItem = components['schemas']['GateItemView'];
export type PhaseOutputs = components['schemas']['PhaseOutputsView'];
export type OutputItem = components['schemas']['OutputItemView'];
export type History = components['schemas']['HistoryView'];
export type Transition = components['schemas']['TransitionHistoryItemView'];
export type AssociationSummary = components['schemas']['AssociationView'];
export type PhaseKey = Lifecycle['phase'];

/**
 * Every query of an association's lifecycle page (or of all of them): what other screens
 * invalidate when they change what the page shows (targets → the gate, precautions → the notes).
 */
export const lifecycleQueries = (id?: string) =>
  id ? (['lifecycle', id] as const) : (['lifecycle'] as const);

const keys = {
  all: (id: string) => lifecycleQueries(id),
  lifecycle: (id: string) => ['lifecycle', id, 'state'] as const,
  outputs: (id: string, phase: string) => ['lifecycle', id, 'outputs', phase] as const,
  history: (id: string, page: number) => ['lifecycle', id, 'history', page] as const,
};

export function useAssociation(id: string) {
  return useQuery({
    queryKey: ['associations', 'one', id],
    queryFn: () =>
      call<AssociationSummary>(api.GET('/api/v1/associations/{id}', { params: { path: { id } } })),
  });
}

export function useLifecycle(id: string) {
  return useQuery({
    queryKey: keys.lifecycle(id),
    queryFn: () =>
      call<Lifecycle>(api.GET('/api/v1/associations/{id}/lifecycle', { params: { path: { id } } })),
  });
}

export function usePhaseOutputs(id: string, phase: string | undefined) {
  return useQuery({
    queryKey: keys.outputs(id, phase ?? ''),
    enabled: !!phase,
    queryFn: () =>
      call<PhaseOutputs>(
        api.GET('/api/v1/associations/{id}/phases/{phase}/outputs', {
          params: { path: { id, phase: phase ?? '' } },
        }),
      ),
  });
}

export function useLifecycleHistory(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: [...keys.history(id, page), pageSize],
    queryFn: () =>
      call<History>(
        api.GET('/api/v1/associations/{id}/lifecycle/history', {
          params: { path: { id }, query: { page, pageSize } as never },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Records one output of a phase; the gate, the outputs and the history are read again after. */
export function useRecordOutput(id: string, phase: string, key: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      call<unknown>(
        api.PUT('/api/v1/associations/{id}/phases/{phase}/outputs/{key}', {
          params: { path: { id, phase, key } },
          body: body as never,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all(id) }),
  });
}

export interface TransitionRequest {
  to: PhaseKey;
  reason?: string;
  version: number;
}

export function useTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionRequest) =>
      call<components['schemas']['TransitionResultView']>(
        api.POST('/api/v1/associations/{id}/lifecycle/transitions', {
          params: { path: { id } },
          body,
        }),
      ),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.all(id) }),
        client.invalidateQueries({ queryKey: ['associations'] }),
        client.invalidateQueries({ queryKey: ['roadmap'] }),
      ]),
  });
}

export interface Decision {
  decision: 'approve' | 'reject';
  transitionId: string;
  version: number;
  comment?: string;
}

/** An approver's or admin's decision on a pending move: approving applies it (the gate checked again). */
export function useDecideTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ decision, transitionId, version, comment }: Decision) => {
      const request = { params: { path: { id, transitionId } }, body: { version, comment } };
      return call<components['schemas']['TransitionResultView']>(
        decision === 'approve'
          ? api.POST('/api/v1/associations/{id}/lifecycle/transitions/{transitionId}/approve', request)
          : api.POST('/api/v1/associations/{id}/lifecycle/transitions/{transitionId}/reject', request),
      );
    },
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.all(id) }),
        client.invalidateQueries({ queryKey: ['associations'] }),
        client.invalidateQueries({ queryKey: ['roadmap'] }),
      ]),
  });
}

/** After a 409: read everything of this association again. */
export function useReloadLifecycle(id: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: keys.all(id) });
}
