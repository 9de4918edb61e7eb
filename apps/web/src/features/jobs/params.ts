import { readPaging, writePaging } from '../../lib/paging';
import type { JobQuery, PostingStatus } from './api';

export const POSTING_STATUSES: readonly PostingStatus[] = ['draft', 'published', 'closed', 'taken_down'];
/** The server's limit for the search text. */
export const MAX_JOB_QUERY = 60;

/** The list query from the URL (so a filtered view survives reloads); malformed values are dropped, not sent. */
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
