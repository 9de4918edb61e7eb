import { sql } from 'kysely';
import type { Database } from '../../db';
import type { UserTable } from '../../db/schema';
import type { Insertable, Updateable } from 'kysely';

/** User row joined with the display names of everything its scope points at. */
function withScopeNames(db: Database) {
  return db
    .selectFrom('users as u')
    .leftJoin('universities as un', 'un.code', 'u.university_code')
    .leftJoin('colleges as c', 'c.id', 'u.college_id')
    .leftJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('regions as r', (j) => j.on(sql`r.code`, '=', sql`u.province_code || '0000'`))
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.password_hash',
      'u.role',
      'u.scope_kind',
      'u.province_code',
      'u.university_code',
      'u.college_id',
      'u.organisation_id',
      'u.graduate_id',
      'u.status',
      'u.failed_logins',
      'u.locked_until',
      'u.last_login_at',
      'u.created_at',
      'un.name as university_name',
      'c.name as college_name',
      'o.name as organisation_name',
      'r.name as province_name',
    ]);
}

export type UserWithScope = NonNullable<Awaited<ReturnType<typeof findById>>>;

/** One user with scope names, by id. */
export function findById(db: Database, id: string) {
  return withScopeNames(db).where('u.id', '=', id).executeTakeFirst();
}

/** One user with scope names, by case-insensitive username. */
export function findByUsername(db: Database, username: string) {
  return withScopeNames(db)
    .where(sql`lower(u.username)`, '=', username.toLowerCase())
    .executeTakeFirst();
}

/** Inserts a user and returns its id. */
export async function insertUser(db: Database, values: Insertable<UserTable>): Promise<string> {
  const row = await db.insertInto('users').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Updates a user's columns. */
export async function updateUser(db: Database, id: string, values: Updateable<UserTable>) {
  await db
    .updateTable('users')
    .set({ ...values, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Whether a username is taken (case-insensitive). */
export async function usernameExists(db: Database, username: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where(sql`lower(username)`, '=', username.toLowerCase())
    .executeTakeFirst();
  return !!row;
}

export interface UserListFilter {
  q?: string | undefined;
  role?: string | undefined;
  offset: number;
  limit: number;
}

/** A page of users for the admin screen. */
export async function listUsers(db: Database, f: UserListFilter) {
  let q = withScopeNames(db);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, '\\$&')}%`;
    q = q.where((eb) => eb.or([eb('u.username', 'ilike', like), eb('u.display_name', 'ilike', like)]));
  }
  if (f.role) q = q.where('u.role', '=', f.role);
  const countQuery = db.selectFrom(q.as('x')).select((eb) => eb.fn.countAll<number>().as('n'));
  const [items, count] = await Promise.all([
    q.orderBy('u.created_at', 'desc').orderBy('u.id').offset(f.offset).limit(f.limit).execute(),
    countQuery.executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** The accounts of one organisation (its HR staff), oldest first. */
export function listByOrganisation(db: Database, organisationId: string) {
  return withScopeNames(db)
    .where('u.organisation_id', '=', organisationId)
    .orderBy('u.created_at')
    .orderBy('u.id')
    .execute();
}

/** Records a failed login and locks the account once the threshold is reached; returns the new count. */
export async function registerFailedLogin(
  db: Database,
  id: string,
  threshold: number,
  now: Date,
  lockUntil: Date,
) {
  // A lock that has run out starts a fresh count; otherwise the first typo after it re-locks at once.
  const expired = sql<boolean>`locked_until is not null and locked_until <= ${now}::timestamptz`;
  const count = sql<number>`case when ${expired} then 1 else failed_logins + 1 end`;
  const row = await db
    .updateTable('users')
    .set({
      failed_logins: count,
      locked_until: sql<Date | null>`case when ${count} >= ${threshold} then ${lockUntil}::timestamptz
        when ${expired} then null else locked_until end`,
    })
    .where('id', '=', id)
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirstOrThrow();
  return row;
}

/** Clears the failure counter after a good login. */
export async function registerSuccessfulLogin(db: Database, id: string, at: Date) {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null, last_login_at: at })
    .where('id', '=', id)
    .execute();
}

// Sessions belong to accounts: they live here so that disabling a user can end them in one place.

/** Stores a new session (the id is the hash of the token the browser holds). */
export async function insertSession(
  db: Database,
  s: { id: string; userId: string; expiresAt: Date; ip: string | null; userAgent: string | null },
) {
  await db
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, expires_at: s.expiresAt, ip: s.ip, user_agent: s.userAgent })
    .execute();
}

/** A live session and its user, or undefined when expired, idle too long or the user is disabled. */
export function findLiveSession(db: Database, id: string, now: Date, idleSince: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['sessions.id', 'sessions.user_id', 'sessions.last_seen_at'])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .where('sessions.last_seen_at', '>', idleSince)
    .where('users.status', '=', 'active')
    .executeTakeFirst();
}

/** Marks a session as used now. */
export async function touchSession(db: Database, id: string, at: Date) {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

/** Ends one session. */
export async function deleteSession(db: Database, id: string) {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user. */
export async function deleteSessionsOfUser(db: Database, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Drops sessions that can no longer be used. */
export async function deleteExpiredSessions(db: Database, now: Date, idleSince: Date) {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
    .execute();
}
