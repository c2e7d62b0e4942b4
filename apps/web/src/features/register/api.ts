// The register's reads and its import/export, typed by the API's own document (schema.d.ts).
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, call, ApiError } from '../../api/client';
import type { components, operations } from '../../api/schema';
import { queryClient } from '../../app/providers';

export type AssociationRow = components['schemas']['AssociationView'];
export type Page<T> = Omit<components['schemas']['PageView'], 'items'> & { items: T[] };
export type ImportResult = components['schemas']['AssociationImportView'];
type ExportQuery = NonNullable<operations['AssociationsController_export']['parameters']['query']>;
export type ExportFormat = NonNullable<ExportQuery['format']>;

export interface RegisterFilter {
  q?: string;
  phase?: ExportQuery['phase'];
  status?: ExportQuery['status'];
  categoryId?: number;
  page: number;
  pageSize: number;
}

export function useRegister(filter: RegisterFilter) {
  return useQuery({
    queryKey: ['associations', filter],
    queryFn: () =>
      call<Page<AssociationRow>>(
        // page and pageSize are declared loosely (`Object`) by the document; they are numbers.
        api.GET('/api/v1/associations', { params: { query: filter as never } }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The sector categories to filter by (the catalog's active ones; the admin's changes refetch it). */
export function useCategoryOptions() {
  return useQuery({
    queryKey: ['catalogs', 'categories'],
    queryFn: () => call<components['schemas']['SectorCategory'][]>(api.GET('/api/v1/catalogs/categories')),
    select: (all) => all.filter((c) => c.active),
  });
}

/** One rejected row of an import, as the API reports it (`details.problems`). */
export interface RowProblem {
  line: number;
  field: string;
  fieldFa?: string;
  message: string;
  messageFa?: string;
}

/** The rejected rows of a refused import (400 associations.import_invalid_rows), in line order. */
export function rowProblems(error: unknown): RowProblem[] {
  if (!(error instanceof ApiError)) return [];
  const details = (error.body as { details?: { problems?: unknown } }).details;
  const list = Array.isArray(details?.problems) ? (details.problems as RowProblem[]) : [];
  return [...list].sort((a, b) => a.line - b.line);
}

export function useImportAssociations() {
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file, file.name);
      return call<ImportResult>(
        // The document types the multipart part as a string; the browser sends the File itself.
        api.POST('/api/v1/associations/import', { body: body as never, bodySerializer: (b) => b }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['associations'] }),
  });
}

/** The register with the given filters as a CSV or XLSX file, handed to the browser as a download. */
export function useExportAssociations() {
  return useMutation({
    mutationFn: async ({
      format,
      filter,
    }: {
      format: ExportFormat;
      filter: Omit<RegisterFilter, 'page' | 'pageSize'>;
    }) => {
      const { data, error, response } = await api.GET('/api/v1/associations/export', {
        params: { query: { ...filter, format } },
        parseAs: 'blob',
      });
      if (!response.ok || !(data instanceof Blob)) {
        await call(Promise.resolve({ data, error, response }));
        throw new ApiError(response.status, { statusCode: response.status, message: response.statusText });
      }
      const name =
        /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ??
        `associations.${format}`;
      const url = URL.createObjectURL(data);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { name, size: data.size };
    },
  });
}
