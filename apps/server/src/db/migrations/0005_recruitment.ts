import { sql, type Kysely } from 'kysely';
import type { Database } from '../index';
import { reindexAllPostings } from '../../modules/jobs/jobs.service';

/**
 * Recruitment (measures 七, 八, 十): organisation registration and verification, structured job
 * postings with markets and expiry, the search table, résumés, applications and notifications.
 */
const statements = [
  // ── Organisations: self-registration by HR, verification by education officials ──
  // Natures were free text; they become keys of UNIT_NATURES (packages/domain/src/recruitment).
  `update organisations set nature = case nature
     when '机关' then 'government' when '科研设计单位' then 'research' when '高等教育单位' then 'higher_education'
     when '中初教育单位' then 'school' when '医疗卫生单位' then 'medical' when '事业单位' then 'public_institution'
     when '其他事业单位' then 'public_institution' when '国有企业' then 'state_owned' when '三资企业' then 'foreign_invested'
     when '民营企业' then 'private' when '其他企业' then 'private' when '部队' then 'military'
     when '社会组织' then 'social_organisation' when '人力资源服务机构' then 'hr_agency'
     else null end`,
  `alter table organisations
     add column size text check (size in ('micro', 'small', 'medium', 'large', 'xlarge')),
     add column contact_name text,
     add column contact_phone_enc text,
     add column contact_email text,
     add column licence_no text,
     add column introduction text,
     add column verification_note text,
     add column verified_at timestamptz,
     add column verified_by uuid references users (id),
     add column registered_by uuid references users (id)`,
  `alter table organisations drop constraint organisations_verification_check`,
  `alter table organisations add constraint organisations_verification_check
     check (verification in ('pending', 'verified', 'rejected', 'needs_info'))`,
  `create index organisations_verification_idx on organisations (province_code, created_at)
     where verification in ('pending', 'needs_info')`,
  // Every verification decision, with its reason: the organisation sees why, officials see history.
  `create table organisation_reviews (
     id bigint generated always as identity primary key,
     organisation_id uuid not null references organisations (id) on delete cascade,
     decision text not null check (decision in ('approve', 'reject', 'request_info', 'resubmit')),
     reason text,
     decided_by uuid not null references users (id),
     created_at timestamptz not null default now()
   )`,
  `create index organisation_reviews_org_idx on organisation_reviews (organisation_id, created_at)`,

  // ── Structured postings ──
  `alter table job_postings
     add column occupation_code text,
     add column industry_code text,
     add column major_codes text[] not null default '{}',
     add column min_degree text,
     add column region_codes text[] not null default '{}',
     add column headcount int check (headcount between 1 and 9999),
     add column job_type text not null default 'full_time' check (job_type in ('full_time', 'internship', 'traineeship')),
     add column key_fields text[] not null default '{}',
     add column benefits text[] not null default '{}',
     add column deadline date`,
  `alter table job_postings drop constraint job_postings_status_check`,
  `alter table job_postings add constraint job_postings_status_check
     check (status in ('draft', 'published', 'closed', 'expired', 'taken_down'))`,
  // The sweeper finds published postings past their deadline through this index.
  `create index job_postings_deadline_idx on job_postings (deadline) where status = 'published'`,
  // Search moves to posting_search (narrow rows: the planner can afford to visit many matches).
  `drop index if exists job_postings_search_idx`,
  `alter table job_postings drop column if exists search_vector`,

  // ── Search: one narrow row per published posting ──
  // terms: text lexemes of title, organisation and body (jieba-guided CJK bigrams, Latin words);
  // tags: filter lexemes (r:42, d:bachelor, mk:<market> …), so words and filters are GIN lookups
  // and facets one GROUP BY over tags. A search visits many rows (it walks published_at for common
  // words), so rows must stay small: terms (≈1–4 KB) belongs out of line. PostgreSQL only starts
  // moving values out once a row exceeds ~2 KB, so toast_padding — 2,100 'x', compressed to ~35
  // bytes — makes every new row cross that line, and toast_tuple_target = 128 then sends terms
  // (storage external) to the TOAST table. Measured at 500,000 postings: rows of ~1.4 KB shrink to ~300 bytes, and
  // GIN answers terms @@ query without reading terms back.
  `create table posting_search (
     posting_id uuid primary key references job_postings (id) on delete cascade,
     published_at timestamptz not null,
     deadline date,
     salary_max_fen bigint,
     title_key text not null,
     tags tsvector not null,
     terms tsvector not null,
     toast_padding text not null default repeat('x', 2100)
   ) with (toast_tuple_target = 128)`,
  // terms goes out of line; tags and title_key are read row by row and must never leave the row
  // (plain); the padding is compressed in place (main).
  `alter table posting_search alter column terms set storage external`,
  `alter table posting_search alter column tags set storage plain`,
  `alter table posting_search alter column title_key set storage plain`,
  `alter table posting_search alter column toast_padding set storage main`,
  `create index posting_search_terms_idx on posting_search using gin (terms)`,
  `create index posting_search_tags_idx on posting_search using gin (tags)`,
  `create index posting_search_published_idx on posting_search (published_at desc)`,

  // ── Markets: campus (a university's), regional and industry (an official's) ──
  `create table job_markets (
     id uuid primary key default gen_random_uuid(),
     kind text not null check (kind in ('campus', 'regional', 'industry')),
     name text not null,
     description text,
     university_code char(10),
     region_code char(6),
     industry_code text,
     province_code char(2),
     status text not null default 'open' check (status in ('open', 'closed')),
     created_by uuid references users (id),
     created_at timestamptz not null default now(),
     check (kind <> 'campus' or university_code is not null),
     check (kind <> 'regional' or region_code is not null),
     check (kind <> 'industry' or industry_code is not null)
   )`,
  `create index job_markets_university_idx on job_markets (university_code) where kind = 'campus'`,
  // A posting appears in several markets without being copied.
  `create table market_postings (
     market_id uuid not null references job_markets (id) on delete cascade,
     posting_id uuid not null references job_postings (id) on delete cascade,
     added_by uuid references users (id),
     added_at timestamptz not null default now(),
     primary key (market_id, posting_id)
   )`,
  `create index market_postings_posting_idx on market_postings (posting_id)`,

  // ── Résumés and applications ──
  `create table resumes (
     graduate_id uuid primary key references graduates (id) on delete cascade,
     content jsonb not null,
     updated_at timestamptz not null default now()
   )`,
  `create table applications (
     id uuid primary key default gen_random_uuid(),
     posting_id uuid not null references job_postings (id),
     organisation_id uuid not null references organisations (id),
     graduate_id uuid not null references graduates (id),
     resume_snapshot jsonb not null,
     status text not null default 'submitted'
       check (status in ('submitted', 'viewed', 'interview', 'offer', 'signed', 'rejected', 'withdrawn')),
     -- Set once the employer invites to interview: from then on it sees name and contact unmasked.
     revealed_at timestamptz,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     unique (posting_id, graduate_id)
   )`,
  `create index applications_org_idx on applications (organisation_id, status, created_at desc)`,
  `create index applications_graduate_idx on applications (graduate_id, created_at desc)`,
  `create table application_events (
     id bigint generated always as identity primary key,
     application_id uuid not null references applications (id) on delete cascade,
     from_status text,
     to_status text not null,
     actor_id uuid references users (id),
     note text,
     created_at timestamptz not null default now()
   )`,
  `create index application_events_app_idx on application_events (application_id, id)`,
  `create table notifications (
     id uuid primary key default gen_random_uuid(),
     user_id uuid not null references users (id) on delete cascade,
     kind text not null,
     title text not null,
     body text,
     link text,
     created_at timestamptz not null default now(),
     read_at timestamptz
   )`,
  `create index notifications_user_idx on notifications (user_id, created_at desc)`,
  `create index notifications_unread_idx on notifications (user_id) where read_at is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  // Postings published before search moved here become searchable again.
  await reindexAllPostings(db as Database);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'notifications',
    'application_events',
    'applications',
    'resumes',
    'market_postings',
    'job_markets',
    'posting_search',
    'organisation_reviews',
  ]) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
