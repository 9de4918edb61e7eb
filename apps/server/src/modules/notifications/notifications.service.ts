import type { Database } from '../../db';
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
