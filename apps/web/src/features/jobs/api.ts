import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Page } from '../../lib/api';
import type {
  AdInput,
  Finding,
  PostingStatus,
  ReportCategory,
  ReviewStatus,
  Verdict,
} from '../compliance/api';

export type { PostingStatus, ReviewStatus };

/** A job posting (`GET /api/jobs/:id`); salaries in yuan per month. */
export interface Posting {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationVerified: boolean;
  title: string;
  description: string;
  requirements: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  status: PostingStatus;
  reviewStatus: ReviewStatus;
  compliance: { verdict: Verdict; findings: Finding[]; warningsAcknowledgedAt: string | null };
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** A posting as `GET /api/jobs/:id` returns it, with what only its owner or a graduate sees. */
export interface PostingDetail extends Posting {
  /** The latest official decision (owners and reviewers only). */
  lastDecision: { decision: 'clear' | 'take_down'; reason: string; createdAt: string } | null;
  /** Whether the signed-in graduate already has an open report on it. */
  reportedByMe: boolean;
}

/** A page of postings; a search stops counting at 10,000 and says so with `totalCapped`. */
export interface JobPage extends Page<Posting> {
  totalCapped?: boolean;
}

/** Body of `POST /api/jobs` and `PUT /api/jobs/:id`. */
export type PostingInput = AdInput;

export interface JobQuery {
  q?: string;
  status?: PostingStatus;
  page: number;
  pageSize: number;
}

export interface NewReport {
  category: ReportCategory;
  reason: string;
  evidence?: string;
}

export const jobKeys = {
  all: ['jobs'] as const,
  lists: () => [...jobKeys.all, 'list'] as const,
  list: (query: JobQuery) => [...jobKeys.lists(), query] as const,
  details: () => [...jobKeys.all, 'detail'] as const,
  detail: (id: string) => [...jobKeys.details(), id] as const,
};

const jobPath = (id: string) => `/api/jobs/${encodeURIComponent(id)}`;

/** One page of postings: an employer's own (any status), or the published ones for everybody else. */
export function useJobs(query: JobQuery) {
  return useQuery({
    queryKey: jobKeys.list(query),
    queryFn: ({ signal }) => http.get<JobPage>('/api/jobs', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One posting; `enabled=false` for the "new posting" form, which has none yet. */
export function useJob(id: string, enabled = true) {
  return useQuery({
    queryKey: jobKeys.detail(id),
    queryFn: ({ signal }) => http.get<PostingDetail>(jobPath(id), undefined, signal),
    enabled,
  });
}

// Every change returns the posting as stored: it becomes the cached detail, and lists refetch.
function useJobMutation<V>(mutationFn: (variables: V) => Promise<Posting>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (posting) => {
      queryClient.setQueryData(jobKeys.detail(posting.id), posting);
      void queryClient.invalidateQueries({ queryKey: jobKeys.lists() });
    },
  });
}

/** Saves a new draft; the answer carries the server's own check of it. */
export function useCreateJob() {
  return useJobMutation((input: PostingInput) => http.post<Posting>('/api/jobs', input));
}

/** Saves edits; a published posting returns to draft and must be published again. */
export function useUpdateJob() {
  return useJobMutation(({ id, input }: { id: string; input: PostingInput }) =>
    http.put<Posting>(jobPath(id), input),
  );
}

/** Publishes; refused (400) when blocked, (409) when warnings are not acknowledged, (403) when unverified. */
export function usePublishJob() {
  return useJobMutation(({ id, acknowledgeWarnings }: { id: string; acknowledgeWarnings: boolean }) =>
    http.post<Posting>(`${jobPath(id)}/publish`, { acknowledgeWarnings }),
  );
}

export function useCloseJob() {
  return useJobMutation((id: string) => http.post<Posting>(`${jobPath(id)}/close`));
}

/** A graduate's report; 409 when they already have an open report on the posting. */
export function useReportJob(id: string) {
  return useMutation({
    mutationFn: (report: NewReport) =>
      http.post<{ id: string; status: string }>(`${jobPath(id)}/reports`, report),
  });
}
