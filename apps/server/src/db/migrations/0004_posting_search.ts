import { sql, type Kysely } from 'kysely';
import { indexTokens, toTsVector } from '@jiuye/domain/search/tokens';

// The vector as this migration first built it (search moved to posting_search in 0005).
function postingSearchVector(p: {
  title: string;
  name: string;
  description: string;
  requirements: string | null;
}) {
  const literal = toTsVector([
    { tokens: indexTokens(p.title), weight: 'A' },
    { tokens: indexTokens(p.name), weight: 'B' },
    { tokens: indexTokens(`${p.description}\n${p.requirements ?? ''}`), weight: 'C' },
  ]);
  return sql`${literal}::tsvector`;
}

/**
 * Chinese full-text search over postings: a tsvector of lexemes computed by the application
 * (jieba words + CJK bigrams), identical on PGlite and PostgreSQL. Existing rows are indexed here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table job_postings add column search_vector tsvector`.execute(db);
  const rows = await sql<{
    id: string;
    title: string;
    description: string;
    requirements: string | null;
    name: string;
  }>`
    select p.id, p.title, p.description, p.requirements, o.name
    from job_postings p join organisations o on o.id = p.organisation_id`.execute(db);
  for (const row of rows.rows) {
    const vector = postingSearchVector(row);
    await sql`update job_postings set search_vector = ${vector} where id = ${row.id}`.execute(db);
  }
  // Only published postings are searched; the partial index stays small and the planner uses it.
  await sql`create index job_postings_search_idx on job_postings using gin (search_vector) where status = 'published'`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists job_postings_search_idx`.execute(db);
  await sql`alter table job_postings drop column if exists search_vector`.execute(db);
}
