import type { ServiceKind, ServiceResponse, ServiceStandard } from '@jiuye/domain/assistance/services';
import type { SubsidyStatus } from '@jiuye/domain/assistance/subsidy';
import type { TargetStatus } from '@jiuye/domain/assistance/targets';
import type { EnrolmentStatus, ProgrammeKind } from '@jiuye/domain/assistance/training';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, type Page } from '../../lib/api';
import { postEvidence, type EvidenceUploadInput } from '../../lib/evidenceUpload';

// The case-work part of assistance (docs/ASSISTANCE.md, issue 7): 帮扶对象, 一人一策, the service
// ledger, consent to the hand-over, the subsidy and training as the graduate and their counsellor
// see them. Subsidy review, hand-over and training management have their own features.

/** A file kept as proof (`Evidence`). */
export interface Evidence {
  id: string;
  /** A TARGET_PROOF_KINDS key, or the name of a subsidy proof (低保证 …). */
  kind: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  uploadedAt: string;
}

/** One identification (`Target`): a category the graduate holds or applied for. */
export interface Target {
  category: string;
  source: 'roster' | 'application';
  status: TargetStatus;
  note: string | null;
  decisionReason: string | null;
  evidence: Evidence | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface PlanAction {
  id: string;
  title: string;
  dueOn: string;
  doneOn: string | null;
}

/** 一人一策 (`Plan`). */
export interface Plan {
  goals: string;
  counsellor: { id: string; name: string } | null;
  updatedAt: string;
  actions: PlanAction[];
}

/** One entry of the service ledger (`Service`). */
export interface Service {
  id: string;
  kind: ServiceKind;
  serviceOn: string;
  note: string;
  actorName: string;
  posting: { id: string; title: string; organisationName: string } | null;
  programme: { id: string; name: string } | null;
  response: ServiceResponse;
  responseNote: string | null;
}

export interface Consent {
  consent: boolean;
  wantsJob: boolean;
  via: 'graduate' | 'counsellor';
  at: string;
}

export interface Handover {
  regionCode: string;
  regionName: string;
  handedOverOn: string;
  outcome: string | null;
}

/** `GET /api/me/assistance`. */
export interface MyAssistance {
  graduationYear: number;
  targets: Target[];
  evidence: Evidence[];
  plan: Plan | null;
  services: Service[];
  consent: Consent | null;
  handover: Handover | null;
}

/** A province's subsidy rule for a cohort (`SubsidyRule`); money in fen. */
export interface SubsidyRule {
  provinceCode: string;
  graduationYear: number;
  categories: string[];
  amountFen: number;
  opensOn: string;
  closesOn: string;
  /** Names of the proof the office wants (低保证 …). */
  evidence: string[];
  updatedAt: string;
}

export interface SubsidyDecision {
  stage: string;
  decision: string;
  reason: string | null;
  actorName: string;
  at: string;
}

export interface SubsidyApplication {
  id: string;
  graduateId: string;
  name: string;
  studentNo: string;
  universityName: string;
  collegeName: string;
  category: string;
  amountFen: number;
  status: SubsidyStatus;
  onBehalf: boolean;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  evidence: Evidence[];
  decisions: SubsidyDecision[];
  payment: { paidOn: string; reference: string; amountFen: number } | null;
}

/** `GET /api/me/subsidy`. */
export interface MySubsidy {
  rule: SubsidyRule | null;
  eligibleCategories: string[];
  applications: SubsidyApplication[];
}

export interface Programme {
  id: string;
  name: string;
  kind: ProgrammeKind;
  organiser: string;
  universityCode: string | null;
  universityName: string | null;
  provinceCode: string;
  startsOn: string;
  endsOn: string;
  sessions: number;
  capacity: number;
  description: string;
  status: 'open' | 'closed';
  enrolled: number;
  completed: number;
}

/** One of the graduate's enrolments with its programme (the contract's `MyEnrolment`). */
export interface MyEnrolment {
  programmeId: string;
  name: string;
  kind: ProgrammeKind;
  organiser: string;
  startsOn: string;
  endsOn: string;
  sessions: number;
  status: EnrolmentStatus;
  /** Sessions attended. */
  attended: number;
  completedOn: string | null;
  certificateNo: string | null;
}

/** `GET /api/me/training`. */
export interface MyTraining {
  available: Programme[];
  enrolments: MyEnrolment[];
}

export interface Gap {
  requirement: string;
  required: number;
  done: number;
  missing: number;
}

/** A row of `GET /api/assistance/targets`. */
export interface TargetCase {
  graduateId: string;
  name: string;
  studentNo: string;
  collegeName: string;
  majorCode: string;
  degree: string;
  graduationYear: number;
  categories: { category: string; status: TargetStatus; source: string }[];
  placed: boolean;
  hasPlan: boolean;
  counsellorName: string | null;
  services: number;
  gaps: Gap[];
}

export type TargetSort = 'studentNo' | 'name' | 'gaps';

export interface TargetQuery {
  graduationYear?: number;
  category?: string;
  status?: 'approved' | 'pending';
  collegeId?: string;
  /** Not in the contract's list of filters, but taken by the server: the plan's counsellor. */
  counsellorId?: string;
  q?: string;
  placed?: boolean;
  sort: TargetSort;
  page: number;
  pageSize: number;
}

/** A row of `GET /api/assistance/reviews`: an identification waiting at the reviewer's stage. */
export interface ReviewItem {
  graduateId: string;
  name: string;
  studentNo: string;
  graduationYear: number;
  collegeName: string;
  category: string;
  note: string | null;
  evidence: Evidence | null;
  createdAt: string;
  source: string;
}

export type Decision = 'approve' | 'reject';

export interface ReviewResult {
  graduateId: string;
  category: string;
  ok: boolean;
  message?: string | null;
}

/** A change to an identification, for the case's history. */
export interface TargetEvent {
  category: string;
  action: string;
  status: string;
  reason: string | null;
  actorName: string | null;
  at: string;
}

/** The graduate as the case shows them (masked by the server). */
export interface CaseGraduate {
  id: string;
  name: string;
  studentNo: string;
  gender: string;
  universityName: string;
  collegeName: string;
  majorCode: string;
  /** Not in the contract's summary yet; shown instead of the code when sent. */
  majorName?: string | null;
  degree: string;
  graduationYear: number;
}

/** `GET /api/assistance/graduates/:graduateId`. */
export interface AssistanceCase extends MyAssistance {
  graduate: CaseGraduate;
  gaps: Gap[];
  standard: ServiceStandard;
  placed: boolean;
  subsidy: SubsidyApplication[] | MySubsidy;
  enrolments: MyEnrolment[];
  targetEvents: TargetEvent[];
}

export interface Counsellor {
  id: string;
  name: string;
  collegeName: string;
}

export interface StandardView {
  standard: ServiceStandard;
  isDefault: boolean;
  updatedAt: string | null;
}

export interface GapGroup {
  key: string;
  name: string;
  unplacedTargets: number;
  meetingStandard: number;
  missing: Record<string, number>;
}

export interface GapsView {
  /** The cohort asked for, or the server's default (the most recent leavers). */
  graduationYear: number;
  standard: ServiceStandard;
  groups: GapGroup[];
}

export type GapGroupBy = 'college' | 'counsellor';

export interface PlanInput {
  goals: string;
  counsellorId: string | null;
  actions: { title: string; dueOn: string; doneOn?: string | null }[];
}

export interface ServiceInput {
  kind: ServiceKind;
  serviceOn: string;
  note?: string;
  postingId?: string;
  programmeId?: string;
}

export interface ResponseInput {
  response: Exclude<ServiceResponse, 'pending'>;
  note?: string;
}

export interface ConsentInput {
  consent: boolean;
  wantsJob: boolean;
  /** Staff only: how the college holds the graduate's signed form. */
  note?: string;
}

export interface SubsidyInput {
  category: string;
  evidenceIds: string[];
  note?: string;
}

export interface TargetInput {
  category: string;
  evidenceId?: string;
  note?: string;
}

// Limits the forms enforce before the server does (docs/ASSISTANCE.md and the domain's checks).
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const NOTE_MAX = 500;
export const REASON_MAX = 200;
export const REVIEW_BATCH_MAX = 200;

/** The graduate's own case is addressed by `null`, anyone else's by graduate id. */
export type Subject = string | null;

export const assistanceKeys = {
  all: ['assistance'] as const,
  mine: () => [...assistanceKeys.all, 'me'] as const,
  mySubsidy: () => [...assistanceKeys.all, 'me', 'subsidy'] as const,
  myTraining: () => [...assistanceKeys.all, 'me', 'training'] as const,
  cases: () => [...assistanceKeys.all, 'case'] as const,
  case: (graduateId: string) => [...assistanceKeys.cases(), graduateId] as const,
  targetLists: () => [...assistanceKeys.all, 'targets'] as const,
  targets: (query: TargetQuery) => [...assistanceKeys.targetLists(), query] as const,
  reviewLists: () => [...assistanceKeys.all, 'reviews'] as const,
  reviews: (paging: { page: number; pageSize: number }) => [...assistanceKeys.reviewLists(), paging] as const,
  counsellors: () => [...assistanceKeys.all, 'counsellors'] as const,
  standard: () => [...assistanceKeys.all, 'standard'] as const,
  programmes: () => [...assistanceKeys.all, 'programmes'] as const,
  rules: (provinceCode: string) => [...assistanceKeys.all, 'subsidyRules', provinceCode] as const,
  gaps: (graduationYear: number | undefined, groupBy: GapGroupBy) =>
    [...assistanceKeys.all, 'gaps', graduationYear ?? null, groupBy] as const,
};

const caseBase = (graduateId: string) => `/api/assistance/graduates/${encodeURIComponent(graduateId)}`;
const base = (subject: Subject) => (subject ? caseBase(subject) : '/api/me/assistance');

/** Where an evidence file opens (served inline; a staff member's opening is audited). */
export const evidenceFilePath = (subject: Subject, evidenceId: string) =>
  `${base(subject)}/evidence/${encodeURIComponent(evidenceId)}`;

/** The graduate's own assistance. */
export function useMyAssistance() {
  return useQuery({
    queryKey: assistanceKeys.mine(),
    queryFn: ({ signal }) => http.get<MyAssistance>('/api/me/assistance', undefined, signal),
  });
}

/** One graduate's case, for a counsellor or career centre in scope. */
export function useCase(graduateId: string) {
  return useQuery({
    queryKey: assistanceKeys.case(graduateId),
    queryFn: ({ signal }) => http.get<AssistanceCase>(caseBase(graduateId), undefined, signal),
  });
}

/** After a change to one graduate's case: their view and every list they appear in. */
function useCaseChanged() {
  const queryClient = useQueryClient();
  return (subject: Subject) => {
    if (subject === null) {
      void queryClient.invalidateQueries({ queryKey: [...assistanceKeys.all, 'me'] });
      return;
    }
    void queryClient.invalidateQueries({ queryKey: assistanceKeys.case(subject) });
    void queryClient.invalidateQueries({ queryKey: assistanceKeys.targetLists() });
    void queryClient.invalidateQueries({ queryKey: assistanceKeys.reviewLists() });
    void queryClient.invalidateQueries({ queryKey: [...assistanceKeys.all, 'gaps'] });
  };
}

/** Uploads one proof file (`kind` and `file`), reporting progress. */
export function useUploadEvidence(subject: Subject) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (input: EvidenceUploadInput) => postEvidence<Evidence>(`${base(subject)}/evidence`, input),
    onSuccess: () => changed(subject),
  });
}

