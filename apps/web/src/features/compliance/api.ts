import type { REPORT_CATEGORIES } from '@jiuye/domain/compliance/review';
import type { FieldSpan } from '@jiuye/domain/compliance/compose';
import type {
  AdField,
  AdInput,
  ComplianceCategory,
  Finding,
  Severity,
  Verdict,
} from '@jiuye/domain/compliance/types';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Page } from '../../lib/api';
import { jobKeys } from '../jobs/api';

// Types only: the web shares the server's finding shape without importing any Node-only code.
export type { AdField, AdInput, ComplianceCategory, FieldSpan, Finding, Severity, Verdict };
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  fields: FieldSpan[];
}

/** A check result together with the text it was computed for, so highlights never drift onto newer text. */
export interface CheckedAd {
  input: AdInput;
  result: CheckResult;
}

export type QueueStatus = 'pending' | 'decided' | 'all';
export type ReviewStatus = 'none' | 'pending' | 'cleared' | 'taken_down';
export type PostingStatus = 'draft' | 'published' | 'closed' | 'expired' | 'taken_down';
export type Decision = 'clear' | 'take_down';
export type ReportStatus = 'open' | 'upheld' | 'dismissed';

export interface QueueQuery {
  status: QueueStatus;
  q?: string;
  repeatOffenders?: boolean;
  page: number;
  pageSize: number;
}

export interface QueueItem {
  id: string;
  title: string;
  status: PostingStatus;
  reviewStatus: ReviewStatus;
  verdict: Verdict;
  warnings: number;
  categories: ComplianceCategory[];
  openReports: number;
  organisationId: string;
  organisationName: string;
  offences: number;
  repeatOffender: boolean;
  publishedAt: string | null;
  updatedAt: string;
}

export interface ReviewReport {
  id: string;
  category: ReportCategory;
  reason: string;
  evidence: string | null;
  status: ReportStatus;
  /** Masked by the server (张**): officials see that a graduate reported, not who. */
  reporter: string;
  createdAt: string;
}

export interface ReviewDecision {
  id: string;
  decision: Decision;
  reason: string;
  decidedBy: string;
  createdAt: string;
}

export interface ReviewDetail {
  posting: {
    id: string;
    title: string;
    description: string;
    requirements: string | null;
    status: PostingStatus;
    reviewStatus: ReviewStatus;
    verdict: Verdict;
    findings: Finding[];
    warningsAcknowledgedAt: string | null;
    organisationId: string;
    organisationName: string;
    publishedAt: string | null;
  };
  organisation: { offences: number; repeatOffender: boolean; window: { postings: number; days: number } };
  reports: ReviewReport[];
  decisions: ReviewDecision[];
}

export const complianceKeys = {
  all: ['compliance'] as const,
  check: (input: AdInput) => [...complianceKeys.all, 'check', input] as const,
  queues: () => [...complianceKeys.all, 'queue'] as const,
  queue: (query: QueueQuery) => [...complianceKeys.queues(), query] as const,
  details: () => [...complianceKeys.all, 'detail'] as const,
  detail: (id: string) => [...complianceKeys.details(), id] as const,
};

/**
 * The live check of an ad being written. Pass `null` while there is nothing to check. The previous
 * result stays on screen while the next one loads, so the panel does not flash empty on every pause.
 */
export function useComplianceCheck(input: AdInput | null) {
  return useQuery({
    queryKey: complianceKeys.check(input ?? { title: '', description: '' }),
    queryFn: async (): Promise<CheckedAd> => {
      const ad = input ?? { title: '', description: '' };
      return { input: ad, result: await http.post<CheckResult>('/api/compliance/check', ad) };
    },
    enabled: input !== null,
    placeholderData: keepPreviousData,
    // The same text always gets the same answer; re-checking it on every remount only spends rate limit.
    staleTime: 5 * 60_000,
  });
}

/** One page of the officials' review queue (repeat offenders first). */
export function useReviewQueue(query: QueueQuery) {
  return useQuery({
    queryKey: complianceKeys.queue(query),
    queryFn: ({ signal }) =>
      http.get<Page<QueueItem>>(
        '/api/compliance/queue',
        { ...query, repeatOffenders: query.repeatOffenders ? 'true' : undefined },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

/** Everything an official needs to decide on one posting. */
export function useReviewDetail(id: string) {
  return useQuery({
    queryKey: complianceKeys.detail(id),
    queryFn: ({ signal }) =>
      http.get<ReviewDetail>(`/api/compliance/queue/${encodeURIComponent(id)}`, undefined, signal),
  });
}

/** Records a decision; the queue and every job list are refreshed since the posting may have left them. */
export function useDecide(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { decision: Decision; reason: string }) =>
      http.post<ReviewDetail>(`/api/compliance/queue/${encodeURIComponent(id)}/decision`, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(complianceKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: complianceKeys.queues() });
      void queryClient.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
}
