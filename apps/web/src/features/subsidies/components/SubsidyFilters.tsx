import { SUBSIDY_STATUSES, type SubsidyStatus } from '@jiuye/domain/assistance/subsidy';
import { Flex, Select, Switch, Typography } from 'antd';
import { SearchBox } from '../../../components/SearchBox';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import type { SubsidyQuery } from '../api';
import { subsidyStatusName } from '../labels';
import { cohortOptions } from './cohorts';

type Filters = Omit<SubsidyQuery, 'page' | 'pageSize'>;

/** Name or 学号, cohort, status and (for reviewers) only those waiting at my stage. */
export function SubsidyFilters({
  query,
  reviews,
  onChange,
}: {
  query: SubsidyQuery;
  /** Whether the user decides a stage (the 待我审核 switch is offered). */
  reviews: boolean;
  onChange: (patch: Partial<Filters>) => void;
}) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const width = isPhone ? 'calc(50% - 4px)' : 170;
  return (
    <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }} role="search">
      <SearchBox
        value={query.q}
        onSearch={(q) => onChange({ q })}
        placeholder={t('subsidies.searchPlaceholder')}
        width={240}
      />
      <Select<number>
        allowClear
        value={query.graduationYear}
        placeholder={t('subsidies.cohort')}
        aria-label={t('subsidies.cohort')}
        options={cohortOptions(t)}
        onChange={(graduationYear) => onChange({ graduationYear })}
        style={{ width }}
      />
      <Select<SubsidyStatus | 'all'>
        value={query.status ?? 'all'}
        onChange={(status) => onChange({ status: status === 'all' ? undefined : status })}
        aria-label={t('subsidies.status')}
        options={[
          { value: 'all', label: t('subsidies.allStatuses') },
          ...SUBSIDY_STATUSES.map((s) => ({ value: s, label: subsidyStatusName(s, lang) })),
        ]}
        style={{ width }}
        data-testid="subsidy-status-filter"
      />
      {reviews && (
        <Flex gap={6} align="center">
          <Switch
            checked={query.mine}
            onChange={(mine) => onChange({ mine })}
            aria-label={t('subsidies.mine')}
            data-testid="subsidy-mine"
          />
          <Typography.Text>{t('subsidies.mine')}</Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
