import {
  ASSISTANCE_CATEGORIES,
  DEGREE_LEVELS,
  DESTINATION_CODES,
  INDUSTRY_SECTIONS,
  NOT_PLACED_LABELS,
  OCCUPATION_MAJOR_GROUPS,
} from '@jiuye/domain';

export interface ReferenceCodeRow {
  list: string;
  code: string;
  name: string;
  nameEn: string | null;
  category: string | null;
  parentCode: string | null;
}

/**
 * The small code lists, taken from packages/domain (where each carries its source), flattened for
 * the reference_codes table so other tables can refer to them by (list, code).
 */
export function referenceCodeRows(): ReferenceCodeRow[] {
  return [
    ...DEGREE_LEVELS.map((d) => ({
      list: 'degree',
      code: d.key,
      name: d.nameZh,
      nameEn: d.nameEn,
      category: d.gbCode,
      parentCode: null,
    })),
    ...DESTINATION_CODES.map((d) => ({
      list: 'destination',
      code: d.code,
      name: d.name,
      nameEn: d.nameEn,
      category: d.category,
      parentCode: d.parentCode,
    })),
    ...NOT_PLACED_LABELS.map((l) => ({
      list: 'not_placed',
      code: l.key,
      name: l.name,
      nameEn: l.nameEn,
      category: 'not_placed',
      parentCode: l.legacyCode,
    })),
    ...ASSISTANCE_CATEGORIES.map((a) => ({
      list: 'assistance',
      code: a.key,
      name: a.name,
      nameEn: a.nameEn,
      category: null,
      parentCode: null,
    })),
    ...INDUSTRY_SECTIONS.map((i) => ({
      list: 'industry',
      code: i.code,
      name: i.name,
      nameEn: null,
      category: null,
      parentCode: null,
    })),
    ...OCCUPATION_MAJOR_GROUPS.map((o) => ({
      list: 'occupation',
      code: o.code,
      name: o.name,
      nameEn: null,
      category: null,
      parentCode: null,
    })),
  ];
}
