import { Flex, Select, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { currentCohortYear } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { positiveInt } from '../../../lib/paging';
import { cohortOptions } from '../../subsidies/components/cohorts';
import { CandidatesPanel } from '../components/CandidatesPanel';
import { HandoverDrawer } from '../components/HandoverDrawer';
import { HandoverList } from '../components/HandoverList';
import { readHandoverQuery, writeHandoverQuery } from '../params';

/**
 * 离校未就业移交 (the career centre): the cohort's unplaced graduates with their consent, handed
 * over to the HR&SS office of their hukou region; and those handed over, with how the office is
 * following them up.
 */
export function HandoverPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'list' ? 'list' : 'candidates';
  const year = positiveInt(params.get('cohort')) ?? currentCohortYear();
  const query = readHandoverQuery(params);
  const openId = params.get('id');
  const set = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title={t('nav.handover')}
        extra={
          tab === 'candidates' && (
            <Select<number>
              value={year}
              options={cohortOptions(t)}
              onChange={(y) => set({ cohort: String(y) })}
              aria-label={t('subsidies.cohort')}
              style={{ minWidth: 120 }}
              data-testid="cohort-select"
            />
          )
        }
      />
      <Typography.Paragraph type="secondary">{t('handover.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => set({ tab: key === 'list' ? 'list' : null })}
        items={[
          {
            key: 'candidates',
            label: t('handover.tab.candidates'),
            children: <CandidatesPanel key={year} year={year} />,
          },
          {
            key: 'list',
            label: t('handover.tab.list'),
            children: (
              <Flex vertical>
                <HandoverList
                  query={query}
                  showUniversity={false}
                  onChange={(patch) => setParams(writeHandoverQuery(params, { ...query, ...patch }))}
                  onOpen={(item) => set({ id: item.graduateId })}
                />
              </Flex>
            ),
          },
        ]}
      />
      <HandoverDrawer graduateId={openId} followUp={false} onClose={() => set({ id: null })} />
    </>
  );
}
