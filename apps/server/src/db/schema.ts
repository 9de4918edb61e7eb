import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** Columns the database fills in on insert. */
type Auto<T> = ColumnType<T, T | undefined, T>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | undefined, string>;
/** A calendar day, kept as 'YYYY-MM-DD' (db/index.ts). */
type Day = ColumnType<string, string, string>;
type NullableDay = ColumnType<string | null, string | null | undefined, string | null>;

export interface RegionTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parent_code: string | null;
}

export interface UniversityTable {
  code: string;
  name: string;
  authority: string | null;
  location: string | null;
  level: '本科' | '专科';
  province_code: string;
  source: string;
  created_at: Timestamp;
}

export interface MajorTable {
  education_level: string;
  code: string;
  catalog: string;
  name: string;
  item_level: string;
  parent_code: string | null;
  category_code: string;
  category_name: string;
  class_code: string | null;
  class_name: string | null;
}

export interface ReferenceCodeTable {
  list: string;
  code: string;
  name: string;
  name_en: string | null;
  category: string | null;
  parent_code: string | null;
  sort_order: number;
}

export interface CollegeTable {
  id: Generated<string>;
  university_code: string;
  name: string;
  created_at: Timestamp;
}

export interface OrganisationTable {
  id: Generated<string>;
  kind: 'employer' | 'agency';
  name: string;
  uscc: string;
  nature: string | null;
  industry_code: string | null;
  region_code: string | null;
  province_code: string | null;
  verification: Auto<VerificationStatus>;
  size: string | null;
  contact_name: string | null;
  contact_phone_enc: string | null;
  contact_email: string | null;
  /** 人力资源服务许可证 number (agencies). */
  licence_no: string | null;
  introduction: string | null;
  /** The latest reviewer's reason (rejection, information asked for). */
  verification_note: string | null;
  verified_at: Date | null;
  verified_by: string | null;
  registered_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type VerificationStatus = 'pending' | 'verified' | 'rejected' | 'needs_info';

export interface OrganisationReviewTable {
  id: Generated<string>;
  organisation_id: string;
  decision: 'approve' | 'reject' | 'request_info' | 'resubmit';
  reason: string | null;
  decided_by: string;
  created_at: Timestamp;
}

export interface GraduateTable {
  id: Generated<string>;
  university_code: string;
  province_code: string;
  student_no: string;
  name: string;
  gender: 'male' | 'female';
  id_number_enc: string;
  id_number_index: string;
  phone_enc: string | null;
  phone_index: string | null;
  email: string | null;
  college_id: string;
  major_code: string;
  degree: string;
  graduation_year: number;
  origin_region_code: string | null;
  assistance_category: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  scope_kind: string;
  province_code: string | null;
  university_code: string | null;
  college_id: string | null;
  organisation_id: string | null;
  graduate_id: string | null;
  status: Auto<'active' | 'disabled'>;
  failed_logins: Auto<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  detail: Json<Record<string, unknown>>;
  ip: string | null;
  prev_hash: string;
  hash: string;
}

export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobTable {
  id: Generated<string>;
  kind: string;
  payload: Json<Record<string, unknown>>;
  status: Auto<JobStatus>;
  attempts: Auto<number>;
  max_attempts: Auto<number>;
  run_after: Timestamp;
  locked_at: Date | null;
  locked_by: string | null;
  error: string | null;
  created_at: Timestamp;
  finished_at: Date | null;
  /** Set for jobs that must exist once (a nightly run per day): a second enqueue is a no-op. */
  dedupe_key: string | null;
}

export interface ImportTable {
  id: Generated<string>;
  kind: Auto<string>;
  university_code: string;
  file_name: string;
  file_path: string;
  file_size: ColumnType<string, number, number>;
  file_sha256: string;
  status: Auto<JobStatus>;
  rows_processed: Auto<number>;
  accepted: Auto<number>;
  rejected: Auto<number>;
  /** Of the accepted rows: new records, and existing records whose content changed. */
  inserted: Auto<number>;
  updated: Auto<number>;
  created_colleges: Json<string[]>;
  warnings: Json<string[]>;
  message: string | null;
  created_by: string | null;
  created_at: Timestamp;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface ImportErrorTable {
  id: Generated<string>;
  import_id: string;
  line: number;
  field: string;
  code: string;
  message: string;
}

export interface ImportStagingTable {
  import_id: string;
  line: number;
  student_no: string;
  name: string;
  gender: string;
  id_number_enc: string;
  id_number_index: string;
  phone_enc: string | null;
  phone_index: string | null;
  email: string | null;
  college_name: string;
  major_code: string;
  degree: string;
  graduation_year: number;
  origin_region_code: string | null;
  assistance_category: string | null;
}

export type PostingStatus = 'draft' | 'published' | 'closed' | 'expired' | 'taken_down';
export type ReviewStatus = 'none' | 'pending' | 'cleared' | 'taken_down';

export interface JobPostingTable {
  id: Generated<string>;
  organisation_id: string;
  province_code: string | null;
  title: string;
  description: string;
  requirements: string | null;
  // bigint columns come back as strings from pg; the repository converts them.
  salary_min_fen: ColumnType<string | number | null, number | null, number | null>;
  salary_max_fen: ColumnType<string | number | null, number | null, number | null>;
  status: Auto<PostingStatus>;
  compliance_verdict: 'pass' | 'warn' | 'block' | null;
  compliance_findings: ColumnType<unknown[], string | undefined, string>;
  warnings_acknowledged_by: string | null;
  warnings_acknowledged_at: Date | null;
  review_status: Auto<ReviewStatus>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  published_at: Date | null;
  occupation_code: string | null;
  industry_code: string | null;
  /** Catalogue codes; empty means 专业不限. */
  major_codes: ColumnType<string[], string[] | undefined, string[]>;
  min_degree: string | null;
  /** County (or city/province) codes; at least one to publish. */
  region_codes: ColumnType<string[], string[] | undefined, string[]>;
  headcount: number | null;
  job_type: Auto<'full_time' | 'internship' | 'traineeship'>;
  key_fields: ColumnType<string[], string[] | undefined, string[]>;
  benefits: ColumnType<string[], string[] | undefined, string[]>;
  /** Last day (Asia/Shanghai) the posting accepts applications, as YYYY-MM-DD. */
  deadline: ColumnType<string | null, string | null | undefined, string | null>;
}

/** One row per published posting: what search filters, sorts and counts on (posting-search.ts). */
export interface PostingSearchTable {
  posting_id: string;
  published_at: Timestamp;
  deadline: ColumnType<string | null, string | null | undefined, string | null>;
  salary_max_fen: ColumnType<string | number | null, number | null, number | null>;
  /** Normalised title and organisation name: postings whose title holds every query word rank first. */
  title_key: string;
  // tsvector literals (SQL expressions), never read back as values.
  tags: ColumnType<unknown, unknown, unknown>;
  terms: ColumnType<unknown, unknown, unknown>;
  /** Storage only (see migration 0005): filled by its default, refreshed on upsert. */
  toast_padding: ColumnType<string, never, string>;
}

export interface JobMarketTable {
  id: Generated<string>;
  kind: 'campus' | 'regional' | 'industry';
  name: string;
  description: string | null;
  university_code: string | null;
  region_code: string | null;
  industry_code: string | null;
  province_code: string | null;
  status: Auto<'open' | 'closed'>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface MarketPostingTable {
  market_id: string;
  posting_id: string;
  added_by: string | null;
  added_at: Timestamp;
}

export interface ResumeTable {
  graduate_id: string;
  content: Json<Record<string, unknown>>;
  updated_at: Timestamp;
}

export type ApplicationStatusValue =
  'submitted' | 'viewed' | 'interview' | 'offer' | 'signed' | 'rejected' | 'withdrawn';

export interface ApplicationTable {
  id: Generated<string>;
  posting_id: string;
  organisation_id: string;
  graduate_id: string;
  resume_snapshot: Json<Record<string, unknown>>;
  status: Auto<ApplicationStatusValue>;
  revealed_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ApplicationEventTable {
  id: Generated<string>;
  application_id: string;
  from_status: ApplicationStatusValue | null;
  to_status: ApplicationStatusValue;
  actor_id: string | null;
  note: string | null;
  created_at: Timestamp;
}

export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  kind: string;
  title: string;
  body: string | null;
  link: string | null;
  created_at: Timestamp;
  read_at: Date | null;
}

export interface ComplianceBlockTable {
  id: Generated<string>;
  posting_id: string;
  organisation_id: string;
  rule_ids: string[];
  created_by: string | null;
  created_at: Timestamp;
}

export interface JobReportTable {
  id: Generated<string>;
  posting_id: string;
  reporter_id: string;
  category: string;
  reason: string;
  evidence: string | null;
  status: Auto<'open' | 'upheld' | 'dismissed'>;
  created_at: Timestamp;
  resolved_at: Date | null;
}

export interface ComplianceDecisionTable {
  id: Generated<string>;
  posting_id: string;
  decision: 'clear' | 'take_down';
  reason: string;
  decided_by: string;
  created_at: Timestamp;
}

export interface GraduatePreferenceTable {
  graduate_id: string;
  desired_regions: ColumnType<string[], string[] | undefined, string[]>;
  salary_expectation: number | null;
  desired_occupations: ColumnType<string[], string[] | undefined, string[]>;
  key_field_opt_ins: ColumnType<string[], string[] | undefined, string[]>;
  use_origin: Auto<boolean>;
  discoverable: Auto<boolean>;
  updated_at: Timestamp;
}

export interface MatchDismissalTable {
  graduate_id: string;
  posting_id: string;
  organisation_id: string;
  occupation_code: string | null;
  reason: string | null;
  created_at: Timestamp;
}

export interface MajorAffinityTable {
  major_class: string;
  /** A 专业类 the jobs asked for, or '*' (专业不限). */
  job_class: string;
  share: number;
  graduates: number;
  computed_at: Timestamp;
}

export interface MatchRecommendationTable {
  graduate_id: string;
  posting_ids: string[];
  scores: number[];
  computed_at: Date;
}

export interface MinimumWageTable {
  province_code: string;
  monthly_fen: number;
  as_of: ColumnType<string, string, string>;
  source: string;
  updated_at: Timestamp;
}

export type DestinationStatusValue = 'pending_college' | 'pending_university' | 'approved' | 'returned';

export interface DestinationTable {
  graduate_id: string;
  version: number;
  destination_code: string;
  category: string;
  details: Json<Record<string, unknown>>;
  status: DestinationStatusValue;
  return_reason: string | null;
  approved_category: string | null;
  verification_no: string | null;
  registered_at: Timestamp;
  updated_at: Timestamp;
  approved_at: Timestamp | null;
}

export interface DestinationEvidenceTable {
  id: Generated<string>;
  graduate_id: string;
  kind: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
  removed_at: Timestamp | null;
}

export interface DestinationVersionTable {
  graduate_id: string;
  version: number;
  destination_code: string;
  category: string;
  details: Json<Record<string, unknown>>;
  evidence_ids: ColumnType<string[], string[] | undefined, string[]>;
  source: 'graduate' | 'university' | 'import';
  created_by: string | null;
  created_at: Timestamp;
}

export type DestinationAction =
  | 'registered'
  | 'edited'
  | 'college_approved'
  | 'approved'
  | 'returned'
  | 'evidence_added'
  | 'evidence_removed';

export interface DestinationEventTable {
  id: Generated<number>;
  graduate_id: string;
  version: number;
  action: DestinationAction;
  status: DestinationStatusValue;
  reason: string | null;
  actor_id: string | null;
  actor_role: string;
  at: Timestamp;
}

export interface MonitorCountTable {
  graduation_year: number;
  scope: string;
  dimension: string;
  dim_key: string;
  category: string;
  n: number;
}

export interface MonitorTrendTable {
  graduation_year: number;
  scope: string;
  day: ColumnType<string, string, string>;
  placed_delta: number;
}

export interface VerificationAuthorisationTable {
  id: Generated<string>;
  graduate_id: string;
  note: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface VerificationLogTable {
  id: Generated<number>;
  graduate_id: string | null;
  outcome: 'verified' | 'not_matched' | 'not_authorised';
  verifier: string | null;
  ip: string | null;
  at: Timestamp;
}

export interface VerificationDisputeTable {
  id: Generated<string>;
  graduate_id: string;
  log_id: number | null;
  reason: string;
  status: 'open' | 'upheld' | 'dismissed';
  decision_note: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
}

export interface AssistanceEvidenceTable {
  id: Generated<string>;
  graduate_id: string;
  kind: string;
  file_name: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface AssistanceTargetTable {
  graduate_id: string;
  category: string;
  source: 'roster' | 'application';
  status: 'pending_college' | 'pending_university' | 'approved' | 'rejected';
  evidence_id: string | null;
  note: string | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  applied_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AssistanceTargetEventTable {
  id: Generated<number>;
  graduate_id: string;
  category: string;
  action: string;
  status: string;
  reason: string | null;
  actor_id: string | null;
  at: Timestamp;
}

export interface AssistancePlanTable {
  graduate_id: string;
  counsellor_id: string | null;
  goals: string;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AssistancePlanActionTable {
  id: Generated<string>;
  graduate_id: string;
  position: number;
  title: string;
  due_on: Day;
  done_on: NullableDay;
}

export interface TrainingProgrammeTable {
  id: Generated<string>;
  name: string;
  kind: string;
  organiser: string;
  university_code: string | null;
  province_code: string;
  starts_on: Day;
  ends_on: Day;
  sessions: number;
  capacity: number;
  description: Auto<string>;
  status: Auto<'open' | 'closed'>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface TrainingEnrolmentTable {
  programme_id: string;
  graduate_id: string;
  status: 'enrolled' | 'completed' | 'withdrawn';
  enrolled_by: string | null;
  enrolled_at: Timestamp;
  completed_on: NullableDay;
  certificate_no: string | null;
}

export interface TrainingAttendanceTable {
  programme_id: string;
  graduate_id: string;
  session_no: number;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface AssistanceServiceTable {
  id: Generated<string>;
  graduate_id: string;
  kind: string;
  service_on: Day;
  note: Auto<string>;
  posting_id: string | null;
  programme_id: string | null;
  actor_id: string | null;
  actor_name: string;
  response: Auto<'pending' | 'accepted' | 'declined' | 'unreachable'>;
  response_note: string | null;
  responded_at: Timestamp | null;
  created_at: Timestamp;
}

export interface AssistanceStandardTable {
  university_code: string;
  policy_explanation: number;
  guidance_session: number;
  job_referral: number;
  training_or_traineeship: number;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface SubsidyRuleTable {
  province_code: string;
  graduation_year: number;
  categories: string[];
  amount_fen: number;
  opens_on: Day;
  closes_on: Day;
  evidence: string[];
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface SubsidyApplicationTable {
  id: Generated<string>;
  graduate_id: string;
  person_index: string;
  province_code: string;
  university_code: string;
  graduation_year: number;
  category: string;
  amount_fen: number;
  evidence_ids: string[];
  note: string | null;
  status:
    | 'pending_college'
    | 'pending_university'
    | 'pending_province'
    | 'approved'
    | 'paid'
    | 'rejected'
    | 'withdrawn';
  applied_by: string | null;
  on_behalf: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SubsidyDecisionTable {
  id: Generated<number>;
  application_id: string;
  stage: 'applicant' | 'college' | 'university' | 'province';
  decision: 'submit' | 'approve' | 'reject' | 'withdraw' | 'pay';
  reason: string | null;
  actor_id: string | null;
  at: Timestamp;
}

export interface SubsidyPaymentTable {
  application_id: string;
  person_index: string;
  amount_fen: number;
  paid_on: Day;
  reference: string;
  recorded_by: string | null;
  recorded_at: Timestamp;
}

export interface HandoverConsentTable {
  graduate_id: string;
  consent: boolean;
  wants_job: boolean;
  recorded_by: string | null;
  via: 'graduate' | 'counsellor';
  note: string | null;
  at: Timestamp;
}

export interface HandoverBatchTable {
  id: Generated<string>;
  university_code: string;
  graduation_year: number;
  handed_over: number;
  created_by: string | null;
  created_at: Timestamp;
}

export interface HandoverTable {
  graduate_id: string;
  batch_id: string;
  university_code: string;
  graduation_year: number;
  region_code: string;
  province_code: string;
  wants_job: boolean;
  handed_over_on: Day;
  first_contact_on: NullableDay;
  outcome: string | null;
  outcome_on: NullableDay;
}

export interface HandoverFollowupTable {
  id: Generated<string>;
  graduate_id: string;
  kind: 'contact' | 'service' | 'outcome';
  on_day: Day;
  reached: boolean | null;
  outcome: string | null;
  note: Auto<string>;
  actor_id: string | null;
  actor_name: string;
  created_at: Timestamp;
}

export interface DB {
  regions: RegionTable;
  universities: UniversityTable;
  majors: MajorTable;
  reference_codes: ReferenceCodeTable;
  colleges: CollegeTable;
  organisations: OrganisationTable;
  graduates: GraduateTable;
  users: UserTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  jobs: JobTable;
  imports: ImportTable;
  import_errors: ImportErrorTable;
  import_staging: ImportStagingTable;
  job_postings: JobPostingTable;
  compliance_blocks: ComplianceBlockTable;
  job_reports: JobReportTable;
  compliance_decisions: ComplianceDecisionTable;
  organisation_reviews: OrganisationReviewTable;
  posting_search: PostingSearchTable;
  job_markets: JobMarketTable;
  market_postings: MarketPostingTable;
  resumes: ResumeTable;
  applications: ApplicationTable;
  application_events: ApplicationEventTable;
  notifications: NotificationTable;
  graduate_preferences: GraduatePreferenceTable;
  match_dismissals: MatchDismissalTable;
  major_affinity: MajorAffinityTable;
  match_recommendations: MatchRecommendationTable;
  minimum_wages: MinimumWageTable;
  destinations: DestinationTable;
  destination_evidence: DestinationEvidenceTable;
  destination_versions: DestinationVersionTable;
  destination_events: DestinationEventTable;
  monitor_counts: MonitorCountTable;
  monitor_trend: MonitorTrendTable;
  verification_authorisations: VerificationAuthorisationTable;
  verification_logs: VerificationLogTable;
  verification_disputes: VerificationDisputeTable;
  assistance_evidence: AssistanceEvidenceTable;
  assistance_targets: AssistanceTargetTable;
  assistance_target_events: AssistanceTargetEventTable;
  assistance_plans: AssistancePlanTable;
  assistance_plan_actions: AssistancePlanActionTable;
  training_programmes: TrainingProgrammeTable;
  training_enrolments: TrainingEnrolmentTable;
  training_attendance: TrainingAttendanceTable;
  assistance_services: AssistanceServiceTable;
  assistance_standards: AssistanceStandardTable;
  subsidy_rules: SubsidyRuleTable;
  subsidy_applications: SubsidyApplicationTable;
  subsidy_decisions: SubsidyDecisionTable;
  subsidy_payments: SubsidyPaymentTable;
  handover_consents: HandoverConsentTable;
  handover_batches: HandoverBatchTable;
  handovers: HandoverTable;
  handover_followups: HandoverFollowupTable;
}

export type UserRow = Selectable<UserTable>;
export type GraduateRow = Selectable<GraduateTable>;
export type NewGraduate = Insertable<GraduateTable>;
