// Rules of an organisation's registration data, shared by the server (enforced) and the web (checked
// while typing). Pure: the two checks that need the database — the region exists, the USCC is
// unused — are the server's.
import type { Issue } from '../errors';
import { getIndustrySection } from '../reference/industries';
import { validateMobile } from '../validators/mobile';
import { normalizeUscc, validateUscc } from '../validators/uscc';
import { ORGANISATION_SIZES, UNIT_NATURES } from './vocabulary';

export const ORGANISATION_KINDS = ['employer', 'agency'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Length limits (characters) of the registration texts. */
export const ORGANISATION_LIMITS = {
  nameMax: 100,
  contactNameMax: 50,
  emailMax: 254,
  introductionMax: 2000,
  licenceMin: 4,
  licenceMax: 60,
  /** Reasons officials give for a rejection or a request for information, and notes on a resubmission. */
  reasonMin: 2,
  reasonMax: 500,
} as const;

export const VERIFICATION_STATUSES = ['pending', 'verified', 'rejected', 'needs_info'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** What an official decides; `resubmit` is the organisation's own answer and is recorded alongside. */
export const VERIFICATION_DECISIONS = ['approve', 'reject', 'request_info'] as const;
export type VerificationDecision = (typeof VERIFICATION_DECISIONS)[number];
export type ReviewDecision = VerificationDecision | 'resubmit';

/** Statuses an official can decide on: a rejected organisation has to resubmit first. */
export const DECIDABLE_STATUSES: readonly VerificationStatus[] = ['pending', 'needs_info'];

/**
 * The facts an official checks against the business licence and the credit-code registry. Changing
 * one after verification sends the organisation back to review, or a verified badge could be carried
 * over to a different legal entity; industry, size, contact and introduction stay free to edit.
 */
export const VERIFIED_FIELDS = ['name', 'uscc', 'nature', 'regionCode', 'licenceNo'] as const;
export type VerifiedField = (typeof VERIFIED_FIELDS)[number];

/** The registration data of an organisation, as the API and forms carry it. */
export interface OrganisationProfileInput {
  kind: OrganisationKind;
  name: string;
  uscc: string;
  nature: string;
  industryCode: string;
  regionCode: string;
  size: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  introduction?: string | null | undefined;
  /** 人力资源服务许可证 number; agencies must give one. */
  licenceNo?: string | null | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NATURE_KEYS: ReadonlySet<string> = new Set(UNIT_NATURES.map((n) => n.key));
const SIZE_KEYS: ReadonlySet<string> = new Set(ORGANISATION_SIZES.map((s) => s.key));

/** Whether a value is a key of UNIT_NATURES. */
export const isUnitNature = (value: string) => NATURE_KEYS.has(value);

/** Whether an e-mail address has the shape name@domain.tld (deliverability is not checked). */
export const isEmailAddress = (value: string) =>
  value.length <= ORGANISATION_LIMITS.emailMax && EMAIL.test(value);

/**
 * Every problem of the registration data that needs no database, each with its field path and a
 * Chinese message. Empty when the data is acceptable (apart from region existence and USCC reuse).
 */
export function organisationProfileProblems(input: OrganisationProfileInput): Issue[] {
  const issues: Issue[] = [];
  const L = ORGANISATION_LIMITS;
  const name = input.name.trim();
  if (!name || name.length > L.nameMax)
    issues.push({ path: 'name', message: `单位名称须为 1–${L.nameMax} 个字符` });
  const uscc = validateUscc(normalizeUscc(input.uscc));
  if (!uscc.valid) issues.push({ path: 'uscc', message: `统一社会信用代码${uscc.reason ?? '无效'}` });
  if (!isUnitNature(input.nature)) issues.push({ path: 'nature', message: '请选择单位性质' });
  if (!getIndustrySection(input.industryCode) || input.industryCode.trim().length !== 1)
    issues.push({ path: 'industryCode', message: '请选择所属行业（国民经济行业分类门类）' });
  if (!/^\d{6}$/.test(input.regionCode))
    issues.push({ path: 'regionCode', message: '请选择单位所在的区县（6 位行政区划代码）' });
  if (!SIZE_KEYS.has(input.size)) issues.push({ path: 'size', message: '请选择单位规模' });
  const contactName = input.contactName.trim();
  if (!contactName || contactName.length > L.contactNameMax)
    issues.push({ path: 'contactName', message: `联系人姓名须为 1–${L.contactNameMax} 个字符` });
  const phone = validateMobile(input.contactPhone);
  if (!phone.valid) issues.push({ path: 'contactPhone', message: `联系人手机号${phone.reason ?? '无效'}` });
  if (!isEmailAddress(input.contactEmail.trim()))
    issues.push({ path: 'contactEmail', message: '请填写有效的联系邮箱，例如 hr@example.com' });
  if ((input.introduction?.trim().length ?? 0) > L.introductionMax)
    issues.push({ path: 'introduction', message: `单位简介不能超过 ${L.introductionMax} 个字符` });
  const licence = input.licenceNo?.trim() ?? '';
  if (input.kind === 'agency' && !licence)
    issues.push({ path: 'licenceNo', message: '人力资源服务机构须填写人力资源服务许可证编号' });
  else if (licence && (licence.length < L.licenceMin || licence.length > L.licenceMax || !/\d/.test(licence)))
    issues.push({
      path: 'licenceNo',
      message: `许可证编号须为 ${L.licenceMin}–${L.licenceMax} 个字符并含数字，请按证书原样填写`,
    });
  return issues;
}
