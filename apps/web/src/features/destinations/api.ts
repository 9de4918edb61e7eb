import type { DestinationDetails as StoredDetails } from '@jiuye/domain/destinations/registration';
import type { DestinationStatus } from '@jiuye/domain/destinations/review';
import type { DestinationCategory } from '@jiuye/domain/reference/destination-codes';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, http } from '../../lib/api';
import { postEvidence, type EvidenceUploadInput } from '../../lib/evidenceUpload';

type StoredUnit = Extract<StoredDetails, { form: 'unit' }>;

/** A registration's fields as the API takes and sends them: as stored, but pay in yuan, not fen. */
export type DestinationDetails =
  Exclude<StoredDetails, { form: 'unit' }> | (Omit<StoredUnit, 'monthlyPayFen'> & { monthlyPay: number });

/** Body of `PUT /api/me/destination` (and, with a reason, of the career centre's change). */
export interface DestinationInput {
  destinationCode: string;
  details: DestinationDetails;
}

export interface Registration {
  version: number;
  destinationCode: string;
  destinationName: string;
  category: DestinationCategory;
  details: DestinationDetails;
  status: DestinationStatus;
  returnReason: string | null;
  /** Set once the university approves; cleared by any later change. */
  verificationNo: string | null;
  registeredAt: string;
  updatedAt: string;
  approvedAt: string | null;
}

