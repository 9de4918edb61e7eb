import { sql, type Insertable } from 'kysely';
import type { Database } from '../../db';
import type { JobMarketTable } from '../../db/schema';

export interface MarketFilter {
  kind?: 'campus' | 'regional' | 'industry' | undefined;
  universityCode?: string | undefined;
  provinceCode?: string | undefined;
  includeClosed: boolean;
  q?: string | undefined;
  offset: number;
  limit: number;
}

function withCounts(db: Database) {
  return db
    .selectFrom('job_markets as m')
    .leftJoin('universities as u', 'u.code', 'm.university_code')
    .selectAll('m')
    .select([
      'u.name as university_name',
      // Only what graduates can still apply to counts.
      sql<number>`(select count(*) from market_postings mp join job_postings p on p.id = mp.posting_id
        where mp.market_id = m.id and p.status = 'published')`.as('posting_count'),
    ]);
}

export type MarketRow = Awaited<ReturnType<typeof findMarket>> & object;

/** One market with its university's name and how many published postings it holds. */
export function findMarket(db: Database, id: string) {
  return withCounts(db).where('m.id', '=', id).executeTakeFirst();
}

/** A page of markets, open ones first, newest first. */
export async function listMarkets(db: Database, f: MarketFilter) {
  let q = withCounts(db);
  if (f.kind) q = q.where('m.kind', '=', f.kind);
  if (f.universityCode) q = q.where('m.university_code', '=', f.universityCode);
  if (f.provinceCode) q = q.where('m.province_code', '=', f.provinceCode);
  if (!f.includeClosed) q = q.where('m.status', '=', 'open');
  if (f.q) q = q.where('m.name', 'like', `%${f.q.replace(/[\\%_]/g, '\\$&')}%`);
  const [items, total] = await Promise.all([
    q.orderBy('m.status', 'desc').orderBy('m.created_at', 'desc').offset(f.offset).limit(f.limit).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Inserts a market. */
export function insertMarket(db: Database, m: Insertable<JobMarketTable>) {
  return db.insertInto('job_markets').values(m).returning('id').executeTakeFirstOrThrow();
}

/** Updates a market's name, description or status. */
export function updateMarket(
  db: Database,
  id: string,
  m: { name?: string; description?: string | null; status?: 'open' | 'closed' },
) {
  return db.updateTable('job_markets').set(m).where('id', '=', id).execute();
}

/** Adds postings to a market; ones already there are skipped. Returns the ids added. */
export async function addPostings(
  db: Database,
  marketId: string,
  postingIds: readonly string[],
  by: string | null,
) {
  if (postingIds.length === 0) return [];
  const rows = await db
    .insertInto('market_postings')
    .values(postingIds.map((posting_id) => ({ market_id: marketId, posting_id, added_by: by })))
    .onConflict((oc) => oc.columns(['market_id', 'posting_id']).doNothing())
    .returning('posting_id')
    .execute();
  return rows.map((r) => r.posting_id);
}

/** Removes a posting from a market; whether it was there. */
export async function removePosting(db: Database, marketId: string, postingId: string) {
  const r = await db
    .deleteFrom('market_postings')
    .where('market_id', '=', marketId)
    .where('posting_id', '=', postingId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Which of the given postings are published (only those can join a market). */
export async function publishedAmong(db: Database, postingIds: readonly string[]) {
  if (postingIds.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('job_postings')
    .select('id')
    .where('id', 'in', postingIds)
    .where('status', '=', 'published')
    .execute();
  return new Set(rows.map((r) => r.id));
}
