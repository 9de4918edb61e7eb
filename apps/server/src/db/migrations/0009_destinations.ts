import { MINIMUM_WAGES } from '@jiuye/domain';
import { sql, type Kysely } from 'kysely';

/**
 * 毕业去向登记 (issue 6): each graduate's current destination, every version of it, the review and
 * tracking events, the evidence files, and the minimum wages 其他录用形式就业 is held to.
 *
 * Scope (university, college) is read from graduates, not copied here: a roster re-import may move
 * a graduate to another college, and a copy would send their registration to the wrong reviewer.
 */
const statements = [
  `create table minimum_wages (
     province_code char(2) primary key,
     monthly_fen int not null check (monthly_fen > 0),
     as_of date not null,
     source text not null,
     updated_at timestamptz not null default now()
   )`,
  `create table destinations (
     graduate_id uuid primary key references graduates (id) on delete cascade,
     version int not null check (version > 0),
     destination_code text not null,
     category text not null,
     details jsonb not null,
     status text not null
       check (status in ('pending_college', 'pending_university', 'approved', 'returned')),
     return_reason text,
     -- The category of the last approved version: what monitoring counts while a change is reviewed.
     approved_category text,
     -- Given on final approval; unguessable (80 random bits), for 查询核验.
     verification_no text unique,
     registered_at timestamptz not null,
     updated_at timestamptz not null,
     approved_at timestamptz
   )`,
  `create index destinations_status_idx on destinations (status, updated_at)`,
  `create table destination_evidence (
     id uuid primary key default gen_random_uuid(),
     graduate_id uuid not null references graduates (id) on delete cascade,
     kind text not null,
     file_name text not null,
     mime_type text not null check (mime_type in ('application/pdf', 'image/jpeg', 'image/png')),
     size_bytes int not null check (size_bytes between 1 and 10485760),
     sha256 char(64) not null,
     content bytea not null,
     uploaded_by uuid references users (id),
     uploaded_at timestamptz not null,
     -- Kept after removal: an approved version may have relied on it.
     removed_at timestamptz
   )`,
  `create index destination_evidence_graduate_idx on destination_evidence (graduate_id)`,
  `create table destination_versions (
     graduate_id uuid not null references graduates (id) on delete cascade,
     version int not null,
     destination_code text not null,
     category text not null,
     details jsonb not null,
     -- The evidence attached when this version was saved.
     evidence_ids uuid[] not null default '{}',
     source text not null check (source in ('graduate', 'university', 'import')),
     created_by uuid references users (id),
     created_at timestamptz not null,
     primary key (graduate_id, version)
   )`,
  `create table destination_events (
     id bigint generated always as identity primary key,
     graduate_id uuid not null references graduates (id) on delete cascade,
     version int not null,
     action text not null check (action in
       ('registered', 'edited', 'college_approved', 'approved', 'returned', 'evidence_added', 'evidence_removed')),
     status text not null,
     reason text,
     actor_id uuid references users (id),
     actor_role text not null,
     at timestamptz not null
   )`,
  `create index destination_events_graduate_idx on destination_events (graduate_id, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  for (const w of MINIMUM_WAGES)
    await sql`insert into minimum_wages (province_code, monthly_fen, as_of, source)
      values (${w.provinceCode}, ${w.monthly * 100}, ${w.asOf}, 'seed: packages/domain/src/reference/minimum-wages.ts')`.execute(
      db,
    );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'destination_events',
    'destination_versions',
    'destination_evidence',
    'destinations',
    'minimum_wages',
  ])
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
