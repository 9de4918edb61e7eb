import { openCohort } from '@jiuye/domain/destinations/review';
import { ASSISTANCE_CATEGORIES } from '@jiuye/domain/reference/assistance-categories';
import { positiveInt, readPaging, writePaging } from '../../lib/paging';
import type { TargetQuery, TargetSort } from './api';

const SORTS: readonly TargetSort[] = ['studentNo', 'name', 'gaps'];

/** The target list's query in the URL (shared links and the gaps view's links land here). */
export function readTargetQuery(params: URLSearchParams): TargetQuery {
  const category = params.get('category');
  const status = params.get('status');
  const placed = params.get('placed');
  const sort = params.get('sort');
  return {
    ...readPaging(params),
    graduationYear: positiveInt(params.get('year')),
    category: ASSISTANCE_CATEGORIES.some((c) => c.key === category) ? (category ?? undefined) : undefined,
    status: status === 'approved' || status === 'pending' ? status : undefined,
    collegeId: params.get('collegeId') ?? undefined,
    counsellorId: params.get('counsellorId') ?? undefined,
    q: params.get('q') ?? undefined,
    placed: placed === 'true' ? true : placed === 'false' ? false : undefined,
    sort: SORTS.find((s) => s === sort) ?? 'studentNo',
  };
}

/** Writes the query back, leaving defaults out so links stay short. */
export function toTargetParams(query: TargetQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.graduationYear) p.set('year', String(query.graduationYear));
  if (query.category) p.set('category', query.category);
  if (query.status) p.set('status', query.status);
  if (query.collegeId) p.set('collegeId', query.collegeId);
  if (query.counsellorId) p.set('counsellorId', query.counsellorId);
  if (query.q) p.set('q', query.q);
  if (query.placed !== undefined) p.set('placed', String(query.placed));
  if (query.sort !== 'studentNo') p.set('sort', query.sort);
  writePaging(p, query);
  return p;
}

/** The cohorts a staff member picks from: the one registering destinations now and the four before. */
export function cohortOptions() {
  const latest = openCohort(new Date());
  return Array.from({ length: 5 }, (_, i) => latest - i).map((year) => ({
    value: year,
    label: String(year),
  }));
}
