import { sql, type Kysely } from 'kysely';

/**
 * The learned affinity (issue 5) by the 专业类 the jobs graduates took ask for, instead of their
 * occupation group: most postings are in one group (2 专业技术人员), so a share per group (or per
 * group and industry) lifted every job of a class's usual field alike and made rankings worse
 * (docs/MATCHING.md). Which classes' jobs a major's graduates take is what the catalogue does not
 * say — a master's in 软件工程 or a 专科 in 计算机类 takes the jobs postings write for 计算机类.
 */
const statements = [
  `drop table major_occupation_affinity`,
  `create table major_affinity (
     major_class text not null,
     -- A 专业类 the job asked for, or '*' for a job open to every major (专业不限).
     job_class text not null,
     share real not null check (share between 0 and 1),
     graduates int not null,
     computed_at timestamptz not null default now(),
     primary key (major_class, job_class)
   )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop table major_affinity').execute(db);
  await sql
    .raw(
      `create table major_occupation_affinity (
         major_class text not null,
         occupation_code text not null,
         share real not null check (share between 0 and 1),
         graduates int not null,
         computed_at timestamptz not null default now(),
         primary key (major_class, occupation_code)
       )`,
    )
    .execute(db);
}
