import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/app';
import { createTestPlatform, freshIp, registeredApiRoutes, type TestPlatform } from './helpers';

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string; message: string }[] };
}

let t: TestPlatform;
let adminCookie: string;
let ccCookie: string;

beforeAll(async () => {
  t = await createTestPlatform();
  const uni = await t.createUniversityFixture();
  const admin = await t.createUserFixture('admin', { kind: 'national' });
  adminCookie = await t.loginAs(admin.username);
  const cc = await t.createUserFixture('career_centre', { kind: 'university', universityCode: uni.code });
  ccCookie = await t.loginAs(cc.username);
});

afterAll(async () => {
  await t?.close();
});

/** Asserts the one error shape every failure uses, and returns it. */
function errorOf(res: { statusCode: number; json: <T>() => T }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  const body = res.json<ErrorBody>();
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  return body.error;
}

describe('system routes', () => {
  it('/api/health reports the database kind and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.kind, version: VERSION });
  });

  it('the OpenAPI document lists every API route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      )
      .map((r) => r.replace(/(.)\/$/, '$1'));
    const served = registeredApiRoutes(t.app.printRoutes()).filter((r) => !r.includes('/api/docs'));
    expect(served.length).toBeGreaterThan(30);
    expect(served.filter((r) => !documented.includes(r))).toEqual([]);
  });

  it('serves the Swagger UI at /api/docs', async () => {
    let res = await t.app.inject({ method: 'GET', url: '/api/docs' });
    for (let hops = 0; hops < 3 && res.statusCode === 302; hops++)
      res = await t.app.inject({
        method: 'GET',
        url: new URL(res.headers.location!, 'http://x/api/docs').pathname,
      });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });
});

describe('error shape', () => {
  it('an unknown /api path is a 404 in the error shape, signed in or not', async () => {
    const anonymous = errorOf(
      await t.app.inject({ method: 'GET', url: '/api/no-such-thing?x=1' }),
      404,
      'not_found',
    );
    expect(anonymous.message).toContain('/api/no-such-thing');
    expect(anonymous.message).not.toContain('x=1');
    errorOf(
      await t.app.inject({ method: 'DELETE', url: '/api/graduates', headers: { cookie: ccCookie } }),
      404,
      'not_found',
    );
  });

  it('a validation error lists every issue in the body, not just the first', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: adminCookie },
      payload: { username: 42, password: 7, role: 'pope', scope: { kind: 'galaxy', universityCode: 'abc' } },
    });
    const error = errorOf(res, 400, 'validation_failed');
    expect(error.issues!.map((i) => i.path).sort()).toEqual(
      ['displayName', 'password', 'role', 'scope.kind', 'scope.universityCode', 'username'].sort(),
    );
    for (const issue of error.issues!) expect(issue.message).not.toBe('');
  });

  it('and every issue in the query string', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/graduates?page=0&pageSize=1000&degree=phd-ish&graduationYear=abc',
      headers: { cookie: ccCookie },
    });
    const error = errorOf(res, 400, 'validation_failed');
    expect(error.issues!.map((i) => i.path).sort()).toEqual(['degree', 'graduationYear', 'page', 'pageSize']);
  });

  it('service-level checks report all their issues too', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie: adminCookie },
      payload: { kind: 'employer', name: '  ', uscc: '91110000MA0000000X', regionCode: '999999' },
    });
    const error = errorOf(res, 400, 'validation_failed');
    expect(error.issues!.map((i) => i.path).sort()).toEqual(['name', 'regionCode', 'uscc']);
  });

  it('malformed JSON is a 400 in the error shape', async () => {
    errorOf(
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: '{"username": "a", ',
        remoteAddress: freshIp(),
      }),
      400,
      'validation_failed',
    );
  });

  it('a 2 MB JSON body is refused with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'x', password: 'y', padding: 'x'.repeat(2 * 1024 * 1024) }),
      remoteAddress: freshIp(),
    });
    errorOf(res, 413, 'payload_too_large');
  });
});
