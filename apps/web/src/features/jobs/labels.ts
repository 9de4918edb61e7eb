import type { MessageKey, Translate } from '../../lib/i18n';
import type { PostingInput } from './api';

/** Form labels by API field name, so server issues can name the field as the form does. */
export const POSTING_FIELD_LABELS: Record<keyof PostingInput, MessageKey> = {
  title: 'jobs.field.title',
  description: 'jobs.field.description',
  requirements: 'jobs.field.requirements',
  salaryMin: 'jobs.field.salaryMin',
  salaryMax: 'jobs.field.salaryMax',
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
