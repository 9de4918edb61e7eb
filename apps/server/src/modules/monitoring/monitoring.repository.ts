import {
  DIMENSIONS_BY_SCOPE,
  type CounterDelta,
  type MonitorCategory,
  type MonitorDimension,
  type MonitorScopeKind,
} from '@jiuye/domain';
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../db';

// The monitoring counters (migration 0010): changed one graduate at a time as registrations are
// approved, and rebuilt from the source tables for a cohort and province after bulk changes (roster
// imports, destination imports, seeding) or to repair drift.

/** Adds counter changes (one statement; the changes of one move never repeat a key). */
export async function applyDeltas(db: Database, year: number, deltas: readonly CounterDelta[]) {
  if (deltas.length === 0) return;
  await db
    .insertInto('monitor_counts')
    .values(
      deltas.map((d) => ({
        graduation_year: year,
        scope: d.scope,
        dimension: d.dimension,
        dim_key: d.key,
        category: d.category,
        n: d.n,
      })),
    )
    .onConflict((oc) =>
      oc
        .columns(['scope', 'graduation_year', 'dimension', 'dim_key', 'category'])
        .doUpdateSet((eb) => ({ n: sql`${eb.ref('monitor_counts.n')} + ${eb.ref('excluded.n')}` })),
    )
    .execute();
}

/** Adds to the placed count of some scopes from a Shanghai day on. */
export async function applyTrendDelta(
  db: Database,
  year: number,
  scopes: readonly string[],
  day: string,
  delta: number,
) {
  if (delta === 0) return;
  await db
    .insertInto('monitor_trend')
    .values(scopes.map((scope) => ({ graduation_year: year, scope, day, placed_delta: delta })))
    .onConflict((oc) =>
      oc.columns(['scope', 'graduation_year', 'day']).doUpdateSet((eb) => ({
        placed_delta: sql`${eb.ref('monitor_trend.placed_delta')} + ${eb.ref('excluded.placed_delta')}`,
      })),
    )
    .execute();
}

/** Each dimension's key as SQL over a row `g` of graduates. */
const KEY_SQL: Record<MonitorDimension, string> = {
  all: `''`,
  province: 'g.province_code',
  university: 'g.university_code',
  college: 'g.college_id::text',
  major: 'g.major_code',
  degree: 'g.degree',
  gender: 'g.gender',
  assistance: `coalesce(g.assistance_category, 'none')`,
  origin: `coalesce(left(g.origin_region_code, 2), '')`,
};
const SCOPE_SQL: Record<Exclude<MonitorScopeKind, 'N'>, string> = {
  P: `'P:' || g.province_code`,
  U: `'U:' || g.university_code`,
  C: `'C:' || g.college_id::text`,
};

type Kind = Exclude<MonitorScopeKind, 'N'>;

/** (scope, dimension, key) rows of a graduate `g`'s counters in scopes of the given kinds. */
function counterKeys(kinds: readonly Kind[]): RawBuilder<unknown> {
  const rows = kinds.flatMap((kind) =>
    DIMENSIONS_BY_SCOPE[kind].map((d) => `(${SCOPE_SQL[kind]}, '${d}', ${KEY_SQL[d]})`),
  );
  return sql.raw(`(values ${rows.join(', ')}) as k(scope, dimension, dim_key)`);
}

const PLACED_SQL = sql.raw(`('employed_unit', 'self_employed', 'freelance', 'further_study')`);

/** Counts the graduates `g` a condition picks into the counters of the given scope kinds. */
async function insertCounters(
  db: Database,
  year: number,
  graduates: RawBuilder<boolean>,
  kinds: readonly Kind[],
) {
  await sql`
    insert into monitor_counts (graduation_year, scope, dimension, dim_key, category, n)
    select ${year}::int, k.scope, k.dimension, k.dim_key, g.category, count(*)::int
    from (
      select g.*, case when d.graduate_id is null then 'unregistered'
        else coalesce(d.approved_category, 'pending') end as category
      from graduates g left join destinations d on d.graduate_id = g.id
      where g.graduation_year = ${year} and ${graduates}
    ) g
    cross join lateral ${counterKeys(kinds)}
    group by k.scope, k.dimension, k.dim_key, g.category`.execute(db);
}

/**
 * The placed-count changes of the graduates a condition picks, per day, into the trend of the given
 * scope kinds: each approval moves the count by the change in placed-ness from the one before it.
 */
