import { describe, expect, it } from 'vitest';
import { createRng, generateUscc } from '../validators/generate';
import {
  destinationProblems,
  normalizeDestination,
  type DestinationInput,
  type UnitDetails,
} from './registration';
import {
  approvalBlockers,
  evidenceTypeOf,
  graduateMayEdit,
  openCohort,
  proofKindsFor,
  statusAfterDecision,
  type ApprovalContext,
} from './review';

const USCC = generateUscc(createRng(6), { regionCode: '420100' });
const ctx = {
  isKnownRegion: (code: string) => ['420106', '420100', '110105'].includes(code),
  today: '2026-06-15',
};
const wages: ApprovalContext = { minimumWageFen: (p) => (p === '42' ? 221_000 : null) };

const unit = (over: Partial<UnitDetails> = {}): DestinationInput => ({
  destinationCode: '11',
  details: {
    form: 'unit',
    uscc: USCC,
    name: '武汉光谷信息技术有限公司',
    nature: 'private',
    industryCode: 'I',
    regionCode: '420106',
    occupationCode: '2',
    contractDate: '2026-05-20',
    monthlyPayFen: 800_000,
    ...over,
  },
});

describe('destination registration', () => {
  it('accepts a complete employment registration', () => {
    expect(destinationProblems(unit(), ctx)).toEqual([]);
  });

  it('reports every problem at once, each with its field', () => {
    const issues = destinationProblems(
      unit({
        uscc: '91420100MA4K0000X',
        name: ' ',
        nature: 'castle',
        regionCode: '429999',
        contractDate: '2026-07-01',
        monthlyPayFen: 0,
      }),
      ctx,
    );
    expect(issues.map((i) => i.path)).toEqual([
      'details.uscc',
      'details.name',
      'details.nature',
      'details.regionCode',
      'details.contractDate',
      'details.monthlyPayFen',
    ]);
    expect(issues[4]!.message).toContain('不能晚于今天');
  });

  it('rejects an unknown code and details of another form', () => {
    expect(destinationProblems({ ...unit(), destinationCode: '99' }, ctx)[0]!.message).toContain('不存在');
    const mismatch = destinationProblems({ destinationCode: '80', details: unit().details }, ctx);
    expect(mismatch).toEqual([{ path: 'details.form', message: expect.stringContaining('升学') }]);
  });

  it('takes a not-placed label only with the code it belongs to', () => {
    expect(
      destinationProblems(
        { destinationCode: '71', details: { form: 'not_placed', label: 'planning_study' } },
        ctx,
      ),
    ).toEqual([]);
    expect(
      destinationProblems(
        { destinationCode: '70', details: { form: 'not_placed', label: 'planning_study' } },
        ctx,
      )[0]!.message,
    ).toContain('71');
  });

  it('needs the signed statement for freelance work, and no licence for an online shop', () => {
    const freelance = destinationProblems(
      {
        destinationCode: '76',
        details: { form: 'freelance', work: '独立设计师', regionCode: '420106', statementSigned: false },
      },
      ctx,
    );
    expect(freelance.map((i) => i.path)).toEqual(['details.statementSigned']);
    const shop = destinationProblems(
      {
        destinationCode: '75',
        details: {
          form: 'business',
          uscc: '',
          name: '楚味小铺',
          regionCode: '420106',
          startDate: '2026-03-01',
          online: true,
        },
      },
      ctx,
    );
    expect(shop).toEqual([]);
  });

  it('normalises codes and text as stored', () => {
    const n = normalizeDestination(
      unit({ uscc: ` ${USCC.toLowerCase()} `, industryCode: 'i', name: ' 公司 ' }),
    );
    expect(n.details).toMatchObject({ uscc: USCC, industryCode: 'I', name: '公司' });
  });
});

describe('approval', () => {
  it('needs proof where the code needs it, and never takes an internship certificate for it', () => {
    expect(approvalBlockers(unit(), [], wages)[0]).toContain('劳动合同');
    expect(approvalBlockers(unit(), ['internship_certificate'], wages)[0]).toContain(
      '实习证明、见习证明不能作为就业证明',
    );
    expect(approvalBlockers(unit(), ['labour_contract'], wages)).toEqual([]);
    const notPlaced: DestinationInput = {
      destinationCode: '70',
      details: { form: 'not_placed', label: 'job_seeking' },
    };
    expect(approvalBlockers(notPlaced, [], wages)).toEqual([]);
  });

  it('gives sub-codes their parent code’s proof', () => {
    expect(proofKindsFor('503')).toEqual(proofKindsFor('50'));
    expect(proofKindsFor('801')).toEqual(['admission_letter']);
  });

  it('holds 其他录用形式就业 to the local minimum wage', () => {
    const low = { ...unit({ monthlyPayFen: 200_000 }), destinationCode: '12' };
    expect(approvalBlockers(low, ['employer_certificate'], wages)).toEqual([
      expect.stringContaining('低于单位所在地最低工资标准（2210 元）'),
    ]);
    const enough = { ...unit({ monthlyPayFen: 221_000 }), destinationCode: '12' };
    expect(approvalBlockers(enough, ['income_proof'], wages)).toEqual([]);
    const unknown = { ...unit({ regionCode: '110105' }), destinationCode: '12' };
    expect(approvalBlockers(unknown, ['income_proof'], wages)[0]).toContain('没有单位所在省份');
  });
});

describe('review and deadline', () => {
  it('goes college → university → approved, or back to the graduate', () => {
    expect(statusAfterDecision('college', 'approve')).toBe('pending_university');
    expect(statusAfterDecision('university', 'approve')).toBe('approved');
    expect(statusAfterDecision('college', 'return')).toBe('returned');
  });

  it('lets graduates edit until the end of 31 August, Shanghai time', () => {
    expect(graduateMayEdit(2026, new Date('2026-08-31T23:59:59+08:00'))).toBe(true);
    expect(graduateMayEdit(2026, new Date('2026-08-31T16:00:00Z'))).toBe(false);
  });

  it('knows which cohort registers now', () => {
    expect(openCohort(new Date('2026-08-31T23:00:00+08:00'))).toBe(2026);
    expect(openCohort(new Date('2026-09-01T00:00:00+08:00'))).toBe(2027);
  });

  it('tells file types by their first bytes', () => {
    expect(evidenceTypeOf(new TextEncoder().encode('%PDF-1.7'))).toBe('application/pdf');
    expect(evidenceTypeOf(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(evidenceTypeOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      'image/png',
    );
    expect(evidenceTypeOf(new TextEncoder().encode('MZ\x90\x00'))).toBeNull();
  });
});
