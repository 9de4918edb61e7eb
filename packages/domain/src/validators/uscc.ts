import { isProvinceCode } from '../reference/provinces';
import { CHECK_OK, EMPTY_REASON, characterReason, checkFail, lengthReason, type CheckResult } from './result';
import { toHalfWidth } from './text';

/** GB 32100-2015 character set; I, O, Z, S, V are left out because they read like 1, 0, 2, 5, U. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// GB 32100-2015 §5: weight i = 3^(i-1) mod 31, listed explicitly to match the standard's table.
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
// GB 11714-1997: body characters 0-9 = 0-9, A-Z = 10-35.
const ORG_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** One registration authority (登记管理部门, position 1) and the organisation types (position 2) it issues. */
export interface UsccAuthority {
  readonly code: string;
  readonly name: string;
  readonly types: readonly { readonly code: string; readonly name: string }[];
}

// Source: GB 32100-2015 表 1 (登记管理部门代码) and 表 2 (机构类别代码), including the later additions
// A and N. Neither the standard nor its amendments were available here; this is the table that
// several independent open-source validators transcribe identically (found by searching public
// code for "外国常住新闻机构"). A code outside it is rejected, so extend the table if an authority
// publishes a new one.
/** Registration authorities and their organisation-type codes. */
export const USCC_AUTHORITIES = [
  {
    code: '1',
    name: '机构编制',
    types: [
      { code: '1', name: '机关' },
      { code: '2', name: '事业单位' },
      { code: '3', name: '中央编办直接管理机构编制的群众团体' },
      { code: '9', name: '其他' },
    ],
  },
  {
    code: '2',
    name: '外交',
    types: [
      { code: '1', name: '外国常住新闻机构' },
      { code: '9', name: '其他' },
    ],
  },
  {
    code: '3',
    name: '司法行政',
    types: [
      { code: '1', name: '律师执业机构' },
      { code: '2', name: '公证处' },
      { code: '3', name: '基层法律服务所' },
      { code: '4', name: '司法鉴定机构' },
      { code: '5', name: '仲裁委员会' },
      { code: '9', name: '其他' },
    ],
  },
  {
    code: '4',
    name: '文化',
    types: [
      { code: '1', name: '外国在华文化中心' },
      { code: '9', name: '其他' },
    ],
  },
  {
    code: '5',
    name: '民政',
    types: [
      { code: '1', name: '社会团体' },
      { code: '2', name: '民办非企业单位' },
      { code: '3', name: '基金会' },
      { code: '9', name: '其他' },
    ],
  },
  {
    code: '6',
    name: '旅游',
    types: [
      { code: '1', name: '外国旅游部门常驻代表机构' },
      { code: '2', name: '港澳台地区旅游部门常驻内地（大陆）代表机构' },
      { code: '9', name: '其他' },
    ],
  },
  {
    code: '7',
    name: '宗教',
    types: [
      { code: '1', name: '宗教活动场所' },
      { code: '2', name: '宗教院校' },
      { code: '9', name: '其他' },
    ],
  },
  {
    code: '8',
    name: '工会',
    types: [
      { code: '1', name: '基层工会' },
      { code: '9', name: '其他' },
    ],
  },
  {
    code: '9',
    name: '工商',
    types: [
      { code: '1', name: '企业' },
      { code: '2', name: '个体工商户' },
      { code: '3', name: '农民专业合作社' },
    ],
  },
  {
    code: 'A',
    name: '中央军委改革和编制办公室',
    types: [
      { code: '1', name: '军队事业单位' },
      { code: '9', name: '其他' },
    ],
  },
  {
    code: 'N',
    name: '农业',
    types: [
      { code: '1', name: '组级集体经济组织' },
      { code: '2', name: '村级集体经济组织' },
      { code: '3', name: '乡镇级集体经济组织' },
      { code: '9', name: '其他' },
    ],
  },
  { code: 'Y', name: '其他', types: [{ code: '1', name: '其他' }] },
] as const satisfies readonly UsccAuthority[];

const AUTHORITY_BY_CODE: ReadonlyMap<string, UsccAuthority> = new Map(
  USCC_AUTHORITIES.map((a) => [a.code, a]),
);

