import { request, type APIRequestContext } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../apps/server/src/seed/demo';
import { baseUrl } from './browser';

/** An API session of a demo account, for reading (and checking) the demo data a journey relies on. */
export async function apiAs(username: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseUrl() });
  const res = await api.post('/api/auth/login', { data: { username, password } });
  expect(res.ok(), `${username} signs in`).toBe(true);
  return api;
}

/**
 * The 学号 of a graduate as the demo counsellor reads it from the roster; it fails unless the
 * graduate is in the counsellor's college (计算机学院), which the review journeys need.
 */
export async function studentNoSeenByCounsellor(graduateId: string): Promise<string> {
  const counsellor = await apiAs('counsellor');
  try {
    const roster = await counsellor.get(`/api/graduates/${graduateId}`);
    expect(roster.status(), "the demo graduate is in the demo counsellor's college").toBe(200);
    return ((await roster.json()) as { studentNo: string }).studentNo;
  } finally {
    await counsellor.dispose();
  }
}

/** A tiny valid PDF, for the proof uploads of the review journeys. */
export const PDF = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
