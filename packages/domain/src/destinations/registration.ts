import { isCalendarDay } from '../dates';
import type { Issue } from '../errors';
import { getIndustrySection } from '../reference/industries';
import { getOccupationMajorGroup } from '../reference/occupations';
import {
  getDestinationCode,
  NOT_PLACED_LABELS,
  type DestinationCode,
  type DestinationForm,
} from '../reference/destination-codes';
import { isUnitNature } from '../recruitment/organisation';
import { normalizeUscc, validateUscc } from '../validators/uscc';

// 毕业去向登记 (issue 6, measure 十三): what a graduate registers for each kind of destination, and
// every problem with it at once. Shapes are checked at the boundary (zod); this checks meaning:
// codes that exist, a USCC that passes its check characters, dates, a label that fits the code.

/** An employing unit (codes 10, 11, 12, 27). */
export interface UnitDetails {
  uscc: string;
  name: string;
  /** UNIT_NATURES key. */
  nature: string;
  /** GB/T 4754 门类 letter. */
  industryCode: string;
  /** 6-digit region code of the workplace. */
  regionCode: string;
  /** 职业大类 1–8 (or a finer code starting with one). */
  occupationCode: string;
  /** Day the agreement or contract was signed (YYYY-MM-DD). */
  contractDate: string;
  /** Monthly pay in fen. */
  monthlyPayFen: number;
}

/** 应征义务兵 (46). */
export interface EnlistmentDetails {
  regionCode: string;
  enlistmentDate: string;
}

/** 国家/地方基层项目 (50, 51 and their sub-codes): the programme and where the graduate serves. */
export interface ProgrammeDetails {
  programme: string;
  unitName: string;
  regionCode: string;
  startDate: string;
}

/** 自主创业 (75): the graduate's own business, or an online shop. */
export interface BusinessDetails {
  /** Of the business; an online shop without a licence leaves it empty. */
  uscc: string;
  name: string;
  regionCode: string;
  startDate: string;
  online: boolean;
}

/** 自由职业 (76). */
export interface FreelanceDetails {
  /** What the graduate does (e.g. 自媒体运营, 独立设计师). */
  work: string;
  regionCode: string;
  /** The graduate confirms the signed statement is theirs and true. */
  statementSigned: boolean;
}

/** 升学 (80 and sub-codes). */
export interface StudyDetails {
  institution: string;
  programme: string;
}

/** 出国、出境 (85). */
export interface AbroadDetails {
  country: string;
  institution: string;
  programme: string;
}

/** Not yet placed (70, 71, 72): one of the not-placed labels. */
export interface NotPlacedDetails {
  label: string;
}

/** A registration's fields, by the form its code takes. */
export type DestinationDetails =
  | ({ form: 'unit' } & UnitDetails)
  | ({ form: 'enlistment' } & EnlistmentDetails)
  | ({ form: 'programme' } & ProgrammeDetails)
  | ({ form: 'business' } & BusinessDetails)
  | ({ form: 'freelance' } & FreelanceDetails)
  | ({ form: 'study' } & StudyDetails)
  | ({ form: 'abroad' } & AbroadDetails)
  | ({ form: 'not_placed' } & NotPlacedDetails);

/** What a graduate (or their university) registers. */
export interface DestinationInput {
  destinationCode: string;
  details: DestinationDetails;
}

/** Limits of the free-text fields. */
export const DESTINATION_LIMITS = {
  nameMax: 100,
  textMax: 100,
  /** Pay above this (yuan per month) is a typing error, not a salary. */
  payMaxYuan: 1_000_000,
} as const;

/** What validation needs from outside: region look-up and today (Asia/Shanghai). */
export interface DestinationContext {
  isKnownRegion(code: string): boolean;
  today: string;
}

/** The code's record and form, or null when the code is unknown. */
export function destinationFormOf(code: string): { code: DestinationCode; form: DestinationForm } | null {
  const c = getDestinationCode(code);
  return c ? { code: c, form: c.form } : null;
}

const text = (issues: Issue[], path: string, value: string, label: string, max: number) => {
  const v = value.trim();
  if (!v) issues.push({ path, message: `请填写${label}` });
  else if (v.length > max) issues.push({ path, message: `${label}不能超过 ${max} 个字符` });
};

const region = (issues: Issue[], path: string, code: string, ctx: DestinationContext, label: string) => {
  if (!/^\d{6}$/.test(code) || !ctx.isKnownRegion(code))
    issues.push({ path, message: `${label}“${code}”不是有效的行政区划代码（6 位，到区县）` });
};

/** A day that exists and is not after `latest` (signing dates cannot be in the future). */
const day = (issues: Issue[], path: string, value: string, label: string, latest?: string) => {
  if (!isCalendarDay(value)) issues.push({ path, message: `${label}须为有效日期（YYYY-MM-DD）` });
  else if (latest && value > latest) issues.push({ path, message: `${label}不能晚于今天（${latest}）` });
  else if (value < '2000-01-01') issues.push({ path, message: `${label}不能早于 2000-01-01` });
};

const uscc = (issues: Issue[], path: string, value: string, label: string) => {
  const result = validateUscc(normalizeUscc(value));
  if (!result.valid) issues.push({ path, message: `${label}统一社会信用代码${result.reason ?? '无效'}` });
};

/**
 * Every problem with a registration, each with its field path and a Chinese message; empty when it
 * can be saved. Whether it can be approved (proof, minimum wage) is approvalBlockers' question.
 */
