import { shanghaiDate } from '@jiuye/domain';
import { CANDIDATES_PER_ROUTE, isRouteTag, type CandidateRoute } from '@jiuye/domain/matching/candidates';
import type { GraduateProfile } from '@jiuye/domain/matching/score';
import type { Database } from '../../db';
import type { Deps } from '../../platform/context';
import type { JobHandler, JobRunner } from '../../platform/jobs';
import * as repo from './matching.repository';
import { createSkillMentions } from './skill-mentions';
import {
  candidateOf,
  dismissalsFrom,
  firstPass,
  graduateProfileOf,
  rankPostings,
  learnedAffinity,
  routesFor,
  type Candidate,
  type FirstPass,
} from './ranking';
import { MAX_RECOMMENDATIONS, refreshAffinity, storedRow, TRACKING_YEARS } from './matching.service';

// The nightly matching batch (issue 5): precomputes every active graduate's recommendations, so the
// home page and counsellors' lists start from a stored ranking. Per graduate the live path costs a
// few database round-trips; for 100,000 graduates that is too slow, so the batch loads every
// searchable posting's facts and route tags into memory once and walks the same routes there.

export const NIGHTLY_MATCHING_JOB = 'matching.nightly';
/**
 * The run is asked for between these hours, Asia/Shanghai, when the platform is quiet. A process
 * started later in the day does not start it (live requests compute what is missing).
 */
const NIGHTLY_WINDOW = { from: 2, to: 6 } as const;
/** Graduates ranked between two turns of the event loop, so requests are served during a run. */
const YIELD_EVERY = 20;
const SCHEDULE_CHECK_MS = 10 * 60_000;
// Small pages: on PGlite each query holds the one database thread while it runs.
const POSTING_PAGE = 5_000;
const GRADUATE_PAGE = 500;
/** First passes kept for reuse (each ≈ 800 candidates: about 13 kB). */
const FIRST_PASSES_KEPT = 4_000;
/** Rankings kept for reuse (each 50 ids and scores: about 1 kB). */
const RANKINGS_KEPT = 50_000;

/** Every searchable posting's facts, newest first, and for each route tag the postings carrying it. */
interface PostingPool {
  candidates: Candidate[];
  /** Positions (ascending = newest first) of the postings carrying each route tag. */
  byTag: Map<string, Int32Array>;
  /** For `all` tags of routes: whether the posting at a position carries it (built on first use). */
  carries: Map<string, Uint8Array>;
}

async function loadPool(db: Database, today: string): Promise<PostingPool> {
  const candidates: Candidate[] = [];
  const lists = new Map<string, number[]>();
  let after: { publishedAt: string; id: string } | null = null;
  for (;;) {
    const page = await repo.searchablePage(db, { today, after, limit: POSTING_PAGE });
    for (const { facts, tags } of page) {
      const at = candidates.push(candidateOf(facts)) - 1;
      for (const match of tags.matchAll(/'((?:[^']|'')*)'/g)) {
        const tag = match[1]!;
        if (!isRouteTag(tag)) continue;
        const list = lists.get(tag);
        if (list) list.push(at);
        else lists.set(tag, [at]);
      }
    }
    if (page.length < POSTING_PAGE) break;
    after = page.at(-1)!.cursor;
    await yieldToRequests();
  }
  return {
    candidates,
    byTag: new Map([...lists].map(([tag, list]) => [tag, Int32Array.from(list)])),
    carries: new Map(),
  };
}

/**
 * The newest `limit` postings of the pool on a route, as the database would answer routeTsQuery:
 * a merge of the `any` tags' lists (each newest first), keeping those that carry the `all` tag.
 */
