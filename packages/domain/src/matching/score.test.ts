import { describe, expect, it } from 'vitest';
import {
  majorCredit,
  mentionsIn,
  rankMatches,
  regionCredit,
  salaryCredit,
  scoreMatch,
  scoreWithoutSkills,
  skillShortlist,
  type GraduateProfile,
  type JobProfile,
} from './score';
import { MAJOR_CREDIT, NEUTRAL_CREDIT, REGION_CREDIT } from './weights';

const NOW = new Date('2026-11-27T08:00:00Z');
const noAffinity = () => 0;

const graduate: GraduateProfile = {
  majorCode: '080901',
  degree: 'bachelor',
  desiredRegions: ['420100'],
  originRegion: '421100',
  useOrigin: false,
  salaryExpectation: 8000,
  skills: ['Java', 'MySQL', 'Spring', 'Linux'].map((label) => ({ label, lexemes: [label.toLowerCase()] })),
  desiredOccupations: ['2'],
  keyFieldOptIns: ['digital_economy'],
};

const job = (over: Partial<JobProfile> = {}): JobProfile => ({
  id: 'j1',
  organisationId: 'o1',
  majorCodes: ['080901'],
  minDegree: 'bachelor',
  regionCodes: ['420106'],
  salaryMin: 7000,
  salaryMax: 12000,
  mentions: mentionsIn(new Set(['java', 'mysql', '开发'])),
  occupationCode: '2',
  keyFields: [],
  publishedAt: new Date(NOW.getTime() - 86_400_000),
  verified: true,
  ...over,
});

describe('major fit', () => {
  it('credits the same major, its class, any major and the same category in that order', () => {
    expect(majorCredit('080901', ['080901']).credit).toBe(MAJOR_CREDIT.major);
    expect(majorCredit('080901', ['0809']).label).toBe('专业对口');
    expect(majorCredit('080901', ['080902']).label).toBe('专业相近');
    expect(majorCredit('080901', []).label).toBe('专业不限');
    expect(majorCredit('080901', ['081001']).credit).toBe(MAJOR_CREDIT.category);
    expect(majorCredit('080901', ['120203']).credit).toBe(0);
  });
});

describe('region fit', () => {
  it('follows the province → city → county tree', () => {
    expect(regionCredit(graduate, ['420106'])).toBe(REGION_CREDIT.county); // a county of the wished city
    expect(regionCredit({ ...graduate, desiredRegions: ['420106'] }, ['420111'])).toBe(REGION_CREDIT.city);
    expect(regionCredit(graduate, ['420502'])).toBe(REGION_CREDIT.province);
    expect(regionCredit(graduate, ['110108'])).toBe(0);
  });

  it('uses 生源地 only when the graduate chose it, and at a discount', () => {
    expect(regionCredit({ ...graduate, desiredRegions: [] }, ['421102'])).toBe(NEUTRAL_CREDIT);
    expect(regionCredit({ ...graduate, desiredRegions: [], useOrigin: true }, ['421102'])).toBe(0.5);
    expect(regionCredit({ ...graduate, useOrigin: true }, ['421102'])).toBe(0.5);
  });
});

describe('salary fit', () => {
  it('is full when the range reaches the expectation and fades to nothing at half of it', () => {
    expect(salaryCredit(8000, 12000)).toBe(1);
    expect(salaryCredit(8000, 6000)).toBeCloseTo(0.5);
    expect(salaryCredit(8000, 3000)).toBe(0);
    expect(salaryCredit(null, 3000)).toBe(NEUTRAL_CREDIT);
  });
});