export interface Evidence {
  id: string;
  kind: string;
  kindName: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface DestinationVersion {
  version: number;
  destinationCode: string;
  destinationName: string;
  details: DestinationDetails;
  evidenceIds: string[];
  /** Who saved it: the graduate, or the career centre on their behalf. */
  source: 'graduate' | 'university';
  createdBy: string | null;
  createdAt: string;
}

export type DestinationAction =
  | 'registered'
  | 'edited'
  | 'college_approved'
  | 'approved'
  | 'returned'
  | 'evidence_added'
  | 'evidence_removed';

export interface DestinationEvent {
  id: number;
  version: number;
  action: DestinationAction;
  status: DestinationStatus;
  /** A return's or a change's reason; for evidence, "kind：file name". */
  reason: string | null;
  actorRole: string;
  actorName: string | null;
  at: string;
}

/** A graduate's registration with its evidence, history and deadline (`GET /api/me/destination`). */
export interface DestinationView {
  graduateId: string;
  name: string;
  graduationYear: number;
  /** End of 31 August of the graduation year, Beijing time. */
  deadline: string;
  /** The graduate: before the deadline; staff: whether they may change it on the graduate's behalf. */
  editable: boolean;
  registration: Registration | null;
  /** Why it cannot be approved yet (missing proof, pay under the minimum wage), in Chinese. */
  blockers: string[];
  evidence: Evidence[];
  /** Newest first. */
  versions: DestinationVersion[];
  /** Oldest first. */
  events: DestinationEvent[];
}

/** A registration prefilled from an offer the graduate signed on the platform. */
export interface OfferDraft extends DestinationInput {
  applicationId: string;
  signedAt: string;
}

/** One row of `GET /api/destinations`. */
export interface ReviewItem {
  graduateId: string;
  name: string;
  studentNo: string;
  collegeName: string;
  majorCode: string;
  degree: string;
  graduationYear: number;
  version: number;
  destinationCode: string;
  destinationName: string;
  category: DestinationCategory;
  /** Where the graduate went (unit, school, business); null for enlistment, freelance, not placed. */
  unitName: string | null;
  status: DestinationStatus;
  returnReason: string | null;
  evidenceCount: number;
  updatedAt: string;
}

export type ReviewSort = 'updated_at' | 'student_no';

export interface ReviewQuery {
  status?: DestinationStatus;
  collegeId?: string;
  graduationYear?: number;
  q?: string;
  sort: ReviewSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export type Decision = 'approve' | 'return';

export interface BulkReviewResult {
  done: number;
  refused: number;
  results: {
    graduateId: string;
    ok: boolean;
    status: DestinationStatus | null;
    message: string | null;
  }[];
}

// The server's REASON_MAX (destinations.service.ts); the server still has the final word.
export const REASON_MAX = 200;

/** The signed-in graduate's own registration is addressed by `null`, anyone else's by graduate id. */
type Subject = string | null;

export const destinationKeys = {
  all: ['destinations'] as const,
  view: (graduateId: Subject) => [...destinationKeys.all, 'view', graduateId ?? 'me'] as const,
  offerDraft: () => [...destinationKeys.all, 'offerDraft'] as const,
  lists: () => [...destinationKeys.all, 'list'] as const,
  list: (query: ReviewQuery) => [...destinationKeys.lists(), query] as const,
};

const basePath = (graduateId: Subject) =>
  graduateId ? `/api/destinations/${encodeURIComponent(graduateId)}` : '/api/me/destination';

/** Where an evidence file opens (served inline; a reviewer's opening is audited). */
export const evidenceFilePath = (graduateId: Subject, evidenceId: string) =>
  `${basePath(graduateId)}/evidence/${encodeURIComponent(evidenceId)}`;

/** A registration with its evidence and history: the graduate's own (null) or one in a reviewer's scope. */
export function useDestination(graduateId: Subject, enabled = true) {
  return useQuery({
    queryKey: destinationKeys.view(graduateId),
    queryFn: ({ signal }) => http.get<DestinationView>(basePath(graduateId), undefined, signal),
    enabled,
  });
}

/** The graduate's signed full-time offer as a draft registration, or null; asked only before a first save. */
export function useOfferDraft(enabled: boolean) {
  return useQuery({
    queryKey: destinationKeys.offerDraft(),
    queryFn: ({ signal }) =>
      http.get<{ draft: OfferDraft | null }>('/api/me/destination/offer-draft', undefined, signal),
    select: (body) => body.draft,
    enabled,
  });
}

/** Registrations in the reviewer's scope; the previous page stays on screen while the next loads. */
export function useReviewList(query: ReviewQuery) {
  return useQuery({
    queryKey: destinationKeys.list(query),
    queryFn: ({ signal }) =>
      http.get<{ items: ReviewItem[]; total: number }>('/api/destinations', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Puts a fresh view in the cache and refetches the lists it appears in. */
function useViewUpdated() {
  const queryClient = useQueryClient();
  return (graduateId: Subject, view?: DestinationView) => {
    if (view) queryClient.setQueryData(destinationKeys.view(graduateId), view);
    else void queryClient.invalidateQueries({ queryKey: destinationKeys.view(graduateId) });
    void queryClient.invalidateQueries({ queryKey: destinationKeys.lists() });
  };
}

/**
 * Saves a new version: the graduate's own goes to the college for review, the career centre's (with
 * its reason) straight to the university stage.
 */
export function useSaveDestination(graduateId: Subject) {
  const updated = useViewUpdated();
  return useMutation({
    mutationFn: (body: DestinationInput & { reason?: string }) =>
      http.put<DestinationView>(basePath(graduateId), body),
    onSuccess: (view) => updated(graduateId, view),
  });
}

/** Uploads one evidence file (`kind` and `file` fields), reporting progress. */
export function useUploadEvidence(graduateId: Subject) {
  const updated = useViewUpdated();
  return useMutation({
    mutationFn: (input: EvidenceUploadInput) =>
      postEvidence<Evidence>(`${basePath(graduateId)}/evidence`, input),
    onSuccess: () => updated(graduateId),
  });
}

/** Removes one of the graduate's own files (refused once the registration is approved). */
export function useRemoveEvidence() {
  const updated = useViewUpdated();
  return useMutation({
    mutationFn: (evidenceId: string) =>
      apiFetch<void>(evidenceFilePath(null, evidenceId), { method: 'DELETE' }),
    onSuccess: () => updated(null),
  });
}

/** A reviewer's decision on one registration; 409 says why it cannot be taken. */
export function useReview(graduateId: string) {
  const updated = useViewUpdated();
  return useMutation({
    mutationFn: (body: { decision: Decision; reason?: string }) =>
      http.post<DestinationView>(`${basePath(graduateId)}/review`, body),
    onSuccess: (view) => updated(graduateId, view),
  });
}

/** The same decision on many registrations; each is taken or refused (with why) on its own. */
export function useBulkReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { graduateIds: string[]; decision: Decision; reason?: string }) =>
      http.post<BulkReviewResult>('/api/destinations/review', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: destinationKeys.all }),
  });
}
