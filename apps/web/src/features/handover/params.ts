import { positiveInt, readPaging, writePaging } from '../../lib/paging';
import { HANDOVER_STATUSES, type HandoverQuery, type HandoverStatus } from './api';

const isStatus = (v: string | null): v is HandoverStatus =>
  v !== null && (HANDOVER_STATUSES as readonly string[]).includes(v);

export function readHandoverQuery(params: URLSearchParams): HandoverQuery {
  const status = params.get('status');
  const region = params.get('region');
  return {
    ...readPaging(params),
    graduationYear: positiveInt(params.get('year')),
    regionCode: region && /^\d{6}$/.test(region) ? region : undefined,
    status: isStatus(status) ? status : undefined,
    q: params.get('q') ?? undefined,
  };
}

/** Writes the list query into `base` (which keeps other keys, e.g. the tab), leaving defaults out. */
export function writeHandoverQuery(base: URLSearchParams, query: HandoverQuery): URLSearchParams {
  const p = new URLSearchParams(base);
  for (const key of ['year', 'region', 'status', 'q', 'page', 'pageSize']) p.delete(key);
  if (query.graduationYear) p.set('year', String(query.graduationYear));
  if (query.regionCode) p.set('region', query.regionCode);
  if (query.status) p.set('status', query.status);
  if (query.q) p.set('q', query.q);
  writePaging(p, query);
  return p;
}