export function destinationProblems(input: DestinationInput, ctx: DestinationContext): Issue[] {
  const known = destinationFormOf(input.destinationCode);
  if (!known) return [{ path: 'destinationCode', message: `毕业去向代码“${input.destinationCode}”不存在` }];
  const d = input.details;
  if (d.form !== known.form)
    return [
      {
        path: 'details.form',
        message: `去向“${known.code.name}”应填写${FORM_NAMES[known.form]}信息，而不是${FORM_NAMES[d.form]}信息`,
      },
    ];
  const issues: Issue[] = [];
  const L = DESTINATION_LIMITS;
  const at = (field: string) => `details.${field}`;
  switch (d.form) {
    case 'unit':
      uscc(issues, at('uscc'), d.uscc, '单位');
      text(issues, at('name'), d.name, '单位名称', L.nameMax);
      if (!isUnitNature(d.nature)) issues.push({ path: at('nature'), message: '请选择单位性质' });
      if (d.industryCode.trim().length !== 1 || !getIndustrySection(d.industryCode))
        issues.push({ path: at('industryCode'), message: '请选择单位所属行业（国民经济行业分类门类）' });
      region(issues, at('regionCode'), d.regionCode, ctx, '工作地点');
      if (!getOccupationMajorGroup(d.occupationCode) || !/^[1-8]/.test(d.occupationCode))
        issues.push({ path: at('occupationCode'), message: '请选择职业类别（职业分类大典大类 1–8）' });
      day(issues, at('contractDate'), d.contractDate, '签约日期', ctx.today);
      if (!Number.isInteger(d.monthlyPayFen) || d.monthlyPayFen <= 0)
        issues.push({ path: at('monthlyPayFen'), message: '请填写月薪（元，正整数）' });
      else if (d.monthlyPayFen > L.payMaxYuan * 100)
        issues.push({
          path: at('monthlyPayFen'),
          message: `月薪超过 ${L.payMaxYuan} 元，请检查是否多输了位数`,
        });
      break;
    case 'enlistment':
      region(issues, at('regionCode'), d.regionCode, ctx, '应征地');
      day(issues, at('enlistmentDate'), d.enlistmentDate, '入伍日期');
      break;
    case 'programme':
      text(issues, at('programme'), d.programme, '项目名称', L.textMax);
      text(issues, at('unitName'), d.unitName, '服务单位', L.nameMax);
      region(issues, at('regionCode'), d.regionCode, ctx, '服务地');
      day(issues, at('startDate'), d.startDate, '服务开始日期');
      break;
    case 'business':
      // A licensed business has a USCC; an online shop may run on the platform's record alone.
      if (!d.online || d.uscc.trim()) uscc(issues, at('uscc'), d.uscc, '创业实体');
      text(issues, at('name'), d.name, d.online ? '网店名称' : '企业名称', L.nameMax);
      region(issues, at('regionCode'), d.regionCode, ctx, '经营地');
      day(issues, at('startDate'), d.startDate, '开始经营日期', ctx.today);
      break;
    case 'freelance':
      text(issues, at('work'), d.work, '从事的工作', L.textMax);
      region(issues, at('regionCode'), d.regionCode, ctx, '工作地');
      if (!d.statementSigned)
        issues.push({ path: at('statementSigned'), message: '自由职业须本人签署承诺书并确认属实' });
      break;
    case 'study':
      text(issues, at('institution'), d.institution, '录取院校', L.nameMax);
      text(issues, at('programme'), d.programme, '录取专业', L.textMax);
      break;
    case 'abroad':
      text(issues, at('country'), d.country, '国家或地区', L.textMax);
      text(issues, at('institution'), d.institution, '院校或单位', L.nameMax);
      text(issues, at('programme'), d.programme, '专业或岗位', L.textMax);
      break;
    case 'not_placed': {
      const label = NOT_PLACED_LABELS.find((l) => l.key === d.label);
      if (!label) issues.push({ path: at('label'), message: '请选择未落实的原因' });
      else if (label.legacyCode !== known.code.code)
        issues.push({
          path: at('label'),
          message: `“${label.name}”属于去向代码 ${label.legacyCode}，与所选“${known.code.name}”不符`,
        });
      break;
    }
  }
  return issues;
}

/** Chinese names of the forms, for messages and the web. */
export const FORM_NAMES: Record<DestinationForm, string> = {
  unit: '就业单位',
  enlistment: '应征入伍',
  programme: '基层项目',
  business: '创业',
  freelance: '自由职业',
  study: '升学',
  abroad: '出国出境',
  not_placed: '未落实',
};

/** The same input with text trimmed and codes normalised, as stored. */
export function normalizeDestination(input: DestinationInput): DestinationInput {
  const trimmed = Object.fromEntries(
    Object.entries(input.details).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
  ) as DestinationDetails;
  const details =
    trimmed.form === 'unit'
      ? { ...trimmed, uscc: normalizeUscc(trimmed.uscc), industryCode: trimmed.industryCode.toUpperCase() }
      : trimmed.form === 'business'
        ? { ...trimmed, uscc: normalizeUscc(trimmed.uscc) }
        : trimmed;
  return { destinationCode: input.destinationCode.trim(), details };
}

/** Where the graduate went, as a list or a verifier shows it (unit, school, business), or null. */
export function destinationPlaceName(d: DestinationDetails): string | null {
  switch (d.form) {
    case 'unit':
    case 'business':
      return d.name;
    case 'programme':
      return d.unitName;
    case 'study':
    case 'abroad':
      return d.institution;
    case 'enlistment':
    case 'freelance':
    case 'not_placed':
      return null;
  }
}

/** The day the destination began (signing, enlistment, start), when the form records one. */
export function destinationDate(d: DestinationDetails): string | null {
  switch (d.form) {
    case 'unit':
      return d.contractDate;
    case 'enlistment':
      return d.enlistmentDate;
    case 'programme':
    case 'business':
      return d.startDate;
    case 'freelance':
    case 'study':
    case 'abroad':
    case 'not_placed':
      return null;
  }
}
