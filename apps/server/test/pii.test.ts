import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone } from '@jiuye/domain';
import {
  createTestPlatform,
  rosterCsv,
  rosterRows,
  type RosterRow,
  type TestPlatform,
  type UniversityFixture,
} from './helpers';

let t: TestPlatform;
let uni: UniversityFixture;
let ccCookie: string;
let ccId: string;
let graduateCookie: string;
const rows = rosterRows(5, { prefix: 'P', seed: 31 });
// A rejected row whose ID must not leak into the stored error report either.
const badRow: RosterRow = { ...rosterRows(1, { prefix: 'PX', seed: 32 })[0]! };
badRow.身份证号 = badRow.身份证号.slice(0, 17) + (badRow.身份证号.endsWith('0') ? '1' : '0');

function everyPlaintext(): string[] {
  return [...rows, badRow].flatMap((r) => [r.身份证号, r.手机号]);
}

beforeAll(async () => {
  t = await createTestPlatform();
  uni = await t.createUniversityFixture();
  const cc = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
  ccId = cc.id;
  ccCookie = await t.loginAs(cc.username);
  const result = await t.importRoster(ccCookie, rosterCsv([...rows, badRow]), 'pii.csv');
  expect([result.accepted, result.rejected]).toEqual([rows.length, 1]);
  const grad = await t.createUserFixture('graduate', {
    kind: 'self',
    graduateId: await t.graduateId(uni.code, rows[0]!.学号),
  });
  graduateCookie = await t.loginAs(grad.username);
});

afterAll(async () => {
  await t?.close();
});

async function dumpTable(table: 'graduates' | 'import_errors' | 'import_staging' | 'audit_log' | 'imports') {
  return JSON.stringify(await t.deps.db.selectFrom(table).selectAll().execute());
}

describe('at rest', () => {
  it('stores no plaintext 身份证号 or phone number in any table the import touched', async () => {
    const raw = await t.deps.db.selectFrom('graduates').selectAll().execute();
    expect(raw).toHaveLength(rows.length);
    for (const g of raw) {
      expect(g.id_number_enc).toMatch(/^v1:/);
      expect(g.phone_enc).toMatch(/^v1:/);
      expect(g.id_number_index).not.toMatch(/^\d{17}[\dX]$/);
    }
    const dumps = await Promise.all(
      (['graduates', 'import_errors', 'import_staging', 'audit_log', 'imports'] as const).map(dumpTable),
    );
    for (const plain of everyPlaintext()) for (const dump of dumps) expect(dump).not.toContain(plain);
    // The ciphertexts really hold the values: decrypting gives the file's numbers back.
    const first = raw.find((g) => g.student_no === rows[0]!.学号)!;
    expect(t.deps.cipher.decrypt(first.id_number_enc)).toBe(rows[0]!.身份证号);
  });

  it('deletes the uploaded file (plaintext personal data) once imported', async () => {
    expect(await readdir(join(t.dataDir, 'uploads'))).toEqual([]);
  });
});

