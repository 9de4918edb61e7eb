import { describe, expect, it } from 'vitest';
import {
  ROSTER_COLUMNS,
  createDuplicateTracker,
  mapRosterHeader,
  validateRosterRow,
  type RosterColumnKey,
  type RosterFieldError,
  type RosterRowContext,
} from './roster';
import { computeIdCheckDigit, createRng, generateIdNumber, generateMobile, maskIdNumber } from './validators';

const rng = createRng(20260601);
const MALE_ID = generateIdNumber(rng, { regionCode: '110101', birthDate: '2003-05-17', gender: 'male' });
const FEMALE_ID = generateIdNumber(rng, { regionCode: '440106', birthDate: '2004-11-02', gender: 'female' });
const PHONE = generateMobile(rng);

const ctx: RosterRowContext = {
  isKnownMajor: (degree, code) =>
    (degree === 'bachelor' && ['080901', '050201', '080910T'].includes(code)) ||
    (degree === 'master' && code === '081200'),
  isKnownRegion: (code) => ['110101', '310104', '440106'].includes(code),
  currentYear: 2026,
};

function row(
  overrides: Partial<Record<RosterColumnKey, string>> = {},
): Partial<Record<RosterColumnKey, string>> {
  return {
    studentNo: '2022010101',
    name: '张三',
    gender: '男',
    idNumber: MALE_ID,
    phone: PHONE,
    college: '计算机科学与技术学院',
    majorCode: '080901',
    degree: '本科',
    graduationYear: '2026',
    originRegion: '310104',
    ...overrides,
  };
}

function errorsOf(raw: Partial<Record<RosterColumnKey, string>>): RosterFieldError[] {
  const result = validateRosterRow(raw, ctx);
  return result.ok ? [] : result.errors;
}

function codesOf(raw: Partial<Record<RosterColumnKey, string>>): string[] {
  return errorsOf(raw).map((e) => `${e.field}:${e.code}`);
}

describe('ROSTER_COLUMNS', () => {
  it('defines the twelve fields, ten of them required', () => {
    expect(ROSTER_COLUMNS.map((c) => c.key)).toEqual([
      'studentNo',
      'name',
      'gender',
      'idNumber',
      'phone',
      'college',
      'majorCode',
      'degree',
      'graduationYear',
      'originRegion',
      'assistanceCategory',
      'email',
    ]);
    expect(ROSTER_COLUMNS.filter((c) => !c.required).map((c) => c.key)).toEqual([
      'assistanceCategory',
      'email',
    ]);
    expect(ROSTER_COLUMNS.find((c) => c.key === 'idNumber')).toMatchObject({
      header: '身份证号',
      alias: 'id_number',
    });
  });
});

