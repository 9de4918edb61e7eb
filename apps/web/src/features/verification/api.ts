import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, http } from '../../lib/api';

/** What a verifier sees (`POST /api/verify`): never the ID number or phone; texts in Chinese. */
export interface VerifyResult {
  /** Masked: 张*. */
  name: string;
  universityName: string;
  graduationYear: number;
  /** The destination's category, e.g. 单位就业. */
  category: string;
  /** Unit, school or business; null for enlistment, freelance and the like. */
  placeName: string | null;
  /** Signing, enlistment or start date; null where the destination has none. */
  destinationDate: string | null;
  approvedOn: string | null;
  /** Always 已审核. */
  status: string;
  verifiedAt: string;
}

export interface VerifyInput {
  verificationNo: string;
  name: string;
  verifier?: string | null;
}

export type LookupOutcome = 'verified' | 'not_matched' | 'not_authorised';
export type DisputeStatus = 'open' | 'upheld' | 'dismissed';

export interface Authorisation {
  id: string;
  note: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** Neither revoked nor expired. */
  active: boolean;
}

/** One lookup of the graduate's record (查询反馈). */
export interface Lookup {
  id: number;
  outcome: LookupOutcome;
  /** The 查询单位 the verifier gave, if any. */
  verifier: string | null;
  at: string;
}

export interface OwnDispute {
  id: string;
  /** The lookup it is about; null: about the record itself. */
  logId: number | null;
  reason: string;
  status: DisputeStatus;
  decisionNote: string | null;
  decidedAt: string | null;
  createdAt: string;
}

/** `GET /api/me/verification`. */
export interface MyVerification {
  /** Null until the registration is approved (and again after any change, until re-approved). */
  verificationNo: string | null;
  /** Newest first. */
  authorisations: Authorisation[];
  /** The latest 100, newest first. */
  logs: Lookup[];
  disputes: OwnDispute[];
}

/** A 存疑 as the career centre sees it. */
export interface Dispute {
  id: string;
  graduateId: string;
  name: string;
  studentNo: string;
  reason: string;
  status: DisputeStatus;
  decisionNote: string | null;
  decidedAt: string | null;
  createdAt: string;
  lookup: { verifier: string | null; at: string; outcome: LookupOutcome } | null;
}

export interface DisputeQuery {
  status?: DisputeStatus;
  page: number;
  pageSize: number;
}

// The server's limits (verification.service.ts); the server still has the final word.
export const AUTHORISATION_MAX_DAYS = 90;
export const TEXT_MAX = { verifier: 100, reason: 300, note: 100 } as const;

export const verificationKeys = {
  all: ['verification'] as const,
  mine: () => [...verificationKeys.all, 'mine'] as const,
  disputeLists: () => [...verificationKeys.all, 'disputes'] as const,
  disputes: (query: DisputeQuery) => [...verificationKeys.disputeLists(), query] as const,
};

/** The public lookup. Not a query: each one is logged for the graduate and counts towards throttling. */
export function useVerify() {
  return useMutation({
    mutationFn: (input: VerifyInput) => http.post<VerifyResult>('/api/verify', input),
  });
}

/** The signed-in graduate's number, authorisations, lookups and 存疑. */
export function useMyVerification() {
  return useQuery({
    queryKey: verificationKeys.mine(),
    queryFn: ({ signal }) => http.get<MyVerification>('/api/me/verification', undefined, signal),
  });
}

/** Every change of the graduate's answers with the whole fresh state, which replaces the cached one. */
function useMineUpdated() {
  const queryClient = useQueryClient();
  return (fresh: MyVerification) => queryClient.setQueryData(verificationKeys.mine(), fresh);
}

export function useAuthorise() {
  const updated = useMineUpdated();
  return useMutation({
    mutationFn: (body: { days: number; note: string | null }) =>
      http.post<MyVerification>('/api/me/verification/authorisations', body),
    onSuccess: updated,
  });
}

export function useRevoke() {
  const updated = useMineUpdated();
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch<MyVerification>(`/api/me/verification/authorisations/${encodeURIComponent(id)}`, {
        method: 'DELETE',
      }),
    onSuccess: updated,
  });
}

export function useRaiseDispute() {
  const updated = useMineUpdated();
  return useMutation({
    mutationFn: (body: { logId: number | null; reason: string }) =>
      http.post<MyVerification>('/api/me/verification/disputes', body),
    onSuccess: updated,
  });
}

/** 存疑 in the career centre's scope, open ones first; the previous page stays while the next loads. */
export function useDisputes(query: DisputeQuery) {
  return useQuery({
    queryKey: verificationKeys.disputes(query),
    queryFn: ({ signal }) =>
      http.get<{ items: Dispute[]; total: number }>('/api/verification/disputes', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDecideDispute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; decision: 'upheld' | 'dismissed'; note: string }) =>
      http.post<void>(`/api/verification/disputes/${encodeURIComponent(id)}/decision`, body),
    // Also after a 409 (decided meanwhile by a colleague), so the list shows the decision taken.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: verificationKeys.disputeLists() }),
  });
}
