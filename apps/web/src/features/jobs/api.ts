import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Page } from '../../lib/api';
import type { DegreeKey } from '@jiuye/domain/reference/degree-levels';
import type {
  BenefitKey,
  JobTypeKey,
  KeyFieldKey,
  UnitNatureKey,
} from '@jiuye/domain/recruitment/vocabulary';
import type { Finding, PostingStatus, ReportCategory, ReviewStatus, Verdict } from '../compliance/api';

export type { PostingStatus, ReviewStatus };

export interface NamedCode {
  code: string;
  name: string;
}

/** What a list row or a search card shows of a posting; salaries in yuan per month. */
export interface PostingSummary {
  id: string;
  organisationName: string;
  organisationVerified: boolean;
  organisationNature: UnitNatureKey | null;
  title: string;
  salaryMin: number | null;
  salaryMax: number | null;
  /** Work places (counties mostly), with names. */
  regions: NamedCode[];
  minDegree: DegreeKey | null;
  jobType: JobTypeKey;
  industryCode: string | null;
  keyFields: KeyFieldKey[];
  headcount: number;
  /** Last day to apply, `YYYY-MM-DD` (Asia/Shanghai). */
  deadline: string | null;
  status: PostingStatus;
  publishedAt: string | null;
}

/** A job posting (`GET /api/jobs/:id`); salaries in yuan per month. */
export interface Posting extends PostingSummary {
  organisationId: string;
  description: string;
  requirements: string | null;
  occupationCode: string | null;
  /** Majors wanted; empty means 专业不限. */
  majors: NamedCode[];
  benefits: BenefitKey[];
  reviewStatus: ReviewStatus;
  compliance: { verdict: Verdict; findings: Finding[]; warningsAcknowledgedAt: string | null };
  createdAt: string;
  updatedAt: string;
}

/** A posting as `GET /api/jobs/:id` returns it, with what only its owner or a graduate sees. */
export interface PostingDetail extends Posting {
  /** The latest official decision (owners and reviewers only). */
  lastDecision: { decision: 'clear' | 'take_down'; reason: string; createdAt: string } | null;
  /** Whether the signed-in graduate already has an open report on it. */
  reportedByMe: boolean;
}

/** Body of `POST /api/jobs` and `PUT /api/jobs/:id`. */
export interface PostingInput {
  title: string;
  description: string;
  requirements: string | null;
  salaryMin: number;
  salaryMax: number;
  occupationCode: string | null;
  industryCode: string | null;
  /** Empty = 专业不限. */
  majorCodes: string[];
  minDegree: DegreeKey | null;
  /** County codes, at least one. */
  regionCodes: string[];
  headcount: number;
  jobType: JobTypeKey;
  keyFields: KeyFieldKey[];
  benefits: BenefitKey[];
  /** `YYYY-MM-DD`, today … today + MAX_POSTING_DAYS. */
  deadline: string;
}

/** The employer's own list (`GET /api/jobs`). */
export interface JobQuery {
  q?: string;
  status?: PostingStatus;
  page: number;
  pageSize: number;
}

export type SearchSort = 'relevance' | 'newest' | 'salary';

/** The filters of `GET /api/jobs/search` and `/search/facets` (URL parameter names). */
export interface SearchFilters {
  q?: string;
  /** Province, city or county code. */
  region?: string;
  /** A major class (4 characters) or a major code. */
  major?: string;
  degree?: DegreeKey;
  minSalary?: number;
  jobType?: JobTypeKey;
  industry?: string;
  nature?: UnitNatureKey;
  keyField?: KeyFieldKey;
  market?: string;
  postedWithin?: number;
}

export interface SearchQuery extends SearchFilters {
  sort: SearchSort;
  page: number;
  pageSize: number;
}

/** A filter the server suggests dropping, or one word of the query to search alone. */
export interface SearchSuggestion {
  drop?: keyof SearchFilters;
  q?: string;
  total: number;
  /** More than `total` would be found ("1,000+"). */
  totalCapped: boolean;
}

export interface SearchCard extends PostingSummary {
  /** Description text around the first query word. */
  snippet: string;
}

export interface SearchResult {
  total: number;
  /** True when the count stopped: show "1000+". */
  totalCapped: boolean;
  items: SearchCard[];
  /** Query words as matched (lower case), to highlight. */
  words: string[];
  suggestions: SearchSuggestion[];
  page: number;
  pageSize: number;
}

export interface FacetCount<K extends string = string> {
  key: K;
  count: number;
}

export interface SearchFacets {
  total: number;
  totalCapped: boolean;
  /** The level below the current region filter. */
  regions: (NamedCode & { count: number })[];
  degrees: FacetCount<DegreeKey>[];
  jobTypes: FacetCount<JobTypeKey>[];
  industries: FacetCount[];
  natures: FacetCount<UnitNatureKey>[];
  keyFields: FacetCount<KeyFieldKey>[];
  salaries: { min: number; count: number }[];
  postedWithin: { days: number; count: number }[];
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
  searches: () => [...jobKeys.all, 'search'] as const,
  search: (query: SearchQuery) => [...jobKeys.searches(), query] as const,
  facets: (filters: SearchFilters) => [...jobKeys.all, 'facets', filters] as const,
};

const jobPath = (id: string) => `/api/jobs/${encodeURIComponent(id)}`;

/** One page of the employer's own postings, in every status. */
export function useJobs(query: JobQuery) {
  return useQuery({
    queryKey: jobKeys.list(query),
    queryFn: ({ signal }) => http.get<Page<Posting>>('/api/jobs', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One page of the public search over published postings (no sign-in needed). */
export function useJobSearch(query: SearchQuery, enabled = true) {
  return useQuery({
    queryKey: jobKeys.search(query),
    queryFn: ({ signal }) => http.get<SearchResult>('/api/jobs/search', { ...query }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Counts per filter value for the current search. */
export function useJobFacets(filters: SearchFilters) {
  return useQuery({
    queryKey: jobKeys.facets(filters),
    queryFn: ({ signal }) => http.get<SearchFacets>('/api/jobs/search/facets', { ...filters }, signal),
    placeholderData: keepPreviousData,
    // Counts drift slowly; refetching them on every focus would double the search traffic for nothing.
    staleTime: 60_000,
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
      void queryClient.invalidateQueries({ queryKey: jobKeys.searches() });
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