describe('in API responses', () => {
  it('masks 身份证号 and phone in lists and details', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/graduates?pageSize=100',
      headers: { cookie: ccCookie },
    });
    expect(list.statusCode).toBe(200);
    for (const plain of everyPlaintext()) expect(list.body).not.toContain(plain);
    const items = list.json<{ items: { studentNo: string; idNumber: string; phone: string }[] }>().items;
    for (const item of items) {
      const row = rows.find((r) => r.学号 === item.studentNo)!;
      expect(item.idNumber).toBe(maskIdNumber(row.身份证号));
      expect(item.phone).toBe(maskPhone(row.手机号));
      expect(item.idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);
    }

    const id = await t.graduateId(uni.code, rows[1]!.学号);
    const one = await t.app.inject({
      method: 'GET',
      url: `/api/graduates/${id}`,
      headers: { cookie: ccCookie },
    });
    expect(one.json<{ idNumber: string }>().idNumber).toBe(maskIdNumber(rows[1]!.身份证号));
    for (const plain of everyPlaintext()) expect(one.body).not.toContain(plain);

    const own = await t.app.inject({
      method: 'GET',
      url: '/api/me/profile',
      headers: { cookie: graduateCookie },
    });
    expect(own.json<{ idNumber: string; phone: string }>()).toMatchObject({
      idNumber: maskIdNumber(rows[0]!.身份证号),
      phone: maskPhone(rows[0]!.手机号),
    });
  });

  it('masks IDs in the import error report too', async () => {
    const imports = await t.app.inject({ method: 'GET', url: '/api/imports', headers: { cookie: ccCookie } });
    const [imp] = imports.json<{ items: { id: string }[] }>().items;
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/imports/${imp!.id}/errors.csv`,
      headers: { cookie: ccCookie },
    });
    expect(csv.body).toContain('id_number_check_digit');
    expect(csv.body).not.toContain(badRow.身份证号);
  });
});

describe('reveal', () => {
  const reveal = (cookie: string, id: string, body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/graduates/${id}/reveal`, headers: { cookie }, payload: body });

  async function revealAudits(targetId: string) {
    return t.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'detail', 'target_type'])
      .where('action', '=', 'pii.reveal')
      .where('target_id', '=', targetId)
      .orderBy('id')
      .execute();
  }

  it('returns the real value to a career centre and audits who, which field and why', async () => {
    const row = rows[2]!;
    const id = await t.graduateId(uni.code, row.学号);
    const idRes = await reveal(ccCookie, id, { field: 'idNumber', reason: '核对就业协议' });
    expect(idRes.statusCode).toBe(200);
    expect(idRes.json()).toEqual({ value: row.身份证号 });
    const phoneRes = await reveal(ccCookie, id, { field: 'phone', reason: '电话回访' });
    expect(phoneRes.json()).toEqual({ value: row.手机号 });

    expect(await revealAudits(id)).toEqual([
      { actor_id: ccId, target_type: 'graduate', detail: { field: 'idNumber', reason: '核对就业协议' } },
      { actor_id: ccId, target_type: 'graduate', detail: { field: 'phone', reason: '电话回访' } },
    ]);
  });

  it('refuses a reveal without a reason, and audits nothing', async () => {
    const id = await t.graduateId(uni.code, rows[3]!.学号);
    const res = await reveal(ccCookie, id, { field: 'idNumber' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { issues: { path: string }[] } }>().error.issues.map((i) => i.path)).toEqual([
      'reason',
    ]);
    expect(await revealAudits(id)).toEqual([]);
  });

  it('lets a graduate reveal their own number, audited', async () => {
    const id = await t.graduateId(uni.code, rows[0]!.学号);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/profile/reveal',
      headers: { cookie: graduateCookie },
      payload: { field: 'idNumber' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ value: rows[0]!.身份证号 });
    expect((await revealAudits(id)).map((a) => a.detail)).toEqual([
      { field: 'idNumber', reason: '本人查看' },
    ]);
  });

  it('refuses employers and officials (403) and audits nothing', async () => {
    const employer = await t.createOrganisationFixture('employer');
    const refusedRoles = [
      await t.createUserFixture('employer', { kind: 'organisation', organisationId: employer.id }),
      await t.createUserFixture('edu_official', { kind: 'province', provinceCode: uni.provinceCode }),
      await t.createUserFixture('edu_official', { kind: 'national' }),
      await t.createUserFixture('hrss_official', { kind: 'province', provinceCode: uni.provinceCode }),
    ];
    const id = await t.graduateId(uni.code, rows[4]!.学号);
    for (const user of refusedRoles) {
      const res = await reveal(await t.loginAs(user.username), id, { field: 'idNumber', reason: '想看看' });
      expect(res.statusCode, user.username).toBe(403);
      expect(res.body).not.toContain(rows[4]!.身份证号);
    }
    expect(await revealAudits(id)).toEqual([]);
  });
});
