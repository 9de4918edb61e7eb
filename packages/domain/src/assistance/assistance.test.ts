import { describe, expect, it } from 'vitest';
import {
  completionProblems,
  DEFAULT_SERVICE_STANDARD,
  followupProblems,
  handoverGoalDue,
  meetsHandoverGoal,
  planProblems,
  proofFitsCategory,
  serviceEntryProblems,
  sessionsToComplete,
  standardGaps,
  standardProblems,
  subsidyEligibilityProblems,
  subsidyRuleProblems,
  subsidyStageOf,
  subsidyStatusAfter,
  targetStatusAfter,
  type SubsidyRule,
} from './index';

const paths = (issues: { path: string }[]) => issues.map((i) => i.path).sort();

describe('service standard', () => {
  it('lists only what is missing, training and traineeship offers counting together', () => {
    expect(standardGaps({}, DEFAULT_SERVICE_STANDARD).map((g) => g.missing)).toEqual([1, 1, 3, 1]);
    expect(
      standardGaps(
        { policy_explanation: 2, guidance_session: 1, job_referral: 2, traineeship_offer: 1 },
        DEFAULT_SERVICE_STANDARD,
      ),
    ).toEqual([{ requirement: 'jobReferral', required: 3, done: 2, missing: 1 }]);
    expect(
      standardGaps({ job_referral: 5 }, { ...DEFAULT_SERVICE_STANDARD, policyExplanation: 0 }),
    ).toHaveLength(2);
  });

  it('refuses a standard out of range or not whole', () => {
    expect(paths(standardProblems({ policyExplanation: 1, guidanceSession: 1.5, jobReferral: 21 }))).toEqual([
      'guidanceSession',
      'jobReferral',
      'trainingOrTraineeship',
    ]);
    expect(standardProblems({ ...DEFAULT_SERVICE_STANDARD })).toEqual([]);
  });
});

describe('ledger entries and plans', () => {
  it('refuses a day in the future or not on the calendar, and a referral without a posting', () => {
    const today = '2026-11-28';
    expect(serviceEntryProblems({ kind: 'guidance_session', serviceOn: today, note: '' }, today)).toEqual([]);
    expect(
      paths(serviceEntryProblems({ kind: 'job_referral', serviceOn: '2026-11-29', note: '' }, today)),
    ).toEqual(['postingId', 'serviceOn']);
    expect(paths(serviceEntryProblems({ kind: 'coffee', serviceOn: '2026-02-30', note: '' }, today))).toEqual(
      ['kind', 'serviceOn'],
    );
    expect(
      paths(serviceEntryProblems({ kind: 'traineeship_offer', serviceOn: today, note: ' ' }, today)),
    ).toEqual(['note']);
  });

  it('reports every problem of a plan', () => {
    expect(
      paths(
        planProblems({
          goals: '',
          actions: [
            { title: '', dueOn: 'soon' },
            { title: '简历', dueOn: '2026-12-01' },
          ],
        }),
      ),
    ).toEqual(['actions.0.dueOn', 'actions.0.title', 'goals']);
  });
});

describe('targets', () => {
  it('matches proof to categories, other proof fitting every one', () => {
    expect(proofFitsCategory('disability_certificate', 'disability')).toBe(true);
    expect(proofFitsCategory('disability_certificate', 'zero_employment')).toBe(false);
    expect(proofFitsCategory('other', 'zero_employment')).toBe(true);
  });

  it('moves from the college to the university, a rejection ending it', () => {
    expect(targetStatusAfter('college', 'approve')).toBe('pending_university');
    expect(targetStatusAfter('university', 'approve')).toBe('approved');
    expect(targetStatusAfter('college', 'reject')).toBe('rejected');
  });
});

