// Source: PRODUCT.md "毕业去向代码 (destination codes, common scheme)", which follows the Ministry of
// Education's graduate-destination coding used in 毕业去向登记. Only the codes listed there are
// included; the MOE scheme has more sub-codes, add them here (not as literals elsewhere) when needed.
// English names are this project's translations.

/** The four placed groups of the 去向落实率 decomposition, plus not placed. */
export type DestinationCategory =
  'employed_unit' | 'self_employed' | 'freelance' | 'further_study' | 'not_placed';

/** Display data for a category. */
export interface DestinationCategoryInfo {
  readonly key: DestinationCategory;
  readonly nameZh: string;
  readonly nameEn: string;
}

/** Categories in report order: 单位就业率 + 自主创业率 + 自由职业率 + 升学率 = 去向落实率. */
export const DESTINATION_CATEGORIES = [
  { key: 'employed_unit', nameZh: '单位就业', nameEn: 'Employed by an organisation' },
  { key: 'self_employed', nameZh: '自主创业', nameEn: 'Self-employed (own business)' },
  { key: 'freelance', nameZh: '自由职业', nameEn: 'Freelance' },
  { key: 'further_study', nameZh: '升学', nameEn: 'Further study' },
  { key: 'not_placed', nameZh: '未落实', nameEn: 'Not yet placed' },
] as const satisfies readonly DestinationCategoryInfo[];

/**
 * Which registration form a code takes: the fields and the proof it needs
 * (destinations/registration.ts).
 */
export type DestinationForm =
  'unit' | 'enlistment' | 'programme' | 'business' | 'freelance' | 'study' | 'abroad' | 'not_placed';

/** One 毕业去向 code. */
export interface DestinationCode {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly category: DestinationCategory;
  readonly form: DestinationForm;
  /** The two-digit code a finer sub-code refines; null for the two-digit codes themselves. */
  readonly parentCode: string | null;
}

// Why 27, 46, 50 and 51 are 单位就业: each places the graduate in a specific organisation under a
// written agreement, like 10/11 — a university or institute employs 科研助理/管理助理 (27); the
// armed forces enlist 义务兵 (46); 国家/地方基层项目 (50/51) post participants to named grassroots
// bodies under a service agreement. University employment-quality reports accordingly list 应征义务兵
// and 国家基层项目 together with 签就业协议/签劳动合同 under "协议和合同就业", not as flexible work.
// 85 出国、出境 is further study by PRODUCT.md's rule ("出国出境 counts as 升学").
// Sub-codes inherit their parent's category.
/** Destination codes and sub-codes, in code order within each group. */
export const DESTINATION_CODES = [
  {
    code: '10',
    name: '签就业协议形式就业',
    nameEn: 'Employment agreement',
    form: 'unit',
    category: 'employed_unit',
    parentCode: null,
  },
  {
    code: '11',
    name: '签劳动合同形式就业',
    nameEn: 'Labour contract',
    form: 'unit',
    category: 'employed_unit',
    parentCode: null,
  },
  {
    code: '12',
    name: '其他录用形式就业',
    nameEn: 'Other form of hiring',
    form: 'unit',
    category: 'employed_unit',
    parentCode: null,
  },
  {
    code: '27',
    name: '科研助理、管理助理',
    nameEn: 'Research or management assistant',
    form: 'unit',
    category: 'employed_unit',
    parentCode: null,
  },
  {
    code: '46',
    name: '应征义务兵',
    nameEn: 'Enlisted conscript',
    form: 'enlistment',
    category: 'employed_unit',
    parentCode: null,
  },
  {
    code: '50',
    name: '国家基层项目',
    nameEn: 'National grassroots programme',
    form: 'programme',
    category: 'employed_unit',
    parentCode: null,
  },
  {
    code: '502',
    name: '三支一扶',
    nameEn: 'Three Supports and One Assistance',
    form: 'programme',
    category: 'employed_unit',
    parentCode: '50',
  },
  {
    code: '503',
    name: '西部计划',
    nameEn: 'Western Region Volunteer Programme',
    form: 'programme',
    category: 'employed_unit',
    parentCode: '50',
  },
  {
    code: '51',
    name: '地方基层项目',
    nameEn: 'Local grassroots programme',
    form: 'programme',
    category: 'employed_unit',
    parentCode: null,
  },
  {
    code: '512',
    name: '地方选调生',
    nameEn: 'Local selected graduate official',
    form: 'programme',
    category: 'employed_unit',
    parentCode: '51',
  },
  {
    code: '75',
    name: '自主创业',
    nameEn: 'Own business',
    form: 'business',
    category: 'self_employed',
    parentCode: null,
  },
  {
    code: '76',
    name: '自由职业',
    nameEn: 'Freelance',
    form: 'freelance',
    category: 'freelance',
    parentCode: null,
  },
  {
    code: '80',
    name: '升学',
    nameEn: 'Further study (mainland)',
    form: 'study',
    category: 'further_study',
    parentCode: null,
  },
  {
    code: '801',
    name: '研究生',
    nameEn: 'Graduate programme',
    form: 'study',
    category: 'further_study',
    parentCode: '80',
  },
  {
    code: '802',
    name: '第二学士学位',
    nameEn: 'Second bachelor degree',
    form: 'study',
    category: 'further_study',
    parentCode: '80',
  },
  {
    code: '85',
    name: '出国、出境',
    nameEn: 'Study or work abroad',
    form: 'abroad',
    category: 'further_study',
    parentCode: null,
  },
  {
    code: '70',
    name: '待就业',
    nameEn: 'Awaiting employment',
    form: 'not_placed',
    category: 'not_placed',
    parentCode: null,
  },
  {
    code: '71',
    name: '不就业拟升学',
    nameEn: 'Not working, preparing for further study',
    form: 'not_placed',
    category: 'not_placed',
    parentCode: null,
  },
  {
    code: '72',
    name: '其他暂不就业',
    nameEn: 'Other, not seeking work for now',
    form: 'not_placed',
    category: 'not_placed',
    parentCode: null,
  },
] as const satisfies readonly DestinationCode[];

