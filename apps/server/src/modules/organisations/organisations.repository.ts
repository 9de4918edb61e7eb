import { sql, type Insertable, type SelectQueryBuilder, type Updateable } from 'kysely';
import type { Database } from '../../db';
import type { DB, OrganisationReviewTable, OrganisationTable, VerificationStatus } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { uniqueViolationOf } from '../../db/errors';
import type { OrganisationScope } from './organisations.policy';

export interface OrganisationFilter {
  q?: string | undefined;
  kind?: 'employer' | 'agency' | undefined;
  offset: number;
  limit: number;
}

export interface VerificationFilter {
  q?: string | undefined;
  kind?: 'employer' | 'agency' | undefined;
  statuses: readonly VerificationStatus[];
  offset: number;
  limit: number;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the selection differs per caller
type OrgQuery = SelectQueryBuilder<DB & { o: OrganisationTable }, 'o', any>;

function inScope<Q extends OrgQuery>(q: Q, scope: OrganisationScope): Q {
  if (scope.kind === 'province') return q.where('o.province_code', '=', scope.provinceCode) as Q;
  if (scope.kind === 'own') return q.where('o.id', '=', scope.organisationId) as Q;
  if (scope.kind === 'none') return q.where(sql<boolean>`false`) as Q;
  return q;
}

// A name fragment, or an exact credit code (a code fragment would match thousands of unrelated rows).
function matching<Q extends OrgQuery>(q: Q, text: string | undefined): Q {
  if (!text) return q;
  const like = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
  return q.where((eb) => eb.or([eb('o.name', 'like', like), eb('o.uscc', '=', text.toUpperCase())])) as Q;
}

/** A page of organisations within scope. */
export async function listInScope(db: Database, scope: OrganisationScope, f: OrganisationFilter) {
  let q = inScope(db.selectFrom('organisations as o'), scope);
  if (f.kind) q = q.where('o.kind', '=', f.kind);
  q = matching(q, f.q);
  const [items, total] = await Promise.all([
    q.selectAll('o').orderBy('o.name').offset(f.offset).limit(f.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Registrations waiting for (or past) a decision, oldest first so nobody waits behind newcomers. */
export async function verificationQueue(db: Database, scope: OrganisationScope, f: VerificationFilter) {
  let q = inScope(db.selectFrom('organisations as o'), scope).where('o.verification', 'in', [...f.statuses]);
  if (f.kind) q = q.where('o.kind', '=', f.kind);
  q = matching(q, f.q);
  const [items, total] = await Promise.all([
    q.selectAll('o').orderBy('o.created_at').orderBy('o.id').offset(f.offset).limit(f.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** One organisation within scope, or undefined (absent and out of scope look the same). */
export function findInScope(db: Database, scope: OrganisationScope, id: string) {
  return inScope(db.selectFrom('organisations as o'), scope)
    .selectAll('o')
    .where('o.id', '=', id)
    .executeTakeFirst();
}

/** Whether a USCC is already registered (by another organisation than `exceptId`). */
export async function usccExists(db: Database, uscc: string, exceptId?: string) {
  let q = db.selectFrom('organisations').select('id').where('uscc', '=', uscc);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return !!(await q.executeTakeFirst());
}

const isUniqueViolation = (err: unknown) => uniqueViolationOf(err) !== null;

// Two registrations of one code can pass the look-up at the same moment; the unique constraint
// decides, and the loser gets the same answer as if it had come second.
const usccTaken = (uscc: string) =>
  new AppError('conflict', `统一社会信用代码 ${uscc} 已被其他单位注册，如有疑问请联系所在地教育主管部门`, [
    { path: 'uscc', message: '该统一社会信用代码已注册' },
  ]);

/** Inserts an organisation and returns it. */
export async function insertOrganisation(db: Database, o: Insertable<OrganisationTable>) {
  try {
    return await db.insertInto('organisations').values(o).returningAll().executeTakeFirstOrThrow();
  } catch (err) {
    if (isUniqueViolation(err)) throw usccTaken(o.uscc);
    throw err;
  }
}

/** Updates an organisation's columns and returns the row. */
export async function updateOrganisation(db: Database, id: string, values: Updateable<OrganisationTable>) {
  try {
    return await db
      .updateTable('organisations')
      .set({ ...values, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (err) {
    if (isUniqueViolation(err) && values.uscc) throw usccTaken(String(values.uscc));
    throw err;
  }
}

/**
 * Moves an organisation to a new verification state only while it is in one of `from`, so two
 * officials deciding at once cannot both win; undefined when the state had already changed.
 */
export function transition(
  db: Database,
  id: string,
  from: readonly VerificationStatus[],
  values: Updateable<OrganisationTable>,
) {
  return db
    .updateTable('organisations')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .where('verification', 'in', [...from])
    .returningAll()
    .executeTakeFirst();
}

/** Records a verification decision or a re-submission. */
export async function insertReview(
  db: Database,
  r: Pick<Insertable<OrganisationReviewTable>, 'organisation_id' | 'decision' | 'reason' | 'decided_by'>,
) {
  await db.insertInto('organisation_reviews').values(r).execute();
}

/** The review history of an organisation, oldest first, with who decided. */
export function reviewsOf(db: Database, organisationId: string) {
  return db
    .selectFrom('organisation_reviews as r')
    .innerJoin('users as u', 'u.id', 'r.decided_by')
    .select([
      'r.id',
      'r.decision',
      'r.reason',
      'r.created_at',
      'u.display_name as decided_by_name',
      'u.role as decided_by_role',
    ])
    .where('r.organisation_id', '=', organisationId)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
}
