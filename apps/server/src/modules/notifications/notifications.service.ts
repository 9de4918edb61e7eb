import type { Database } from '../../db';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError } from '../../platform/errors';
import * as repo from './notifications.repository';

export type { NewNotification } from './notifications.repository';

/**
 * In-app notifications. Callers pass their transaction so a notification exists exactly when the
 * change it announces does. `link` is a web path (e.g. /applications/…), never an absolute URL.
 */
export function notifyUsers(db: Database, userIds: readonly string[], n: repo.NewNotification) {
  return repo.insertNotifications(db, userIds, n);
}

/** Notifies every active HR account of an organisation. */
export async function notifyOrganisation(db: Database, organisationId: string, n: repo.NewNotification) {
  await repo.insertNotifications(db, await repo.organisationUserIds(db, organisationId), n);
}

/** Notifies a graduate through their account (nothing happens when they have none yet). */
export async function notifyGraduate(db: Database, graduateId: string, n: repo.NewNotification) {
  const userId = await repo.graduateUserId(db, graduateId);
  if (userId) await repo.insertNotifications(db, [userId], n);
}

// ── The signed-in user's own notifications (the bell in the web header) ──

function dto(n: Awaited<ReturnType<typeof repo.listForUser>>['items'][number]) {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: new Date(n.created_at).toISOString(),
    readAt: n.read_at ? new Date(n.read_at).toISOString() : null,
  };
}

/** A page of the user's notifications with the unread count. */
export async function listOwn(
  deps: Pick<Deps, 'db'>,
  user: AuthUser,
  f: { unreadOnly: boolean; offset: number; limit: number },
) {
  const page = await repo.listForUser(deps.db, user.id, f);
  return { total: page.total, unread: page.unread, items: page.items.map(dto) };
}

export async function unreadCount(deps: Pick<Deps, 'db'>, user: AuthUser) {
  return { unread: await repo.countUnread(deps.db, user.id) };
}

/** Marks one notification read; another user's answers 404 like a missing one. */
export async function markRead(deps: Pick<Deps, 'db' | 'clock'>, user: AuthUser, id: string) {
  if (!(await repo.markRead(deps.db, user.id, id, deps.clock())))
    throw new AppError('not_found', '通知不存在');
  return unreadCount(deps, user);
}

export async function markAllRead(deps: Pick<Deps, 'db' | 'clock'>, user: AuthUser) {
  const marked = await repo.markAllRead(deps.db, user.id, deps.clock());
  return { marked, unread: 0 };
}
