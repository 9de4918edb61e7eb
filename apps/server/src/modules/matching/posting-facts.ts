import type { Database } from '../../db';
import * as repo from './matching.repository';

/** Postings whose facts are kept per process; beyond it the cache starts over (bounded memory). */
const MAX_KEPT = 100_000;
/** Kept facts are fetched again after this long: an organisation's verification can change. */
const MAX_AGE_MS = 10 * 60_000;

/**
 * The facts of candidate postings, kept per process. Every graduate's candidates are mostly the same
 * newest postings, and joining them to job_postings was half of a live request's time. A posting's
 * facts only change by editing it, which takes it out of search until it is published again with a
 * new publication time, so facts kept for the same (id, publication time) are still right.
 */
export function createFactsCache(db: Database) {
  const kept = new Map<string, { publishedAt: number; fetchedAt: number; row: repo.PostingFactsRow }>();
  return async (refs: readonly repo.PostingRef[]): Promise<repo.PostingFactsRow[]> => {
    const now = Date.now();
    const fresh = (ref: repo.PostingRef) => {
      const k = kept.get(ref.posting_id);
      return k && k.publishedAt === new Date(ref.published_at).getTime() && now - k.fetchedAt < MAX_AGE_MS;
    };
    const missing = refs.filter((ref) => !fresh(ref)).map((ref) => ref.posting_id);
    if (missing.length > 0) {
      if (kept.size + missing.length > MAX_KEPT) kept.clear();
      for (const row of await repo.factsOf(db, missing))
        kept.set(row.id, { publishedAt: new Date(row.published_at ?? 0).getTime(), fetchedAt: now, row });
    }
    // A posting taken down between the two reads has no facts (or stale ones): leave it out.
    return refs.flatMap((ref) => (fresh(ref) ? [kept.get(ref.posting_id)!.row] : []));
  };
}
