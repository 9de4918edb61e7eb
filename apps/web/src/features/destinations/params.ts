import { DESTINATION_STATUSES, type DestinationStatus } from '@jiuye/domain/destinations/review';
import { positiveInt, readPaging, writePaging } from '../../lib/paging';
import type { ReviewQuery } from './api';

// The review list opens on the reviewer's own queue; "all" in the URL is an explicit choice of every state.
const ALL = 'all';

const isStatus = (value: string): value is DestinationStatus =>
  (DESTINATION_STATUSES as readonly string[]).includes(value);

/** The review query in the URL; without a status it is the reviewer's own queue (`ownStatus`). */
export function readReviewQuery(params: URLSearchParams, ownStatus: DestinationStatus | null): ReviewQuery {
  const status = params.get('status');
  return {
    ...readPaging(params),
    status: status === null ? (ownStatus ?? undefined) : isStatus(status) ? status : undefined,
    collegeId: params.get('collegeId') ?? undefined,
    graduationYear: positiveInt(params.get('year')),
    q: params.get('q') ?? undefined,
    sort: params.get('sort') === 'student_no' ? 'student_no' : 'updated_at',
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
  };
}

/** Writes the query back, leaving defaults out so shared links stay short. */
export function toReviewParams(query: ReviewQuery, ownStatus: DestinationStatus | null): URLSearchParams {
  const p = new URLSearchParams();
  if (query.status !== ownStatus) p.set('status', query.status ?? ALL);
  if (query.collegeId) p.set('collegeId', query.collegeId);
  if (query.graduationYear) p.set('year', String(query.graduationYear));
  if (query.q) p.set('q', query.q);
  if (query.sort !== 'updated_at') p.set('sort', query.sort);
  if (query.order !== 'asc') p.set('order', query.order);
  writePaging(p, query);
  return p;
}
