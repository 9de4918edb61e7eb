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
 * The routes for a graduate: postings they hold the degree for that take their major class (the
 * same major, a sibling, the whole class, or 专业不限), and — when they named places — postings they
 * hold the degree for in one of those places.
 */
export function candidateRoutes(g: {
  majorCode: string;
  degree: DegreeKey;
  regions: readonly string[];
}): CandidateRoute[] {
  const all = `d:${g.degree}`;
  const routes: CandidateRoute[] = [{ all, any: [`mc:${majorClassOf(g.majorCode)}`, ANY_MAJOR] }];
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
