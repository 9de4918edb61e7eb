import { SUBSIDY_STATUSES, type SubsidyStatus } from '@jiuye/domain/assistance/subsidy';
import { positiveInt, readPaging, writePaging } from '../../lib/paging';
import type { SubsidyQuery } from './api';

const isStatus = (value: string | null): value is SubsidyStatus =>
  value !== null && (SUBSIDY_STATUSES as readonly string[]).includes(value);

/**
 * The list query in the URL. Reviewers open on their own queue (待我审核); `all=1` is the explicit
 * choice of every application in scope.
 */
export function readSubsidyQuery(params: URLSearchParams, reviews: boolean): SubsidyQuery {
  const status = params.get('status');
  return {
    ...readPaging(params),
    graduationYear: positiveInt(params.get('year')),
    status: isStatus(status) ? status : undefined,
    mine: reviews && params.get('all') !== '1',
    q: params.get('q') ?? undefined,
  };
}

export function toSubsidyParams(query: SubsidyQuery, reviews: boolean, id: string | null): URLSearchParams {
  const p = new URLSearchParams();
  if (query.graduationYear) p.set('year', String(query.graduationYear));
  if (query.status) p.set('status', query.status);
  if (reviews && !query.mine) p.set('all', '1');
  if (query.q) p.set('q', query.q);
  writePaging(p, query);
  if (id) p.set('id', id);
  return p;
}
