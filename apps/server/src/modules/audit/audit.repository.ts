import { sql } from 'kysely';
import type { Database } from '../../db';

export interface AuditRecordInput {
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

export interface StoredAuditRecord extends AuditRecordInput {
  id: number;
  prevHash: string;
  hash: string;
}

// Any constant works; it names the one lock that serialises appends across processes.
const AUDIT_LOCK_KEY = 73_010_001;

/** Locks the chain head for this transaction and returns the last hash. */
export async function lockHead(trx: Database): Promise<string | null> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx
    .selectFrom('audit_log')
    .select('hash')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.hash ?? null;
}

/** Inserts one chained record. */
export async function insertRecord(trx: Database, r: AuditRecordInput, prevHash: string, hash: string) {
  await trx
    .insertInto('audit_log')
    .values({
      at: r.at,
      actor_id: r.actorId,
      actor_label: r.actorLabel,
      action: r.action,
      target_type: r.targetType,
      target_id: r.targetId,
      detail: JSON.stringify(r.detail),
      ip: r.ip,
      prev_hash: prevHash,
      hash,
    })
    .execute();
}

/** Reads the chain in order, a page at a time, so verification never loads it whole. */
export async function* readChain(db: Database, pageSize = 5000): AsyncGenerator<StoredAuditRecord> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('id', '>', String(after))
      .orderBy('id')
      .limit(pageSize)
      .execute();
    for (const r of rows) {
      yield {
        id: Number(r.id),
        at: r.at,
        actorId: r.actor_id,
        actorLabel: r.actor_label,
        action: r.action,
        targetType: r.target_type,
        targetId: r.target_id,
        detail: r.detail,
        ip: r.ip,
        prevHash: r.prev_hash,
        hash: r.hash,
      };
    }
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]!.id);
  }
}

export interface AuditListFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  offset: number;
  limit: number;
}

/** A page of the log, newest first. */
export async function listRecords(db: Database, f: AuditListFilter) {
  let q = db.selectFrom('audit_log');
  if (f.action) q = q.where('action', '=', f.action);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.targetType) q = q.where('target_type', '=', f.targetType);
  if (f.targetId) q = q.where('target_id', '=', f.targetId);
  const [items, total] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').offset(f.offset).limit(f.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
