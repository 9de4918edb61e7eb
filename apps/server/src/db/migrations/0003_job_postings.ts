import { sql, type Kysely } from 'kysely';

/**
 * Job postings with their fair-employment check (measure 十九), graduate reports and officials'
 * decisions. The recruitment issue extends job_postings with structured fields and markets.
 * `jobs` is already the background-work table, hence `job_postings`.
 */
const statements = [
  `create table job_postings (
     id uuid primary key default gen_random_uuid(),
     organisation_id uuid not null references organisations (id),
     province_code char(2),
     title text not null,
     description text not null,
     requirements text,
     salary_min_fen bigint check (salary_min_fen >= 0),
     salary_max_fen bigint check (salary_max_fen >= 0),
     status text not null default 'draft' check (status in ('draft', 'published', 'closed', 'taken_down')),
     compliance_verdict text check (compliance_verdict in ('pass', 'warn', 'block')),
     compliance_findings jsonb not null default '[]',
     warnings_acknowledged_by uuid references users (id),
     warnings_acknowledged_at timestamptz,
     review_status text not null default 'none' check (review_status in ('none', 'pending', 'cleared', 'taken_down')),
     created_by uuid references users (id),
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     published_at timestamptz,
     check (salary_min_fen is null or salary_max_fen is null or salary_min_fen <= salary_max_fen)
   )`,
  `create index job_postings_org_idx on job_postings (organisation_id, created_at desc)`,
  `create index job_postings_published_idx on job_postings (published_at desc) where status = 'published'`,
  `create index job_postings_review_idx on job_postings (province_code, review_status) where review_status = 'pending'`,
  // Every refused publication, so officials can see who keeps trying (repeat offenders).
  `create table compliance_blocks (
     id bigint generated always as identity primary key,
     posting_id uuid not null references job_postings (id) on delete cascade,
     organisation_id uuid not null references organisations (id),
     rule_ids text[] not null,
     created_by uuid references users (id),
     created_at timestamptz not null default now()
   )`,
  `create index compliance_blocks_org_idx on compliance_blocks (organisation_id, created_at)`,
  `create table job_reports (
     id uuid primary key default gen_random_uuid(),
     posting_id uuid not null references job_postings (id) on delete cascade,
     reporter_id uuid not null references users (id),
     category text not null,
     reason text not null,
     evidence text,
     status text not null default 'open' check (status in ('open', 'upheld', 'dismissed')),
     created_at timestamptz not null default now(),
     resolved_at timestamptz
   )`,
  // One open report per graduate and posting: a second one is a duplicate, not new evidence.
  `create unique index job_reports_open_idx on job_reports (posting_id, reporter_id) where status = 'open'`,
  `create table compliance_decisions (
     id uuid primary key default gen_random_uuid(),
     posting_id uuid not null references job_postings (id) on delete cascade,
     decision text not null check (decision in ('clear', 'take_down')),
     reason text not null,
     decided_by uuid not null references users (id),
     created_at timestamptz not null default now()
   )`,
  `create index compliance_decisions_posting_idx on compliance_decisions (posting_id, created_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['compliance_decisions', 'job_reports', 'compliance_blocks', 'job_postings']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