describe('mapRosterHeader', () => {
  const chinese = [
    '学号',
    '姓名',
    '性别',
    '身份证号',
    '手机号',
    '院系',
    '专业代码',
    '学历层次',
    '毕业年份',
    '生源地代码',
  ];
  const english = [
    'student_no',
    'name',
    'gender',
    'id_number',
    'phone',
    'college',
    'major_code',
    'degree',
    'graduation_year',
    'origin_region',
  ];
  const keys = ROSTER_COLUMNS.filter((c) => c.required).map((c) => c.key);

  it('maps the official Chinese headers in order', () => {
    expect(mapRosterHeader(chinese)).toEqual({ columns: keys, missing: [], unknown: [], duplicate: [] });
  });

  it('maps English aliases regardless of case, spaces and separators', () => {
    expect(mapRosterHeader(english).columns).toEqual(keys);
    const shouted = [
      'Student No',
      'NAME',
      ' Gender ',
      'ID-Number',
      'Phone',
      'College',
      'MajorCode',
      'Degree',
    ];
    expect(mapRosterHeader(shouted).columns).toEqual(keys.slice(0, 8));
  });

  it('tolerates a BOM, full-width spaces and required markers', () => {
    const decorated = [
      '\uFEFF学号',
      '姓\u3000名',
      '\u3000性别\u3000',
      '身份证号*',
      '手机号（必填）',
      '院系(全称)',
    ];
    expect(mapRosterHeader(decorated).columns).toEqual(keys.slice(0, 6));
  });

  it.each([
    ['学历', 'degree'],
    ['手机', 'phone'],
    ['手机号码', 'phone'],
    ['身份证', 'idNumber'],
    ['身份证号码', 'idNumber'],
    ['毕业年度', 'graduationYear'],
    ['专业编码', 'majorCode'],
    ['学院', 'college'],
    ['生源地', 'originRegion'],
    ['帮扶类别', 'assistanceCategory'],
    ['assistance_category', 'assistanceCategory'],
    ['邮箱', 'email'],
    ['E-mail', 'email'],
  ])('maps the variant %s to %s', (header, key) => {
    expect(mapRosterHeader([header]).columns).toEqual([key]);
  });

  it('lists the required columns that are missing, in template order', () => {
    expect(mapRosterHeader(['姓名', '学号', '手机号']).missing).toEqual([
      'gender',
      'idNumber',
      'college',
      'majorCode',
      'degree',
      'graduationYear',
      'originRegion',
    ]);
  });

  it('ignores unknown and blank headers, listing the unknown ones as written', () => {
    const mapping = mapRosterHeader([...chinese, ' 备注 ', '', '专业名称']);
    expect(mapping.columns.slice(10)).toEqual([null, null, null]);
    expect(mapping.unknown).toEqual(['备注', '专业名称']);
    expect(mapping.missing).toEqual([]);
  });

  it('keeps the first of two columns for the same field', () => {
    const mapping = mapRosterHeader([...chinese, '手机号码']);
    expect(mapping.columns[4]).toBe('phone');
    expect(mapping.columns[10]).toBeNull();
    expect(mapping.duplicate).toEqual(['手机号码']);
  });
});

