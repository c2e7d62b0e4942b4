// The roadmap's reads. The view types mirror GET /roadmap/overview and GET /roadmap/associations/:id
// (libs/roadmap); once the OpenAPI document declares them, they come from schema.d.ts instead.
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';

export interface PhaseFunnelItem {
  phase: string;
  order: number;
  nameFa: string;
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface StalledItem {
  id: string;
  nameFa: string;
  phase: string;
  phaseEnteredAt: string;
  daysInPhase: number;
}

export interface SupportsCell {
  phase: string;
  kindCode: string;
  kindNameFa: string | null;
  requests: number;
  granted: number;
  delivered: number;
  grantedRials: string;
  grantedHours: number;
  budgetRials?: string | null;
}

export interface AlertItem {
  id: string;
  associationId: string;
  associationNameFa: string;
  kind: string;
  period: string | null;
  messageFa: string;
  createdAt: string;
}

export interface RoadmapOverview {
  generatedAt?: string;
  asOf?: string;
  phases: PhaseFunnelItem[];
  stalled: { thresholdDays: number; count: number; items: StalledItem[] };
  supports: { fiscalYear: number | null; byPhaseAndKind: SupportsCell[] };
  scores: {
    scored: number;
    grades: Record<string, number>;
    bands: { from: number; to: number; count: number }[];
  };
  alerts: { open: Record<string, number>; latest: AlertItem[] };
}

export interface RoadmapAssociation {
  association: {
    id: string;
    nameFa: string;
    nameEn: string | null;
    status: string;
    phase: string;
    phaseEnteredAt: string;
    daysInPhase: number;
  };
  phases: {
    phase: string;
    nameFa: string;
    current: boolean;
    supports: { requests: number; granted: number; grantedRials: string; grantedHours: number } | null;
  }[];
  history: { from: string | null; to: string; direction: string; reason: string | null; at: string }[];
  latestScore: {
    period: string;
    composite: number | null;
    grade: string | null;
    trend: string | null;
  } | null;
  alerts: { kind: string; period: string | null; messageFa: string; createdAt: string }[];
  milestones?: { key?: string; nameFa: string; status?: string; done?: boolean; reachedAt?: string | null }[];
  kpiTrend?: { period: string; composite?: number | null; axes?: Record<string, number | null> }[];
}

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
