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
