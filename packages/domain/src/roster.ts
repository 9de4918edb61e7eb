import { tableSpec, type HeaderMapping, type TableColumn } from './table-columns';
import { parseAssistanceCategory, type AssistanceCategoryKey } from './reference/assistance-categories';
import { getDegreeLevel, parseDegree, type DegreeKey } from './reference/degree-levels';
import {
  idNumberGender,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  normalizeMobile,
  toHalfWidth,
  validateIdNumber,
  validateMobile,
} from './validators';

export type RosterColumnKey =
  | 'studentNo'
  | 'name'
  | 'gender'
  | 'idNumber'
  | 'phone'
  | 'college'
  | 'majorCode'
  | 'degree'
  | 'graduationYear'
  | 'originRegion'
  | 'assistanceCategory'
  | 'email';

export type RosterColumn = TableColumn<RosterColumnKey>;

/** The roster template's columns in template order; the first ten are required. */
export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { key: 'studentNo', header: '学号', alias: 'student_no', required: true, variants: ['student_number'] },
  { key: 'name', header: '姓名', alias: 'name', required: true, variants: ['学生姓名', 'full_name'] },
  { key: 'gender', header: '性别', alias: 'gender', required: true, variants: ['sex'] },
  {
    key: 'idNumber',
    header: '身份证号',
    alias: 'id_number',
    required: true,
    variants: ['身份证', '身份证号码', '公民身份号码', 'id_card', 'id_no'],
  },
  {
    key: 'phone',
    header: '手机号',
    alias: 'phone',
    required: true,
    variants: ['手机', '手机号码', '移动电话', '联系电话', 'mobile'],
  },
  {
    key: 'college',
    header: '院系',
    alias: 'college',
    required: true,
    variants: ['学院', '所在院系', '所在学院', '院系名称', '学院名称'],
  },
  { key: 'majorCode', header: '专业代码', alias: 'major_code', required: true, variants: ['专业编码'] },
  { key: 'degree', header: '学历层次', alias: 'degree', required: true, variants: ['学历', '培养层次'] },
  {
    key: 'graduationYear',
    header: '毕业年份',
    alias: 'graduation_year',
    required: true,
    variants: ['毕业年度', '毕业年', '届别', 'grad_year'],
  },
  {
    key: 'originRegion',
    header: '生源地代码',
    alias: 'origin_region',
    required: true,
    variants: ['生源地', '生源地区代码', 'origin_region_code'],
  },
  {
    key: 'assistanceCategory',
    header: '帮扶类别',
    alias: 'assistance_category',
    required: false,
    variants: ['困难类别', '困难生类别'],
  },
  {
    key: 'email',
    header: '邮箱',
    alias: 'email',
    required: false,
    variants: ['电子邮箱', '电子邮件', '邮箱地址', 'e-mail', 'mail'],
  },
];

/** The roster template as uploads read it. */
export const ROSTER_TABLE = tableSpec(ROSTER_COLUMNS);

/** The Chinese label of a column, for messages. */
export const rosterColumnLabel = (key: RosterColumnKey): string => ROSTER_TABLE.label(key);

export type RosterHeaderMapping = HeaderMapping<RosterColumnKey>;

/** Maps a file's header cells to roster fields and reports missing, unknown and duplicate columns. */
export const mapRosterHeader = (headers: string[]): RosterHeaderMapping => ROSTER_TABLE.mapHeader(headers);

export interface RosterRowContext {
  isKnownMajor(degree: DegreeKey, majorCode: string): boolean;
  isKnownRegion(code6: string): boolean;
  currentYear: number;
}

export interface RosterRow {
  studentNo: string;
  name: string;
  gender: 'male' | 'female';
  idNumber: string;
  phone: string;
  college: string;
  majorCode: string;
  degree: DegreeKey;
  graduationYear: number;
  originRegion: string;
  assistanceCategory: AssistanceCategoryKey | null;
  email: string | null;
}

export interface RosterFieldError {
  field: RosterColumnKey;
  code: string;
  message: string;
}

