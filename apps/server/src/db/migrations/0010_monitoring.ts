import { sql, type Kysely } from 'kysely';

/**
 * Monitoring (issue 6): 去向落实率 and its parts, kept as counters so dashboards read a few hundred
 * rows instead of grouping a province's million graduates on every view (docs/MONITORING.md).
 *
 * monitor_counts: graduates of a cohort per scope (N national, P:<province>, U:<university>,
 * C:<college>), dimension (all, province, university, college, major, degree, gender, assistance,
 * origin) and monitoring category (the approved destination's category, or pending / unregistered).
 * monitor_trend: per cohort, scope and Shanghai day, how many graduates became placed (+) or stopped
 * being placed (−) by an approval that day; the running sum is the placed count on any date.
 */
const statements = [
  `create table monitor_counts (
     graduation_year int not null,
     scope text not null,
     dimension text not null,
     dim_key text not null,
     category text not null,
     n int not null,
     -- Scope first: every read and every rebuild picks one scope's rows.
     primary key (scope, graduation_year, dimension, dim_key, category)
   )`,
  `create table monitor_trend (
     graduation_year int not null,
     scope text not null,
     day date not null,
     placed_delta int not null,
     primary key (scope, graduation_year, day)
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table if exists monitor_trend').execute(db);
  await sql.raw('drop table if exists monitor_counts').execute(db);
}