describe('validateRosterRow', () => {
  it('accepts a valid row and normalizes it', () => {
    const result = validateRosterRow(
      row({
        studentNo: ' ２０２２０１０１０１ ',
        gender: 'M',
        phone: `+86 ${PHONE.slice(0, 3)}-${PHONE.slice(3, 7)}-${PHONE.slice(7)}`,
        majorCode: '080910t',
        graduationYear: '2026届',
        assistanceCategory: '低保',
        email: ' zhang.san@example.edu.cn ',
      }),
      ctx,
    );
    expect(result).toEqual({
      ok: true,
      row: {
        studentNo: '2022010101',
        name: '张三',
        gender: 'male',
        idNumber: MALE_ID,
        phone: PHONE,
        college: '计算机科学与技术学院',
        majorCode: '080910T',
        degree: 'bachelor',
        graduationYear: 2026,
        originRegion: '310104',
        assistanceCategory: 'subsistence_allowance',
        email: 'zhang.san@example.edu.cn',
      },
    });
  });

  it('reports every problem of a row, not only the first', () => {
    expect(
      codesOf(
        row({
          studentNo: '2022/01',
          gender: '未知',
          phone: '12345',
          degree: '高中',
          graduationYear: '2019',
          originRegion: '999999',
          email: 'not-an-email',
        }),
      ),
    ).toEqual([
      'studentNo:invalid_student_no',
      'gender:invalid_gender',
      'phone:phone_length',
      'degree:invalid_degree',
      'graduationYear:year_out_of_range',
      'originRegion:unknown_region',
      'email:invalid_email',
    ]);
  });

  it('reports each missing required field by its Chinese name', () => {
    const errors = errorsOf({ name: '李四', email: '' });
    expect(errors.map((e) => e.field)).toEqual([
      'studentNo',
      'gender',
      'idNumber',
      'phone',
      'college',
      'degree',
      'majorCode',
      'graduationYear',
      'originRegion',
    ]);
    expect(errors.every((e) => e.code === 'required')).toBe(true);
    expect(errors[0]?.message).toBe('缺少必填项：学号');
    expect(codesOf(row({ college: '   ' }))).toEqual(['college:required']);
  });

  it('keeps names that look like markup or SQL literally', () => {
    for (const name of ['<script>alert(1)</script>', "Robert'); DROP TABLE graduates;--", '买买提·艾力']) {
      const result = validateRosterRow(row({ name }), ctx);
      expect(result.ok && result.row.name).toBe(name);
    }
  });

  it('limits names to 50 characters, counting rare characters once', () => {
    expect(codesOf(row({ name: '张'.repeat(50) }))).toEqual([]);
    expect(codesOf(row({ name: '𠀀'.repeat(50) }))).toEqual([]);
    expect(codesOf(row({ name: '张'.repeat(51) }))).toEqual(['name:name_too_long']);
    expect(codesOf(row({ name: '张\n三' }))).toEqual(['name:invalid_name']);
  });

  it('limits colleges to 60 characters', () => {
    expect(codesOf(row({ college: '院'.repeat(60) }))).toEqual([]);
    expect(codesOf(row({ college: '院'.repeat(61) }))).toEqual(['college:college_too_long']);
  });

  it.each([
    ['男', 'male'],
    ['女', 'female'],
    ['M', 'male'],
    ['f', 'female'],
    ['Male', 'male'],
    ['FEMALE', 'female'],
    ['1', 'male'],
    ['2', 'female'],
  ])('reads gender %s as %s', (input, gender) => {
    const id = gender === 'male' ? MALE_ID : FEMALE_ID;
    const result = validateRosterRow(row({ gender: input, idNumber: id }), ctx);
    expect(result.ok && result.row.gender).toBe(gender);
  });

  it('rejects a gender that contradicts the ID number', () => {
    const errors = errorsOf(row({ gender: '女', idNumber: MALE_ID }));
    expect(errors).toEqual([
      { field: 'gender', code: 'gender_mismatch', message: '性别「女」与身份证号中的性别（男）不一致' },
    ]);
  });

  it('rejects an ID number with a wrong check digit, naming the value', () => {
    const first17 = MALE_ID.slice(0, 17);
    const wrong = computeIdCheckDigit(first17) === '0' ? '1' : '0';
    const errors = errorsOf(row({ idNumber: first17 + wrong }));
    expect(errors.map((e) => e.code)).toEqual(['id_number_check_digit']);
    // Stored error reports must not carry the full ID number.
    expect(errors[0]?.message).toContain(`身份证号「${maskIdNumber(first17 + wrong)}」无效`);
    expect(errors[0]?.message).not.toContain(first17);
  });

  it('accepts a lower-case x check character and normalizes it', () => {
    const base = '11010120030517001';
    const check = computeIdCheckDigit(base);
    const result = validateRosterRow(row({ idNumber: base + check.toLowerCase() }), ctx);
    expect(result.ok && result.row.idNumber).toBe(base + check);
  });

  it('explains an ID number that Excel turned into a number', () => {
    const errors = errorsOf(row({ idNumber: '1.10101200305172E+17' }));
    expect(errors.map((e) => e.code)).toEqual(['id_number_scientific_notation']);
    expect(errors[0]?.message).toContain('文本');
  });

  it('checks the major code against the catalogue of the row’s degree', () => {
    expect(codesOf(row({ majorCode: '081200', degree: '硕士研究生' }))).toEqual([]);
    const errors = errorsOf(row({ majorCode: '080901', degree: '硕士' }));
    expect(errors).toEqual([
      {
        field: 'majorCode',
        code: 'unknown_major',
        message: '专业代码「080901」不在硕士研究生专业目录中',
      },
    ]);
    expect(codesOf(row({ majorCode: '08-09' }))).toEqual(['majorCode:invalid_major_code']);
  });

  it('does not judge the major code when the degree is unreadable', () => {
    expect(codesOf(row({ majorCode: '999999', degree: '学前' }))).toEqual(['degree:invalid_degree']);
  });

  it('accepts graduation years from five years back to next year and says the range otherwise', () => {
    expect(codesOf(row({ graduationYear: '2021' }))).toEqual([]);
    expect(codesOf(row({ graduationYear: '2027' }))).toEqual([]);
    expect(codesOf(row({ graduationYear: '２０２６' }))).toEqual([]);
    const errors = errorsOf(row({ graduationYear: '2028' }));
    expect(errors.map((e) => e.code)).toEqual(['year_out_of_range']);
    expect(errors[0]?.message).toContain('2021–2027');
    expect(codesOf(row({ graduationYear: '2020' }))).toEqual(['graduationYear:year_out_of_range']);
    expect(codesOf(row({ graduationYear: '26' }))).toEqual(['graduationYear:invalid_graduation_year']);
    expect(codesOf(row({ graduationYear: '2026.5' }))).toEqual(['graduationYear:invalid_graduation_year']);
  });

  it('requires a known six-digit origin region', () => {
    expect(codesOf(row({ originRegion: '31010' }))).toEqual(['originRegion:invalid_origin_region']);
    expect(codesOf(row({ originRegion: '320102' }))).toEqual(['originRegion:unknown_region']);
  });

  it('parses the optional assistance category and treats "无" as none', () => {
    const none = validateRosterRow(row({ assistanceCategory: '无' }), ctx);
    expect(none.ok && none.row.assistanceCategory).toBeNull();
    const blank = validateRosterRow(row({ assistanceCategory: ' ' }), ctx);
    expect(blank.ok && blank.row.assistanceCategory).toBeNull();
    expect(codesOf(row({ assistanceCategory: '特困' }))).toEqual([
      'assistanceCategory:unknown_assistance_category',
    ]);
  });

  it('checks the optional email loosely', () => {
    expect(codesOf(row({ email: 'a@b.cn' }))).toEqual([]);
    const fullWidthAt = validateRosterRow(row({ email: 'a＠b.cn' }), ctx);
    expect(fullWidthAt.ok && fullWidthAt.row.email).toBe('a@b.cn');
    for (const email of ['a@b', 'a b@c.cn', '@b.cn', 'a@@b.cn']) {
      expect(codesOf(row({ email }))).toEqual(['email:invalid_email']);
    }
  });

  it('cuts long values in messages to 40 characters', () => {
    const long = `${'A'.repeat(45)}!`;
    const [error] = errorsOf(row({ studentNo: long }));
    expect(error?.message).toContain(`「${'A'.repeat(40)}…」`);
    expect(error?.message).not.toContain('A'.repeat(41));
  });
});

describe('createDuplicateTracker', () => {
  it('reports a repeated student number or ID number with the line that had it first', () => {
    const tracker = createDuplicateTracker();
    expect(tracker.check(2, { studentNo: 'S1', idNumber: MALE_ID })).toEqual([]);
    expect(tracker.check(3, { studentNo: 'S2', idNumber: FEMALE_ID })).toEqual([]);
    expect(tracker.check(7, { studentNo: 'S1', idNumber: FEMALE_ID })).toEqual([
      { field: 'studentNo', code: 'duplicate_student_no', message: '学号「S1」与第 2 行重复' },
      {
        field: 'idNumber',
        code: 'duplicate_id_number',
        message: `身份证号「${maskIdNumber(FEMALE_ID)}」与第 3 行重复`,
      },
    ]);
    // The first occurrence stays the reference point.
    expect(tracker.check(9, { studentNo: 'S1' })[0]?.message).toContain('第 2 行');
  });

  it('skips keys a row does not have', () => {
    const tracker = createDuplicateTracker();
    expect(tracker.check(2, { studentNo: null, idNumber: '' })).toEqual([]);
    expect(tracker.check(3, {})).toEqual([]);
    expect(tracker.check(4, { studentNo: 'S1' })).toEqual([]);
  });
});
