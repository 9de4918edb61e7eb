import { sql, type Kysely } from 'kysely';

/**
 * The nightly matching batch (issue 5): precomputed recommendations per graduate, and a dedupe key
 * on jobs so that several server processes scheduling the same nightly run enqueue it once.
 */
const statements = [
  `alter table jobs add column dedupe_key text`,
  `create unique index jobs_dedupe_idx on jobs (dedupe_key) where dedupe_key is not null`,
  `create table match_recommendations (
     graduate_id uuid primary key references graduates (id) on delete cascade,
     -- Best first; postings that closed since are skipped on read.
     posting_ids uuid[] not null,
     scores real[] not null check (cardinality(scores) = cardinality(posting_ids)),
     computed_at timestamptz not null
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists match_recommendations').execute(db);
  await sql.raw('drop index if exists jobs_dedupe_idx').execute(db);
  await sql.raw('alter table jobs drop column if exists dedupe_key').execute(db);
}
