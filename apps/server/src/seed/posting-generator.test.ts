import { describe, expect, it } from 'vitest';
import { createRng } from '@jiuye/domain';
import { getAdChecker } from '@jiuye/domain/compliance/index';
import { generatePosting } from './posting-generator';
import { CLOSINGS, INTROS, OCCUPATIONS } from './posting-templates';

const TODAY = '2026-11-27';
const REGIONS = ['420102', '420106', '110108'];

describe('generated demo postings', () => {
  it('use only sentences that pass the fair-employment check', () => {
    // Each sentence is added to a complete clean ad, so whole-ad rules (pay, duties) are satisfied.
    const base = generatePosting(createRng(7), { today: TODAY, regions: REGIONS }).input;
    const sentences = [
      ...INTROS,
      ...CLOSINGS,
      ...OCCUPATIONS.flatMap((o) => [...o.titles, ...o.duties, ...o.requirements]),
    ];
    const flagged = sentences.filter(
      (s) =>
        getAdChecker().check({ ...base, description: `${base.description}\n${s}`, hasPlace: true })
          .verdict !== 'pass',
    );
    expect(flagged).toEqual([]);
  });

  it('produce complete postings that pass the check', () => {
    const rng = createRng(1);
    for (let i = 0; i < 500; i++) {
      const { input } = generatePosting(rng, { today: TODAY, regions: REGIONS });
      expect(input.salaryMin).toBeLessThan(input.salaryMax);
      expect(input.regionCodes.length).toBeGreaterThan(0);
      expect(input.headcount).toBeGreaterThanOrEqual(1);
      expect(input.deadline > TODAY).toBe(true);
      expect(getAdChecker().check({ ...input, hasPlace: true }).verdict).toBe('pass');
    }
  });
});
