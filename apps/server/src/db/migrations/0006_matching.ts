import { sql, type Kysely } from 'kysely';

/**
 * Person–job matching (issue 5): what graduates want (preferences, opt-in to be discovered by
 * employers), what they turned down (不感兴趣), and where graduates of each major class went
 * (the learned major → occupation affinity).
 */
const statements = [
  `create table graduate_preferences (
     graduate_id uuid primary key references graduates (id) on delete cascade,
     desired_regions text[] not null default '{}',
     salary_expectation int check (salary_expectation is null or salary_expectation between 1 and 10000000),
     desired_occupations text[] not null default '{}',
     key_field_opt_ins text[] not null default '{}',
     -- 生源地 only counts when the graduate chooses it (never a 户籍 filter by default).
     use_origin boolean not null default false,
     -- Employers may suggest this graduate for their postings (masked) only after opting in.
     discoverable boolean not null default false,
     updated_at timestamptz not null default now()
   )`,
  `create index graduate_preferences_discoverable_idx on graduate_preferences (graduate_id) where discoverable`,
  `create table match_dismissals (
     graduate_id uuid not null references graduates (id) on delete cascade,
     posting_id uuid not null references job_postings (id) on delete cascade,
     organisation_id uuid not null references organisations (id),
     occupation_code text,
     reason text,
     created_at timestamptz not null default now(),
     primary key (graduate_id, posting_id)
   )`,
  `create table major_occupation_affinity (
     major_class text not null,
     occupation_code text not null,
     share real not null check (share between 0 and 1),
     graduates int not null,
     computed_at timestamptz not null default now(),
     primary key (major_class, occupation_code)
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['major_occupation_affinity', 'match_dismissals', 'graduate_preferences']) {
    await sql.raw(`drop table if exists ${table}`).execute(db);
  }
}
