// One association's audit trail (GET /audit), typed by the API's own document (schema.d.ts).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type AuditEntry = components['schemas']['AuditEntryView'];
export type AuditPage = Omit<components['schemas']['PageView'], 'items'> & { items: AuditEntry[] };
export type AssociationSummary = components['schemas']['AssociationView'];

export function useAuditTrail(associationId: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['audit', associationId, page, pageSize],
    queryFn: () =>
      call<AuditPage>(
        // page and pageSize are declared loosely (`Object`) by the document; they are numbers.
        api.GET('/api/v1/audit', { params: { query: { associationId, page, pageSize } as never } }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The association the trail belongs to (its name for the title; 404 for another's board). */
export function useAuditedAssociation(id: string) {
  return useQuery({
    queryKey: ['associations', 'one', id],
    queryFn: () =>
      call<AssociationSummary>(api.GET('/api/v1/associations/{id}', { params: { path: { id } } })),
  });
}
