import type { SubsidyStatus } from '@jiuye/domain/assistance/subsidy';
import type { AssistanceCategoryKey } from '@jiuye/domain/reference/assistance-categories';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, toQueryString, type Page } from '../../lib/api';

// 一次性求职补贴 (docs/ASSISTANCE.md, "Subsidy"): a province's rules, the review of applications by
// college, university and HR&SS office, and the office's payment record. Money is integer fen.

/** A province's rule for one graduating cohort. */
export interface SubsidyRule {
  provinceCode: string;
  graduationYear: number;
  categories: AssistanceCategoryKey[];
  amountFen: number;
  /** `YYYY-MM-DD`, Asia/Shanghai. */
  opensOn: string;
  closesOn: string;
  /** Names of the proof the office wants (低保证 …). */
  evidence: string[];
  updatedAt: string;
}

/** Body of `PUT /api/subsidies/rules/:provinceCode/:graduationYear`. */
export type SubsidyRuleInput = Pick<
  SubsidyRule,
  'categories' | 'amountFen' | 'opensOn' | 'closesOn' | 'evidence'
>;

export interface Evidence {
  id: string;
  kind: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface SubsidyDecision {
  stage: string;
  decision: string;
  reason: string | null;
  actorName: string;
  at: string;
}

export interface SubsidyPayment {
  paidOn: string;
  reference: string;
  amountFen: number;
}

/** An application; the list leaves out evidence and decisions, the detail has them. */
export interface SubsidyApplication {
  id: string;
  graduateId: string;
  name: string;
  studentNo: string;
  universityName: string;
  collegeName: string;
  graduationYear: number;
  category: string;
  amountFen: number;
  status: SubsidyStatus;
  /** Applied for by a counsellor on the graduate's behalf. */
  onBehalf: boolean;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  evidence?: Evidence[];
  decisions?: SubsidyDecision[];
  payment: SubsidyPayment | null;
}

export interface SubsidyQuery {
  graduationYear?: number;
  status?: SubsidyStatus;
  /** Only those waiting at the reviewer's own stage. */
  mine: boolean;
  q?: string;
  page: number;
  pageSize: number;
}

export type SubsidyDecisionKind = 'approve' | 'reject';

export interface SubsidyReviewResult {
  results: { id: string; ok: boolean; message?: string | null }[];
}

export type ExportFormat = 'xlsx' | 'csv';

/** The most applications one bulk decision may name (the server's limit). */
export const BULK_MAX = 200;

export const subsidyKeys = {
  all: ['subsidies'] as const,
  rules: (provinceCode: string | undefined) => [...subsidyKeys.all, 'rules', provinceCode ?? 'all'] as const,
  lists: () => [...subsidyKeys.all, 'list'] as const,
  list: (query: SubsidyQuery) => [...subsidyKeys.lists(), query] as const,
  detail: (id: string) => [...subsidyKeys.all, 'detail', id] as const,
};

/** The rules of one province, or of every province (any signed-in user may read them). */
export function useSubsidyRules(provinceCode: string | undefined) {
  return useQuery({
    queryKey: subsidyKeys.rules(provinceCode),
    queryFn: ({ signal }) => http.get<SubsidyRule[]>('/api/subsidies/rules', { provinceCode }, signal),
  });
}

/** Sets a province's rule for a cohort (HR&SS: its own province; the admin: any). */
export function useSaveSubsidyRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      provinceCode,
      graduationYear,
      rule,
    }: {
      provinceCode: string;
      graduationYear: number;
      rule: SubsidyRuleInput;
    }) =>
      http.put<SubsidyRule>(
        `/api/subsidies/rules/${encodeURIComponent(provinceCode)}/${graduationYear}`,
        rule,
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...subsidyKeys.all, 'rules'] }),
  });
}

/** Applications in the reviewer's scope; the previous page stays on screen while the next loads. */
export function useSubsidies(query: SubsidyQuery) {
  return useQuery({
    queryKey: subsidyKeys.list(query),
    queryFn: ({ signal }) =>
      http.get<Page<SubsidyApplication>>(
        '/api/subsidies',
        { ...query, mine: query.mine ? true : undefined },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** One application with its evidence, decisions and payment. */
export function useSubsidy(id: string | null) {
  return useQuery({
    queryKey: subsidyKeys.detail(id ?? ''),
    queryFn: ({ signal }) =>
      http.get<SubsidyApplication>(`/api/subsidies/${encodeURIComponent(id ?? '')}`, undefined, signal),
    enabled: id !== null,
  });
}

/** Approve or reject many at once; each is decided or refused (with why) on its own. */
export function useReviewSubsidies() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[]; decision: SubsidyDecisionKind; reason?: string }) =>
      http.post<SubsidyReviewResult>('/api/subsidies/review', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
}

/** HR&SS records the payment of an approved application; a second payment is refused by the server. */
export function useRecordPayment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { paidOn: string; reference: string }) =>
      http.post<SubsidyApplication>(`/api/subsidies/${encodeURIComponent(id)}/payment`, body),
    onSuccess: (application) => {
      queryClient.setQueryData(subsidyKeys.detail(id), application);
      void queryClient.invalidateQueries({ queryKey: subsidyKeys.lists() });
    },
    // A refusal (already paid by someone else) means what is on screen is stale.
    onError: () => void queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
}

/** Where an evidence file opens (served inline; each opening is audited). */
export const subsidyEvidencePath = (id: string, evidenceId: string) =>
  `/api/subsidies/${encodeURIComponent(id)}/evidence/${encodeURIComponent(evidenceId)}`;

/** The paying office's list (full ID numbers; audited): a plain link so the cookie goes along. */
export const subsidyExportPath = (
  filter: { graduationYear: number; status: 'approved' | 'paid' },
  format: ExportFormat,
) => `/api/subsidies/export${toQueryString({ ...filter, format })}`;