async function insertTrend(
  db: Database,
  year: number,
  graduates: RawBuilder<boolean>,
  kinds: readonly Kind[],
) {
  const scopes = sql.raw(kinds.map((k) => `(${SCOPE_SQL[k]})`).join(', '));
  await sql`
    insert into monitor_trend (graduation_year, scope, day, placed_delta)
    select ${year}::int, s.scope, g.day, sum(g.delta)::int
    from (
      select g.province_code, g.university_code, g.college_id,
        (e.at at time zone 'Asia/Shanghai')::date as day,
        e.placed - coalesce(lag(e.placed) over (partition by e.graduate_id order by e.id), 0) as delta
      from (
        select e.id, e.graduate_id, e.at, case when v.category in ${PLACED_SQL} then 1 else 0 end as placed
        from destination_events e
        join destination_versions v on v.graduate_id = e.graduate_id and v.version = e.version
        where e.action = 'approved'
      ) e
      join graduates g on g.id = e.graduate_id
      where g.graduation_year = ${year} and ${graduates}
    ) g
    cross join lateral (values ${scopes}) as s(scope)
    where g.delta <> 0
    group by s.scope, g.day`.execute(db);
}

/** Removes the counters and trend of some scopes of a cohort. */
async function clearScopes(db: Database, year: number, scopes: RawBuilder<boolean>) {
  await sql`delete from monitor_counts where graduation_year = ${year} and ${scopes}`.execute(db);
  await sql`delete from monitor_trend where graduation_year = ${year} and ${scopes}`.execute(db);
}

/**
 * Recomputes a cohort's counters and trend for one province from the source tables, then the
 * national ones from every province's. One transaction: readers see the old or the new figures.
 */
export async function rebuild(db: Database, year: number, provinceCode: string) {
  await db.transaction().execute(async (trx) => {
    await clearScopes(
      trx,
      year,
      sql`(scope = ${`P:${provinceCode}`} or scope in (
        select 'U:' || code from universities where province_code = ${provinceCode}
        union all
        select 'C:' || c.id::text from colleges c join universities u on u.code = c.university_code
        where u.province_code = ${provinceCode}))`,
    );
    const inProvince = sql<boolean>`g.province_code = ${provinceCode}`;
    await insertCounters(trx, year, inProvince, ['P', 'U', 'C']);
    await insertTrend(trx, year, inProvince, ['P', 'U', 'C']);
    await rebuildNational(trx, year);
  });
}

/** A scope's counters as a map from dimension, key and category to the count. */
async function scopeCounts(db: Database, year: number, scope: string) {
  const rows = await db
    .selectFrom('monitor_counts')
    .select(['dimension', 'dim_key', 'category', 'n'])
    .where('scope', '=', scope)
    .where('graduation_year', '=', year)
    .execute();
  return new Map(rows.map((r) => [`${r.dimension}\t${r.dim_key}\t${r.category}`, r.n]));
}

/** A scope's trend as a map from day to the change that day. */
async function scopeTrend(db: Database, year: number, scope: string) {
  const rows = await sql<{ day: string; placed_delta: number }>`
    select day::text as day, placed_delta from monitor_trend
    where scope = ${scope} and graduation_year = ${year}`.execute(db);
  return new Map(rows.rows.map((r) => [r.day, r.placed_delta]));
}

/**
 * Recomputes one university's part of a cohort's figures (after its roster import) and moves the
 * province's and the nation's by the difference: a university's import costs its own graduates,
 * not the province's million.
 */
