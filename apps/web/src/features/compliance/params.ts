import { readPaging, writePaging } from '../../lib/paging';
import type { QueueQuery, QueueStatus } from './api';

export const QUEUE_STATUSES: readonly QueueStatus[] = ['pending', 'decided', 'all'];
/** The server's limit for the search text. */
export const MAX_QUEUE_QUERY = 60;

/** The queue view from the URL, so an official's filtered view survives reloads and can be shared. */
export function parseQueueParams(params: URLSearchParams): QueueQuery {
  const q = params.get('q')?.trim();
  return {
    status: QUEUE_STATUSES.find((status) => status === params.get('status')) ?? 'pending',
    q: q ? q.slice(0, MAX_QUEUE_QUERY) : undefined,
    repeatOffenders: params.get('repeatOffenders') === 'true' ? true : undefined,
    ...readPaging(params),
  };
}

/** Writes the view back, leaving defaults out so URLs stay short. */
export function toQueueParams(query: QueueQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status !== 'pending') params.set('status', query.status);
  if (query.q) params.set('q', query.q);
  if (query.repeatOffenders) params.set('repeatOffenders', 'true');
  writePaging(params, query);
  return params;
}
