import type { FollowupKind, HandoverOutcome } from '@jiuye/domain/assistance/handover';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, toQueryString, type Page } from '../../lib/api';

// 离校未就业毕业生实名帮扶 (docs/ASSISTANCE.md, "Hand-over"): the career centre hands unplaced
// leavers who consented over to the HR&SS office of their hukou region; the office follows them up.

/** An unplaced graduate of the cohort, as the career centre considers handing them over. */
export interface Candidate {
  graduateId: string;
  name: string;
  studentNo: string;
  collegeName: string;
  originRegionCode: string | null;
  originRegionName: string | null;
  /** null: never answered. */
  consent: boolean | null;
  wantsJob: boolean | null;
  handedOver: boolean;
  /** The region code it was handed over to (the office following the graduate up). */
  handedOverTo: string | null;
}

export interface CandidateSummary {
  unplaced: number;
  consented: number;
  notConsented: number;
  noAnswer: number;
  handedOver: number;
}

export interface Candidates {
  graduationYear: number;
  /** 30 June of the graduation year, and whether it has passed. */
  leftOn: string;
  left: boolean;
  items: Candidate[];
  summary: CandidateSummary;
}

export interface HandoverResult {
  batchId: string;
  handedOver: number;
  refused: { graduateId: string; message: string }[];
}

/** One graduate handed over, as the office (phone masked) or the university sees them. */
export interface HandoverItem {
  graduateId: string;
  name: string;
  gender: 'male' | 'female' | string;
  universityName: string;
  majorName: string | null;
  degree: string;
  /** Masked (138****1234). */
  phone: string | null;
  regionCode: string;
  regionName: string;
  wantsJob: boolean | null;
  handedOverOn: string;
  goalDueOn: string;
  firstContactOn: string | null;
  outcome: HandoverOutcome | null;
  outcomeOn: string | null;
}

export interface Followup {
  id: string;
  kind: FollowupKind;
  on: string;
  reached: boolean | null;
  outcome: HandoverOutcome | null;
  note: string;
  actorName: string;
  createdAt: string;
}

export interface HandoverDetail extends HandoverItem {
  followups: Followup[];
}

export type HandoverStatus = 'uncontacted' | 'contacted' | 'goal_met' | 'open';
export const HANDOVER_STATUSES: readonly HandoverStatus[] = ['open', 'uncontacted', 'contacted', 'goal_met'];

export interface HandoverQuery {
  graduationYear?: number;
  regionCode?: string;
  status?: HandoverStatus;
  q?: string;
  page: number;
  pageSize: number;
}

export interface FollowupInput {
  kind: FollowupKind;
  on: string;
  reached?: boolean;
  outcome?: HandoverOutcome;
  note: string;
}

export type ExportFormat = 'xlsx' | 'csv';

/** The most graduates one hand-over may name (the server's limit). */
export const HANDOVER_MAX = 5000;

export const handoverKeys = {
  all: ['handovers'] as const,
  candidates: (year: number) => [...handoverKeys.all, 'candidates', year] as const,
  lists: () => [...handoverKeys.all, 'list'] as const,
  list: (query: HandoverQuery) => [...handoverKeys.lists(), query] as const,
  detail: (graduateId: string) => [...handoverKeys.all, 'detail', graduateId] as const,
};

/** Every unplaced graduate of the cohort with their consent (the career centre's own university). */
export function useCandidates(graduationYear: number) {
  return useQuery({
    queryKey: handoverKeys.candidates(graduationYear),
    queryFn: ({ signal }) => http.get<Candidates>('/api/handovers/candidates', { graduationYear }, signal),
  });
}

/** Hands graduates over; those the server refuses (no consent, placed meanwhile) come back with why. */
export function useHandOver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { graduationYear: number; items: { graduateId: string; regionCode: string }[] }) =>
      http.post<HandoverResult>('/api/handovers', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: handoverKeys.all }),
  });
}

/** Graduates handed over to the HR&SS office's province. */
export function useHandovers(query: HandoverQuery) {
  return useQuery({
    queryKey: handoverKeys.list(query),
    queryFn: ({ signal }) => http.get<Page<HandoverItem>>('/api/handovers', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useHandover(graduateId: string | null) {
  return useQuery({
    queryKey: handoverKeys.detail(graduateId ?? ''),
    queryFn: ({ signal }) =>
      http.get<HandoverDetail>(`/api/handovers/${encodeURIComponent(graduateId ?? '')}`, undefined, signal),
    enabled: graduateId !== null,
  });
}

/** The unmasked phone (audited on the server, deliberately never cached here). */
export function useRevealPhone() {
  return useMutation({
    mutationFn: (graduateId: string) =>
      http.post<{ phone: string | null }>(`/api/handovers/${encodeURIComponent(graduateId)}/reveal`, {}),
  });
}

export function useAddFollowup(graduateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FollowupInput) =>
      http.post<unknown>(`/api/handovers/${encodeURIComponent(graduateId)}/followups`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: handoverKeys.detail(graduateId) });
      void queryClient.invalidateQueries({ queryKey: handoverKeys.lists() });
    },
  });
}

/** The list as filtered, phones masked: a plain link so the cookie goes along. */
export const handoverExportPath = (query: Omit<HandoverQuery, 'page' | 'pageSize'>, format: ExportFormat) =>
  `/api/handovers/export${toQueryString({ ...query, format })}`;
