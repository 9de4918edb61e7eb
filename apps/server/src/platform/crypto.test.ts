import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPiiCipher, hashPassword, newSessionToken, sessionIdFor, verifyPassword } from './crypto';

describe('PII cipher', () => {
  const cipher = createPiiCipher(randomBytes(32));

  it('round-trips and never repeats a nonce', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const ct = cipher.encrypt('11010519491231002X');
      expect(cipher.decrypt(ct)).toBe('11010519491231002X');
      const iv = Buffer.from(ct.slice(3), 'base64').subarray(0, 12).toString('hex');
      expect(seen.has(iv)).toBe(false);
      seen.add(iv);
    }
  });

  it('refuses a tampered ciphertext or another key', () => {
    const ct = cipher.encrypt('13812345678');
    const raw = Buffer.from(ct.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => cipher.decrypt(`v1:${raw.toString('base64')}`)).toThrow();
    expect(() => createPiiCipher(randomBytes(32)).decrypt(ct)).toThrow();
    expect(() => cipher.decrypt('v9:abc')).toThrow(/version/);
  });

  it('gives a stable blind index per kind that reveals nothing of the value', () => {
    const a = cipher.blindIndex('phone', '13812345678');
    expect(cipher.blindIndex('phone', '13812345678')).toBe(a);
    expect(cipher.blindIndex('id_number', '13812345678')).not.toBe(a);
    expect(a).not.toContain('1381');
    expect(createPiiCipher(randomBytes(32)).blindIndex('phone', '13812345678')).not.toBe(a);
  });

  it('rejects a master key of the wrong size', () => {
    expect(() => createPiiCipher(randomBytes(16))).toThrow();
  });
});

describe('passwords and sessions', () => {
  it('verifies only the right password', async () => {
    const hash = await hashPassword('Correct-horse-9');
    expect(hash.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('Correct-horse-9', hash)).toBe(true);
    expect(await verifyPassword('correct-horse-9', hash)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });

  it('stores only a hash of the session token', () => {
    const { token, id } = newSessionToken();
    expect(id).toBe(sessionIdFor(token));
    expect(id).not.toBe(token);
  });
});
