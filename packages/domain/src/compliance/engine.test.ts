import { describe, expect, it } from 'vitest';
import { RULES } from './rules';
import { getAdChecker } from './segmenter';
import type { AdInput, ComplianceCategory } from './types';

const checker = getAdChecker();
// A complete, clean ad body: pay, place and duties, so only the sentence under test can trigger.
const BASE =
  '岗位职责：负责门店日常运营与客户接待，整理销售数据。工作地点：武汉市洪山区。月薪6000-8000元，五险一金。';

function categoriesOf(sentence: string, extra: Partial<AdInput> = {}): ComplianceCategory[] {
  const { findings } = checker.check({ title: '门店专员', description: `${BASE}${sentence}`, ...extra });
  return [...new Set(findings.map((finding) => finding.category))].sort();
}

// One example per rule id, so a rule that can no longer fire fails here.
const RULE_EXAMPLES: Record<string, Partial<AdInput> & { sentence?: string }> = {
  'gender.requirement': { sentence: '限男性。' },
  'marriage_childbirth.condition': { sentence: '已婚已育优先。' },
  'ethnicity_religion.ethnicity': { sentence: '限汉族。' },
  'ethnicity_religion.religion': { sentence: '无宗教信仰。' },
  'disability.exclusion': { sentence: '身体无残疾。' },
  'health.carrier': { sentence: '乙肝携带者勿扰。' },
  'hukou_region.hukou': { sentence: '限武汉户籍。' },
  'hukou_region.identity': { sentence: '非农业户口。' },
  'hukou_region.origin_preference': { sentence: '湖北籍优先。' },
  'school_tier.tier': { sentence: '统招一本。' },
  'school_tier.first_degree': { sentence: '第一学历须为本科。' },
  'age.ceiling': { sentence: '35岁以下。' },
  'age.generation': { sentence: '限95后。' },
  'appearance.looks': { sentence: '五官端正。' },
  'personal_info.excessive': { sentence: '请写明家庭背景。' },
  'fee.charge': { sentence: '报名费50元。' },
  'fee.amount': { sentence: '入职交300元建档金。' },
  'training_loan.loan': { sentence: '培训贷。' },
  'paid_referral.paid': { sentence: '付费内推。' },
  'paid_referral.buy_post': { sentence: '8万元直接进电网。' },
  'fake_parttime.scam': { sentence: '刷单。' },
  'document_withholding.withhold': { sentence: '毕业证原件由公司保管。' },
  'pyramid_scheme.mlm': { sentence: '发展下线。' },
  'offplatform_contact.private_chat': { sentence: '加微信：hr_job888。' },
  'offplatform_contact.direct': { sentence: '电话13812345678。' },
  'unrealistic_pay.daily': { sentence: '在家兼职，日赚800元。' },
  'unrealistic_pay.hourly': { sentence: '兼职录入，时薪200元。' },
  'unrealistic_pay.monthly': { sentence: '兼职，月入5万。' },
  'unrealistic_pay.annual': { sentence: '无需经验，年薪50万。' },
  'unrealistic_pay.fortune': { sentence: '月入10万。' },
  'unrealistic_pay.claim': { sentence: '兼职，收入过万。' },
  'unrealistic_pay.promise': { sentence: '一夜暴富。' },
  'unrealistic_pay.simple_role_salary': { title: '前台文员', salaryMin: 30000, salaryMax: 40000 },
  'unrealistic_pay.absurd_salary': { title: '算法工程师', salaryMin: 250000, salaryMax: 300000 },
  'missing_info.pay': {
    description: '岗位职责：负责门店日常运营与客户接待，整理销售数据。工作地点：武汉市洪山区。',
  },
  'missing_info.location': {
    description: '岗位职责：负责门店日常运营与客户接待，整理销售数据。月薪6000-8000元。',
  },
  'missing_info.duties': { description: '工作地点：武汉市洪山区。月薪6000-8000元。' },
};

describe('every rule', () => {
  it('has an example', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(RULES.rules.map((r) => r.id).sort());
  });
  it.each(Object.entries(RULE_EXAMPLES))('%s fires on its example', (ruleId, example) => {
    const { sentence, ...fields } = example;
    const ad = { title: '门店专员', description: `${BASE}${sentence ?? ''}`, ...fields };
    expect(checker.check(ad).findings.map((f) => f.ruleId)).toContain(ruleId);
  });
});

