import { sql, type Kysely } from 'kysely';

/**
 * 查询核验 (issue 6): a third party verifies an approved destination with its verification number
 * and the graduate's name, only while the graduate's authorisation runs; every lookup is logged (the
 * graduate sees who verified when, and throttling counts the failures), and a graduate's 存疑 goes to
 * the university for a decision.
 */
const statements = [
  `create table verification_authorisations (
     id uuid primary key default gen_random_uuid(),
     graduate_id uuid not null references graduates (id) on delete cascade,
     note text,
     created_at timestamptz not null,
     expires_at timestamptz not null,
     revoked_at timestamptz,
     check (expires_at > created_at)
   )`,
  `create index verification_authorisations_graduate_idx on verification_authorisations (graduate_id)`,
  `create table verification_logs (
     id bigint generated always as identity primary key,
     -- Null when the number matched no registration.
     graduate_id uuid references graduates (id) on delete cascade,
     outcome text not null check (outcome in ('verified', 'not_matched', 'not_authorised')),
     verifier text,
     ip text,
     at timestamptz not null
   )`,
  `create index verification_logs_graduate_idx on verification_logs (graduate_id, at)`,
  // Throttling counts an address's recent failures.
  `create index verification_logs_ip_idx on verification_logs (ip, at) where outcome <> 'verified'`,
  `create table verification_disputes (
     id uuid primary key default gen_random_uuid(),
     graduate_id uuid not null references graduates (id) on delete cascade,
     -- The lookup the graduate doubts, or null when they doubt the record itself.
     log_id bigint references verification_logs (id),
     reason text not null,
     status text not null check (status in ('open', 'upheld', 'dismissed')),
     decision_note text,
     decided_by uuid references users (id),
     decided_at timestamptz,
     created_at timestamptz not null
   )`,
  `create index verification_disputes_graduate_idx on verification_disputes (graduate_id)`,
  `create index verification_disputes_open_idx on verification_disputes (status, created_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['verification_disputes', 'verification_logs', 'verification_authorisations'])
    await sql.raw(`drop table if exists ${table}`).execute(db);
}
