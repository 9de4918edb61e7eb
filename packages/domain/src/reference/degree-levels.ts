import { toHalfWidth } from '../validators/text';

/** Stable keys of the four education levels graduates are registered under. */
export type DegreeKey = 'doctor' | 'master' | 'bachelor' | 'associate';

/** Major catalogues shipped in packages/domain/reference/majors (catalogCode column). */
export type MajorCatalogCode = 'MOE_GRADUATE_2022' | 'MOE_UNDERGRADUATE_2024' | 'MOE_VOCATIONAL_2021';

/** One catalogue slice: the catalogCode plus the educationLevel column value to filter on. */
export interface MajorCatalogRef {
  readonly catalog: MajorCatalogCode;
  readonly educationLevel: 'GRADUATE' | 'UNDERGRADUATE' | 'VOCATIONAL_BACHELOR' | 'VOCATIONAL_ASSOCIATE';
}

/** An education level with its GB/T 4658-2006 code and roster-import aliases. */
export interface DegreeLevel {
  readonly key: DegreeKey;
  /** GB/T 4658-2006 学历代码 of the "graduated" (毕业) entry for this level. */
  readonly gbCode: string;
  readonly gbName: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** Inputs parseDegree accepts, compared after trimming, half-width conversion and lower-casing. */
  readonly aliases: readonly string[];
  /** Where this level's major codes come from. */
  readonly majorCatalogs: readonly MajorCatalogRef[];
}

// Codes: GB/T 4658-2006《学历代码》: 11 博士研究生毕业, 14 硕士研究生毕业, 21 大学本科毕业,
// 31 大学专科毕业 (10/20/30 are the group headings 研究生教育/大学本科/专科教育). Checked against a
// public transcription of the code table found by searching for "14 硕士研究生毕业"; the standard
// itself was not available here.
// 研究生 alone is read as master: rosters label doctoral students 博士 explicitly, and unqualified
// 研究生 almost always means 硕士研究生. Import screens should still show the interpreted level.
// 职业本科 (vocational bachelor) is 本科 for 学历 purposes; its majors come from the vocational catalogue.
/** The four levels, highest first. */
export const DEGREE_LEVELS = [
  {
    key: 'doctor',
    gbCode: '11',
    gbName: '博士研究生毕业',
    nameZh: '博士研究生',
    nameEn: 'Doctoral',
    aliases: ['博士', '博士生', '博士研究生', '博士研究生毕业', 'doctor', 'doctoral', 'phd', 'ph.d.', '11'],
    majorCatalogs: [{ catalog: 'MOE_GRADUATE_2022', educationLevel: 'GRADUATE' }],
  },
  {
    key: 'master',
    gbCode: '14',
    gbName: '硕士研究生毕业',
    nameZh: '硕士研究生',
    nameEn: "Master's",
    aliases: [
      '硕士',
      '硕士生',
      '硕士研究生',
      '硕士研究生毕业',
      '研究生',
      'master',
      'masters',
      "master's",
      '14',
    ],
    majorCatalogs: [{ catalog: 'MOE_GRADUATE_2022', educationLevel: 'GRADUATE' }],
  },
  {
    key: 'bachelor',
    gbCode: '21',
    gbName: '大学本科毕业',
    nameZh: '本科',
    nameEn: "Bachelor's",
    aliases: [
      '本科',
      '本科生',
      '大学本科',
      '大学本科毕业',
      '普通本科',
      '职业本科',
      '学士',
      'bachelor',
      "bachelor's",
      'undergraduate',
      '21',
    ],
    majorCatalogs: [
      { catalog: 'MOE_UNDERGRADUATE_2024', educationLevel: 'UNDERGRADUATE' },
      { catalog: 'MOE_VOCATIONAL_2021', educationLevel: 'VOCATIONAL_BACHELOR' },
    ],
  },
  {
    key: 'associate',
    gbCode: '31',
    gbName: '大学专科毕业',
    nameZh: '专科（高职）',
    nameEn: 'Associate (higher vocational)',
    aliases: [
      '专科',
      '专科生',
      '大专',
      '大学专科',
      '大学专科毕业',
      '高职',
      '高职专科',
      '专科(高职)',
      '高职(专科)',
      'associate',
      '31',
    ],
    majorCatalogs: [{ catalog: 'MOE_VOCATIONAL_2021', educationLevel: 'VOCATIONAL_ASSOCIATE' }],
  },
] as const satisfies readonly DegreeLevel[];

/** Lower-cased, half-width, whitespace-free form used to compare roster input with aliases. */
function normalizeDegreeInput(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').toLowerCase();
}

const BY_ALIAS: ReadonlyMap<string, DegreeKey> = new Map(
  DEGREE_LEVELS.flatMap((level) =>
    level.aliases.map((alias) => [normalizeDegreeInput(alias), level.key] as const),
  ),
);

/** Maps roster input (中文 name, English word, GB/T 4658 code) to a DegreeKey, or null if unknown. */
export function parseDegree(input: string): DegreeKey | null {
  return BY_ALIAS.get(normalizeDegreeInput(input)) ?? null;
}

/** The level record for a key. */
export function getDegreeLevel(key: DegreeKey): DegreeLevel {
  const level = DEGREE_LEVELS.find((l) => l.key === key);
  if (!level) throw new Error(`unknown degree key "${String(key)}"`);
  return level;
}