function poolRoute(pool: PostingPool, route: CandidateRoute, limit: number): number[] {
  let carries = pool.carries.get(route.all);
  if (!carries) {
    carries = new Uint8Array(pool.candidates.length);
    for (const at of pool.byTag.get(route.all) ?? []) carries[at] = 1;
    pool.carries.set(route.all, carries);
  }
  const lists = route.any.flatMap((t) => pool.byTag.get(t) ?? []);
  const heads = lists.map(() => 0);
  const out: number[] = [];
  while (out.length < limit) {
    let next = Infinity;
    for (let l = 0; l < lists.length; l++)
      if (heads[l]! < lists[l]!.length) next = Math.min(next, lists[l]![heads[l]!]!);
    if (next === Infinity) break;
    for (let l = 0; l < lists.length; l++) if (lists[l]![heads[l]!] === next) heads[l]!++;
    if (carries[next]) out.push(next);
  }
  return out;
}

/**
 * What a graduate's first pass depends on: everything in the profile but the skills. Many graduates
 * share it — the same major and degree, no preferences saved yet — so the batch computes it once;
 * with the skills it is all a ranking depends on, for graduates without 不感兴趣 marks.
 */
function firstPassKey(g: GraduateProfile): string {
  return JSON.stringify([
    g.majorCode,
    g.degree,
    g.desiredRegions,
    g.useOrigin ? g.originRegion : null,
    g.salaryExpectation,
    g.desiredOccupations,
    g.keyFieldOptIns,
  ]);
}

/** A map that forgets the least recently used entry beyond `max` (Map keeps insertion order). */
function recentlyUsed<V>(max: number) {
  const map = new Map<string, V>();
  return {
    get(key: string): V | undefined {
      const v = map.get(key);
      if (v !== undefined) {
        map.delete(key);
        map.set(key, v);
      }
      return v;
    },
    set(key: string, v: V) {
      map.set(key, v);
      if (map.size > max) map.delete(map.keys().next().value!);
    },
  };
}

/** Lets queued requests run: the batch shares the process (and, on PGlite, the database) with them. */
const yieldToRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface BatchSummary {
  graduates: number;
  postings: number;
  /** Graduates whose first pass was another graduate's (same profile but for skills). */
  sharedFirstPasses: number;
  /** Graduates whose whole ranking was another graduate's (same profile, no 不感兴趣 marks). */
  sharedRankings: number;
  ms: number;
}

/**
 * Precomputes recommendations for the graduates in the tracking window whose stored ones are older
 * than `asOf` (so a run that crashed resumes where it stopped). `limit` caps the graduates (bench).
 */
