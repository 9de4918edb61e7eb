import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Page } from '../../lib/api';

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string | null;
  /** A path inside the web app (e.g. /applications?id=…). */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: () => [...notificationKeys.all, 'unread'] as const,
  list: (pageSize: number) => [...notificationKeys.all, 'list', pageSize] as const,
};

// Often enough that a status change shows up while the user is on the page, rare enough to cost nothing.
const POLL_MS = 30_000;

export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: ({ signal }) =>
      http.get<{ unread: number }>('/api/notifications/unread-count', undefined, signal),
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });
}

export function useNotifications(pageSize: number, enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.list(pageSize),
    queryFn: ({ signal }) =>
      http.get<Page<AppNotification> & { unread: number }>('/api/notifications', { pageSize }, signal),
    enabled,
  });
}

function useNotificationMutation<V>(mutationFn: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkRead() {
  return useNotificationMutation((id: string) =>
    http.post<{ unread: number }>(`/api/notifications/${encodeURIComponent(id)}/read`),
  );
}

export function useMarkAllRead() {
  return useNotificationMutation(() => http.post<{ marked: number }>('/api/notifications/read-all'));
}
