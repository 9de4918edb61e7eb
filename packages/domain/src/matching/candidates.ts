import type { DegreeKey } from '../reference/degree-levels';
import { ANY_MAJOR, majorClassOf, regionPrefix } from '../search/posting-tags';
import { quoteLexeme } from '../search/tokens';

/**
 * A way to find postings worth scoring for a graduate: the newest searchable postings carrying the
 * tag `all` and at least one tag of `any` (search tags, see posting-tags.ts). The live path asks the
 * database (GIN on the tags); the nightly batch walks the same tags in memory.
 */
export interface CandidateRoute {
  all: string;
  any: readonly string[];
}

/** Newest postings taken per route before scoring. */
export const CANDIDATES_PER_ROUTE = 400;
/**
 * Learned job classes a route also looks in: those whose jobs at least this share (relative to the
 * commonest) of the class's placed graduates took, at most LEARNED_JOB_CLASSES of them.
 */
export const LEARNED_JOB_CLASS_MIN = 0.5;
export const LEARNED_JOB_CLASSES = 3;

/**
 * The routes for a graduate: postings they hold the degree for that take their major class (the
 * same major, a sibling, the whole class, 专业不限, or a class whose jobs graduates of theirs often
 * take: `jobClasses`), and — when they named places — postings they hold the degree for in one of
 * those places.
 */
export function candidateRoutes(g: {
  majorCode: string;
  degree: DegreeKey;
  regions: readonly string[];
  jobClasses: readonly string[];
}): CandidateRoute[] {
  const all = `d:${g.degree}`;
  const classes = [...new Set([majorClassOf(g.majorCode), ...g.jobClasses])];
  const routes: CandidateRoute[] = [{ all, any: [...classes.map((c) => `mc:${c}`), ANY_MAJOR] }];
  const places = [...new Set(g.regions.map((r) => `r:${regionPrefix(r)}`))];
  if (places.length > 0) routes.push({ all, any: places });
  return routes;
}

/** A route as a tsquery over the search tags. */
export function routeTsQuery(route: CandidateRoute): string {
  return `${quoteLexeme(route.all)} & (${route.any.map(quoteLexeme).join(' | ')})`;
}

/** Whether a search tag can take part in a candidate route (degree, major class, 专业不限, region). */
export function isRouteTag(tag: string): boolean {
  return tag.startsWith('d:') || tag.startsWith('mc:') || tag.startsWith('r:') || tag === ANY_MAJOR;
}