export async function rebuildUniversity(
  db: Database,
  year: number,
  universityCode: string,
  provinceCode: string,
) {
  await db.transaction().execute(async (trx) => {
    const scope = `U:${universityCode}`;
    const [oldCounts, oldTrend] = await Promise.all([
      scopeCounts(trx, year, scope),
      scopeTrend(trx, year, scope),
    ]);
    await clearScopes(
      trx,
      year,
      sql`(scope = ${scope} or scope in (
        select 'C:' || id::text from colleges where university_code = ${universityCode}))`,
    );
    const ofUniversity = sql<boolean>`g.university_code = ${universityCode}`;
    await insertCounters(trx, year, ofUniversity, ['U', 'C']);
    await insertTrend(trx, year, ofUniversity, ['U', 'C']);
    const [newCounts, newTrend] = await Promise.all([
      scopeCounts(trx, year, scope),
      scopeTrend(trx, year, scope),
    ]);

    // The university's own dimensions map onto the province's and the nation's.
    const deltas: CounterDelta[] = [];
    for (const key of new Set([...oldCounts.keys(), ...newCounts.keys()])) {
      const n = (newCounts.get(key) ?? 0) - (oldCounts.get(key) ?? 0);
      if (n === 0) continue;
      const [dimension, dimKey, category] = key.split('\t') as [MonitorDimension, string, MonitorCategory];
      if (dimension === 'college') continue;
      const add = (scopeId: string, d: MonitorDimension, k: string) =>
        deltas.push({ scope: scopeId, dimension: d, key: k, category, n });
      if (dimension === 'all') {
        add(`P:${provinceCode}`, 'all', '');
        add(`P:${provinceCode}`, 'university', universityCode);
        add('N', 'all', '');
        add('N', 'province', provinceCode);
      } else {
        add(`P:${provinceCode}`, dimension, dimKey);
        add('N', dimension, dimKey);
      }
    }
    await applyDeltas(trx, year, deltas);
    for (const day of new Set([...oldTrend.keys(), ...newTrend.keys()])) {
      const delta = (newTrend.get(day) ?? 0) - (oldTrend.get(day) ?? 0);
      await applyTrendDelta(trx, year, [`P:${provinceCode}`, 'N'], day, delta);
    }
  });
}

/** The national counters and trend of a cohort, as the sum of the provinces'. */
async function rebuildNational(db: Database, year: number) {
  await sql`delete from monitor_counts where graduation_year = ${year} and scope = 'N'`.execute(db);
  await sql`delete from monitor_trend where graduation_year = ${year} and scope = 'N'`.execute(db);
  await sql`
    insert into monitor_counts (graduation_year, scope, dimension, dim_key, category, n)
    select ${year}::int, 'N', case when dimension = 'all' then 'province' else dimension end,
      case when dimension = 'all' then substr(scope, 3) else dim_key end, category, sum(n)::int
    from monitor_counts
    where graduation_year = ${year} and scope like 'P:%' and dimension <> 'university'
    group by 3, 4, 5
    union all
    select ${year}::int, 'N', 'all', '', category, sum(n)::int
    from monitor_counts where graduation_year = ${year} and scope like 'P:%' and dimension = 'all'
    group by category`.execute(db);
  await sql`
    insert into monitor_trend (graduation_year, scope, day, placed_delta)
    select ${year}::int, 'N', day, sum(placed_delta)::int from monitor_trend
    where graduation_year = ${year} and scope like 'P:%' group by day`.execute(db);
}

/** The counters of one breakdown: per key and category. */
export function breakdown(db: Database, year: number, scope: string, dimension: MonitorDimension) {
  return db
    .selectFrom('monitor_counts')
    .select(['dim_key', 'category', 'n'])
    .where('graduation_year', '=', year)
    .where('scope', '=', scope)
    .where('dimension', '=', dimension)
    .where('n', '<>', 0)
    .execute();
}

/** The placed count of a scope's cohort at the end of each day it changed, in day order. */
export async function placedByDay(db: Database, year: number, scope: string) {
  const { rows } = await sql<{ day: string; placed: number }>`
    select day::text as day, sum(placed_delta) over (order by day)::int as placed
    from monitor_trend where graduation_year = ${year} and scope = ${scope}
    order by day`.execute(db);
  return rows;
}

/** The cohorts (graduation years) that have counters in a scope, newest first. */
export async function cohortsIn(db: Database, scope: string) {
  const rows = await db
    .selectFrom('monitor_counts')
    .select('graduation_year')
    .distinct()
    .where('scope', '=', scope)
    .where('dimension', '=', 'all')
    .orderBy('graduation_year', 'desc')
    .execute();
  return rows.map((r) => r.graduation_year);
}

/**
 * The graduation years a university's figures concern: those its roster holds, and those it has
 * counters for (a cohort the roster no longer holds must be emptied).
 */
export async function cohortsOfUniversity(db: Database, universityCode: string) {
  const { rows } = await sql<{ year: number }>`
    select distinct graduation_year as year from graduates where university_code = ${universityCode}
    union
    select distinct graduation_year from monitor_counts where scope = ${`U:${universityCode}`}`.execute(db);
  return rows.map((r) => r.year).sort();
}