/** Applies for a category: the graduate's own (to the college), or a counsellor's for them. */
export function useApplyTarget(subject: Subject) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (body: TargetInput) => http.post<unknown>(`${base(subject)}/targets`, body),
    onSuccess: () => changed(subject),
  });
}

/** The graduate's answer to a ledger entry: their own, or as told to the counsellor by phone. */
export function useRespond(subject: Subject) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: ({ serviceId, ...body }: ResponseInput & { serviceId: string }) =>
      http.post<unknown>(`${base(subject)}/services/${encodeURIComponent(serviceId)}/response`, body),
    onSuccess: () => changed(subject),
  });
}

/** Consent to the hand-over: the graduate's own, or recorded by a counsellor holding the signed form. */
export function useSaveConsent(subject: Subject) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (body: ConsentInput) => http.put<unknown>(`${base(subject)}/consent`, body),
    onSuccess: () => changed(subject),
  });
}

/** The graduate's subsidy: the province's rule, the categories that qualify and the applications. */
export function useMySubsidy() {
  return useQuery({
    queryKey: assistanceKeys.mySubsidy(),
    queryFn: ({ signal }) => http.get<MySubsidy>('/api/me/subsidy', undefined, signal),
  });
}

/** Applies for the subsidy: the graduate's own, or on their behalf. */
export function useApplySubsidy(subject: Subject) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (body: SubsidyInput) =>
      http.post<SubsidyApplication>(subject ? `${caseBase(subject)}/subsidy` : '/api/me/subsidy', body),
    onSuccess: () => changed(subject),
  });
}

