import { describe, expect, it } from 'vitest';
import { createRng, generateIdNumber, generateMobile, generateUscc } from './generate';
import { idNumberBirthDate, idNumberGender, validateIdNumber } from './id-number';
import { validateMobile } from './mobile';
import { USCC_AUTHORITIES, validateUscc } from './uscc';

/** Reference mulberry32 as commonly published, used as the oracle for createRng. */
function referenceMulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('createRng', () => {
  it.each([0, 1, 42, 123456789, 0xffffffff])('matches reference mulberry32 for seed %i', (seed) => {
    const ours = createRng(seed);
    const ref = referenceMulberry32(seed);
    for (let i = 0; i < 50; i++) expect(ours()).toBe(ref());
  });

  it('is deterministic per seed and differs across seeds', () => {
    const a = createRng(5);
    const b = createRng(5);
    const c = createRng(6);
    const seqA = Array.from({ length: 10 }, () => a());
    expect(Array.from({ length: 10 }, () => b())).toEqual(seqA);
    expect(Array.from({ length: 10 }, () => c())).not.toEqual(seqA);
  });

  it('stays within [0, 1)', () => {
    const rng = createRng(99);
    const xs = Array.from({ length: 10_000 }, () => rng());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });
});

describe('generateIdNumber', () => {
  it('encodes region, birth date and gender and validates', () => {
    const rng = createRng(1);
    for (const gender of ['male', 'female'] as const) {
      for (const birthDate of ['1949-12-31', '2000-02-29', '2003-07-15']) {
        const id = generateIdNumber(rng, { regionCode: '440305', birthDate, gender });
        expect(validateIdNumber(id).valid, id).toBe(true);
        expect(id.slice(0, 6)).toBe('440305');
        expect(idNumberBirthDate(id)).toBe(birthDate);
        expect(idNumberGender(id)).toBe(gender);
      }
    }
  });

  it('is reproducible from the seed', () => {
    const opts = { regionCode: '110105', birthDate: '2002-03-04', gender: 'female' } as const;
    expect(generateIdNumber(createRng(8), opts)).toBe(generateIdNumber(createRng(8), opts));
  });

  it('varies the sequence code', () => {
    const rng = createRng(2);
    const opts = { regionCode: '110105', birthDate: '2002-03-04', gender: 'male' } as const;
    const ids = new Set(Array.from({ length: 50 }, () => generateIdNumber(rng, opts)));
    expect(ids.size).toBeGreaterThan(40);
  });

  it.each([
    ['a 4-digit region', { regionCode: '1101', birthDate: '2000-01-01', gender: 'male' }],
    ['an unknown province', { regionCode: '990101', birthDate: '2000-01-01', gender: 'male' }],
    ['an impossible date', { regionCode: '110105', birthDate: '2001-02-29', gender: 'male' }],
    ['a future date', { regionCode: '110105', birthDate: '2999-01-01', gender: 'male' }],
    ['a compact date', { regionCode: '110105', birthDate: '20000101', gender: 'male' }],
  ] as const)('throws for %s', (_label, opts) => {
    expect(() => generateIdNumber(createRng(1), opts)).toThrow(Error);
  });
});

describe('generateUscc', () => {
  it('defaults to an enterprise (91) and validates', () => {
    const code = generateUscc(createRng(4), { regionCode: '310115' });
    expect(code.slice(0, 8)).toBe('91310115');
    expect(validateUscc(code).valid).toBe(true);
  });

  it('produces every authority/type pair', () => {
    const rng = createRng(9);
    for (const a of USCC_AUTHORITIES) {
      for (const t of a.types) {
        const code = generateUscc(rng, { regionCode: '100000', authority: a.code, type: t.code });
        expect(code.slice(0, 2)).toBe(a.code + t.code);
        expect(validateUscc(code), code).toEqual({ valid: true, code: null, reason: null });
      }
    }
  });

  it('is reproducible from the seed', () => {
    expect(generateUscc(createRng(12), { regionCode: '350100' })).toBe(
      generateUscc(createRng(12), { regionCode: '350100' }),
    );
  });

  it.each([
    ['unknown authority', { regionCode: '110000', authority: 'B' }],
    ['type not issued by the authority', { regionCode: '110000', authority: '9', type: '9' }],
    ['bad region', { regionCode: '990000' }],
    ['short region', { regionCode: '1100' }],
  ])('throws for %s', (_label, opts) => {
    expect(() => generateUscc(createRng(1), opts)).toThrow(Error);
  });
});

describe('generateMobile', () => {
  it('produces valid, reproducible numbers', () => {
    const rng = createRng(10);
    for (let i = 0; i < 500; i++) {
      const m = generateMobile(rng);
      expect(validateMobile(m).valid, m).toBe(true);
    }
    expect(generateMobile(createRng(77))).toBe(generateMobile(createRng(77)));
  });
});
