import { sql } from 'kysely';
import type { Database } from '../../db';
import type { OrganisationScope } from './organisations.policy';

export interface OrganisationFilter {
  q?: string | undefined;
  kind?: 'employer' | 'agency' | undefined;
  offset: number;
  limit: number;
}

/** A page of organisations within scope. */
export async function listInScope(db: Database, scope: OrganisationScope, f: OrganisationFilter) {
  let q = db.selectFrom('organisations as o');
  if (scope.kind === 'province') q = q.where('o.province_code', '=', scope.provinceCode);
  else if (scope.kind === 'own') q = q.where('o.id', '=', scope.organisationId);
  else if (scope.kind === 'none') q = q.where(sql<boolean>`false`);
  if (f.kind) q = q.where('o.kind', '=', f.kind);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    q = q.where((eb) => eb.or([eb('o.name', 'like', like), eb('o.uscc', '=', f.q!.toUpperCase())]));
  }
  const [items, total] = await Promise.all([
    q.selectAll('o').orderBy('o.name').offset(f.offset).limit(f.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** Whether a USCC is already registered. */
export async function usccExists(db: Database, uscc: string) {
  return !!(await db.selectFrom('organisations').select('id').where('uscc', '=', uscc).executeTakeFirst());
}

/** Inserts an organisation and returns it. */
export function insertOrganisation(
  db: Database,
  o: {
    kind: 'employer' | 'agency';
    name: string;
    uscc: string;
    nature: string | null;
    industry_code: string | null;
    region_code: string | null;
    province_code: string | null;
  },
) {
  return db.insertInto('organisations').values(o).returningAll().executeTakeFirstOrThrow();
}
