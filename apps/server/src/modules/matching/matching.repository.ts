import { sql } from 'kysely';
import type { Database } from '../../db';

/** A graduate's job preferences, or undefined when never saved. */
export function findPreferences(db: Database, graduateId: string) {
  return db
    .selectFrom('graduate_preferences')
    .selectAll()
    .where('graduate_id', '=', graduateId)
    .executeTakeFirst();
}

export interface PreferenceFields {
  desired_regions: string[];
  salary_expectation: number | null;
  desired_occupations: string[];
  key_field_opt_ins: string[];
  use_origin: boolean;
  discoverable: boolean;
}

/** Saves a graduate's preferences (insert or replace). */
export async function savePreferences(db: Database, graduateId: string, p: PreferenceFields, now: Date) {
  await db
    .insertInto('graduate_preferences')
    .values({ graduate_id: graduateId, ...p, updated_at: now })
    .onConflict((oc) => oc.column('graduate_id').doUpdateSet({ ...p, updated_at: now }))
    .execute();
}

/** What matching needs of a graduate: major, degree, 生源地. */
export function findGraduateBasics(db: Database, graduateId: string) {
  return db
    .selectFrom('graduates')
    .select(['id', 'major_code', 'degree', 'origin_region_code', 'college_id', 'university_code'])
    .where('id', '=', graduateId)
    .executeTakeFirst();
}

/** The résumé's skills, as saved by the graduate. */
export async function resumeSkills(db: Database, graduateId: string): Promise<string[]> {
  const row = await db
    .selectFrom('resumes')
    .select('content')
    .where('graduate_id', '=', graduateId)
    .executeTakeFirst();
  const skills = (row?.content as { skills?: unknown } | undefined)?.skills;
  return Array.isArray(skills) ? skills.filter((s): s is string => typeof s === 'string') : [];
}

/** Records 不感兴趣 (again: the reason is updated). */
export async function insertDismissal(
  db: Database,
  d: {
    graduate_id: string;
    posting_id: string;
    organisation_id: string;
    occupation_code: string | null;
    reason: string | null;
  },
) {
  await db
    .insertInto('match_dismissals')
    .values(d)
    .onConflict((oc) => oc.columns(['graduate_id', 'posting_id']).doUpdateSet({ reason: d.reason }))
    .execute();
}

/** Takes back a 不感兴趣; whether there was one. */
export async function deleteDismissal(db: Database, graduateId: string, postingId: string) {
  const r = await db
    .deleteFrom('match_dismissals')
    .where('graduate_id', '=', graduateId)
    .where('posting_id', '=', postingId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Everything a graduate dismissed (ids only: 10,000 of them are still small). */
export function dismissalsOf(db: Database, graduateId: string) {
  return db
    .selectFrom('match_dismissals')
    .select(['posting_id', 'organisation_id', 'occupation_code'])
    .where('graduate_id', '=', graduateId)
    .execute();
}

/** The newest published postings whose tags match a tsquery (candidates for scoring). */
export async function candidateIds(db: Database, tagQuery: string, today: string, limit: number) {
  const rows = await db
    .selectFrom('posting_search')
    .select('posting_id')
    .where(sql<boolean>`tags @@ ${tagQuery}::tsquery`)
    .where((eb) => eb.or([eb('deadline', 'is', null), eb('deadline', '>=', today)]))
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.posting_id);
}

/** The learned share of each occupation group among a major class's placed graduates. */
export async function affinityOf(db: Database, majorClass: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('major_occupation_affinity')
    .select(['occupation_code', 'share'])
    .where('major_class', '=', majorClass)
    .execute();
  return new Map(rows.map((r) => [r.occupation_code, Number(r.share)]));
}

/**
 * Recomputes where graduates of each major class went: accepted offers and signed applications
 * (destination records join in with the destinations issue). Replaces the table in one statement.
 */
export async function refreshAffinity(db: Database, now: Date) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('major_occupation_affinity').execute();
    await sql`
      insert into major_occupation_affinity (major_class, occupation_code, share, graduates, computed_at)
      select major_class, occupation_code, n::real / sum(n) over (partition by major_class), n, ${now}
      from (
        select left(g.major_code, 4) as major_class, p.occupation_code, count(distinct a.graduate_id)::int as n
        from applications a
        join job_postings p on p.id = a.posting_id
        join graduates g on g.id = a.graduate_id
        where a.status in ('offer', 'signed') and p.occupation_code is not null
        group by 1, 2
      ) placed`.execute(trx);
  });
}

/**
 * Graduates who opted in to be discovered and could take a posting: their major is one it names
 * (or in a class it names, or it takes any major), they hold the degree, and they graduated within
 * the last two years. At most `limit`, most recently updated preferences first.
 */
export function discoverableCandidates(
  db: Database,
  c: { majorCodes: readonly string[]; degrees: readonly string[]; sinceYear: number; limit: number },
) {
  let q = db
    .selectFrom('graduate_preferences as p')
    .innerJoin('graduates as g', 'g.id', 'p.graduate_id')
    .leftJoin('resumes as r', 'r.graduate_id', 'g.id')
    .select([
      'g.id',
      'g.name',
      'g.major_code',
      'g.degree',
      'g.university_code',
      'g.origin_region_code',
      'g.graduation_year',
      sql<boolean>`g.assistance_category is not null`.as('priority'),
      'p.desired_regions',
      'p.salary_expectation',
      'p.desired_occupations',
      'p.key_field_opt_ins',
      'p.use_origin',
      sql<unknown>`r.content -> 'skills'`.as('skills'),
    ])
    .where('p.discoverable', '=', true)
    .where('g.degree', 'in', [...c.degrees])
    .where('g.graduation_year', '>=', c.sinceYear);
  if (c.majorCodes.length > 0) {
    const classes = [...new Set(c.majorCodes.map((m) => m.slice(0, 4)))];
    q = q.where((eb) =>
      eb.or([eb('g.major_code', 'in', [...c.majorCodes]), eb(sql`left(g.major_code, 4)`, 'in', classes)]),
    );
  }
  return q.orderBy('p.updated_at', 'desc').limit(c.limit).execute();
}
