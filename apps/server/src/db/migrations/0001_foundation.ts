import { sql, type Kysely } from 'kysely';

/**
 * Foundation schema. Big tables carry province_code (and graduation_year where it applies) so they
 * can later be partitioned or distributed on that key (see docs/ARCHITECTURE.md, scale-out).
 * Each statement runs on its own because PGlite's extended protocol takes one statement at a time.
 */
const statements = [
  `create table regions (
     code char(6) primary key,
     name text not null,
     level text not null check (level in ('province', 'city', 'county')),
     parent_code char(6) references regions (code)
   )`,
  `create index regions_parent_idx on regions (parent_code)`,
  `create table universities (
     code char(10) primary key check (code ~ '^[0-9]{10}$'),
     name text not null unique,
     authority text,
     location text,
     level text not null check (level in ('本科', '专科')),
     province_code char(2) not null,
     source text not null,
     created_at timestamptz not null default now()
   )`,
  `create index universities_province_idx on universities (province_code)`,
  `create table majors (
     education_level text not null,
     code text not null,
     catalog text not null,
     name text not null,
     item_level text not null,
     parent_code text,
     category_code text not null,
     category_name text not null,
     class_code text,
     class_name text,
     primary key (education_level, code)
   )`,
  `create index majors_code_idx on majors (code)`,
  `create table reference_codes (
     list text not null,
     code text not null,
     name text not null,
     name_en text,
     category text,
     parent_code text,
     sort_order int not null default 0,
     primary key (list, code)
   )`,
  `create table colleges (
     id uuid primary key default gen_random_uuid(),
     university_code char(10) not null references universities (code),
     name text not null,
     created_at timestamptz not null default now(),
     unique (university_code, name),
     -- Target of graduates' composite key, which pins a graduate's college to their university.
     unique (id, university_code)
   )`,
  `create table organisations (
     id uuid primary key default gen_random_uuid(),
     kind text not null check (kind in ('employer', 'agency')),
     name text not null,
     uscc char(18) not null unique,
     nature text,
     industry_code text,
     region_code char(6) references regions (code),
     province_code char(2),
     verification text not null default 'pending' check (verification in ('pending', 'verified', 'rejected')),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now()
   )`,
  `create table graduates (
     id uuid primary key default gen_random_uuid(),
     university_code char(10) not null,
     province_code char(2) not null,
     student_no text not null,
     name text not null,
     gender text not null check (gender in ('male', 'female')),
     id_number_enc text not null,
     id_number_index text not null,
     phone_enc text,
     phone_index text,
     email text,
     college_id uuid not null,
     major_code text not null,
     degree text not null,
     graduation_year int not null,
     origin_region_code char(6),
     assistance_category text,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (university_code, student_no),
     -- One composite key instead of two: the college must exist AND belong to the graduate's
     -- university (which must exist, via colleges), at the cost of one check per row on import.
     foreign key (college_id, university_code) references colleges (id, university_code)
   )`,
  // University-scoped lists page through the (university_code, student_no) unique index.
  `create index graduates_college_idx on graduates (college_id)`,
  `create index graduates_province_idx on graduates (province_code, graduation_year)`,
  `create index graduates_id_number_idx on graduates (id_number_index)`,
  `create index graduates_phone_idx on graduates (phone_index)`,
  `create index graduates_name_idx on graduates (university_code, name text_pattern_ops)`,
  `create table users (
     id uuid primary key default gen_random_uuid(),
     username text not null,
     display_name text not null,
     password_hash text not null,
     role text not null,
     scope_kind text not null check (scope_kind in ('self', 'organisation', 'college', 'university', 'province', 'national')),
     province_code char(2),
     university_code char(10) references universities (code),
     college_id uuid references colleges (id),
     organisation_id uuid references organisations (id),
     graduate_id uuid unique references graduates (id),
     status text not null default 'active' check (status in ('active', 'disabled')),
     failed_logins int not null default 0,
     locked_until timestamptz,
     last_login_at timestamptz,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     check (scope_kind <> 'self' or graduate_id is not null),
     check (scope_kind <> 'organisation' or organisation_id is not null),
     check (scope_kind <> 'college' or (college_id is not null and university_code is not null)),
     check (scope_kind <> 'university' or university_code is not null),
     check (scope_kind <> 'province' or province_code is not null)
   )`,
  `create unique index users_username_idx on users (lower(username))`,
  `create table sessions (
     id text primary key,
     user_id uuid not null references users (id) on delete cascade,
     created_at timestamptz not null default now(),
     last_seen_at timestamptz not null default now(),
     expires_at timestamptz not null,
     ip text,
     user_agent text
   )`,
  `create index sessions_user_idx on sessions (user_id)`,
  `create table audit_log (
     id bigint generated always as identity primary key,
     at timestamptz not null default now(),
     actor_id uuid,
     actor_label text not null,
     action text not null,
     target_type text,
     target_id text,
     detail jsonb not null default '{}',
     ip text,
     prev_hash text not null,
     hash text not null unique
   )`,
  `create index audit_log_action_idx on audit_log (action, id)`,
  `create index audit_log_actor_idx on audit_log (actor_id, id)`,
  // Append-only: the database itself refuses to change history, whatever the application does.
  `create function audit_log_append_only() returns trigger language plpgsql as $$
   begin
     raise exception 'audit_log is append-only';
   end $$`,
  `create trigger audit_log_no_update before update or delete on audit_log
     for each row execute function audit_log_append_only()`,
  // Row triggers do not fire on TRUNCATE, which would otherwise empty the log and still verify.
  `create trigger audit_log_no_truncate before truncate on audit_log
     for each statement execute function audit_log_append_only()`,
  `create table jobs (
     id uuid primary key default gen_random_uuid(),
     kind text not null,
     payload jsonb not null,
     status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
     attempts int not null default 0,
     max_attempts int not null default 3,
     run_after timestamptz not null default now(),
     locked_at timestamptz,
     locked_by text,
     error text,
     created_at timestamptz not null default now(),
     finished_at timestamptz
   )`,
  `create index jobs_queue_idx on jobs (status, run_after)`,
  `create table imports (
     id uuid primary key default gen_random_uuid(),
     kind text not null default 'graduates',
     university_code char(10) not null references universities (code),
     file_name text not null,
     file_path text not null,
     file_size bigint not null,
     file_sha256 text not null,
     status text not null default 'queued' check (status in ('queued', 'running', 'succeeded', 'failed')),
     rows_processed int not null default 0,
     accepted int not null default 0,
     rejected int not null default 0,
     inserted int not null default 0,
     updated int not null default 0,
     created_colleges jsonb not null default '[]',
     warnings jsonb not null default '[]',
     message text,
     created_by uuid references users (id),
     created_at timestamptz not null default now(),
     started_at timestamptz,
     finished_at timestamptz
   )`,
  `create index imports_university_idx on imports (university_code, created_at)`,
  `create table import_errors (
     id bigint generated always as identity primary key,
     import_id uuid not null references imports (id) on delete cascade,
     line int not null,
     field text not null,
     code text not null,
     message text not null
   )`,
  `create index import_errors_import_idx on import_errors (import_id, line)`,
  // Validated rows wait here until the whole file has been read, then move in one transaction.
  // Unlogged: the rows are transient, and a crashed import is re-run from its file anyway.
  `create unlogged table import_staging (
     import_id uuid not null references imports (id) on delete cascade,
     line int not null,
     student_no text not null,
     name text not null,
     gender text not null,
     id_number_enc text not null,
     id_number_index text not null,
     phone_enc text,
     phone_index text,
     email text,
     college_name text not null,
     major_code text not null,
     degree text not null,
     graduation_year int not null,
     origin_region_code char(6),
     assistance_category text,
     primary key (import_id, line)
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'import_staging',
    'import_errors',
    'imports',
    'jobs',
    'audit_log',
    'sessions',
    'users',
    'graduates',
    'organisations',
    'colleges',
    'reference_codes',
    'majors',
    'universities',
    'regions',
  ])
    await sql.raw(`drop table if exists ${table} cascade`).execute(db);
  await sql.raw('drop function if exists audit_log_append_only').execute(db);
}
