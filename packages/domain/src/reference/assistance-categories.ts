import { toHalfWidth } from '../validators/text';

// Source: measure (十一) of the 2024 opinion (shared/seed/000_44a572f36342e09c.txt): "为脱贫家庭、低保
// 家庭、低保边缘家庭、刚性支出困难家庭、零就业家庭以及有残疾的、较长时间未就业的高校毕业生等帮扶对象
// 提供服务和援助". The text gives names only; keys and aliases are this project's.

/** Stable keys of the seven assistance-target categories. */
export type AssistanceCategoryKey =
  | 'poverty_alleviated'
  | 'subsistence_allowance'
  | 'near_subsistence'
  | 'rigid_expenditure'
  | 'zero_employment'
  | 'disability'
  | 'long_unemployed';

/** One assistance-target category. */
export interface AssistanceCategory {
  readonly key: AssistanceCategoryKey;
  /** Name as written in measure (十一). */
  readonly name: string;
  readonly nameEn: string;
  /** Extra spellings accepted by parseAssistanceCategory (besides key and name). */
  readonly aliases: readonly string[];
}

// 建档立卡 is the registration scheme whose households are now called 脱贫家庭, so older rosters use it.
/** The seven categories in the order measure (十一) lists them. */
export const ASSISTANCE_CATEGORIES = [
  {
    key: 'poverty_alleviated',
    name: '脱贫家庭',
    nameEn: 'Household lifted out of poverty',
    aliases: ['脱贫户', '建档立卡', '建档立卡贫困家庭', '建档立卡家庭'],
  },
  {
    key: 'subsistence_allowance',
    name: '低保家庭',
    nameEn: 'Minimum-subsistence household',
    aliases: ['低保', '低保户', '城乡低保家庭'],
  },
  {
    key: 'near_subsistence',
    name: '低保边缘家庭',
    nameEn: 'Near-subsistence household',
    aliases: ['低保边缘', '低保边缘户'],
  },
  {
    key: 'rigid_expenditure',
    name: '刚性支出困难家庭',
    nameEn: 'Household in hardship from unavoidable expenses',
    aliases: ['刚性支出困难'],
  },
  {
    key: 'zero_employment',
    name: '零就业家庭',
    nameEn: 'Household with no one employed',
    aliases: ['零就业'],
  },
  {
    key: 'disability',
    name: '残疾',
    nameEn: 'Graduate with a disability',
    aliases: ['有残疾的', '残疾人'],
  },
  {
    key: 'long_unemployed',
    name: '较长时间未就业',
    nameEn: 'Unemployed for a long time',
    aliases: ['较长时间未就业的', '长期未就业'],
  },
] as const satisfies readonly AssistanceCategory[];

function normalizeInput(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').toLowerCase();
}

const BY_ALIAS: ReadonlyMap<string, AssistanceCategoryKey> = new Map(
  ASSISTANCE_CATEGORIES.flatMap((c) =>
    [c.key, c.name, ...c.aliases].map((alias) => [normalizeInput(alias), c.key] as const),
  ),
);

// Rosters often write the person rather than the household: "低保家庭毕业生", "残疾的高校毕业生".
const PERSON_SUFFIX = /(?:的)?(?:高校)?毕业生$/;

/** Maps a key, the policy name or a known alias (e.g. 低保, 建档立卡) to a category key, or null. */
export function parseAssistanceCategory(input: string): AssistanceCategoryKey | null {
  const v = normalizeInput(input);
  return BY_ALIAS.get(v) ?? BY_ALIAS.get(v.replace(PERSON_SUFFIX, '')) ?? null;
}

/** The category record for a key. */
export function getAssistanceCategory(key: AssistanceCategoryKey): AssistanceCategory {
  const found = ASSISTANCE_CATEGORIES.find((c) => c.key === key);
  if (!found) throw new Error(`unknown assistance category "${String(key)}"`);
  return found;
}