/** The province of a university, or undefined. */
export async function provinceOfUniversity(db: Database, code: string) {
  return (
    await db.selectFrom('universities').select('province_code').where('code', '=', code).executeTakeFirst()
  )?.province_code;
}

/** The university of a college, or undefined. */
export async function universityOfCollege(db: Database, id: string) {
  return (await db.selectFrom('colleges').select('university_code').where('id', '=', id).executeTakeFirst())
    ?.university_code;
}

/** Names of universities by code. */
export async function universityNames(db: Database, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('universities')
    .select(['code', 'name'])
    .where('code', 'in', [...codes])
    .execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Names of colleges by id (breakdowns by college). */
export async function collegeNames(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('colleges')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A monitoring scope as a condition on graduates `g`. */
function scopeSql(kind: MonitorScopeKind, code: string): RawBuilder<boolean> {
  switch (kind) {
    case 'N':
      return sql<boolean>`true`;
    case 'P':
      return sql<boolean>`g.province_code = ${code}`;
    case 'U':
      return sql<boolean>`g.university_code = ${code}`;
    case 'C':
      return sql<boolean>`g.college_id::text = ${code}`;
  }
}

/**
 * A graduate's monitoring category at a moment, as SQL over `g`: the category of the last version
 * approved by then, 'pending' if they had registered, else 'unregistered'.
 */
function categoryAtSql(at: Date): RawBuilder<string> {
  return sql<string>`coalesce(
    (select v.category from destination_events e
      join destination_versions v on v.graduate_id = e.graduate_id and v.version = e.version
      where e.graduate_id = g.id and e.action = 'approved' and e.at <= ${at}
      order by e.id desc limit 1),
    (select 'pending' from destination_events e
      where e.graduate_id = g.id and e.action = 'registered' and e.at <= ${at} limit 1),
    'unregistered')`;
}

/** How many of a cohort in a scope were in each monitoring category at a moment. */
export async function categoriesAt(
  db: Database,
  year: number,
  kind: MonitorScopeKind,
  code: string,
  at: Date,
) {
  const { rows } = await sql<{ category: string; n: number }>`
    select category, count(*)::int as n from (
      select ${categoryAtSql(at)} as category from graduates g
      where g.graduation_year = ${year} and ${scopeSql(kind, code)}
    ) s group by category`.execute(db);
  return rows;
}

/** One graduate's monitoring category at each of some moments. */
export async function categoryOfAt(db: Database, graduateId: string, moments: readonly Date[]) {
  const out: string[] = [];
  for (const at of moments) {
    const { rows } = await sql<{ category: string }>`
      select ${categoryAtSql(at)} as category from graduates g where g.id = ${graduateId}`.execute(db);
    out.push(rows[0]?.category ?? 'unregistered');
  }
  return out;
}

/**
 * The cohort's graduates in a scope who were not placed when they left school (离校未就业), with
 * where they stand now; a page of them, by college and student number, and how many in all.
 */
export async function unplacedAt(
  db: Database,
  q: { year: number; kind: MonitorScopeKind; code: string; at: Date; limit: number; offset: number },
) {
  const cohort = sql`
    select g.*, ${categoryAtSql(q.at)} as at_leaving from graduates g
    where g.graduation_year = ${q.year} and ${scopeSql(q.kind, q.code)}`;
  const [items, total] = await Promise.all([
    sql<{
      id: string;
      name: string;
      student_no: string;
      university_name: string;
      college_name: string;
      major_code: string;
      degree: string;
      phone_enc: string | null;
      assistance_category: string | null;
      at_leaving: string;
      now: string;
    }>`
      select u.id, u.name, u.student_no, un.name as university_name, c.name as college_name, u.major_code,
        u.degree, u.phone_enc,
        u.assistance_category, u.at_leaving,
        case when d.graduate_id is null then 'unregistered' else coalesce(d.approved_category, 'pending') end as now
      from (${cohort}) u
      join colleges c on c.id = u.college_id
      join universities un on un.code = u.university_code
      left join destinations d on d.graduate_id = u.id
      where u.at_leaving not in ${PLACED_SQL}
      order by u.university_code, c.name, u.student_no
      limit ${q.limit} offset ${q.offset}`.execute(db),
    sql<{ n: number }>`
      select count(*)::int as n from (${cohort}) u where u.at_leaving not in ${PLACED_SQL}`.execute(db),
  ]);
  return { items: items.rows, total: total.rows[0]?.n ?? 0 };
}
