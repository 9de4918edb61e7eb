import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';

/** Encrypts personal data at rest and computes blind indexes; keys are derived from one master key. */
export interface PiiCipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Deterministic keyed hash used to find a record by an encrypted value without decrypting. */
  blindIndex(kind: 'id_number' | 'phone', normalized: string): string;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const IV_POOL_SIZE = 4096;

/**
 * Random GCM nonces drawn from a pre-filled pool: one randomBytes call per 4,096 nonces instead of
 * one per value (a per-call randomBytes dominated bulk-import time). Nonces stay fully random.
 */
function createIvSource() {
  let pool = randomBytes(IV_BYTES * IV_POOL_SIZE);
  let next = 0;
  return () => {
    if (next === IV_POOL_SIZE) {
      pool = randomBytes(IV_BYTES * IV_POOL_SIZE);
      next = 0;
    }
    return pool.subarray(IV_BYTES * next, IV_BYTES * ++next);
  };
}

/** Builds the cipher; separate derived keys keep the index from revealing anything about ciphertexts. */
export function createPiiCipher(masterKey: Buffer): PiiCipher {
  if (masterKey.length !== 32) throw new Error('master key must be 32 bytes');
  const encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'jiuye/pii/aes-256-gcm', 32));
  const macKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'jiuye/pii/blind-index', 32));
  const nextIv = createIvSource();
  return {
    encrypt(plain) {
      const iv = nextIv();
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
    },
    decrypt(stored) {
      const [version, payload] = stored.split(':', 2);
      if (version !== VERSION || !payload) throw new Error('unknown ciphertext version');
      const raw = Buffer.from(payload, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    blindIndex(kind, normalized) {
      return createHmac('sha256', macKey).update(kind).update('\0').update(normalized).digest('base64url');
    },
  };
}

const SCRYPT = { N: 16384, r: 8, p: 1, keyLen: 32 } as const;

function scryptAsync(password: string, salt: Buffer, N: number, r: number, p: number, len: number) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password, salt, len, { N, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** Hashes a password with scrypt; the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p, SCRYPT.keyLen);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Constant-time comparison against a stored scrypt hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scryptAsync(password, Buffer.from(salt, 'base64'), +n, +r, +p, expected.length);
  return timingSafeEqual(key, expected);
}

/** A random bearer token and the hash under which it is stored (a DB leak must not leak live sessions). */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: sessionIdFor(token) };
}

/** The stored id of a session token. */
export function sessionIdFor(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** SHA-256 hex of a string or buffer. */
export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
