import { hostname } from 'node:os';
import { sql } from 'kysely';
import type { Database } from '../db';

/** A job handler gets the payload and must be safe to run again after a crash (idempotent). */
export type JobHandler = (
  payload: Record<string, unknown>,
  job: { id: string; attempt: number; lastAttempt: boolean },
) => Promise<void>;

export interface JobRunner {
  /** Stores a job; it survives restarts because it lives in the database. */
  enqueue(kind: string, payload: Record<string, unknown>, db?: Database): Promise<string>;
  /**
   * Stores a job unless one with the same dedupe key was ever stored (a nightly run per day, asked
   * for by every server process); the new job's id, or null when it already existed.
   */
  enqueueOnce(kind: string, payload: Record<string, unknown>, dedupeKey: string): Promise<string | null>;
  /** Runs queued jobs until none is left (tests and the CLI use this instead of polling). */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

const STALE_AFTER_MS = 10 * 60_000;
const HEARTBEAT_MS = 60_000;

/**
 * A small durable queue on the `jobs` table, claimed with FOR UPDATE SKIP LOCKED so several
 * server processes can share it; works the same on PGlite and PostgreSQL.
 */
export function createJobRunner(
  db: Database,
  handlers: Record<string, JobHandler>,
  opts: { pollMs?: number; log?: (msg: string, extra?: Record<string, unknown>) => void } = {},
): JobRunner {
  const worker = `${hostname()}:${process.pid}`;
  const pollMs = opts.pollMs ?? 1000;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = true;

  async function claim() {
    return db.transaction().execute(async (trx) => {
      const row = await sql<{
        id: string;
        kind: string;
        payload: Record<string, unknown>;
        attempts: number;
        max_attempts: number;
      }>`
        select id, kind, payload, attempts, max_attempts from jobs
        where (status = 'queued' and run_after <= now())
           or (status = 'running' and locked_at < now() - make_interval(secs => ${STALE_AFTER_MS / 1000}))
        order by created_at
        limit 1
        for update skip locked`.execute(trx);
      const job = row.rows[0];
      if (!job) return null;
      await trx
        .updateTable('jobs')
        .set({ status: 'running', locked_at: new Date(), locked_by: worker, attempts: job.attempts + 1 })
        .where('id', '=', job.id)
        .execute();
      return { ...job, attempts: job.attempts + 1 };
    });
  }

  async function runOne(): Promise<boolean> {
    const job = await claim();
    if (!job) return false;
    const handler = handlers[job.kind];
    // A heartbeat keeps a long job (a million-row import) from being mistaken for a dead one.
    const heartbeat = setInterval(() => {
      db.updateTable('jobs')
        .set({ locked_at: new Date() })
        .where('id', '=', job.id)
        .execute()
        .catch(() => undefined);
    }, HEARTBEAT_MS);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(job.payload, {
        id: job.id,
        attempt: job.attempts,
        lastAttempt: job.attempts >= job.max_attempts,
      });
      await db
        .updateTable('jobs')
        .set({ status: 'succeeded', finished_at: new Date(), error: null })
        .where('id', '=', job.id)
        .execute();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      opts.log?.('job failed', { id: job.id, kind: job.kind, attempt: job.attempts, message });
      await sql`update jobs set
          status = case when attempts >= max_attempts then 'failed' else 'queued' end,
          run_after = now() + make_interval(secs => ${5 * job.attempts}),
          error = ${message},
          finished_at = case when attempts >= max_attempts then now() else null end
        where id = ${job.id}`.execute(db);
    } finally {
      clearInterval(heartbeat);
    }
    return true;
  }

  async function drainLoop(): Promise<number> {
    let n = 0;
    while (await runOne()) n++;
    return n;
  }

  function drain(): Promise<number> {
    // One loop at a time per process; callers share the running one.
    running ??= drainLoop().finally(() => (running = null));
    return running;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(() => {
      drain()
        .catch((err: unknown) => opts.log?.('job loop error', { message: String(err) }))
        .finally(schedule);
    }, pollMs);
  }

  function wake() {
    if (!stopped) setImmediate(() => void drain().catch(() => undefined));
  }

  return {
    async enqueue(kind, payload, onDb = db) {
      const row = await onDb
        .insertInto('jobs')
        .values({ kind, payload: JSON.stringify(payload) })
        .returning('id')
        .executeTakeFirstOrThrow();
      wake();
      return row.id;
    },
    async enqueueOnce(kind, payload, dedupeKey) {
      const row = await db
        .insertInto('jobs')
        .values({ kind, payload: JSON.stringify(payload), dedupe_key: dedupeKey })
        .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (row) wake();
      return row?.id ?? null;
    },
    drain,
    start() {
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
