import type { MessageKey } from '../../lib/i18n';
import type { Dimension, RateKey } from './api';

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
