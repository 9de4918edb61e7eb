import { sql } from 'kysely';
import type { Database } from '../../db';
import { isTargetSql } from '../../db/graduate-facts';

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

/**
 * What matching knows of graduates: major, degree, 生源地, saved preferences (null before the
 * first save), résumé skills, and when the roster record or résumé last changed.
 */
function subjects(db: Database) {
  return db
    .selectFrom('graduates as g')
    .leftJoin('graduate_preferences as p', 'p.graduate_id', 'g.id')
    .leftJoin('resumes as r', 'r.graduate_id', 'g.id')
    .select([
      'g.id',
      'g.major_code',
      'g.degree',
      'g.origin_region_code',
      'g.graduation_year',
      'g.updated_at',
      'p.desired_regions',
      'p.salary_expectation',
      'p.desired_occupations',
      'p.key_field_opt_ins',
      'p.use_origin',
      sql<unknown>`r.content -> 'skills'`.as('skills'),
      'r.updated_at as resume_updated_at',
    ]);
}

export type SubjectRow = Awaited<ReturnType<ReturnType<typeof subjects>['execute']>>[number];

/** One graduate as matching sees them, or undefined. */
export function findSubject(db: Database, graduateId: string) {
  return subjects(db).where('g.id', '=', graduateId).executeTakeFirst();
}

/** The given graduates as matching sees them (absent ids are left out). */
export function subjectsOf(db: Database, graduateIds: readonly string[]) {
  if (graduateIds.length === 0) return Promise.resolve([]);
  return subjects(db)
    .where('g.id', 'in', [...graduateIds])
    .execute();
}

/**
 * The next page of graduates for the nightly batch, in id order: those who graduated in or after
 * `sinceYear` and whose recommendations were not computed since `asOf` (so a retried run resumes).
 */
export function batchSubjects(
  db: Database,
  page: { afterId: string | null; limit: number; sinceYear: number; asOf: Date },
) {
  let q = subjects(db)
    .leftJoin('match_recommendations as m', 'm.graduate_id', 'g.id')
    .where('g.graduation_year', '>=', page.sinceYear)
    .where((eb) => eb.or([eb('m.computed_at', 'is', null), eb('m.computed_at', '<', page.asOf)]));
  if (page.afterId) q = q.where('g.id', '>', page.afterId);
  return q.orderBy('g.id').limit(page.limit).execute();
}

/** The résumé's skills, as saved by the graduate. */
export async function resumeSkills(db: Database, graduateId: string): Promise<string[]> {
  const row = await db
    .selectFrom('resumes')
    .select('content')
    .where('graduate_id', '=', graduateId)
    .executeTakeFirst();
  return skillsOf((row?.content as { skills?: unknown } | undefined)?.skills);
}