/** Withdraws the graduate's own pending application. */
export function useWithdrawSubsidy() {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (id: string) => http.post<unknown>(`/api/me/subsidy/${encodeURIComponent(id)}/withdraw`),
    onSuccess: () => changed(null),
  });
}

/** Programmes open to the graduate and their own enrolments. */
export function useMyTraining() {
  return useQuery({
    queryKey: assistanceKeys.myTraining(),
    queryFn: ({ signal }) => http.get<MyTraining>('/api/me/training', undefined, signal),
  });
}

export function useEnrol() {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (programmeId: string) =>
      http.post<unknown>(`/api/me/training/${encodeURIComponent(programmeId)}/enrol`),
    onSuccess: () => changed(null),
  });
}

/** Graduates with any target in scope; the previous page stays on screen while the next loads. */
export function useTargets(query: TargetQuery) {
  return useQuery({
    queryKey: assistanceKeys.targets(query),
    queryFn: ({ signal }) => http.get<Page<TargetCase>>('/api/assistance/targets', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Identifications waiting at the reviewer's own stage. */
export function useReviews(paging: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: assistanceKeys.reviews(paging),
    queryFn: ({ signal }) => http.get<Page<ReviewItem>>('/api/assistance/reviews', { ...paging }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The same decision on many identifications; each is taken or refused (with why) on its own. */
export function useDecide() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      items: { graduateId: string; category: string }[];
      decision: Decision;
      reason?: string;
    }) => http.post<{ results: ReviewResult[] }>('/api/assistance/reviews', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: assistanceKeys.all }),
  });
}

