import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  isApplicationOpen,
  mayMoveApplication,
  mayWithdraw,
  nextApplicationStatuses,
  revealsApplicant,
  type ApplicationStatus,
} from './applications';
import { resumeContentSchema } from './resume-schema';

const ALL = APPLICATION_STATUSES.map((s) => s.key);

describe('application pipeline', () => {
  it('moves forward one stage at a time along 已投递 → 已查看 → 面试 → 录用 → 已签约', () => {
    expect(mayMoveApplication('submitted', 'viewed')).toBe(true);
    expect(mayMoveApplication('viewed', 'interview')).toBe(true);
    expect(mayMoveApplication('interview', 'offer')).toBe(true);
    expect(mayMoveApplication('offer', 'signed')).toBe(true);
    // An employer may invite straight from the inbox without opening the résumé page first.
    expect(mayMoveApplication('submitted', 'interview')).toBe(true);
  });

  it('refuses skipping the interview, going back, and leaving a concluded application', () => {
    expect(mayMoveApplication('submitted', 'offer')).toBe(false);
    expect(mayMoveApplication('submitted', 'signed')).toBe(false);
    expect(mayMoveApplication('viewed', 'offer')).toBe(false);
    expect(mayMoveApplication('interview', 'viewed')).toBe(false);
    expect(mayMoveApplication('offer', 'interview')).toBe(false);
    for (const to of ALL) {
      expect(mayMoveApplication('signed', to)).toBe(false);
      expect(mayMoveApplication('rejected', to)).toBe(false);
      expect(mayMoveApplication('withdrawn', to)).toBe(false);
    }
  });

  it('lets the employer turn down from every open stage but never withdraw for the graduate', () => {
    for (const from of ['submitted', 'viewed', 'interview', 'offer'] as const)
      expect(mayMoveApplication(from, 'rejected')).toBe(true);
    for (const from of ALL) expect(mayMoveApplication(from, 'withdrawn')).toBe(false);
  });

  it('never allows a move to the same status', () => {
    for (const s of ALL) expect(mayMoveApplication(s, s)).toBe(false);
  });

  it('lets the graduate withdraw exactly while the application is open', () => {
    const open = ALL.filter((s) => mayWithdraw(s));
    expect(open).toEqual(['submitted', 'viewed', 'interview', 'offer']);
    for (const s of ALL) expect(isApplicationOpen(s)).toBe(mayWithdraw(s));
  });

  it('reveals the applicant only at the interview invitation, and every later stage passes through it', () => {
    expect(ALL.filter(revealsApplicant)).toEqual(['interview']);
    // offer and signed are unreachable without the interview, so a revealed applicant stays revealed.
    const reachableWithout = new Set<ApplicationStatus>(['submitted']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const from of [...reachableWithout])
        for (const to of nextApplicationStatuses(from))
          if (!revealsApplicant(to) && !reachableWithout.has(to)) {
            reachableWithout.add(to);
            grew = true;
          }
    }
    expect([...reachableWithout].sort()).toEqual(['rejected', 'submitted', 'viewed']);
  });
});

describe('résumé validation', () => {
  it('fills defaults for an empty résumé and trims text', () => {
    const parsed = resumeContentSchema.parse({ objective: '  后端开发  ', skills: [' Java '] });
    expect(parsed).toEqual({
      objective: '后端开发',
      internships: [],
      projects: [],
      skills: ['Java'],
      awards: [],
      certificates: [],
      selfIntroduction: '',
    });
  });

  it('reports every problem at once, each with its path and a Chinese message', () => {
    const result = resumeContentSchema.safeParse({
      objective: '岗'.repeat(51),
      internships: [
        { organisation: '', role: '开发实习生', start: '2025-13', end: null },
        { organisation: '某公司', role: '测试', start: '2025-07', end: '2025-03' },
      ],
      skills: ['Java', 'java', 'x'.repeat(31)],
      awards: [{ name: '国家奖学金', date: '1900-01' }],
      selfIntroduction: '我'.repeat(1001),
    });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^objective: 求职意向不能超过 50 个字$/),
        expect.stringMatching(/^internships\.0\.organisation: 请填写实习单位$/),
        expect.stringMatching(/^internships\.0\.start: 开始时间应为“年-月”/),
        expect.stringMatching(/^internships\.1\.end: 结束时间不能早于开始时间$/),
        expect.stringMatching(/^skills\.1: 技能“java”重复了$/),
        expect.stringMatching(/^skills\.2: 技能不能超过 30 个字$/),
        expect.stringMatching(/^awards\.0\.date: 获得时间的年份不能早于 1950 年$/),
        expect.stringMatching(/^selfIntroduction: 自我评价不能超过 1000 个字$/),
      ]),
    );
  });

  it('requires the objective (求职意向)', () => {
    const result = resumeContentSchema.safeParse({});
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'objective: 请填写求职意向',
    ]);
  });

  it('caps the number of entries', () => {
    const many = Array.from({ length: 11 }, () => ({ name: '项目', start: '2024-01', end: null }));
    const result = resumeContentSchema.safeParse({ objective: '开发', projects: many });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['项目经历最多 10 个']);
  });
});
