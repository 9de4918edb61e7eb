import { isProvinceCode } from '../reference/provinces';
import { computeIdCheckDigit, validateIdNumber } from './id-number';
import { USCC_AUTHORITIES, USCC_CHARSET, computeOrgCodeCheckChar, computeUsccCheckChar } from './uscc';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** Seeded PRNG (mulberry32): same seed, same sequence, so demo data and tests are reproducible. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInt(rng: Rng, maxExclusive: number): number {
  return Math.min(maxExclusive - 1, Math.floor(rng() * maxExclusive));
}

function pick(rng: Rng, alphabet: string): string {
  return alphabet.charAt(randomInt(rng, alphabet.length));
}

/** Options for generateIdNumber. */
export interface GenerateIdNumberOptions {
  /** 6-digit GB/T 2260 code; its first two digits must be a province code. */
  regionCode: string;
  /** YYYY-MM-DD, 1900 or later and not in the future. */
  birthDate: string;
  gender: 'male' | 'female';
}

/** A synthetic 18-digit ID number with a valid check character; throws if the options are not valid. */
export function generateIdNumber(rng: Rng, opts: GenerateIdNumberOptions): string {
  if (!/^\d{6}$/.test(opts.regionCode))
    throw new Error(`regionCode must be 6 digits, got "${opts.regionCode}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.birthDate))
    throw new Error(`birthDate must be YYYY-MM-DD, got "${opts.birthDate}"`);
  // Sequence 001–999; its last digit carries the gender (odd male, even female).
  const n = 1 + randomInt(rng, 499);
  const seq = String(opts.gender === 'male' ? 2 * n - 1 : 2 * n).padStart(3, '0');
  const first17 = opts.regionCode + opts.birthDate.replaceAll('-', '') + seq;
  const id = first17 + computeIdCheckDigit(first17);
  const check = validateIdNumber(id);
  if (!check.valid) throw new Error(`generateIdNumber: ${check.reason ?? 'invalid options'}`);
  return id;
}

/** Options for generateUscc. */
export interface GenerateUsccOptions {
  /** 6-digit registration region: a GB/T 2260 code or 100000 (national). */
  regionCode: string;
  /** Registration authority (position 1); defaults to 9 (工商/市场监管). */
  authority?: string;
  /** Organisation type (position 2); defaults to the authority's first type. */
  type?: string;
}

/** A synthetic USCC with a valid embedded organisation code and check character; throws on bad options. */
export function generateUscc(rng: Rng, opts: GenerateUsccOptions): string {
  const authorityCode = opts.authority ?? '9';
  const authority = USCC_AUTHORITIES.find((a) => a.code === authorityCode);
  if (!authority) throw new Error(`unknown USCC authority "${authorityCode}"`);
  const types: readonly { code: string }[] = authority.types;
  const type = opts.type ?? types[0]?.code ?? '';
  if (!types.some((t) => t.code === type))
    throw new Error(`authority ${authorityCode} has no type "${type}"`);
  const region = opts.regionCode;
  if (!/^\d{6}$/.test(region) || (region !== '100000' && !isProvinceCode(region.slice(0, 2)))) {
    throw new Error(`regionCode must be a 6-digit region code or 100000, got "${region}"`);
  }
  // Bodies issued since the 2015 reform start "MA"; the other six come from the USCC alphabet so the
  // whole code stays inside the 31-character set.
  let body = 'MA';
  while (body.length < 8) body += pick(rng, USCC_CHARSET);
  const first17 = authorityCode + type + region + body + computeOrgCodeCheckChar(body);
  return first17 + computeUsccCheckChar(first17);
}

/** A synthetic mainland mobile number (11 digits, 13x–19x). */
export function generateMobile(rng: Rng): string {
  let out = `1${pick(rng, '3456789')}`;
  while (out.length < 11) out += pick(rng, '0123456789');
  return out;
}