describe('subsidy', () => {
  const rule: SubsidyRule = {
    provinceCode: '42',
    graduationYear: 2027,
    categories: ['zero_employment', 'disability'],
    amountFen: 150_000,
    opensOn: '2026-10-01',
    closesOn: '2027-06-30',
    evidence: [],
  };

  it('checks a rule: known categories, a sane amount, a window that runs forward', () => {
    expect(subsidyRuleProblems(rule)).toEqual([]);
    expect(
      paths(
        subsidyRuleProblems({
          ...rule,
          categories: [],
          amountFen: 1_000_001,
          opensOn: '2027-07-01',
          evidence: [''],
        }),
      ),
    ).toEqual(['amountFen', 'categories', 'closesOn', 'evidence.0']);
  });

  it('takes an application inside the window for an identified category the rule covers', () => {
    const applicant = { approvedCategories: ['zero_employment'], category: 'zero_employment' };
    expect(subsidyEligibilityProblems(rule, applicant, '2026-10-01')).toEqual([]);
    expect(subsidyEligibilityProblems(rule, applicant, '2027-06-30')).toEqual([]);
    expect(paths(subsidyEligibilityProblems(rule, applicant, '2027-07-01'))).toEqual(['date']);
    expect(subsidyEligibilityProblems(null, applicant, '2026-11-01')[0]!.message).toContain('尚未发布');
    expect(
      subsidyEligibilityProblems(rule, { ...applicant, category: 'disability' }, '2026-11-01')[0]!.message,
    ).toContain('尚未被认定');
    expect(
      subsidyEligibilityProblems(
        rule,
        { approvedCategories: ['near_subsistence'], category: 'near_subsistence' },
        '2026-11-01',
      )[0]!.message,
    ).toContain('不在本省补贴范围');
  });

  it('goes college → university → province → approved', () => {
    expect(subsidyStatusAfter('college', 'approve')).toBe('pending_university');
    expect(subsidyStatusAfter('university', 'approve')).toBe('pending_province');
    expect(subsidyStatusAfter('province', 'approve')).toBe('approved');
    expect(subsidyStatusAfter('province', 'reject')).toBe('rejected');
    expect(subsidyStageOf('approved')).toBeNull();
    expect(subsidyStageOf('pending_province')).toBe('province');
  });
});

describe('hand-over', () => {
  it('falls due six months on, at the month end when the day does not exist', () => {
    expect(handoverGoalDue('2026-07-15')).toBe('2027-01-15');
    expect(handoverGoalDue('2026-08-31')).toBe('2027-02-28');
    expect(handoverGoalDue('2027-08-31')).toBe('2028-02-29');
  });

  it('counts employment, training and traineeships towards the goal', () => {
    expect(
      ['employed', 'training', 'traineeship', 'seeking', 'not_seeking', null].map(meetsHandoverGoal),
    ).toEqual([true, true, true, false, false, false]);
  });

  it('refuses a follow-up in the future, before the hand-over, or without what its kind needs', () => {
    expect(
      followupProblems(
        { kind: 'contact', on: '2026-08-01', reached: true, note: '' },
        '2026-11-28',
        '2026-07-15',
      ),
    ).toEqual([]);
    expect(
      paths(followupProblems({ kind: 'contact', on: '2026-07-01', note: '' }, '2026-11-28', '2026-07-15')),
    ).toEqual(['on', 'reached']);
    expect(
      paths(
        followupProblems(
          { kind: 'outcome', on: '2026-12-01', outcome: 'rich', note: '' },
          '2026-11-28',
          '2026-07-15',
        ),
      ),
    ).toEqual(['on', 'outcome']);
  });
});

describe('training', () => {
  it('needs 80 % of the sessions and a certificate number to complete', () => {
    expect(sessionsToComplete(5)).toBe(4);
    expect(sessionsToComplete(10)).toBe(8);
    expect(
      completionProblems({ status: 'enrolled', attended: 4, sessions: 5, certificateNo: 'HZ-0001' }),
    ).toEqual([]);
    expect(
      paths(completionProblems({ status: 'withdrawn', attended: 3, sessions: 5, certificateNo: '#' })),
    ).toEqual(['attended', 'certificateNo', 'status']);
  });
});
