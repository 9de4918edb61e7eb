import { DEGREE_LEVELS } from '@jiuye/domain/reference/degree-levels';
import { JOB_TYPES, KEY_FIELDS, UNIT_NATURES } from '@jiuye/domain/recruitment/vocabulary';
import {
  MAX_QUERY_LENGTH,
  POSTED_WITHIN_DAYS,
  SALARY_BANDS,
  SEARCH_FILTER_KEYS,
} from '@jiuye/domain/search/filter-values';
import { positiveInt, readPaging, writePaging } from '../../lib/paging';
import type { JobQuery, PostingStatus, SearchFilters, SearchQuery, SearchSort } from './api';

export const POSTING_STATUSES: readonly PostingStatus[] = [
  'draft',
  'published',
  'closed',
  'expired',
  'taken_down',
];
/** The server's limit for the search text. */
export const MAX_JOB_QUERY = MAX_QUERY_LENGTH;
export const SEARCH_SORTS: readonly SearchSort[] = ['relevance', 'newest', 'salary'];
export { POSTED_WITHIN_DAYS, SALARY_BANDS };

/** The employer's list query from the URL (so a filtered view survives reloads); malformed values are dropped. */
export function parseJobParams(params: URLSearchParams): JobQuery {
  const q = params.get('q')?.trim();
  return {
    q: q ? q.slice(0, MAX_JOB_QUERY) : undefined,
    status: POSTING_STATUSES.find((status) => status === params.get('status')),
    ...readPaging(params),
  };
}

/** Writes the query back, leaving defaults out so URLs stay short. */
export function toJobParams(query: JobQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.status) params.set('status', query.status);
  writePaging(params, query);
  return params;
}

const oneOf = <T extends string>(keys: readonly T[], value: string | null): T | undefined =>
  keys.find((key) => key === value);
const matching = (pattern: RegExp, value: string | null) =>
  value && pattern.test(value) ? value : undefined;

/** Filter keys in the order chips and "drop this filter" suggestions name them. */
export const FILTER_KEYS = [
  ...SEARCH_FILTER_KEYS,
  'market',
] as const satisfies readonly (keyof SearchFilters)[];
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The search from the URL, so a search can be shared or bookmarked. Values the server would refuse
 * are dropped here instead, so a mistyped link still shows results rather than an error.
 */
export function parseSearchParams(params: URLSearchParams): SearchQuery {
  const q = params.get('q')?.trim();
  const minSalary = positiveInt(params.get('minSalary'));
  const postedWithin = positiveInt(params.get('postedWithin'));
  return {
    q: q ? q.slice(0, MAX_JOB_QUERY) : undefined,
    region: matching(/^\d{6}$/, params.get('region')),
    major: matching(/^[0-9A-Z]{4,8}$/, params.get('major')),
    degree: oneOf(
      DEGREE_LEVELS.map((level) => level.key),
      params.get('degree'),
    ),
    minSalary: SALARY_BANDS.find((band) => band === minSalary),
    jobType: oneOf(
      JOB_TYPES.map((type) => type.key),
      params.get('jobType'),
    ),
    industry: matching(/^[A-T]$/, params.get('industry')),
    nature: oneOf(
      UNIT_NATURES.map((nature) => nature.key),
      params.get('nature'),
    ),
    keyField: oneOf(
      KEY_FIELDS.map((field) => field.key),
      params.get('keyField'),
    ),
    market: matching(/^[0-9a-f-]{36}$/i, params.get('market')),
    postedWithin: POSTED_WITHIN_DAYS.find((days) => days === postedWithin),
    sort: oneOf(SEARCH_SORTS, params.get('sort')) ?? 'relevance',
    ...readPaging(params),
  };
}

/** Writes a search back to URL parameters, leaving defaults out. */
export function toSearchParams(
  query: SearchQuery,
  omit: readonly (keyof SearchQuery)[] = [],
): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of FILTER_KEYS) {
    const value = query[key];
    if (value !== undefined && !omit.includes(key)) params.set(key, String(value));
  }
  if (query.sort !== 'relevance') params.set('sort', query.sort);
  writePaging(params, query);
  return params;
}

/** The filters alone (what the facets endpoint takes). */
export function filtersOf(query: SearchQuery): SearchFilters {
  const filters: SearchFilters = {};
  if (query.q) filters.q = query.q;
  for (const key of FILTER_KEYS) {
    if (query[key] !== undefined) Object.assign(filters, { [key]: query[key] });
  }
  return filters;
}
