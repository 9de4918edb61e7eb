import { sql, type RawBuilder } from 'kysely';
import { quoteLexeme, weekLexemesBetween } from '@jiuye/domain/search/tokens';
import type { Database } from '../../db';
import type { SearchRow } from './posting-search';

/** A search compiled to SQL inputs (search.service.ts builds it from what the user typed). */
export interface CompiledSearch {
  /** tsquery literal over terms (text), or null for no text. */
  text: string | null;
  /** Query words, normalised: postings whose title or organisation holds them all rank first. */
  words: string[];
  /** tsquery literal over tags (filters), or null for no filter. */
  tags: string | null;
  minSalaryFen: number | null;
  since: Date | null;
  /** Today in Asia/Shanghai (YYYY-MM-DD): postings past their deadline are not found. */
  today: string;
  now: Date;
}

export type SearchSort = 'relevance' | 'newest' | 'salary';

/**
 * Searches rank, count and facet over the newest SEARCH_WINDOW matches. That bounds the work for
 * common words: the planner walks the published_at index and stops after SEARCH_WINDOW + 1 hits
 * (rows are small and lie in publication order), while rare words go through the GIN index. Totals
 * above it show as "1000+"; nobody pages further, and narrowing is what filters are for.
 */
export const SEARCH_WINDOW = 1000;