/** Replaces the graduate's 一人一策 (goals, counsellor, actions). */
export function useSavePlan(graduateId: string) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (body: PlanInput) => http.put<unknown>(`${caseBase(graduateId)}/plan`, body),
    onSuccess: () => changed(graduateId),
  });
}

/** Adds a ledger entry. */
export function useAddService(graduateId: string) {
  const changed = useCaseChanged();
  return useMutation({
    mutationFn: (body: ServiceInput) => http.post<Service>(`${caseBase(graduateId)}/services`, body),
    onSuccess: () => changed(graduateId),
  });
}

/** Counsellors a plan may name: of my university (or my college). */
export function useCounsellors(enabled = true) {
  return useQuery({
    queryKey: assistanceKeys.counsellors(),
    queryFn: ({ signal }) =>
      http.get<Counsellor[] | { items: Counsellor[] }>('/api/assistance/counsellors', undefined, signal),
    // The contract gives a bare array; an `{ items }` envelope like the other lists is read too.
    select: (body) => (Array.isArray(body) ? body : body.items),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useStandard() {
  return useQuery({
    queryKey: assistanceKeys.standard(),
    queryFn: ({ signal }) => http.get<StandardView>('/api/assistance/standard', undefined, signal),
  });
}

/** The career centre sets its university's standard; every gap is measured against it. */
export function useSaveStandard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (standard: ServiceStandard) =>
      http.put<StandardView | undefined>('/api/assistance/standard', standard),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: assistanceKeys.all }),
  });
}

export function useGaps(graduationYear: number | undefined, groupBy: GapGroupBy) {
  return useQuery({
    queryKey: assistanceKeys.gaps(graduationYear, groupBy),
    queryFn: ({ signal }) => http.get<GapsView>('/api/assistance/gaps', { graduationYear, groupBy }, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * Open programmes a training offer may name (`GET /api/training/programmes`, training.manage: the
 * career centre). Counsellors cannot list them and describe the training in the note instead.
 */
export function useOpenProgrammes(enabled: boolean) {
  return useQuery({
    queryKey: assistanceKeys.programmes(),
    queryFn: ({ signal }) =>
      http.get<Page<Programme>>('/api/training/programmes', { status: 'open', pageSize: 100 }, signal),
    select: (page) => page.items,
    enabled,
    staleTime: 60_000,
  });
}

/**
 * A province's subsidy rules (`GET /api/subsidies/rules`, any signed-in user): the case page reads
 * the rule of the graduate's cohort from them, since the case itself lists only the applications.
 */
export function useSubsidyRules(provinceCode: string | null | undefined) {
  return useQuery({
    queryKey: assistanceKeys.rules(provinceCode ?? ''),
    queryFn: ({ signal }) => http.get<SubsidyRule[]>('/api/subsidies/rules', { provinceCode }, signal),
    enabled: !!provinceCode,
    staleTime: 5 * 60_000,
  });
}