export async function runMatchingBatch(
  deps: Pick<Deps, 'db' | 'clock'>,
  opts: { asOf: Date; limit?: number; progress?: (done: number) => void },
): Promise<BatchSummary> {
  const started = performance.now();
  const now = deps.clock();
  const today = shanghaiDate(now);
  const sinceYear = Number(today.slice(0, 4)) - TRACKING_YEARS;
  const [pool, affinities] = await Promise.all([loadPool(deps.db, today), repo.affinities(deps.db)]);
  const learned = learnedAffinity(affinities);
  const affinity = learned.fit;
  // Its own skill cache, dropped with the run.
  const mentions = createSkillMentions(deps.db);
  const passes = recentlyUsed<FirstPass>(FIRST_PASSES_KEPT);
  const rankings = recentlyUsed<ReturnType<typeof storedRow>>(RANKINGS_KEPT);
  const shared = { firstPasses: 0, rankings: 0 };
  const firstPassOf = (g: GraduateProfile, key: string) => {
    const kept = passes.get(key);
    if (kept) {
      shared.firstPasses++;
      return kept;
    }
    const positions = new Set(routesFor(g, learned).flatMap((r) => poolRoute(pool, r, CANDIDATES_PER_ROUTE)));
    const pass = firstPass(
      g,
      [...positions].map((at) => pool.candidates[at]!),
      { affinity, now },
    );
    passes.set(key, pass);
    return pass;
  };
  const cap = opts.limit ?? Infinity;
  const fetchPage = async (afterId: string | null, size: number) => {
    if (size <= 0) return { page: [], marks: [] };
    const page = await repo.batchSubjects(deps.db, { afterId, limit: size, sinceYear, asOf: opts.asOf });
    const marks = await repo.dismissalsOf(
      deps.db,
      page.map((s) => s.id),
    );
    return { page, marks };
  };
  // The database works on the next page and the last save while this process ranks (2 cores).
  let next = fetchPage(null, Math.min(GRADUATE_PAGE, cap));
  let saving: Promise<void> = Promise.resolve();
  let done = 0;
  for (;;) {
    const { page, marks } = await next;
    if (page.length === 0) break;
    next = fetchPage(page.at(-1)!.id, Math.min(GRADUATE_PAGE, cap - done - page.length));
    next.catch(() => undefined); // awaited on the next turn; this only keeps it from counting as unhandled
    const marksOf = new Map<string, typeof marks>();
    for (const m of marks) {
      const list = marksOf.get(m.graduate_id);
      if (list) list.push(m);
      else marksOf.set(m.graduate_id, [m]);
    }
    const stored = [];
    for (const [i, subject] of page.entries()) {
      if (i % YIELD_EVERY === 0) await yieldToRequests();
      const g = graduateProfileOf(subject);
      const key = firstPassKey(g);
      const own = marksOf.get(subject.id);
      const rankingKey = own ? null : `${key}${JSON.stringify(g.skills.map((s) => s.label))}`;
      let row = rankingKey ? rankings.get(rankingKey) : undefined;
      if (row) shared.rankings++;
      else {
        const ranked = await rankPostings(g, firstPassOf(g, key), {
          dismissed: dismissalsFrom(own ?? []),
          affinity,
          now,
          limit: MAX_RECOMMENDATIONS,
          mentions,
        });
        row = storedRow(subject.id, ranked, now);
        if (rankingKey) rankings.set(rankingKey, row);
      }
      stored.push({ ...row, graduate_id: subject.id });
    }
    await saving;
    saving = repo.saveStored(deps.db, stored);
    saving.catch(() => undefined);
    done += page.length;
    opts.progress?.(done);
  }
  await saving;
  return {
    graduates: done,
    postings: pool.candidates.length,
    sharedFirstPasses: shared.firstPasses,
    sharedRankings: shared.rankings,
    ms: Math.round(performance.now() - started),
  };
}

/** The durable job: relearn the affinity, then rank for everyone. */
export function nightlyMatchingJob(
  deps: Pick<Deps, 'db' | 'clock'>,
  log?: (msg: string, extra?: Record<string, unknown>) => void,
): JobHandler {
  return async (payload) => {
    const asOf = new Date(String(payload.asOf));
    if (Number.isNaN(asOf.getTime())) throw new Error('matching.nightly: payload.asOf is not a time');
    await refreshAffinity(deps);
    const summary = await runMatchingBatch(deps, {
      asOf,
      progress: (done) => done % 10_000 === 0 && log?.('matching batch progress', { done }),
    });
    log?.('matching batch done', { ...summary });
  };
}

/**
 * Asks for tonight's run: every server process does it every ten minutes in NIGHTLY_WINDOW, and
 * the dedupe key (one per Shanghai date) stores it once, so one process runs it.
 */
export function scheduleNightlyMatching(
  deps: Pick<Deps, 'clock'>,
  jobs: JobRunner,
  log: (msg: string, extra?: Record<string, unknown>) => void,
): () => void {
  const check = () => {
    const now = deps.clock();
    // China keeps UTC+8 all year (no daylight saving).
    const hour = (now.getUTCHours() + 8) % 24;
    if (hour < NIGHTLY_WINDOW.from || hour >= NIGHTLY_WINDOW.to) return;
    jobs
      .enqueueOnce(
        NIGHTLY_MATCHING_JOB,
        { asOf: now.toISOString() },
        `${NIGHTLY_MATCHING_JOB}:${shanghaiDate(now)}`,
      )
      .catch((err: unknown) => log('could not schedule the matching batch', { message: String(err) }));
  };
  check();
  const timer = setInterval(check, SCHEDULE_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
