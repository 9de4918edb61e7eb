import { Select, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { currentCohortYear } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { positiveInt } from '../../../lib/paging';
import { cohortOptions } from '../../subsidies/components/cohorts';
import { CandidatesPanel } from '../components/CandidatesPanel';

/**
 * 离校未就业移交 (the career centre): the cohort's unplaced graduates with their consent, handed
 * over to the HR&SS office of their hukou region; those already handed over name where they went.
 */
export function HandoverPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = positiveInt(params.get('cohort')) ?? currentCohortYear();
  return (
    <>
      <PageHeader
        title={t('nav.handover')}
        extra={
          <Select<number>
            value={year}
            options={cohortOptions(t)}
            onChange={(y) => setParams({ cohort: String(y) })}
            aria-label={t('subsidies.cohort')}
            style={{ minWidth: 120 }}
            data-testid="cohort-select"
          />
        }
      />
      <Typography.Paragraph type="secondary">{t('handover.intro')}</Typography.Paragraph>
      <CandidatesPanel key={year} year={year} />
    </>
  );
}