export type RosterRowResult = { ok: true; row: RosterRow } | { ok: false; errors: RosterFieldError[] };

const MAX_SHOWN = 40;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001F\u007F]/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS_GLOBAL = /[\u0000-\u001F\u007F]/g;
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
const STUDENT_NO = /^[A-Za-z0-9_-]{1,32}$/;
const MAJOR_CODE = /^[0-9A-Z]{1,12}$/;
const REGION_CODE = /^\d{6}$/;
const YEAR = /^(\d{4})(?:\.0+)?(?:届|年|年度)?$/;
const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\]]+$/;
// What Excel writes into a CSV (and the xlsx reader renders) when an 18-digit ID sat in a number cell.
const SCIENTIFIC = /^\d(?:\.\d+)?e\+?\d+$/i;
const NO_ASSISTANCE = new Set(['无', '否', '没有', '-', '—', '/', 'none', 'n/a']);

const GENDERS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['男', 'male'],
  ['男性', 'male'],
  ['m', 'male'],
  ['male', 'male'],
  ['1', 'male'],
  ['女', 'female'],
  ['女性', 'female'],
  ['f', 'female'],
  ['female', 'female'],
  ['2', 'female'],
]);

// Error reports are stored and downloaded, so ID numbers and phones in them are masked like any
// other output; the line number is what the uploader needs to find the row.
/** Quotes a user's value for a message: control characters blanked, long values cut. */
function shown(value: string): string {
  const chars = Array.from(value.replace(CONTROL_CHARS_GLOBAL, ' '));
  return `「${chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : chars.join('')}」`;
}

// Full-width digits and letters come from Chinese input methods; codes and numbers accept both.
// The test first because almost every value is plain ASCII and this runs for every cell.
function halfWidth(value: string): string {
  return FULL_WIDTH.test(value) ? toHalfWidth(value).trim() : value;
}

// Counted in code points so a rare character outside the BMP (生僻字) counts once. UTF-16 length
// bounds that count from above, so most values need no counting at all.
function longerThan(value: string, max: number): boolean {
  if (value.length <= max) return false;
  let count = 0;
  for (const _ of value) count++;
  return count > max;
}

function requiredValue(
  raw: Partial<Record<RosterColumnKey, string>>,
  field: RosterColumnKey,
  errors: RosterFieldError[],
): string | null {
  const value = raw[field]?.trim() ?? '';
  if (value !== '') return value;
  errors.push({ field, code: 'required', message: `缺少必填项：${rosterColumnLabel(field)}` });
  return null;
}

function checkText(field: 'name' | 'college', value: string, max: number, errors: RosterFieldError[]): void {
  const label = rosterColumnLabel(field);
  if (longerThan(value, max)) {
    errors.push({
      field,
      code: `${field}_too_long`,
      message: `${label}${shown(value)}过长：最多 ${max} 个字符`,
    });
  } else if (CONTROL_CHARS.test(value)) {
    errors.push({ field, code: `invalid_${field}`, message: `${label}${shown(value)}包含换行或控制字符` });
  }
}

function checkIdNumber(value: string, errors: RosterFieldError[]): string | null {
  if (SCIENTIFIC.test(value)) {
    errors.push({
      field: 'idNumber',
      code: 'id_number_scientific_notation',
      message: `身份证号${shown(value)}被 Excel 当成数字保存，末几位已丢失：请把该列设为“文本”格式后重新填写`,
    });
    return null;
  }
  const idNumber = normalizeIdNumber(value);
  // No isKnownRegion here: an ID keeps the county code of its birth registration, and counties
  // merged since then are missing from today's list. The validator still checks the province.
  const result = validateIdNumber(idNumber);
  if (result.valid) return idNumber;
  errors.push({
    field: 'idNumber',
    code: `id_number_${result.code ?? 'invalid'}`,
    message: `身份证号${shown(maskIdNumber(value))}无效：${result.reason ?? '格式不正确'}`,
  });
  return null;
}

