import type { Database } from '../../db';

export interface NewNotification {
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
}

/** Inserts one notification per user (in the caller's transaction when given one). */
export async function insertNotifications(db: Database, userIds: readonly string[], n: NewNotification) {
  if (userIds.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      userIds.map((user_id) => ({
        user_id,
        kind: n.kind,
        title: n.title,
        body: n.body ?? null,
        link: n.link ?? null,
      })),
    )
    .execute();
}

/** Active user ids of an organisation's staff (every HR account of an employer or agency). */
export async function organisationUserIds(db: Database, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'active')
    .execute();
  return rows.map((r) => r.id);
}

/** The user account of a graduate, if they have one. */
export async function graduateUserId(db: Database, graduateId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('graduate_id', '=', graduateId)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** A page of a user's notifications, newest first, and how many are unread in all. */
export async function listForUser(
  db: Database,
  userId: string,
  f: { unreadOnly: boolean; offset: number; limit: number },
) {
  let q = db.selectFrom('notifications').where('user_id', '=', userId);
  if (f.unreadOnly) q = q.where('read_at', 'is', null);
  const [items, total, unread] = await Promise.all([
    q
      .select(['id', 'kind', 'title', 'body', 'link', 'created_at', 'read_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    countUnread(db, userId),
  ]);
  return { items, total: Number(total.n), unread };
}

/** Unread notifications of a user (served by the partial index on unread rows). */
export async function countUnread(db: Database, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Marks one of the user's notifications read; false when it is not theirs (or absent). */
export async function markRead(db: Database, userId: string, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return true;
  // Already read is fine; someone else's is not.
  const own = await db
    .selectFrom('notifications')
    .select('id')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return !!own;
}

/** Marks all of a user's notifications read; returns how many changed. */
export async function markAllRead(db: Database, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
