import { Flex, Select } from 'antd';
import { SearchBox } from '../../../components/SearchBox';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { RegionFilterPicker } from '../../jobs/components/RegionPicker';
import { cohortOptions } from '../../subsidies/components/cohorts';
import { HANDOVER_STATUSES, type HandoverQuery, type HandoverStatus } from '../api';

type Filters = Omit<HandoverQuery, 'page' | 'pageSize'>;

/** Name, cohort, hukou region (any level) and where the follow-up stands. */
export function HandoverFilters({
  query,
  onChange,
}: {
  query: HandoverQuery;
  onChange: (patch: Partial<Filters>) => void;
}) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const width = isPhone ? 'calc(50% - 4px)' : 160;
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search">
      <SearchBox
        value={query.q}
        onSearch={(q) => onChange({ q })}
        placeholder={t('handover.searchPlaceholder')}
        width={220}
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
      <Select<HandoverStatus | 'all'>
        value={query.status ?? 'all'}
        aria-label={t('handover.status')}
        options={[
          { value: 'all', label: t('handover.status.all') },
          ...HANDOVER_STATUSES.map((s) => ({ value: s, label: t(`handover.status.${s}`) })),
        ]}
        onChange={(status) => onChange({ status: status === 'all' ? undefined : status })}
        style={{ width }}
        data-testid="handover-status-filter"
      />
      <div style={{ width: isPhone ? '100%' : 260 }}>
        <RegionFilterPicker value={query.regionCode} onChange={(regionCode) => onChange({ regionCode })} />
      </div>
    </Flex>
  );
}
