import { DESTINATION_STATUSES, type DestinationStatus } from '@jiuye/domain/destinations/review';
import { Flex, Select } from 'antd';
import { SearchBox } from '../../../components/SearchBox';
import { currentCohortYear } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useColleges } from '../../roster/api';
import type { ReviewQuery } from '../api';
import { STATUS_LABELS } from '../labels';

type Filters = Omit<ReviewQuery, 'page' | 'pageSize'>;

// The cohort registering now (its deadline is 31 August) and the recent ones whose records are kept.
function yearOptions() {
  const latest = currentCohortYear() + 1;
  return Array.from({ length: 5 }, (_, i) => latest - i).map((year) => ({
    value: year,
    label: String(year),
  }));
}

const SORTS = ['updated_at:asc', 'updated_at:desc', 'student_no:asc', 'student_no:desc'] as const;

/**
 * Status, cohort, name or 学号, and (for the career centre, who sees the whole university) college.
 * On a phone, where the table's sortable headers are not shown, the order is a filter too.
 */
export function ReviewFilters({
  query,
  pickCollege,
  onChange,
}: {
  query: ReviewQuery;
  pickCollege: boolean;
  onChange: (patch: Partial<Filters>) => void;
}) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const colleges = useColleges(null, pickCollege);
  const width = isPhone ? 'calc(50% - 4px)' : 170;

  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search">
      <SearchBox
        value={query.q}
        onSearch={(q) => onChange({ q })}
        placeholder={t('destinationReview.searchPlaceholder')}
        width={240}
      />
      <Select<DestinationStatus | 'all'>
        value={query.status ?? 'all'}
        onChange={(status) => onChange({ status: status === 'all' ? undefined : status })}
        aria-label={t('destinationReview.status')}
        options={[
          { value: 'all', label: t('destinationReview.allStatuses') },
          ...DESTINATION_STATUSES.map((s) => ({ value: s, label: t(STATUS_LABELS[s]) })),
        ]}
        style={{ width }}
        data-testid="status-filter"
      />
      <Select<number>
        allowClear
        value={query.graduationYear}
        placeholder={t('destinationReview.graduationYear')}
        aria-label={t('destinationReview.graduationYear')}
        options={yearOptions()}
        onChange={(graduationYear) => onChange({ graduationYear })}
        style={{ width }}
      />
      {pickCollege && (
        <Select<string>
          allowClear
          value={query.collegeId}
          placeholder={t('destinationReview.college')}
          aria-label={t('destinationReview.college')}
          loading={colleges.isFetching}
          showSearch={{ optionFilterProp: 'label' }}
          options={(colleges.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(collegeId) => onChange({ collegeId })}
          style={{ width: isPhone ? width : 200 }}
        />
      )}
      {isPhone && (
        <Select<(typeof SORTS)[number]>
          value={`${query.sort}:${query.order}`}
          aria-label={t('destinationReview.sort')}
          options={SORTS.map((s) => ({ value: s, label: t(`destinationReview.sort.${s}`) }))}
          onChange={(value) => {
            const [sort, order] = value.split(':') as [ReviewQuery['sort'], ReviewQuery['order']];
            onChange({ sort, order });
          }}
          style={{ width }}
        />
      )}
    </Flex>
  );
}
