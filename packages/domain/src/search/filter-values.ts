// Values the search filters accept, kept free of jieba so the web bundle can offer the same choices
// the server checks (posting-tags.ts and tokens.ts re-export them for the server).

/** Monthly-salary thresholds (yuan) a graduate can ask for; a posting is tagged with each it reaches. */
export const SALARY_BANDS = [3000, 5000, 8000, 10000, 15000, 20000, 30000] as const;
/** "Posted within" choices, in days. */
export const POSTED_WITHIN_DAYS = [1, 3, 7, 30] as const;
/** Longest query accepted, in characters (a query longer than this is a paste, not a search). */
export const MAX_QUERY_LENGTH = 100;
/**
 * The filters of a job search, in the order the web names them and the server tries dropping them
 * when nothing is found (a market is a place to search in, not a filter to drop).
 */
export const SEARCH_FILTER_KEYS = [
  'region',
  'major',
  'degree',
  'minSalary',
  'jobType',
  'industry',
  'nature',
  'keyField',
  'postedWithin',
] as const;
