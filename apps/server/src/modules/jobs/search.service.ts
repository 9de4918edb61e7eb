import { shanghaiDate, type DegreeKey } from '@jiuye/domain';
import { POSTED_WITHIN_DAYS, SALARY_BANDS, SEARCH_FILTER_KEYS } from '@jiuye/domain/search/filter-values';
import { filterClauses, regionPrefix, type SearchFilters } from '@jiuye/domain/search/posting-tags';
import { parseQuery, toTsQuery } from '@jiuye/domain/search/tokens';
import type { Deps } from '../../platform/context';
import { referenceCache } from '../reference/reference.service';
import { postingCardDto } from './posting-dto';
import * as repo from './jobs.repository';
import * as search from './search.repository';

export type PostedWithin = (typeof POSTED_WITHIN_DAYS)[number];

export interface SearchParams extends SearchFilters {
  q?: string | undefined;
  postedWithin?: PostedWithin | undefined;
  sort: search.SearchSort;
  offset: number;
  limit: number;
}

const DAY_MS = 86_400_000;

type Droppable = (typeof SEARCH_FILTER_KEYS)[number];

/** The SQL inputs of a search, or null when the text has no letters or digits (only punctuation). */
function compile(
  p: Omit<SearchParams, 'sort' | 'offset' | 'limit'>,
  now: Date,
): search.CompiledSearch | null {
  const parsed = p.q ? parseQuery(p.q) : null;
  if (parsed && parsed.lexemes.length === 0) return null;
  const clauses = filterClauses(p);
  return {
    text: parsed ? toTsQuery(parsed.lexemes) : null,
    words: parsed?.words ?? [],
    tags: clauses.length > 0 ? clauses.join(' & ') : null,
    minSalaryFen: p.minSalary === undefined ? null : p.minSalary * 100,
    since: p.postedWithin ? new Date(now.getTime() - p.postedWithin * DAY_MS) : null,
    today: shanghaiDate(now),
    now,
  };
}

/**
 * Suggestions when a search finds nothing: each active filter dropped on its own, then each word
 * of a several-word query alone, with how many postings each would find (only those that find some).
 */
async function suggestionsFor(deps: Pick<Deps, 'db' | 'clock'>, p: SearchParams) {
  const found: { drop?: Droppable; q?: string; count: number }[] = [];
  const count = async (variant: Omit<SearchParams, 'sort' | 'offset' | 'limit'>) => {
    const c = compile(variant, deps.clock());
    return c ? search.countMatches(deps.db, c) : 0;
  };
  for (const key of SEARCH_FILTER_KEYS) {
    if (p[key] === undefined) continue;
    found.push({ drop: key, count: await count({ ...p, [key]: undefined }) });
  }
  const words = p.q ? parseQuery(p.q).words : [];
  if (words.length > 1)
    for (const word of words) found.push({ q: word, count: await count({ ...p, q: word }) });
  return found
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 5)
    .map(({ count: n, ...s }) => ({
      ...s,
      total: Math.min(n, search.SEARCH_WINDOW),
      totalCapped: n > search.SEARCH_WINDOW,
    }));
}

/**
 * Public job search: Chinese full text over title, organisation and description, filters, sorting
 * and pagination. Returns the words to highlight; when nothing is found, suggestions.
 */
export async function searchPostings(deps: Pick<Deps, 'db' | 'clock'>, p: SearchParams) {
  const compiled = compile(p, deps.clock());
  const words = compiled?.words ?? [];
  if (!compiled) return { total: 0, totalCapped: false, items: [], words, suggestions: [] };
  const page = await search.searchPage(deps.db, compiled, p.sort, p);
  const [rows, ref] = await Promise.all([repo.findPostings(deps.db, page.ids), referenceCache(deps.db)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = page.ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [postingCardDto(row, ref, words)] : [];
  });
  const suggestions = page.total === 0 ? await suggestionsFor(deps, p) : [];
  return { total: page.total, totalCapped: page.totalCapped, items, words, suggestions };
}

/** The level below the region filter: provinces, then a province's cities, then a city's counties. */
function regionFacet(tags: Map<string, number>, region: string | undefined) {
  const prefix = region ? regionPrefix(region) : '';
  const length = prefix.length + 2;
  const out: { code: string; count: number }[] = [];
  if (length > 6) return out;
  for (const [tag, count] of tags) {
    const code = tag.slice(2);
    if (tag.startsWith('r:') && code.length === length && code.startsWith(prefix))
      out.push({ code: code.padEnd(6, '0'), count });
  }
  return out;
}

function facet(tags: Map<string, number>, prefix: string) {
  const out: { key: string; count: number }[] = [];
  for (const [tag, count] of tags)
    if (tag.startsWith(prefix)) out.push({ key: tag.slice(prefix.length), count });
  return out.sort((a, b) => b.count - a.count);
}

/**
 * Counts per filter value over the current results (facets), from the newest SEARCH_WINDOW
 * matches: exact below that, and flagged `totalCapped` above it.
 */
export async function postingFacets(
  deps: Pick<Deps, 'db' | 'clock'>,
  p: Omit<SearchParams, 'sort' | 'offset' | 'limit'>,
) {
  const now = deps.clock();
  const compiled = compile(p, now);
  const empty = { total: 0, totalCapped: false, tags: new Map<string, number>(), since: [] as number[] };
  const counts = compiled
    ? await search.facetCounts(
        deps.db,
        compiled,
        POSTED_WITHIN_DAYS.map((d) => new Date(now.getTime() - d * DAY_MS)),
      )
    : empty;
  const ref = await referenceCache(deps.db);
  return {
    total: counts.total,
    totalCapped: counts.totalCapped,
    regions: regionFacet(counts.tags, p.region)
      .map((r) => ({ ...r, name: ref.regionName(r.code) ?? r.code }))
      .sort((a, b) => b.count - a.count),
    degrees: facet(counts.tags, 'd:') as { key: DegreeKey; count: number }[],
    jobTypes: facet(counts.tags, 't:'),
    industries: facet(counts.tags, 'i:'),
    natures: facet(counts.tags, 'n:'),
    keyFields: facet(counts.tags, 'k:'),
    salaries: SALARY_BANDS.map((min) => ({ min, count: counts.tags.get(`s:${min}`) ?? 0 })),
    postedWithin: POSTED_WITHIN_DAYS.map((days, i) => ({ days, count: counts.since[i] ?? 0 })),
  };
}
