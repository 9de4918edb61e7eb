import { ASSISTANCE_CATEGORIES } from '@jiuye/domain/reference/assistance-categories';
import { DEGREE_LEVELS } from '@jiuye/domain/reference/degree-levels';
import { PROVINCES } from '@jiuye/domain/reference/provinces';
import type { Lang, MessageKey, Translate } from '../../lib/i18n';
import type { BreakdownRow, Dimension, RateKey } from './api';

export const DIMENSION_LABELS: Record<Dimension, MessageKey> = {
  province: 'monitoring.dimension.province',
  university: 'monitoring.dimension.university',
  college: 'monitoring.dimension.college',
  major: 'monitoring.dimension.major',
  degree: 'monitoring.dimension.degree',
  gender: 'monitoring.dimension.gender',
  assistance: 'monitoring.dimension.assistance',
  origin: 'monitoring.dimension.origin',
};

export const RATE_LABELS: Record<RateKey, MessageKey> = {
  placementRate: 'monitoring.rate.placementRate',
  employedUnitRate: 'monitoring.rate.employedUnitRate',
  selfEmployedRate: 'monitoring.rate.selfEmployedRate',
  freelanceRate: 'monitoring.rate.freelanceRate',
  furtherStudyRate: 'monitoring.rate.furtherStudyRate',
  registrationRate: 'monitoring.rate.registrationRate',
};

/** What each rate means, for the hover text (in Chinese the domain's RATE_DEFINITIONS, as the server sends). */
export const RATE_DEFINITIONS: Record<RateKey, MessageKey> = {
  placementRate: 'monitoring.definition.placementRate',
  employedUnitRate: 'monitoring.definition.employedUnitRate',
  selfEmployedRate: 'monitoring.definition.selfEmployedRate',
  freelanceRate: 'monitoring.definition.freelanceRate',
  furtherStudyRate: 'monitoring.definition.furtherStudyRate',
  registrationRate: 'monitoring.definition.registrationRate',
};

/** The four parts of 去向落实率, in report order. */
export const PLACEMENT_PARTS: readonly RateKey[] = [
  'employedUnitRate',
  'selfEmployedRate',
  'freelanceRate',
  'furtherStudyRate',
];

/** A rate as shown: one decimal, percent sign. */
export const formatRate = (rate: number) => `${rate.toFixed(1)}%`;

/**
 * A breakdown row's name in the UI's language. The server names rows in Chinese; rows keyed by
 * reference data (provinces, degree levels, gender, assistance categories) are named from that
 * data instead, so they read in English too. Universities, colleges and majors keep their names.
 */
export function rowName(dimension: Dimension, row: BreakdownRow, lang: Lang, t: Translate): string {
  const en = lang === 'en';
  switch (dimension) {
    case 'province':
    case 'origin': {
      if (row.key === '') return t('monitoring.unknownOrigin');
      const p = PROVINCES.find((x) => x.code === row.key);
      return p ? (en ? p.nameEn : p.name) : row.name;
    }
    case 'degree': {
      const d = DEGREE_LEVELS.find((x) => x.key === row.key);
      return d ? (en ? d.nameEn : d.nameZh) : row.name;
    }
    case 'gender':
      return row.key === 'male'
        ? t('monitoring.male')
        : row.key === 'female'
          ? t('monitoring.female')
          : row.name;
    case 'assistance': {
      if (row.key === 'none') return t('monitoring.noAssistance');
      const a = ASSISTANCE_CATEGORIES.find((x) => x.key === row.key);
      return a ? (en ? a.nameEn : a.name) : row.name;
    }
    case 'university':
    case 'college':
    case 'major':
      return row.name;
  }
}

/** A scope's name: the nation and provinces from reference data (so in English too), the rest as the server names them. */
export function scopeLabel(scope: string, serverName: string, lang: Lang, t: Translate): string {
  if (scope === 'N') return t('monitoring.national');
  const p = scope.startsWith('P:') ? PROVINCES.find((x) => x.code === scope.slice(2)) : undefined;
  return p ? (lang === 'en' ? p.nameEn : p.name) : serverName;
}
