import type { ApplicationStatus } from '@jiuye/domain/recruitment/applications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Page } from '../../lib/api';
import type { ResumeView } from '../resume/api';

export type { ApplicationStatus };

export interface ApplicationEvent {
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  note: string | null;
  at: string;
  actor: 'graduate' | 'organisation' | 'system';
  /** The HR colleague who acted (employers only). */
  actorName: string | null;
}

/** One of the graduate's applications (`GET /api/me/applications`). */
export interface MyApplication {
  id: string;
  postingId: string;
  postingTitle: string;
  postingStatus: string;
  organisationName: string;
  status: ApplicationStatus;
  mayWithdraw: boolean;
  createdAt: string;
  updatedAt: string;
  events: ApplicationEvent[];
}

/** An applicant as the employer's pipeline lists them; name masked until the interview invitation. */
export interface Applicant {
  id: string;
  postingId: string;
  postingTitle: string;
  status: ApplicationStatus;
  nextStatuses: ApplicationStatus[];
  revealedAt: string | null;
  createdAt: string;
  updatedAt: string;
  applicant: {
    name: string;
    masked: boolean;
    /** 优先关注 (assistance target); never the category. */
    priority: boolean;
    universityName: string;
    majorName: string | null;
    degreeName: string;
    graduationYear: number;
    objective: string | null;
  };
}

export interface ApplicantDetail extends Applicant {
  resume: ResumeView;
  events: ApplicationEvent[];
}

export interface ApplicantPage extends Page<Applicant> {
  counts: Partial<Record<ApplicationStatus, number>>;
}

export interface ApplicantQuery {
  postingId?: string;
  status?: ApplicationStatus;
  page: number;
  pageSize: number;
}

export interface BulkResult {
  succeeded: number;
  failed: number;
  results: { id: string; ok: boolean; status?: ApplicationStatus; code?: string; message?: string }[];
}

export const applicationKeys = {
  all: ['applications'] as const,
  mine: (query: { postingId?: string; page: number; pageSize: number }) =>
    [...applicationKeys.all, 'mine', query] as const,
  applicants: () => [...applicationKeys.all, 'applicants'] as const,
  applicantList: (query: ApplicantQuery) => [...applicationKeys.applicants(), 'list', query] as const,
  applicant: (id: string) => [...applicationKeys.applicants(), 'detail', id] as const,
};

const applicantPath = (id: string) => `/api/applications/${encodeURIComponent(id)}`;
export const applicantPdfPath = (id: string) => `${applicantPath(id)}/resume.pdf`;

export function useMyApplications(
  query: { postingId?: string; page: number; pageSize: number },
  enabled = true,
) {
  return useQuery({
    queryKey: applicationKeys.mine(query),
    queryFn: ({ signal }) => http.get<Page<MyApplication>>('/api/me/applications', { ...query }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Applies with the saved résumé; 409 when already applied, closed, past the deadline or without a résumé. */
export function useApply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (postingId: string) => http.post<MyApplication>('/api/applications', { postingId }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}

export function useWithdraw() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      http.post<MyApplication>(`/api/me/applications/${encodeURIComponent(id)}/withdraw`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: applicationKeys.all }),
  });
}

export function useApplicants(query: ApplicantQuery) {
  return useQuery({
    queryKey: applicationKeys.applicantList(query),
    queryFn: ({ signal }) => http.get<ApplicantPage>('/api/applications', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One applicant; opening a new one marks it 已查看 on the server, so lists refetch afterwards. */
export function useApplicant(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: applicationKeys.applicant(id ?? ''),
    queryFn: async ({ signal }) => {
      const detail = await http.get<ApplicantDetail>(applicantPath(id!), undefined, signal);
      void queryClient.invalidateQueries({ queryKey: [...applicationKeys.applicants(), 'list'] });
      return detail;
    },
    enabled: !!id,
  });
}

export function useChangeStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status, note }: { id: string; status: ApplicationStatus; note?: string }) =>
      http.post<ApplicantDetail>(`${applicantPath(id)}/status`, { status, note: note || null }),
    onSuccess: (detail) => {
      queryClient.setQueryData(applicationKeys.applicant(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: [...applicationKeys.applicants(), 'list'] });
    },
  });
}

export function useBulkChangeStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { ids: string[]; status: ApplicationStatus; note?: string }) =>
      http.post<BulkResult>('/api/applications/bulk-status', { ...body, note: body.note || null }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: applicationKeys.applicants() }),
  });
}

/** The organisation's postings for the filter (GET /api/jobs lists an employer's own). */
export function useOwnPostingOptions() {
  return useQuery({
    queryKey: [...applicationKeys.all, 'postingOptions'],
    queryFn: ({ signal }) =>
      http.get<Page<{ id: string; title: string }>>('/api/jobs', { page: 1, pageSize: 100 }, signal),
    staleTime: 60_000,
  });
}
