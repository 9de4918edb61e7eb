import { positiveInt, readPaging, writePaging } from '../../lib/paging';
import type { RosterQuery, RosterSort, SortOrder } from './api';

const SORTS: readonly RosterSort[] = ['studentNo', 'name', 'graduationYear', 'updatedAt'];
function text(value: string | null): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Reads the roster query from search params (the URL is the state, so a filtered view can be bookmarked,
 * shared and survives reloads), ignoring anything malformed instead of sending it to the server.
 */
export function parseRosterParams(params: URLSearchParams): RosterQuery {
  const sortParam = params.get('sort');
  const sort = SORTS.find((candidate) => candidate === sortParam);
  const orderParam = params.get('order');
  const order: SortOrder | undefined = orderParam === 'asc' || orderParam === 'desc' ? orderParam : undefined;
  const assistanceParam = params.get('assistance');
  const universityCode = text(params.get('universityCode'));
  return {
    q: text(params.get('q')),
    universityCode: universityCode && /^\d{10}$/.test(universityCode) ? universityCode : undefined,
    collegeId: text(params.get('collegeId')),
    degree: text(params.get('degree')),
    graduationYear: positiveInt(params.get('graduationYear')),
    assistance: assistanceParam === 'yes' || assistanceParam === 'no' ? assistanceParam : undefined,
    ...readPaging(params),
    sort,
    order: sort ? (order ?? 'asc') : undefined,
  };
}

/** Writes the query back, leaving defaults out so URLs stay short. */
export function toRosterParams(query: RosterQuery): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') params.set(key, String(value));
  };
  set('q', query.q);
  set('universityCode', query.universityCode);
  set('collegeId', query.collegeId);
  set('degree', query.degree);
  set('graduationYear', query.graduationYear);
  set('assistance', query.assistance);
  writePaging(params, query);
  set('sort', query.sort);
  if (query.sort) set('order', query.order);
  return params;
}
