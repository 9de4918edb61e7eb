import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { http, type ItemList, type Page } from '../../lib/api';

/** A roster record (`Graduate` in docs/API.md); `idNumber` and `phone` arrive masked. */
export interface Graduate {
  id: string;
  universityCode: string;
  universityName: string;
  studentNo: string;
  name: string;
  gender: 'male' | 'female';
  idNumber: string;
  phone: string | null;
  email: string | null;
  collegeId: string;
  collegeName: string;
  majorCode: string;
  majorName: string | null;
  degree: string;
  degreeName: string;
  graduationYear: number;
  originRegionCode: string | null;
  originRegionName: string | null;
  assistanceTarget: boolean;
  assistanceCategory?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface College {
  id: string;
  name: string;
  universityCode: string;
  graduateCount: number;
}

export type RosterSort = 'studentNo' | 'name' | 'graduationYear' | 'updatedAt';
export type SortOrder = 'asc' | 'desc';
export type RevealField = 'idNumber' | 'phone';

/** Query of `GET /api/graduates`; absent keys are not sent. */
export interface RosterQuery {
  q?: string;
  /** Not in docs/API.md yet, but accepted by the server; lets officials and admins narrow to one school. */
  universityCode?: string;
  collegeId?: string;
  majorCode?: string;
  degree?: string;
  graduationYear?: number;
  assistance?: 'yes' | 'no';
  page: number;
  pageSize: number;
  sort?: RosterSort;
  order?: SortOrder;
}

export const rosterKeys = {
  all: ['graduates'] as const,
  lists: () => [...rosterKeys.all, 'list'] as const,
  list: (query: RosterQuery) => [...rosterKeys.lists(), query] as const,
  colleges: (universityCode: string | null) => [...rosterKeys.all, 'colleges', universityCode] as const,
};

function fetchRoster(query: RosterQuery, signal?: AbortSignal) {
  return http.get<Page<Graduate>>('/api/graduates', { ...query }, signal);
}

/** One page of the roster; the previous page stays on screen while the next loads. */
export function useRoster(query: RosterQuery) {
  return useQuery({
    queryKey: rosterKeys.list(query),
    queryFn: ({ signal }) => fetchRoster(query, signal),
    placeholderData: keepPreviousData,
  });
}

/** Only the `total` of a filtered roster: asks for one row, since the count is all a dashboard needs. */
export function useRosterCount(filters: Omit<RosterQuery, 'page' | 'pageSize'> = {}) {
  const query: RosterQuery = { ...filters, page: 1, pageSize: 1 };
  return useQuery({
    queryKey: rosterKeys.list(query),
    queryFn: ({ signal }) => fetchRoster(query, signal),
    select: (page) => page.total,
  });
}

/**
 * Colleges in scope with head counts. Users above university level must name a university,
 * otherwise the list would span a whole province; pass `enabled=false` until they have.
 */
export function useColleges(universityCode: string | null, enabled = true) {
  return useQuery({
    queryKey: rosterKeys.colleges(universityCode),
    queryFn: ({ signal }) =>
      http.get<ItemList<College>>('/api/graduates/colleges', { universityCode }, signal),
    enabled,
  });
}

/** Unmasked value of one field; audited on the server, deliberately never cached here. */
export function useRevealGraduateField() {
  return useMutation({
    mutationFn: ({ id, field, reason }: { id: string; field: RevealField; reason: string }) =>
      http.post<{ value: string }>(`/api/graduates/${encodeURIComponent(id)}/reveal`, { field, reason }),
  });
}
