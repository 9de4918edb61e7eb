import { DEGREE_LEVELS, type DegreeKey } from '@jiuye/domain/reference/degree-levels';
import { INDUSTRY_SECTIONS } from '@jiuye/domain/reference/industries';
import { OCCUPATION_MAJOR_GROUPS } from '@jiuye/domain/reference/occupations';
import {
  BENEFITS,
  JOB_TYPES,
  KEY_FIELDS,
  UNIT_NATURES,
  type BenefitKey,
  type JobTypeKey,
  type KeyFieldKey,
  type UnitNatureKey,
} from '@jiuye/domain/recruitment/vocabulary';
import type { Lang, MessageKey, Translate } from '../../lib/i18n';
import type { PostingInput } from './api';

/** Form labels by API field name, so server issues can name the field as the form does. */
export const POSTING_FIELD_LABELS: Record<keyof PostingInput, MessageKey> = {
  title: 'jobs.field.title',
  description: 'jobs.field.description',
  requirements: 'jobs.field.requirements',
  salaryMin: 'jobs.field.salaryMin',
  salaryMax: 'jobs.field.salaryMax',
  occupationCode: 'jobs.field.occupation',
  industryCode: 'jobs.field.industry',
  majorCodes: 'jobs.field.majors',
  minDegree: 'jobs.field.minDegree',
  regionCodes: 'jobs.field.regions',
  headcount: 'jobs.field.headcount',
  jobType: 'jobs.field.jobType',
  keyFields: 'jobs.field.keyFields',
  benefits: 'jobs.field.benefits',
  deadline: 'jobs.field.deadline',
};

/** A monthly salary range as job boards print it; no figures means 面议 (to be agreed). */
export function formatSalary(t: Translate, min: number | null, max: number | null): string {
  const yuan = (value: number) => value.toLocaleString('en-US');
  if (min !== null && max !== null) {
    return min === max
      ? t('jobs.salary.exact', { n: yuan(min) })
      : t('jobs.salary.range', { min: yuan(min), max: yuan(max) });
  }
  if (min !== null) return t('jobs.salary.from', { n: yuan(min) });
  if (max !== null) return t('jobs.salary.upTo', { n: yuan(max) });
  return t('jobs.salary.negotiable');
}

// The vocabulary carries both languages; these pick the one on screen and tolerate unknown keys
// (an older posting or a newer server), showing the key rather than nothing.
type Named = { readonly key: string; readonly name: string; readonly nameEn: string };
const nameIn = (list: readonly Named[], key: string, lang: Lang) => {
  const item = list.find((entry) => entry.key === key);
  return item ? (lang === 'en' ? item.nameEn : item.name) : key;
};

export const jobTypeName = (key: JobTypeKey | string, lang: Lang) => nameIn(JOB_TYPES, key, lang);
export const keyFieldName = (key: KeyFieldKey | string, lang: Lang) => nameIn(KEY_FIELDS, key, lang);
export const benefitName = (key: BenefitKey | string, lang: Lang) => nameIn(BENEFITS, key, lang);
export const natureName = (key: UnitNatureKey | string, lang: Lang) => nameIn(UNIT_NATURES, key, lang);

export function degreeName(key: DegreeKey | string, lang: Lang): string {
  const level = DEGREE_LEVELS.find((entry) => entry.key === key);
  return level ? (lang === 'en' ? level.nameEn : level.nameZh) : key;
}

/** "本科及以上": a minimum degree reads as a floor, and no minimum as 学历不限. */
export function minDegreeText(t: Translate, lang: Lang, key: DegreeKey | null): string {
  return key ? t('jobs.degreeAtLeast', { degree: degreeName(key, lang) }) : t('jobs.degreeAny');
}

/** GB/T 4754 sections carry only Chinese names; the letter keeps them identifiable in English. */
export function industryName(code: string, lang: Lang): string {
  const section = INDUSTRY_SECTIONS.find((entry) => entry.code === code);
  if (!section) return code;
  return lang === 'en' ? `${code} · ${section.name}` : section.name;
}

export function occupationName(code: string): string {
  return OCCUPATION_MAJOR_GROUPS.find((entry) => entry.code === code)?.name ?? code;
}

export const INDUSTRY_CODES: readonly string[] = INDUSTRY_SECTIONS.map((entry) => entry.code);

/** The key fields proper (重点领域) and the grassroots programmes (基层项目), as the form groups them. */
export const KEY_FIELD_GROUPS = [
  { group: 'key_field', label: 'jobs.keyFieldGroup.keyField' },
  { group: 'grassroots', label: 'jobs.keyFieldGroup.grassroots' },
] as const satisfies readonly { group: string; label: MessageKey }[];

export { BENEFITS, DEGREE_LEVELS, JOB_TYPES, KEY_FIELDS, OCCUPATION_MAJOR_GROUPS, UNIT_NATURES };