// The coding scheme of 国发〔2015〕33号 says "国家用100000，北京用110000": bodies registered at national
// level (e.g. 教育部直属高校) carry 100000, which is not a GB/T 2260 code, so it is allowed here.
const NATIONAL_REGION = '100000';

/** Trims, converts full-width characters to ASCII and upper-cases. */
export function normalizeUscc(value: string): string {
  return toHalfWidth(value).trim().toUpperCase();
}

/** Position-18 check character for the first 17 characters; throws if any is outside the 31-char set. */
export function computeUsccCheckChar(first17: string): string {
  if (first17.length !== 17)
    throw new Error(`computeUsccCheckChar needs 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const n = USCC_CHARSET.indexOf(first17.charAt(i));
    if (n < 0) throw new Error(`computeUsccCheckChar: “${first17.charAt(i)}” is not a USCC character`);
    sum += n * (USCC_WEIGHTS[i] ?? 0);
  }
  // 31 - 0 = 31 has no character; the standard maps it to '0' (same as taking it mod 31).
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** GB 11714 organisation-code check character for an 8-character body (0-9, A-Z); throws on bad input. */
export function computeOrgCodeCheckChar(first8: string): string {
  if (first8.length !== 8)
    throw new Error(`computeOrgCodeCheckChar needs 8 characters, got ${first8.length}`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const n = ORG_CHARSET.indexOf(first8.charAt(i));
    if (n < 0)
      throw new Error(`computeOrgCodeCheckChar: “${first8.charAt(i)}” is not an organisation-code character`);
    sum += n * (ORG_WEIGHTS[i] ?? 0);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

// Some genuine codes fail: hutool issue #4119 reports a registered Xiamen company whose code does not
// satisfy GB 32100 (its maintainers say some Xiamen codes from before 2016 do not). Callers should
// route a failure to manual review rather than treat it as proof of a fake employer.
/** Validates a 统一社会信用代码 (GB 32100-2015), including its embedded GB 11714 organisation code. */
export function validateUscc(value: string): CheckResult {
  const v = normalizeUscc(value);
  if (v === '') return checkFail('empty', EMPTY_REASON);
  const chars = Array.from(v);
  if (chars.length !== 18) return checkFail('length', lengthReason(18, chars.length));

  for (const [i, ch] of chars.entries()) {
    if (!USCC_CHARSET.includes(ch)) {
      const hint = 'IOZSV'.includes(ch) ? '（统一社会信用代码不使用 I、O、Z、S、V）' : '';
      return checkFail('characters', characterReason(i + 1, ch) + hint);
    }
  }

  // There is no failure code for the authority/type tables; a character that is legal in the
  // code but not at this position is reported as 'characters' with a specific reason.
  const authority = AUTHORITY_BY_CODE.get(v.charAt(0));
  if (!authority) {
    return checkFail('characters', `登记管理部门代码无效 (characters)：第 1 位 “${v.charAt(0)}”`);
  }
  if (!authority.types.some((t) => t.code === v.charAt(1))) {
    return checkFail(
      'characters',
      `机构类别代码无效 (characters)：第 2 位 “${v.charAt(1)}”（${authority.name}登记的机构类别为 ${authority.types.map((t) => t.code).join('、')}）`,
    );
  }

  const region = v.slice(2, 8);
  if (!/^\d{6}$/.test(region) || (region !== NATIONAL_REGION && !isProvinceCode(region.slice(0, 2)))) {
    return checkFail('region', `地区码无效 (region)：${region}`);
  }

  const orgBody = v.slice(8, 16);
  const orgExpected = computeOrgCodeCheckChar(orgBody);
  const orgActual = v.charAt(16);
  if (orgExpected !== orgActual) {
    return checkFail(
      'org_code',
      `组织机构代码校验码错误 (org code)：第 9–17 位 ${orgBody}-${orgActual}，第 17 位应为 ${orgExpected}，实为 ${orgActual}`,
    );
  }

  const expected = computeUsccCheckChar(v.slice(0, 17));
  const actual = v.charAt(17);
  if (expected !== actual) {
    return checkFail('check_digit', `校验码错误 (check digit)：应为 ${expected}，实为 ${actual}`);
  }
  return CHECK_OK;
}
