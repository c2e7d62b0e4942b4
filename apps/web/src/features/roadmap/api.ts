// The roadmap's reads, typed by the API's own document (schema.d.ts).
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type RoadmapOverview = components['schemas']['RoadmapOverviewView'];
export type RoadmapAssociation = components['schemas']['AssociationRoadmapView'];

export function useRoadmapOverview() {
  return useQuery({
    queryKey: ['roadmap', 'overview'],
    queryFn: () => call<RoadmapOverview>(api.GET('/api/v1/roadmap/overview')),
  });
}

export function useAssociationRoadmap(id: string) {
  return useQuery({
    queryKey: ['roadmap', 'association', id],
    queryFn: () =>
      call<RoadmapAssociation>(api.GET('/api/v1/roadmap/associations/{id}', { params: { path: { id } } })),
  });
}
