// The user's own notifications, typed by the API's document: one client call per hook.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type Notification = components['schemas']['NotificationView'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** How often the bell asks for news: gently, and not while the tab is hidden. */
export const POLL_MS = 60_000;
export function useNotifications(page: number, pageSize: number, unreadOnly: boolean) {
  return useQuery({
    queryKey: ['notifications', 'list', page, pageSize, unreadOnly],
    queryFn: () =>
      call<Page<Notification>>(
        api.GET('/api/v1/notifications', {
          params: { query: { page, pageSize, ...(unreadOnly ? { unread: true } : {}) } as never },
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: POLL_MS,
  });
}

const UNREAD_COUNT_KEY = ['notifications', 'unread-count'];

/** The bell's unread count (the total of `unread=true`), polled every minute (a new login clears the cache). */
export function useUnreadCount() {
  return useQuery({
    queryKey: UNREAD_COUNT_KEY,
    queryFn: () =>
      call<Page<Notification>>(
        api.GET('/api/v1/notifications', { params: { query: { unread: true, pageSize: 1 } as never } }),
      ),
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
    select: (p) => p.total,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      call<Notification>(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

/** «خواندن همه»: the bell shows none unread at once, then every list is fetched again. */
export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () =>
      call<components['schemas']['MarkedReadView']>(api.POST('/api/v1/notifications/read-all')),
    onSuccess: async () => {
      qc.setQueryData<Page<Notification>>(UNREAD_COUNT_KEY, (p) => p && { ...p, items: [], total: 0 });
      await qc.invalidateQueries({ queryKey: ['notifications', 'list'] });
    },
  });
}
