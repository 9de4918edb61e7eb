import { currentCohortYear } from '../../../lib/format';
import type { Translate } from '../../../lib/i18n';

/** The cohort graduating next year, this year's and the four before, newest first, as "2026 届". */
export function cohortOptions(t: Translate) {
  const latest = currentCohortYear() + 1;
  return Array.from({ length: 6 }, (_, i) => latest - i).map((year) => ({
    value: year,
    label: t('subsidies.cohortLabel', { year }),
  }));
}