/** Skills out of résumé JSON (only strings count). */
export function skillsOf(json: unknown): string[] {
  return Array.isArray(json) ? json.filter((s): s is string => typeof s === 'string') : [];
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

/** Everything the given graduates dismissed (ids only: 10,000 of them are still small). */
export function dismissalsOf(db: Database, graduateIds: readonly string[]) {
  if (graduateIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('match_dismissals')
    .select(['graduate_id', 'posting_id', 'organisation_id', 'occupation_code'])
    .where('graduate_id', 'in', [...graduateIds])
    .execute();
}

/** What the model needs of a posting, without its text. */
function postingFacts(db: Database) {
  return db
    .selectFrom('job_postings as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select([
      'p.id',
      'p.organisation_id',
      'p.major_codes',
      'p.min_degree',
      'p.region_codes',
      'p.salary_min_fen',
      'p.salary_max_fen',
      'p.occupation_code',
      'p.key_fields',
      'p.published_at',
      sql<boolean>`o.verification = 'verified'`.as('verified'),
    ]);
}

export type PostingFactsRow = Awaited<ReturnType<ReturnType<typeof postingFacts>['execute']>>[number];

/** A searchable posting as the search rows name it: id and publication time (a new one per publish). */
export interface PostingRef {
  posting_id: string;
  published_at: Date;
}

/**
 * The newest searchable postings whose tags match a tsquery (a candidate route), published after
 * `since` when given: answered on the narrow search rows alone.
 */
export function routeCandidates(
  db: Database,
  r: { tagQuery: string; today: string; limit: number; since: Date | null },
): Promise<PostingRef[]> {
  let q = db
    .selectFrom('posting_search')
    .select(['posting_id', 'published_at'])
    .where(sql<boolean>`tags @@ ${r.tagQuery}::tsquery`)
    .where((eb) => eb.or([eb('deadline', 'is', null), eb('deadline', '>=', r.today)]));
  if (r.since) q = q.where('published_at', '>', r.since);
  // Ties on the publication time break by id, as the nightly batch's in-memory walk does.
  return q.orderBy('published_at', 'desc').orderBy('posting_id', 'desc').limit(r.limit).execute();
}

/** Those of the given postings that are still searchable (published, deadline not passed). */
export function searchableRefs(db: Database, ids: readonly string[], today: string): Promise<PostingRef[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('posting_search')
    .select(['posting_id', 'published_at'])
    .where('posting_id', 'in', [...ids])
    .where((eb) => eb.or([eb('deadline', 'is', null), eb('deadline', '>=', today)]))
    .execute();
}

/** The facts of the given postings. */
export function factsOf(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return postingFacts(db)
    .where('p.id', 'in', [...ids])
    .execute();
}

/**
 * One page of every searchable posting, newest first, with its search tags (the nightly batch holds
 * them all in memory). Keyset paging on (published_at, id). Lists come as comma-joined text and the
 * time as epoch milliseconds: parsing half a million arrays and dates was most of the load time.
 */
export async function searchablePage(
  db: Database,
  p: { today: string; after: { publishedAt: string; id: string } | null; limit: number },
) {
  const { rows } = await sql<{
    id: string;
    organisation_id: string;
    majors: string;
    min_degree: string | null;
    regions: string;
    salary_min_fen: string | null;
    salary_max_fen: string | null;
    occupation_code: string | null;
    key_fields: string;
    published_ms: number;
    verified: boolean;
    tags: string;
    cursor: string;
  }>`
    select p.id, p.organisation_id, array_to_string(p.major_codes, ',') as majors, p.min_degree,
      array_to_string(p.region_codes, ',') as regions, p.salary_min_fen, p.salary_max_fen,
      p.occupation_code, array_to_string(p.key_fields, ',') as key_fields,
      (extract(epoch from s.published_at) * 1000)::float8 as published_ms,
      o.verification = 'verified' as verified, s.tags::text as tags, s.published_at::text as cursor
    from posting_search s
    join job_postings p on p.id = s.posting_id
    join organisations o on o.id = p.organisation_id
    where (s.deadline is null or s.deadline >= ${p.today})
      ${p.after ? sql`and (s.published_at, s.posting_id) < (${p.after.publishedAt}::timestamptz, ${p.after.id}::uuid)` : sql``}
    order by s.published_at desc, s.posting_id desc
    limit ${p.limit}`.execute(db);
  const list = (text: string) => (text === '' ? [] : text.split(','));
  return rows.map((r) => ({
    facts: {
      id: r.id,
      organisation_id: r.organisation_id,
      major_codes: list(r.majors),
      min_degree: r.min_degree,
      region_codes: list(r.regions),
      salary_min_fen: r.salary_min_fen,
      salary_max_fen: r.salary_max_fen,
      occupation_code: r.occupation_code,
      key_fields: list(r.key_fields),
      published_at: new Date(r.published_ms),
      verified: r.verified,
    } satisfies PostingFactsRow,
    tags: r.tags,
    cursor: { publishedAt: r.cursor, id: r.id },
  }));
}

/** For each posting, whether its text matches each tsquery (one per skill), in order. */
export async function textMatches(
  db: Database,
  ids: readonly string[],
  queries: readonly string[],
): Promise<Map<string, boolean[]>> {
  if (ids.length === 0 || queries.length === 0) return new Map();
  const { rows } = await sql<{ posting_id: string; hits: boolean[] }>`
    select posting_id, array[${sql.join(queries.map((q) => sql`terms @@ ${q}::tsquery`))}] as hits
    from posting_search where posting_id = any(${[...ids]}::uuid[])`.execute(db);
  return new Map(rows.map((r) => [r.posting_id, r.hits]));
}

/**
 * Every searchable posting whose text matches a tsquery (GIN), and the database time of the answer:
 * postings published later are not in it.
 */
export async function postingsMatchingText(db: Database, query: string) {
  const { rows } = await sql<{ at: Date; ids: string[] }>`
    select now() as at, coalesce(array_agg(posting_id), '{}') as ids
    from posting_search where terms @@ ${query}::tsquery`.execute(db);
  return { at: new Date(rows[0]!.at), ids: rows[0]!.ids };
}

/** The job class of a job open to every major (专业不限) in the learned affinity. */
export const ANY_JOB_CLASS = '*';

/**
 * The learned share of each job class (a 专业类, or '*' for 专业不限) among the jobs placed graduates
 * took, per major class (all of them, or some).
 */
export async function affinities(
  db: Database,
  majorClasses?: readonly string[],
): Promise<Map<string, Map<string, number>>> {
  let q = db.selectFrom('major_affinity').select(['major_class', 'job_class', 'share']);
  if (majorClasses) {
    if (majorClasses.length === 0) return new Map();
    q = q.where('major_class', 'in', [...majorClasses]);
  }
  const byClass = new Map<string, Map<string, number>>();
  for (const r of await q.execute()) {
    const shares = byClass.get(r.major_class) ?? new Map<string, number>();
    shares.set(r.job_class, Number(r.share));
    byClass.set(r.major_class, shares);
  }
  return byClass;
}

/** A graduate's precomputed recommendations, or undefined. */
export function findStored(db: Database, graduateId: string) {
  return db
    .selectFrom('match_recommendations')
    .selectAll()
    .where('graduate_id', '=', graduateId)
    .executeTakeFirst();
}

export type StoredRow = NonNullable<Awaited<ReturnType<typeof findStored>>>;

/** Stores precomputed recommendations (replacing earlier ones). */
export async function saveStored(
  db: Database,
  rows: readonly { graduate_id: string; posting_ids: string[]; scores: number[]; computed_at: Date }[],
) {
  if (rows.length === 0) return;
  await db
    .insertInto('match_recommendations')
    .values([...rows])
    .onConflict((oc) =>
      oc.column('graduate_id').doUpdateSet((eb) => ({
        posting_ids: eb.ref('excluded.posting_ids'),
        scores: eb.ref('excluded.scores'),
        computed_at: eb.ref('excluded.computed_at'),
      })),
    )
    .execute();
}

/** Drops a graduate's precomputed recommendations (their preferences or 不感兴趣 marks changed). */
export async function forgetStored(db: Database, graduateId: string) {
  await db.deleteFrom('match_recommendations').where('graduate_id', '=', graduateId).execute();
}

/**
 * Recomputes where graduates of each major class went: accepted offers and signed applications
 * (destination records join in with the destinations issue). Replaces the table in one statement.
 */
export async function refreshAffinity(db: Database, now: Date) {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('major_affinity').execute();
    // A graduate counts once per class of the jobs they got offers for (a job naming two majors of
    // one class counts that class once); a job naming no major counts as '*'.
    await sql`
      insert into major_affinity (major_class, job_class, share, graduates, computed_at)
      select major_class, job_class, n::real / sum(n) over (partition by major_class), n, ${now}
      from (
        select left(g.major_code, 4) as major_class, c.job_class, count(distinct a.graduate_id)::int as n
        from applications a
        join job_postings p on p.id = a.posting_id
        join graduates g on g.id = a.graduate_id
        cross join lateral (
          select distinct left(m, 4) as job_class
          from unnest(case when cardinality(p.major_codes) = 0 then array['*'] else p.major_codes end) m
        ) c
        where a.status in ('offer', 'signed')
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
  let q = subjects(db)
    .select(['g.name', isTargetSql.as('priority')])
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
