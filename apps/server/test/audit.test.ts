import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENESIS_HASH, verifyAuditChain } from '../src/modules/audit/audit.service';
import { createTestPlatform, rosterCsv, rosterRows, runCli, type TestPlatform } from './helpers';

let t: TestPlatform;
let adminCookie: string;
let revealedId: string;

beforeAll(async () => {
  t = await createTestPlatform();
  const uni = await t.createUniversityFixture();
  const admin = await t.createUserFixture('admin', { kind: 'national' });
  adminCookie = await t.loginAs(admin.username);
  const cc = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
  const ccCookie = await t.loginAs(cc.username);
  const rows = rosterRows(3, { prefix: 'AU', seed: 41 });
  await t.importRoster(ccCookie, rosterCsv(rows), 'audit.csv');
  revealedId = await t.graduateId(uni.code, rows[0]!.学号);
  const reveal = await t.app.inject({
    method: 'POST',
    url: `/api/graduates/${revealedId}/reveal`,
    headers: { cookie: ccCookie },
    payload: { field: 'phone', reason: '回访' },
  });
  expect(reveal.statusCode).toBe(200);
  await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: ccCookie } });
});

afterAll(async () => {
  await t?.close();
});

const chain = () =>
  t.deps.db
    .selectFrom('audit_log')
    .select(['id', 'action', 'actor_label', 'prev_hash', 'hash'])
    .orderBy('id')
    .execute();

/** Runs statements with the append-only trigger off, as an attacker with table-owner rights could. */
async function behindTheTriggersBack(statement: ReturnType<typeof sql>) {
  await t.deps.db.transaction().execute(async (trx) => {
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(trx);
    await statement.execute(trx);
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(trx);
  });
}

describe('audit log', () => {
  it('records who did what, each record chained to the one before', async () => {
    const rows = await chain();
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['user.create', 'auth.login', 'roster.import', 'pii.reveal', 'auth.logout']),
    );
    expect(rows[0]!.prev_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash).toBe(rows[i - 1]!.hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
  });

  it('verifies as intact, in the service and over HTTP', async () => {
    const n = (await chain()).length;
    expect(await verifyAuditChain(t.deps.db)).toEqual({ ok: true, checked: n, firstBroken: null });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/audit/verify',
      headers: { cookie: adminCookie },
    });
    expect(res.json()).toMatchObject({ ok: true, firstBroken: null });
  });

  it('lists records for an admin, filtered by action', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/audit?action=pii.reveal',
      headers: { cookie: adminCookie },
    });
    expect(res.json()).toMatchObject({
      total: 1,
      items: [
        {
          action: 'pii.reveal',
          targetType: 'graduate',
          targetId: revealedId,
          detail: { field: 'phone', reason: '回访' },
        },
      ],
    });
  });

  it('refuses UPDATE and DELETE on the log (append-only trigger)', async () => {
    const [first] = await chain();
    await expect(
      sql`update audit_log set action = 'x' where id = ${first!.id}`.execute(t.deps.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where id = ${first!.id}`.execute(t.deps.db)).rejects.toThrow(
      /append-only/,
    );
    expect((await chain())[0]).toEqual(first);
  });

  it('reports the first altered record, and the first record after a deleted one', async () => {
    const target = await t.deps.db
      .selectFrom('audit_log')
      .select(['id', 'detail'])
      .where('action', '=', 'pii.reveal')
      .executeTakeFirstOrThrow();
    const targetId = Number(target.id);

    await behindTheTriggersBack(
      sql`update audit_log set detail = ${JSON.stringify({ field: 'phone', reason: '无' })}::jsonb where id = ${target.id}`,
    );
    expect(await verifyAuditChain(t.deps.db)).toMatchObject({
      ok: false,
      firstBroken: { id: targetId, reason: expect.stringContaining('content altered') },
    });

    await behindTheTriggersBack(
      sql`update audit_log set detail = ${JSON.stringify(target.detail)}::jsonb where id = ${target.id}`,
    );
    expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);

    const rows = await chain();
    const victim = rows[2]!;
    await behindTheTriggersBack(sql`delete from audit_log where id = ${victim.id}`);
    expect(await verifyAuditChain(t.deps.db)).toMatchObject({
      ok: false,
      checked: 2,
      firstBroken: { id: Number(rows[3]!.id), reason: expect.stringContaining('broken link') },
    });
  });

  it('the CLI `jiuye audit verify --json` exits 1 on the tampered database and names the break', async () => {
    const firstBroken = (await verifyAuditChain(t.deps.db)).firstBroken;
    expect(firstBroken).not.toBeNull();
    await t.releaseDatabase();
    const res = await runCli(['audit', 'verify', '--json'], t.cliEnv);
    expect(res.code, res.stderr).toBe(1);
    expect(JSON.parse(res.stdout)).toMatchObject({ ok: false, firstBroken: { id: firstBroken!.id } });
  });
});