/** Writes (or refreshes) published postings' search rows. */
export async function upsertSearchRows(db: Database, rows: readonly SearchRow[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('posting_search')
    .values([...rows])
    .onConflict((oc) =>
      oc.column('posting_id').doUpdateSet((eb) => ({
        published_at: eb.ref('excluded.published_at'),
        deadline: eb.ref('excluded.deadline'),
        salary_max_fen: eb.ref('excluded.salary_max_fen'),
        title_key: eb.ref('excluded.title_key'),
        tags: eb.ref('excluded.tags'),
        terms: eb.ref('excluded.terms'),
        // A fresh (uncompressed) padding makes the new row version go through TOAST too.
        toast_padding: eb.ref('excluded.toast_padding'),
      })),
    )
    .execute();
}

/** Removes postings from search (closed, expired, taken down, edited back to draft). */
export async function deleteSearchRows(db: Database, postingIds: readonly string[]) {
  if (postingIds.length === 0) return;
  await db.deleteFrom('posting_search').where('posting_id', 'in', postingIds).execute();
}

function matches(db: Database, c: CompiledSearch) {
  let q = db.selectFrom('posting_search as s');
  if (c.text) q = q.where(sql<boolean>`s.terms @@ ${c.text}::tsquery`);
  if (c.tags) q = q.where(sql<boolean>`s.tags @@ ${c.tags}::tsquery`);
  if (c.minSalaryFen !== null) q = q.where('s.salary_max_fen', '>=', c.minSalaryFen);
  if (c.since) q = q.where('s.published_at', '>=', c.since);
  return q.where((eb) => eb.or([eb('s.deadline', 'is', null), eb('s.deadline', '>=', c.today)]));
}

/** The newest SEARCH_WINDOW + 1 matches (what every search statement works on). */
function newestMatches(db: Database, c: CompiledSearch) {
  return matches(db, c)
    .select(['s.posting_id', 's.published_at', 's.salary_max_fen', 's.title_key', 's.tags'])
    .orderBy('s.published_at', 'desc')
    .limit(SEARCH_WINDOW + 1);
}

const DAY_MS = 86_400_000;
/** Recent stretches a text search tries first, widest last (null: everything). */
const TEXT_SLICES_DAYS = [7, 30, null] as const;

/**
 * Runs a search statement over the newest matches. Without text the planner walks the published_at
 * index and checks the small inline tags row by row. With text it must not: terms lives out of line,
 * so checking it row by row costs a TOAST read each (the planner does not know that), while GIN
 * answers it exactly without reading it. So text searches run with plain index and sequential scans
 * off (GIN bitmaps only), over the last 7 days first, then 30, then everything: the weeks of the
 * stretch are ANDed into the GIN query (weekLexeme), so a common word (软件, a quarter of all
 * postings) fills the window from last week's postings alone, and a rare one is cheap anyway.
 */
async function overNewest<T>(
  db: Database,
  c: CompiledSearch,
  run: (db: Database, c: CompiledSearch) => Promise<{ windowCount: number; result: T }>,
): Promise<T> {
  if (!c.text) return (await run(db, c)).result;
  return db.transaction().execute(async (trx) => {
    await sql`set local enable_indexscan = off`.execute(trx);
    await sql`set local enable_seqscan = off`.execute(trx);
    for (const days of TEXT_SLICES_DAYS) {
      const from = days === null ? null : new Date(c.now.getTime() - days * DAY_MS);
      // A "posted within" filter narrower than the stretch makes this the last attempt.
      const last = from === null || (c.since !== null && c.since >= from);
      const slice: CompiledSearch = last
        ? c
        : {
            ...c,
            since: from,
            text: `(${c.text}) & (${weekLexemesBetween(from!, c.now).map(quoteLexeme).join(' | ')})`,
          };
      const { windowCount, result } = await run(trx, slice);
      if (last || windowCount > SEARCH_WINDOW) return result;
    }
    throw new Error('unreachable: the last stretch has no bound');
  });
}

/** Whether every query word occurs in the title or organisation name. */
function titleHit(words: readonly string[]): RawBuilder<boolean> {
  if (words.length === 0) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(
    words.map((w) => sql`strpos(m.title_key, ${w}) > 0`),
    sql` and `,
  )})`;
}

const ORDER: Record<SearchSort, RawBuilder<unknown>> = {
  relevance: sql`hit desc, m.published_at desc, m.posting_id`,
  newest: sql`m.published_at desc, m.posting_id`,
  salary: sql`m.salary_max_fen desc nulls last, m.published_at desc, m.posting_id`,
};

/**
 * One page of matches, in one statement over the newest SEARCH_WINDOW + 1 matches: relevance orders
 * that window by "all words in the title or organisation" then date, the total stops at
 * SEARCH_WINDOW. The page holds ids only; the caller reads the full postings for them.
 */
export function searchPage(
  db: Database,
  c: CompiledSearch,
  sort: SearchSort,
  window: { offset: number; limit: number },
) {
  return overNewest(db, c, async (q, slice) => {
    // One row even when the page is empty (past the last page), so the total is always known.
    const { rows } = await sql<{ posting_id: string | null; total: string | number }>`
      with m as materialized (${newestMatches(q, slice)}), n as (select count(*) as total from m)
      select p.posting_id, n.total from n left join lateral (
        select m.posting_id, ${titleHit(c.words)} as hit from m order by ${ORDER[sort]}
        offset ${window.offset} limit ${window.limit}
      ) p on true`.execute(q);
    const total = Number(rows[0]?.total ?? 0);
    return {
      windowCount: total,
      result: {
        ids: rows.flatMap((r) => (r.posting_id ? [r.posting_id] : [])),
        total: Math.min(total, SEARCH_WINDOW),
        totalCapped: total > SEARCH_WINDOW,
      },
    };
  });
}

/** How many postings match, counting no further than SEARCH_WINDOW + 1. */
export function countMatches(db: Database, c: CompiledSearch): Promise<number> {
  return overNewest(db, c, async (q, slice) => {
    const row = await q
      .selectFrom(newestMatches(q, slice).as('m'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return { windowCount: Number(row.n), result: Number(row.n) };
  });
}

/** Tags of interest to facets: regions, degree, type, industry, nature, key field, salary band. */
const FACET_TAG = /^(r|d|t|i|n|k|s):/;

/**
 * Facet counts over the newest SEARCH_WINDOW + 1 matches, in one statement: how many carry each tag
 * (keys r:42, d:bachelor …), how many there are (@total) and how many were posted since each given
 * moment (@since:0, @since:1 …). Exact whenever the total is below the cap.
 */
export function facetCounts(db: Database, c: CompiledSearch, sinceChoices: readonly Date[]) {
  return overNewest(db, c, async (q, slice) => {
    const sinceRows = sinceChoices.map(
      (d, i) => sql`union all select ${`@since:${i}`}, count(*) filter (where m.published_at >= ${d}) from m`,
    );
    const { rows } = await sql<{ tag: string; n: string | number }>`
      with m as materialized (${newestMatches(q, slice)})
      select tag, count(*) as n from m, unnest(tsvector_to_array(m.tags)) as tag
      where tag ~ ${FACET_TAG.source} group by tag
      union all select '@total', count(*) from m
      ${sql.join(sinceRows, sql` `)}`.execute(q);
    const counts = new Map(rows.map((r) => [r.tag, Number(r.n)]));
    const total = counts.get('@total') ?? 0;
    return {
      windowCount: total,
      result: {
        total: Math.min(total, SEARCH_WINDOW),
        totalCapped: total > SEARCH_WINDOW,
        tags: counts,
        since: sinceChoices.map((_, i) => counts.get(`@since:${i}`) ?? 0),
      },
    };
  });
}