/** A code that appears in DESTINATION_CODES. */
export type DestinationCodeValue = (typeof DESTINATION_CODES)[number]['code'];

/** A "not yet placed" status label used by newer registrations instead of 70/71/72. */
export interface NotPlacedLabel {
  readonly key: string;
  readonly name: string;
  readonly nameEn: string;
  /**
   * Nearest two-digit not-placed code, for reports that still use 70/71/72. This mapping is the
   * project's own reading of the labels, not a published crosswalk.
   */
  readonly legacyCode: '70' | '71' | '72';
}

// Source: PRODUCT.md ("not yet placed" labels). All of them count as not placed in 去向落实率.
/** The seven not-yet-placed labels. */
export const NOT_PLACED_LABELS = [
  { key: 'job_seeking', name: '求职中', nameEn: 'Job seeking', legacyCode: '70' },
  { key: 'signing', name: '签约中', nameEn: 'Signing in progress', legacyCode: '70' },
  {
    key: 'public_exam',
    name: '拟参加公招考试',
    nameEn: 'Preparing for public-sector exams',
    legacyCode: '70',
  },
  { key: 'planning_business', name: '拟创业', nameEn: 'Planning a business', legacyCode: '70' },
  { key: 'planning_study', name: '拟升学', nameEn: 'Planning further study', legacyCode: '71' },
  { key: 'planning_abroad', name: '拟出国出境', nameEn: 'Planning to go abroad', legacyCode: '71' },
  { key: 'not_seeking', name: '暂不就业', nameEn: 'Not seeking work for now', legacyCode: '72' },
] as const satisfies readonly NotPlacedLabel[];

/** Key of a not-yet-placed label. */
export type NotPlacedLabelKey = (typeof NOT_PLACED_LABELS)[number]['key'];

const BY_CODE: ReadonlyMap<string, DestinationCode> = new Map(DESTINATION_CODES.map((d) => [d.code, d]));

/** The destination record for a code (trimmed), or null. */
export function getDestinationCode(code: string): DestinationCode | null {
  return BY_CODE.get(code.trim()) ?? null;
}

/** Category of a destination code, or null if the code is unknown. */
export function destinationCategory(code: string): DestinationCategory | null {
  return getDestinationCode(code)?.category ?? null;
}

/** True when the code counts towards 去向落实率 (known and not in the not-placed category). */
export function isPlacedDestination(code: string): boolean {
  const category = destinationCategory(code);
  return category !== null && category !== 'not_placed';
}

/** Finds a not-yet-placed label by key or Chinese name, or null. */
export function findNotPlacedLabel(input: string): NotPlacedLabel | null {
  const v = input.trim();
  return NOT_PLACED_LABELS.find((l) => l.key === v || l.name === v) ?? null;
}