describe('every category fires on its typical wording', () => {
  const cases: [ComplianceCategory, string][] = [
    ['gender', '限男性。'],
    ['gender', '女性勿扰。'],
    ['gender', '男士优先考虑。'],
    ['gender', '仅招男生。'],
    ['gender', '性别：女。'],
    ['gender', '本次仅招女老师。'],
    ['marriage_childbirth', '已婚已育优先。'],
    ['marriage_childbirth', '三年内无生育计划。'],
    ['marriage_childbirth', '入职体检含孕检。'],
    ['ethnicity_religion', '限汉族。'],
    ['ethnicity_religion', '少数民族勿扰。'],
    ['ethnicity_religion', '无宗教信仰。'],
    ['disability', '四肢健全。'],
    ['disability', '残疾人勿扰。'],
    ['health', '乙肝携带者勿扰。'],
    ['health', '入职体检含乙肝五项。'],
    ['hukou_region', '本地户口。'],
    ['hukou_region', '限湖北籍。'],
    ['hukou_region', '仅限本省生源。'],
    ['hukou_region', '不招河南人。'],
    ['hukou_region', '农村户口勿扰。'],
    ['school_tier', '统招一本。'],
    ['school_tier', '985/211院校毕业。'],
    ['school_tier', '限双一流高校。'],
    ['school_tier', '第一学历须为本科。'],
    ['age', '35岁以下。'],
    ['age', '年龄18-28周岁。'],
    ['age', '限95后。'],
    ['appearance', '身高165以上。'],
    ['appearance', '形象气质佳。'],
    ['personal_info', '请注明父母职业。'],
    ['personal_info', '简历须附身份证正反面照片。'],
    ['fee', '入职需缴纳服装费200元。'],
    ['fee', '报名费50元。'],
    ['fee', '押金500元，满一年退还。'],
    ['training_loan', '培训费19800元，可办理分期贷款。'],
    ['paid_referral', '付费内推，保录用。'],
    ['paid_referral', '5万元包进国企。'],
    ['fake_parttime', '网络刷单，动动手指。'],
    ['document_withholding', '入职需将身份证原件交公司保管。'],
    ['pyramid_scheme', '发展下线，拉人头有奖励。'],
    ['offplatform_contact', '加微信：hr_job888。'],
    ['offplatform_contact', '电话13812345678。'],
    ['offplatform_contact', '简历发至 hr@example.com。'],
  ];
  it.each(cases)('%s: %s', (category, sentence) => {
    expect(categoriesOf(sentence)).toContain(category);
  });

  it('flags unrealistic pay for easy work and absurd salaries for simple roles', () => {
    expect(categoriesOf('在家兼职，日赚800元。')).toContain('unrealistic_pay');
    expect(categoriesOf('无需经验，轻松月入过万。')).toContain('unrealistic_pay');
    const receptionist = checker.check({
      title: '前台文员',
      description: BASE,
      salaryMin: 30000,
      salaryMax: 50000,
    });
    expect(receptionist.findings.map((f) => f.ruleId)).toContain('unrealistic_pay.simple_role_salary');
    const researcher = checker.check({
      title: '算法研究员（博士）',
      description: BASE,
      salaryMin: 40000,
      salaryMax: 60000,
    });
    expect(researcher.verdict).toBe('pass');
  });

  it('flags missing pay, place and duties with whole-ad findings', () => {
    const { findings } = checker.check({ title: '行政助理', description: '欢迎加入我们！' });
    expect(findings.map((f) => f.ruleId).sort()).toEqual([
      'missing_info.duties',
      'missing_info.location',
      'missing_info.pay',
    ]);
    expect(findings.every((f) => f.start === 0 && f.end === 0 && f.excerpt === '')).toBe(true);
    // Structured salary fields count as stated pay.
    const withSalary = checker.check({
      title: '行政助理',
      description: `${BASE}`,
      salaryMin: 5000,
      salaryMax: 6000,
    });
    expect(withSalary.findings.filter((f) => f.category === 'missing_info')).toEqual([]);
  });
});

