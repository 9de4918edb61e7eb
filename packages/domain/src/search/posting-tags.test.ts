import { describe, expect, it } from 'vitest';
import { filterClauses, postingTags, qualifyingDegrees, regionPrefix } from './posting-tags';

const facts = {
  regionCodes: ['420106', '110000'],
  majorCodes: ['080901', '0501'],
  minDegree: 'bachelor' as const,
  jobType: 'full_time',
  industryCode: 'I',
  nature: 'private',
  keyFields: ['digital_economy'],
  salaryMax: 9000,
  marketIds: ['m1'],
};

describe('posting tags', () => {
  it('tag every level of each region, majors with their class, qualifying degrees and salary bands', () => {
    const tags = postingTags(facts);
    expect(tags).toEqual(
      expect.arrayContaining([
        'r:42',
        'r:4201',
        'r:420106',
        'r:11',
        'm:080901',
        'mc:0809',
        'm:0501',
        'mc:0501',
        'd:doctor',
        'd:master',
        'd:bachelor',
        't:full_time',
        'i:I',
        'n:private',
        'k:digital_economy',
        's:3000',
        's:5000',
        's:8000',
        'mk:m1',
      ]),
    );
    expect(tags).not.toContain('d:associate');
    expect(tags).not.toContain('s:10000');
    expect(tags).not.toContain('m:*');
    expect(postingTags({ ...facts, majorCodes: [] })).toContain('m:*');
  });

  it('read region codes at their level and degrees from the highest down', () => {
    expect(regionPrefix('420000')).toBe('42');
    expect(regionPrefix('420100')).toBe('4201');
    expect(regionPrefix('420106')).toBe('420106');
    expect(qualifyingDegrees(null)).toEqual(['doctor', 'master', 'bachelor', 'associate']);
    expect(qualifyingDegrees('master')).toEqual(['doctor', 'master']);
  });

  it('turn filters into tsquery clauses', () => {
    expect(filterClauses({ region: '420100', degree: 'bachelor' })).toEqual(["'r:4201'", "'d:bachelor'"]);
    expect(filterClauses({ major: '080901' })).toEqual(["('m:080901' | 'm:0809' | 'm:*')"]);
    expect(filterClauses({ major: '0809' })).toEqual(["('mc:0809' | 'm:*')"]);
    expect(filterClauses({ minSalary: 9500 })).toEqual(["'s:8000'"]);
    expect(filterClauses({ minSalary: 2000 })).toEqual([]);
    expect(filterClauses({ market: 'x', keyField: 'education' })).toEqual(["'k:education'", "'mk:x'"]);
  });
});
