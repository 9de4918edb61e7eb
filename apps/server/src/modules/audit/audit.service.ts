import { createHash } from 'node:crypto';
import type { Database } from '../../db';
import * as repo from './audit.repository';

export const GENESIS_HASH = '0'.repeat(64);

/** Who acted: a signed-in user, or the system/CLI. */
export interface Actor {
  id: string | null;
  label: string;
  ip?: string | null;
}

export interface AuditEntry {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  detail?: Record<string, unknown>;
}

/** JSON with sorted keys, so the hash does not depend on jsonb's key order. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** The hash of one record given the previous hash: what `audit verify` recomputes. */
export function recordHash(prevHash: string, r: repo.AuditRecordInput): string {
  const body = canonical({
    at: r.at.toISOString(),
    actorId: r.actorId,
    actorLabel: r.actorLabel,
    action: r.action,
    targetType: r.targetType,
    targetId: r.targetId,
    detail: r.detail,
    ip: r.ip,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

/** Appends to the hash-chained log; joins the caller's transaction when given one. */
export async function recordAudit(
  db: Database,
  actor: Actor,
  entry: AuditEntry,
  clock: () => Date = () => new Date(),
) {
  const write = async (trx: Database) => {
    const prev = (await repo.lockHead(trx)) ?? GENESIS_HASH;
    const record: repo.AuditRecordInput = {
      // Truncated to ms because that is what survives the timestamptz round trip into JS.
      at: new Date(Math.floor(clock().getTime())),
      actorId: actor.id,
      actorLabel: actor.label,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      detail: entry.detail ?? {},
      ip: actor.ip ?? null,
    };
    await repo.insertRecord(trx, record, prev, recordHash(prev, record));
  };
  if (db.isTransaction) await write(db);
  else await db.transaction().execute(write);
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  firstBroken: { id: number; reason: string } | null;
}

/** Walks the chain from the start and reports the first record whose link or content does not match. */
export async function verifyAuditChain(db: Database): Promise<ChainVerification> {
  let prev = GENESIS_HASH;
  let checked = 0;
  for await (const r of repo.readChain(db)) {
    if (r.prevHash !== prev)
      return {
        ok: false,
        checked,
        firstBroken: { id: r.id, reason: '前一条记录的哈希不匹配 (broken link)' },
      };
    if (recordHash(prev, r) !== r.hash)
      return {
        ok: false,
        checked,
        firstBroken: { id: r.id, reason: '记录内容与哈希不符 (content altered)' },
      };
    prev = r.hash;
    checked++;
  }
  return { ok: true, checked, firstBroken: null };
}

/** A page of audit records for the admin screen. */
export async function listAudit(db: Database, filter: repo.AuditListFilter) {
  const { items, total } = await repo.listRecords(db, filter);
  return {
    total,
    items: items.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actorId: r.actor_id,
      actorName: r.actor_label,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      detail: r.detail,
      ip: r.ip,
    })),
  };
}