describe('scoreMatch', () => {
  it('explains a good fit in a counsellor’s words', () => {
    const r = scoreMatch(graduate, job({ keyFields: ['digital_economy'] }), NOW, noAffinity);
    expect(r.reasons.map((x) => x.label)).toEqual(
      expect.arrayContaining([
        '专业对口',
        '意向地区',
        '薪资符合期望',
        '技能匹配 2 项',
        '意向职业',
        '重点领域/基层项目',
        '学历符合',
      ]),
    );
    expect(r.reasons.find((x) => x.feature === 'skills')?.items).toEqual(['Java', 'MySQL']);
    expect(r.degreeShortfall).toBe(false);
    expect(r.score).toBeGreaterThan(0.8);
  });

  it('ranks a fitting posting above ones that miss on major, region or degree', () => {
    const fit = scoreMatch(graduate, job(), NOW, noAffinity).score;
    for (const miss of [
      job({ majorCodes: ['120203'] }),
      job({ regionCodes: ['110108'] }),
      job({ minDegree: 'master' }),
    ])
      expect(scoreMatch(graduate, miss, NOW, noAffinity).score).toBeLessThan(fit);
    expect(scoreMatch(graduate, job({ minDegree: 'master' }), NOW, noAffinity).degreeShortfall).toBe(true);
  });

  it('learns from where graduates of the major went', () => {
    // Graduates of 0809 often took jobs written for 0807.
    const affinity = (cls: string, jobMajors: readonly string[]) =>
      cls === '0809' && jobMajors.some((m) => m.startsWith('0807')) ? 0.6 : 0;
    const electronics = job({ majorCodes: ['080701'] });
    expect(scoreMatch(graduate, electronics, NOW, affinity).score).toBeGreaterThan(
      scoreMatch(graduate, electronics, NOW, noAffinity).score,
    );
    expect(scoreMatch(graduate, electronics, NOW, affinity).reasons.map((r) => r.label)).toContain(
      '同专业毕业生常去',
    );
  });

  it('prefers newer postings, all else equal, and is deterministic', () => {
    const old = job({ publishedAt: new Date(NOW.getTime() - 60 * 86_400_000) });
    expect(scoreMatch(graduate, old, NOW, noAffinity).score).toBeLessThan(
      scoreMatch(graduate, job(), NOW, noAffinity).score,
    );
    expect(scoreMatch(graduate, job(), NOW, noAffinity)).toEqual(
      scoreMatch(graduate, job(), NOW, noAffinity),
    );
  });

  it('gives an empty profile a usable, neutral score', () => {
    const empty: GraduateProfile = {
      ...graduate,
      desiredRegions: [],
      salaryExpectation: null,
      skills: [],
      desiredOccupations: [],
      keyFieldOptIns: [],
    };
    const r = scoreMatch(empty, job(), NOW, noAffinity);
    expect(r.score).toBeGreaterThan(0);
    expect(r.score).toBeLessThan(scoreMatch(graduate, job(), NOW, noAffinity).score);
  });
});

describe('rankMatches', () => {
  const scored = ['a', 'b', 'c'].map((id, i) => {
    const j = job({
      id,
      organisationId: `o${id}`,
      occupationCode: id === 'c' ? '4' : '2',
      salaryMax: 12000 - i * 2000,
    });
    return { job: j, result: scoreMatch(graduate, j, NOW, noAffinity) };
  });

  it('drops dismissed postings and damps their organisation and occupation group', () => {
    const none = {
      postingIds: new Set<string>(),
      organisationIds: new Set<string>(),
      occupationCodes: new Set<string>(),
    };
    expect(rankMatches(scored, none, 10).map((s) => s.job.id)).toEqual(['a', 'b', 'c']);
    const dismissed = {
      postingIds: new Set(['a']),
      organisationIds: new Set(['ob']),
      occupationCodes: new Set<string>(),
    };
    expect(rankMatches(scored, dismissed, 10).map((s) => s.job.id)).toEqual(['c', 'b']);
  });

  it('handles 10,000 dismissals', () => {
    const many = {
      postingIds: new Set(Array.from({ length: 10_000 }, (_, i) => `x${i}`)),
      organisationIds: new Set<string>(),
      occupationCodes: new Set<string>(),
    };
    expect(rankMatches(scored, many, 2).map((s) => s.job.id)).toEqual(['a', 'b']);
  });
});

describe('skillShortlist', () => {
  it('never leaves out a posting that would rank in the top once its skills are known', () => {
    const none = {
      postingIds: new Set(['p3']),
      organisationIds: new Set(['o2']),
      occupationCodes: new Set<string>(),
    };
    let seed = 7;
    const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 50; round++) {
      const jobs = Array.from({ length: 200 }, (_, i) => {
        const words = new Set(['java', 'mysql', 'spring', 'linux'].filter(() => rand() < 0.3));
        return job({
          id: `p${i}`,
          organisationId: `o${i % 7}`,
          majorCodes: rand() < 0.5 ? ['080901'] : ['120203'],
          minDegree: rand() < 0.2 ? 'master' : 'bachelor',
          regionCodes: [rand() < 0.5 ? '420106' : '110108'],
          salaryMax: 4000 + Math.floor(rand() * 10_000),
          publishedAt: new Date(NOW.getTime() - rand() * 30 * 86_400_000),
          mentions: mentionsIn(words),
        });
      });
      const exact = rankMatches(
        jobs.map((j) => ({ job: j, result: scoreMatch(graduate, j, NOW, noAffinity) })),
        none,
        10,
      );
      const scores = jobs.map((j) => scoreWithoutSkills(graduate, j, NOW, noAffinity));
      const shortlist = skillShortlist(graduate, jobs, scores, none, 10).map((i) => jobs[i]!);
      expect(shortlist.length).toBeLessThan(jobs.length);
      const fromShortlist = rankMatches(
        shortlist.map((j) => ({ job: j, result: scoreMatch(graduate, j, NOW, noAffinity) })),
        none,
        10,
      );
      expect(fromShortlist.map((s) => s.job.id)).toEqual(exact.map((s) => s.job.id));
    }
  });
});
