import { sql, type Kysely } from 'kysely';

/**
 * Assistance for graduates in difficulty (issue 7, measures 十一 and 十二): 帮扶对象 with their
 * review, 一人一策 plans and the service ledger, the service standard, 一次性求职补贴 with per-
 * province rules, the hand-over of unplaced leavers to HR&SS offices, and training programmes.
 *
 * "Paid once" is the database's promise, not only the code's: a person (by their ID number's blind
 * index, so a second degree elsewhere is the same person) holds at most one live application, and
 * at most one payment.
 */
const statements = [
  `create table assistance_evidence (
     id uuid primary key default gen_random_uuid(),
     graduate_id uuid not null references graduates (id) on delete cascade,
     kind text not null,
     file_name text not null,
     mime_type text not null check (mime_type in ('application/pdf', 'image/jpeg', 'image/png')),
     size_bytes int not null check (size_bytes between 1 and 10485760),
     sha256 char(64) not null,
     content bytea not null,
     uploaded_by uuid references users (id),
     uploaded_at timestamptz not null
   )`,
  `create index assistance_evidence_graduate_idx on assistance_evidence (graduate_id)`,
  `create table assistance_targets (
     graduate_id uuid not null references graduates (id) on delete cascade,
     category text not null,
     source text not null check (source in ('roster', 'application')),
     status text not null check (status in ('pending_college', 'pending_university', 'approved', 'rejected')),
     evidence_id uuid references assistance_evidence (id),
     note text,
     decision_reason text,
     decided_by uuid references users (id),
     decided_at timestamptz,
     applied_by uuid references users (id),
     created_at timestamptz not null,
     updated_at timestamptz not null,
     primary key (graduate_id, category)
   )`,
  // The roster's category is the university's own identification; rosters imported before this
  // migration carry theirs over.
  `insert into assistance_targets (graduate_id, category, source, status, created_at, updated_at)
     select id, assistance_category, 'roster', 'approved', now(), now() from graduates
     where assistance_category is not null`,
  `create index assistance_targets_status_idx on assistance_targets (status) where status like 'pending%'`,
  `create table assistance_target_events (
     id bigint generated always as identity primary key,
     graduate_id uuid not null references graduates (id) on delete cascade,
     category text not null,
     action text not null,
     status text not null,
     reason text,
     actor_id uuid references users (id),
     at timestamptz not null
   )`,
  `create index assistance_target_events_graduate_idx on assistance_target_events (graduate_id, id)`,
  `create table assistance_plans (
     graduate_id uuid primary key references graduates (id) on delete cascade,
     counsellor_id uuid references users (id),
     goals text not null,
     created_by uuid references users (id),
     created_at timestamptz not null,
     updated_at timestamptz not null
   )`,
  `create index assistance_plans_counsellor_idx on assistance_plans (counsellor_id)`,
  `create table assistance_plan_actions (
     id uuid primary key default gen_random_uuid(),
     graduate_id uuid not null references assistance_plans (graduate_id) on delete cascade,
     position int not null,
     title text not null,
     due_on date not null,
     done_on date
   )`,
  `create index assistance_plan_actions_graduate_idx on assistance_plan_actions (graduate_id, position)`,
  `create table training_programmes (
     id uuid primary key default gen_random_uuid(),
     name text not null,
     kind text not null,
     organiser text not null,
     -- A university's own programme, or a province's (run by its education or HR&SS department).
     university_code char(10) references universities (code),
     province_code char(2) not null,
     starts_on date not null,
     ends_on date not null,
     sessions int not null check (sessions between 1 and 200),
     capacity int not null check (capacity between 1 and 10000),
     description text not null default '',
     status text not null default 'open' check (status in ('open', 'closed')),
     created_by uuid references users (id),
     created_at timestamptz not null,
     check (ends_on >= starts_on)
   )`,
  `create index training_programmes_scope_idx on training_programmes (province_code, university_code)`,
  `create table training_enrolments (
     programme_id uuid not null references training_programmes (id) on delete cascade,
     graduate_id uuid not null references graduates (id) on delete cascade,
     status text not null check (status in ('enrolled', 'completed', 'withdrawn')),
     enrolled_by uuid references users (id),
     enrolled_at timestamptz not null,
     completed_on date,
     certificate_no text,
     primary key (programme_id, graduate_id),
     unique (programme_id, certificate_no),
     check (status <> 'completed' or certificate_no is not null)
   )`,
  `create index training_enrolments_graduate_idx on training_enrolments (graduate_id)`,
  `create table training_attendance (
     programme_id uuid not null,
     graduate_id uuid not null,
     session_no int not null check (session_no >= 1),
     recorded_by uuid references users (id),
     recorded_at timestamptz not null,
     primary key (programme_id, graduate_id, session_no),
     foreign key (programme_id, graduate_id) references training_enrolments (programme_id, graduate_id) on delete cascade
   )`,
  `create table assistance_services (
     id uuid primary key default gen_random_uuid(),
     graduate_id uuid not null references graduates (id) on delete cascade,
     kind text not null check (kind in ('policy_explanation', 'guidance_session', 'job_referral', 'training_offer', 'traineeship_offer')),
     service_on date not null,
     note text not null default '',
     posting_id uuid references job_postings (id),
     programme_id uuid references training_programmes (id),
     actor_id uuid references users (id),
     actor_name text not null,
     response text not null default 'pending' check (response in ('pending', 'accepted', 'declined', 'unreachable')),
     response_note text,
     responded_at timestamptz,
     created_at timestamptz not null,
     check (kind <> 'job_referral' or posting_id is not null)
   )`,
  `create index assistance_services_graduate_idx on assistance_services (graduate_id, service_on)`,
  `create table assistance_standards (
     university_code char(10) primary key references universities (code),
     policy_explanation int not null check (policy_explanation between 0 and 20),
     guidance_session int not null check (guidance_session between 0 and 20),
     job_referral int not null check (job_referral between 0 and 20),
     training_or_traineeship int not null check (training_or_traineeship between 0 and 20),
     updated_by uuid references users (id),
     updated_at timestamptz not null
   )`,
  `create table subsidy_rules (
     province_code char(2) not null,
     graduation_year int not null,
     categories text[] not null,
     amount_fen int not null check (amount_fen > 0),
     opens_on date not null,
     closes_on date not null,
     evidence text[] not null default '{}',
     updated_by uuid references users (id),
     updated_at timestamptz not null,
     primary key (province_code, graduation_year),
     check (closes_on >= opens_on)
   )`,
  `create table subsidy_applications (
     id uuid primary key default gen_random_uuid(),
     graduate_id uuid not null references graduates (id) on delete cascade,
     -- The person: the blind index of their ID number (one person may have two graduate records).
     person_index text not null,
     province_code char(2) not null,
     university_code char(10) not null,
     graduation_year int not null,
     category text not null,
     amount_fen int not null check (amount_fen > 0),
     evidence_ids uuid[] not null default '{}',
     note text,
     status text not null check (status in ('pending_college', 'pending_university', 'pending_province', 'approved', 'paid', 'rejected', 'withdrawn')),
     applied_by uuid references users (id),
     on_behalf boolean not null,
     created_at timestamptz not null,
     updated_at timestamptz not null
   )`,
  // One live application per person: a second is refused by the database, whatever the code does.
  `create unique index subsidy_applications_one_live_idx on subsidy_applications (person_index)
     where status not in ('rejected', 'withdrawn')`,
  `create index subsidy_applications_scope_idx on subsidy_applications (province_code, graduation_year, status)`,
  `create index subsidy_applications_graduate_idx on subsidy_applications (graduate_id)`,
  `create table subsidy_decisions (
     id bigint generated always as identity primary key,
     application_id uuid not null references subsidy_applications (id) on delete cascade,
     stage text not null check (stage in ('applicant', 'college', 'university', 'province')),
     decision text not null check (decision in ('submit', 'approve', 'reject', 'withdraw', 'pay')),
     reason text,
     actor_id uuid references users (id),
     at timestamptz not null
   )`,
  `create index subsidy_decisions_application_idx on subsidy_decisions (application_id, id)`,
  // Paid once: one payment per application and one per person.
  `create table subsidy_payments (
     application_id uuid primary key references subsidy_applications (id),
     person_index text not null unique,
     amount_fen int not null check (amount_fen > 0),
     paid_on date not null,
     reference text not null,
     recorded_by uuid references users (id),
     recorded_at timestamptz not null
   )`,
  // A paid application stays paid: the payment row pins it.
  `create function subsidy_paid_is_final() returns trigger language plpgsql as $$
   begin
     if old.status = 'paid' and new.status <> 'paid' then
       raise exception 'a paid subsidy application cannot change status';
     end if;
     return new;
   end $$`,
  `create trigger subsidy_paid_is_final before update on subsidy_applications
     for each row execute function subsidy_paid_is_final()`,
  `create table handover_consents (
     graduate_id uuid primary key references graduates (id) on delete cascade,
     consent boolean not null,
     wants_job boolean not null,
     recorded_by uuid references users (id),
     -- Who gave it: the graduate online, or a counsellor who holds the graduate's signed form.
     via text not null check (via in ('graduate', 'counsellor')),
     note text,
     at timestamptz not null
   )`,
  `create table handover_batches (
     id uuid primary key default gen_random_uuid(),
     university_code char(10) not null references universities (code),
     graduation_year int not null,
     handed_over int not null,
     created_by uuid references users (id),
     created_at timestamptz not null
   )`,
  `create table handovers (
     graduate_id uuid primary key references graduates (id) on delete cascade,
     batch_id uuid not null references handover_batches (id),
     university_code char(10) not null,
     graduation_year int not null,
     -- The hukou region the office is chosen by, and its province (the office's scope).
     region_code char(6) not null references regions (code),
     province_code char(2) not null,
     wants_job boolean not null,
     handed_over_on date not null,
     first_contact_on date,
     outcome text check (outcome in ('employed', 'training', 'traineeship', 'seeking', 'not_seeking')),
     outcome_on date
   )`,
  `create index handovers_office_idx on handovers (province_code, graduation_year, region_code)`,
  `create index handovers_university_idx on handovers (university_code, graduation_year)`,
  `create table handover_followups (
     id uuid primary key default gen_random_uuid(),
     graduate_id uuid not null references handovers (graduate_id) on delete cascade,
     kind text not null check (kind in ('contact', 'service', 'outcome')),
     on_day date not null,
     reached boolean,
     outcome text,
     note text not null default '',
     actor_id uuid references users (id),
     actor_name text not null,
     created_at timestamptz not null
   )`,
  `create index handover_followups_graduate_idx on handover_followups (graduate_id, on_day)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'handover_followups',
    'handovers',
    'handover_batches',
    'handover_consents',
    'subsidy_payments',
    'subsidy_decisions',
    'subsidy_applications',
    'subsidy_rules',
    'assistance_standards',
    'assistance_services',
    'training_attendance',
    'training_enrolments',
    'training_programmes',
    'assistance_plan_actions',
    'assistance_plans',
    'assistance_target_events',
    'assistance_targets',
    'assistance_evidence',
  ])
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  await sql.raw('drop function if exists subsidy_paid_is_final').execute(db);
}
