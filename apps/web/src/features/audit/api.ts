import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { http, type Page } from '../../lib/api';

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: unknown;
}

export interface AuditQuery {
  action?: string;
  actor?: string;
  page: number;
  pageSize: number;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBroken?: { id: string; reason: string } | null;
}

export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (query: AuditQuery) => [...auditKeys.lists(), query] as const,
};

export function useAuditLog(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => http.get<Page<AuditEntry>>('/api/audit', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Walks the whole hash chain on the server; a mutation because it is an explicit, possibly slow, action. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => http.get<AuditVerification>('/api/audit/verify') });
}