describe('negation, permission and lawful wording are not flagged', () => {
  const lawful = [
    '男女不限。',
    '性别不限，欢迎应届生。',
    '不限户籍。',
    '户籍不限，可协助办理武汉落户。',
    '无需缴纳任何费用。',
    '公司不收取任何费用。',
    '乙肝不影响录用。',
    '婚育不限，享受婚假、产假、陪产假和生育保险。',
    '子女教育补贴，子女优先入学。',
    '提供清真餐，尊重少数民族习俗。',
    '欢迎残疾人士投递，残疾人优先。',
    '年满18周岁以上，身体健康。',
    '持健康证上岗。',
    '入职时出示毕业证原件核验，核验后当场归还。',
    '入职体检费用由公司承担。',
    '免费培训，带薪培训。',
    '全日制本科及以上学历，统招本科。',
    '负责男装、女装品牌的陈列。',
    '负责妇产科门诊的导诊工作。',
    '负责微信公众号运营和小红书内容策划。',
    '公司坐落在恩施土家族苗族自治州。',
    '工作地点：宁夏回族自治区银川市。',
    '公司成立于1985年，员工211人。',
    '负责审核借款人征信报告与贷款资料。',
    '负责血型鉴定和交叉配血。',
    '负责整车下线检测。',
    '谨防刷单诈骗，本公司不收取押金。',
    '通过平台投递简历。',
  ];
  it.each(lawful)('%s', (sentence) => {
    expect(categoriesOf(sentence)).toEqual([]);
  });

  it('lets jobs legally closed to women state the condition (矿山井下)', () => {
    expect(categoriesOf('矿山井下采掘作业，限男性。')).toEqual([]);
    expect(categoriesOf('办公室文员，限男性。')).toEqual(['gender']);
  });
});

describe('evasions are seen through', () => {
  const evasions: [ComplianceCategory, string][] = [
    ['gender', '女 性 勿 扰。'],
    ['gender', '限·男·性。'],
    ['gender', '女*性*优*先。'],
    ['gender', '女🙂性勿扰。'],
    ['gender', '<b>限男性</b>。'],
    ['gender', '女\n性勿扰。'],
    ['gender', '限\u200b男\u200b性。'],
    ['hukou_region', '須有本市戶口。'],
    ['age', '三十五岁以下。'],
    ['age', '年龄不超过三十岁。'],
    ['appearance', '身高一米六五以上。'],
    ['school_tier', '９８５院校毕业。'],
    ['school_tier', '2 1 1院校优先。'],
    ['offplatform_contact', '加ｖｘ：abc12345。'],
    ['offplatform_contact', '加V信：job_2025。'],
    ['offplatform_contact', '电话一三八一二三四五六七八。'],
    ['health', '🚫乙肝。'],
    ['disability', '♿人士勿扰。'],
    ['fee', '入職需繳納押金300元。'],
  ];
  it.each(evasions)('%s: %s', (category, sentence) => {
    expect(categoriesOf(sentence)).toContain(category);
  });
});

describe('findings', () => {
  it('point at the original text, whatever normalisation did', () => {
    const description = `${BASE}要求：女 性 勿 扰，身高１６５以上。`;
    const result = checker.check({ title: '前台', description });
    const text = `前台\n${description}`;
    for (const finding of result.findings) {
      expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt);
    }
    expect(result.findings.map((f) => f.excerpt)).toEqual(['女 性 勿 扰', '身高１６５']);
  });

  it('carry basis, suggestion, severity and the field they are in', () => {
    const result = checker.check({ title: '限男性司机', description: BASE, requirements: '35岁以下' });
    expect(result.verdict).toBe('block');
    const gender = result.findings.find((f) => f.category === 'gender')!;
    expect(gender).toMatchObject({ field: 'title', severity: 'block', start: 0, end: 3, excerpt: '限男性' });
    expect(gender.basis).toContain('妇女权益保障法');
    expect(gender.suggestion).toContain('男女不限');
    const age = result.findings.find((f) => f.category === 'age')!;
    expect(age).toMatchObject({ field: 'requirements', severity: 'warn', excerpt: '35岁以下' });
  });

  it('give the verdict: block over warn over pass', () => {
    expect(checker.check({ title: '店员', description: BASE }).verdict).toBe('pass');
    expect(checker.check({ title: '店员', description: `${BASE}形象气质佳。` }).verdict).toBe('warn');
    expect(checker.check({ title: '店员', description: `${BASE}形象气质佳，限女性。` }).verdict).toBe(
      'block',
    );
  });

  it('treat HTML and emoji as text and never throw on odd input', () => {
    const odd = ['', '😀😀😀', '<script>alert(1)</script>', '\u0301\u0301', '𠀀𠀁限男性', 'a'.repeat(20_000)];
    for (const description of odd) {
      expect(() => checker.check({ title: '', description })).not.toThrow();
    }
    const withAstral = checker.check({ title: 'x', description: '𠀀𠀁限男性' });
    const finding = withAstral.findings.find((f) => f.category === 'gender')!;
    expect(`x\n𠀀𠀁限男性`.slice(finding.start, finding.end)).toBe('限男性');
  });
});