function checkPhone(value: string, errors: RosterFieldError[]): string | null {
  const phone = normalizeMobile(value);
  if (phone !== null) return phone;
  const result = validateMobile(value);
  errors.push({
    field: 'phone',
    code: `phone_${result.code ?? 'invalid'}`,
    message: `手机号${shown(maskPhone(value))}无效：${result.reason ?? '格式不正确'}`,
  });
  return null;
}

function checkYear(value: string, currentYear: number, errors: RosterFieldError[]): number | null {
  const match = YEAR.exec(halfWidth(value));
  if (match?.[1] === undefined) {
    errors.push({
      field: 'graduationYear',
      code: 'invalid_graduation_year',
      message: `毕业年份${shown(value)}格式不正确：请填写四位年份，如 ${currentYear}`,
    });
    return null;
  }
  const year = Number(match[1]);
  // Rosters cover the coming cohort and the follow-up window for earlier ones.
  const minYear = currentYear - 5;
  const maxYear = currentYear + 1;
  if (year >= minYear && year <= maxYear) return year;
  errors.push({
    field: 'graduationYear',
    code: 'year_out_of_range',
    message: `毕业年份 ${year} 超出允许范围：应在 ${minYear}–${maxYear} 之间`,
  });
  return null;
}

/** Validates and normalizes one roster row, returning every problem found, not just the first. */
export function validateRosterRow(
  raw: Partial<Record<RosterColumnKey, string>>,
  ctx: RosterRowContext,
): RosterRowResult {
  const errors: RosterFieldError[] = [];

  const studentNoRaw = requiredValue(raw, 'studentNo', errors);
  const studentNo = studentNoRaw === null ? null : halfWidth(studentNoRaw);
  if (studentNoRaw !== null && studentNo !== null && !STUDENT_NO.test(studentNo)) {
    errors.push({
      field: 'studentNo',
      code: 'invalid_student_no',
      message: `学号${shown(studentNoRaw)}格式不正确：只能由字母、数字、“-”和“_”组成，最长 32 个字符`,
    });
  }

  // Stored exactly as given even if it looks like markup or SQL: escaping is the renderer's job.
  const name = requiredValue(raw, 'name', errors);
  if (name !== null) checkText('name', name, 50, errors);

  const genderRaw = requiredValue(raw, 'gender', errors);
  let gender: 'male' | 'female' | null = null;
  if (genderRaw !== null) {
    gender = GENDERS.get(halfWidth(genderRaw).toLowerCase()) ?? null;
    if (gender === null) {
      errors.push({
        field: 'gender',
        code: 'invalid_gender',
        message: `性别${shown(genderRaw)}无法识别：请填写“男”或“女”`,
      });
    }
  }

  const idRaw = requiredValue(raw, 'idNumber', errors);
  const idNumber = idRaw === null ? null : checkIdNumber(idRaw, errors);
  if (idNumber !== null && gender !== null) {
    const idGender = idNumberGender(idNumber);
    if (idGender !== gender) {
      errors.push({
        field: 'gender',
        code: 'gender_mismatch',
        message: `性别${shown(genderRaw ?? '')}与身份证号中的性别（${idGender === 'male' ? '男' : '女'}）不一致`,
      });
    }
  }

  const phoneRaw = requiredValue(raw, 'phone', errors);
  const phone = phoneRaw === null ? null : checkPhone(phoneRaw, errors);

  const college = requiredValue(raw, 'college', errors);
  if (college !== null) checkText('college', college, 60, errors);

  const degreeRaw = requiredValue(raw, 'degree', errors);
  const degree = degreeRaw === null ? null : parseDegree(degreeRaw);
  if (degreeRaw !== null && degree === null) {
    errors.push({
      field: 'degree',
      code: 'invalid_degree',
      message: `学历层次${shown(degreeRaw)}无法识别：请填写“博士研究生”“硕士研究生”“本科”或“专科”`,
    });
  }

  const majorRaw = requiredValue(raw, 'majorCode', errors);
  const majorCode = majorRaw === null ? null : halfWidth(majorRaw).toUpperCase();
  if (majorRaw !== null && majorCode !== null) {
    if (!MAJOR_CODE.test(majorCode)) {
      errors.push({
        field: 'majorCode',
        code: 'invalid_major_code',
        message: `专业代码${shown(majorRaw)}格式不正确：只能由数字和字母组成`,
      });
    } else if (degree !== null && !ctx.isKnownMajor(degree, majorCode)) {
      errors.push({
        field: 'majorCode',
        code: 'unknown_major',
        message: `专业代码${shown(majorRaw)}不在${getDegreeLevel(degree).nameZh}专业目录中`,
      });
    }
  }

  const yearRaw = requiredValue(raw, 'graduationYear', errors);
  const graduationYear = yearRaw === null ? null : checkYear(yearRaw, ctx.currentYear, errors);

  const regionRaw = requiredValue(raw, 'originRegion', errors);
  const originRegion = regionRaw === null ? null : halfWidth(regionRaw);
  if (regionRaw !== null && originRegion !== null) {
    if (!REGION_CODE.test(originRegion)) {
      errors.push({
        field: 'originRegion',
        code: 'invalid_origin_region',
        message: `生源地代码${shown(regionRaw)}格式不正确：应为 6 位行政区划代码`,
      });
    } else if (!ctx.isKnownRegion(originRegion)) {
      errors.push({
        field: 'originRegion',
        code: 'unknown_region',
        message: `生源地代码${shown(regionRaw)}不是有效的行政区划代码`,
      });
    }
  }

  const assistanceRaw = raw.assistanceCategory?.trim() ?? '';
  const assistanceCategory = assistanceRaw === '' ? null : parseAssistanceCategory(assistanceRaw);
  if (
    assistanceRaw !== '' &&
    assistanceCategory === null &&
    !NO_ASSISTANCE.has(halfWidth(assistanceRaw).toLowerCase())
  ) {
    errors.push({
      field: 'assistanceCategory',
      code: 'unknown_assistance_category',
      message: `帮扶类别${shown(assistanceRaw)}无法识别`,
    });
  }

  const emailRaw = raw.email?.trim() ?? '';
  const email = emailRaw === '' ? null : halfWidth(emailRaw);
  if (email !== null && (email.length > 254 || !EMAIL.test(email))) {
    errors.push({ field: 'email', code: 'invalid_email', message: `邮箱${shown(emailRaw)}格式不正确` });
  }

  if (
    errors.length > 0 ||
    studentNo === null ||
    name === null ||
    gender === null ||
    idNumber === null ||
    phone === null ||
    college === null ||
    majorCode === null ||
    degree === null ||
    graduationYear === null ||
    originRegion === null
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    row: {
      studentNo,
      name,
      gender,
      idNumber,
      phone,
      college,
      majorCode,
      degree,
      graduationYear,
      originRegion,
      assistanceCategory,
      email,
    },
  };
}

export interface DuplicateTracker {
  /** Records the row's keys and returns an error for each one an earlier line already used. */
  check(line: number, keys: { studentNo?: string | null; idNumber?: string | null }): RosterFieldError[];
}

/** Tracks student numbers and ID numbers across one file to catch rows that repeat a person. */
export function createDuplicateTracker(): DuplicateTracker {
  const studentNos = new Map<string, number>();
  const idNumbers = new Map<string, number>();
  return {
    check(line, { studentNo, idNumber }) {
      const errors: RosterFieldError[] = [];
      if (studentNo) {
        const first = studentNos.get(studentNo);
        if (first === undefined) {
          studentNos.set(studentNo, line);
        } else {
          errors.push({
            field: 'studentNo',
            code: 'duplicate_student_no',
            message: `学号${shown(studentNo)}与第 ${first} 行重复`,
          });
        }
      }
      if (idNumber) {
        const first = idNumbers.get(idNumber);
        if (first === undefined) {
          idNumbers.set(idNumber, line);
        } else {
          errors.push({
            field: 'idNumber',
            code: 'duplicate_id_number',
            message: `身份证号${shown(maskIdNumber(idNumber))}与第 ${first} 行重复`,
          });
        }
      }
      return errors;
    },
  };
}
