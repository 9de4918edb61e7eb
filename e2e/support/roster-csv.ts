import { createRng, generateIdNumber, generateMobile } from '@jiuye/domain';

export interface ExpectedError {
  row: number;
  code: string;
}

export interface RosterFixture {
  csv: string;
  accepted: number;
  rejected: number;
  errors: ExpectedError[];
  /** A good row whose name looks like markup and SQL: it must come back as literal text. */
  literal: { studentNo: string; name: string };
}

const HEADER = '学号,姓名,性别,身份证号,手机号,院系,专业代码,学历层次,毕业年份,生源地代码,帮扶类别,邮箱';
// Real codes: 武昌区 (GB/T 2260) and 计算机科学与技术 in the 2024 undergraduate catalogue.
const COUNTY = '420106';
const MAJOR = '080901';
const COLLEGE = '计算机学院';

function currentYear(): number {
  return Number(new Date().toLocaleString('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
}

function corruptCheckDigit(id: string): string {
  const last = id.at(-1)!;
  const replacement = last === '0' ? '1' : last === 'X' ? '0' : String((Number(last) + 1) % 10);
  return id.slice(0, -1) + replacement;
}

/**
 * A roster a career centre might upload: good rows, then one row per common mistake — an ID whose
 * check digit is wrong, a major code in no catalogue, and a 学号 that already appeared above.
 */
export function buildRosterFixture(seed = Date.now() % 1_000_000): RosterFixture {
  const rng = createRng(seed);
  const year = currentYear();
  const prefix = `E2E${seed}`;
  const row = (
    n: number,
    name: string,
    overrides: { id?: string; major?: string; studentNo?: string } = {},
  ) => {
    const gender = n % 2 === 0 ? 'female' : 'male';
    const id =
      overrides.id ??
      generateIdNumber(rng, {
        regionCode: COUNTY,
        birthDate: `${year - 22}-0${1 + (n % 9)}-1${n % 10}`,
        gender,
      });
    return [
      overrides.studentNo ?? `${prefix}-${String(n).padStart(2, '0')}`,
      name,
      gender === 'male' ? '男' : '女',
      id,
      generateMobile(rng),
      COLLEGE,
      overrides.major ?? MAJOR,
      '本科',
      String(year),
      COUNTY,
      '',
      '',
    ].join(',');
  };

  const literal = { studentNo: `${prefix}-06`, name: `<b>赵六</b>'; drop table graduates;--` };
  const goodNames = ['张三', '李四', '王五', '陈晨', '刘洋'];
  const lines = [HEADER, ...goodNames.map((name, i) => row(i + 1, name)), row(6, literal.name)];
  const firstGood = `${prefix}-01`;
  const badId = corruptCheckDigit(
    generateIdNumber(rng, { regionCode: COUNTY, birthDate: `${year - 22}-05-05`, gender: 'male' }),
  );
  lines.push(row(7, '周七', { id: badId }));
  lines.push(row(8, '吴八', { major: '999999' }));
  lines.push(row(9, '郑九', { studentNo: firstGood }));

  // File line numbers: the header is line 1, so the bad rows sit on lines 8, 9 and 10.
  return {
    csv: lines.join('\r\n') + '\r\n',
    accepted: 6,
    rejected: 3,
    errors: [
      { row: 8, code: 'id_number_check_digit' },
      { row: 9, code: 'unknown_major' },
      { row: 10, code: 'duplicate_student_no' },
    ],
    literal,
  };
}
