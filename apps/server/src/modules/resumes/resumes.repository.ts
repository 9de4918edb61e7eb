import { sql } from 'kysely';
import type { Database } from '../../db';

/** A graduate's own résumé content, or undefined when they have not saved one yet. */
export function findResume(db: Database, graduateId: string) {
  return db
    .selectFrom('resumes')
    .select(['content', 'updated_at'])
    .where('graduate_id', '=', graduateId)
    .executeTakeFirst();
}

/** The résumés of many graduates (those who have one). */
export function findResumes(db: Database, graduateIds: readonly string[]) {
  if (graduateIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('resumes')
    .select(['graduate_id', 'content', 'updated_at'])
    .where('graduate_id', '=', sql<string>`any(${[...graduateIds]}::uuid[])`)
    .execute();
}

/** Creates or replaces the résumé content; returns when it was saved. */
export async function saveResume(db: Database, graduateId: string, content: unknown, now: Date) {
  const json = JSON.stringify(content);
  return db
    .insertInto('resumes')
    .values({ graduate_id: graduateId, content: json, updated_at: now })
    .onConflict((oc) => oc.column('graduate_id').doUpdateSet({ content: json, updated_at: now }))
    .returning(['content', 'updated_at'])
    .executeTakeFirstOrThrow();
}

/**
 * What a résumé shows of the roster record: name, contact (phone still encrypted) and the
 * education the university vouches for.
 */
export function findGraduateRecord(db: Database, graduateId: string) {
  return graduateRecords(db).where('g.id', '=', graduateId).executeTakeFirst();
}

function graduateRecords(db: Database) {
  return db
    .selectFrom('graduates as g')
    .innerJoin('universities as u', 'u.code', 'g.university_code')
    .innerJoin('colleges as c', 'c.id', 'g.college_id')
    .select([
      'g.id',
      'g.name',
      'g.phone_enc',
      'g.email',
      'u.name as university_name',
      'c.name as college_name',
      'g.major_code',
      'g.degree',
      'g.graduation_year',
    ]);
}

/** findGraduateRecord for many graduates at once. */
export function findGraduateRecords(db: Database, graduateIds: readonly string[]) {
  if (graduateIds.length === 0) return Promise.resolve([]);
  return graduateRecords(db)
    .where('g.id', '=', sql<string>`any(${[...graduateIds]}::uuid[])`)
    .execute();
}

export type GraduateRecord = NonNullable<Awaited<ReturnType<typeof findGraduateRecord>>>;
