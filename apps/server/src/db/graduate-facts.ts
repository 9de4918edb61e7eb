import { sql } from 'kysely';

// Facts about a graduate that several modules' queries ask, as SQL on a graduate aliased `g`. One
// definition each, so the employer's priority flag, assistance, the hand-over and the dashboards
// never disagree.

/** An approved destination of a placed category (what monitoring counts as 落实). */
export const placedSql = sql<boolean>`exists (
  select 1 from destinations d where d.graduate_id = g.id
    and d.approved_category in ('employed_unit', 'self_employed', 'freelance', 'further_study'))`;

/** An identified 帮扶对象 (any category): employers see only this, as 优先关注 (measure 十一). */
export const isTargetSql = sql<boolean>`exists (
  select 1 from assistance_targets t where t.graduate_id = g.id and t.status = 'approved')`;
