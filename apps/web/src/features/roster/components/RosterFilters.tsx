import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { currentCohortYear } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useDegreeLevels } from '../../reference/api';
import { UniversitySelect } from '../../reference/components/UniversitySelect';
import { useColleges, type RosterQuery } from '../api';

/** The filter part of the roster query. */
export type RosterFilterValues = Pick<
  RosterQuery,
  'q' | 'universityCode' | 'collegeId' | 'degree' | 'graduationYear' | 'assistance'
>;

interface Props {
  query: RosterQuery;
  /** Scope wider than one university: offer a school filter, and list colleges only once a school is chosen. */
  pickUniversity: boolean;
  provinceCode: string | null;
  onChange: (filters: RosterFilterValues) => void;
}

// Records are kept two years after leaving, plus the cohorts still studying; older years can still be typed in the URL.
function yearOptions(): { value: number; label: string }[] {
  const latest = currentCohortYear() + 1;
  return Array.from({ length: 8 }, (_, index) => latest - index).map((year) => ({
    value: year,
    label: String(year),
  }));
}

export function RosterFilters({ query, pickUniversity, provinceCode, onChange }: Props) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const filters: RosterFilterValues = {
    q: query.q,
    universityCode: query.universityCode,
    collegeId: query.collegeId,
    degree: query.degree,
    graduationYear: query.graduationYear,
    assistance: query.assistance,
  };
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);

  const universityCode = query.universityCode ?? null;
  const colleges = useColleges(universityCode, !pickUniversity || universityCode !== null);
  const degrees = useDegreeLevels();
  // Two selects per row on a phone keeps the filters from pushing the table below the fold.
  const width = isPhone ? 'calc(50% - 4px)' : 180;
  const update = (patch: Partial<RosterFilterValues>) => onChange({ ...filters, ...patch });
  const hasFilters = Object.values(filters).some((value) => value !== undefined);

  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
      <Input.Search
        allowClear
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        onSearch={(value) => update({ q: value.trim() || undefined })}
        placeholder={t('roster.searchPlaceholder')}
        aria-label={t('roster.searchPlaceholder')}
        style={{ width: isPhone ? '100%' : 240 }}
      />
      {pickUniversity && (
        <UniversitySelect
          value={universityCode}
          provinceCode={provinceCode}
          allowClear
          placeholder={t('roster.university')}
          aria-label={t('roster.university')}
          style={{ width: isPhone ? '100%' : 260 }}
          onChange={(code) => update({ universityCode: code, collegeId: undefined })}
        />
      )}
      <Select
        allowClear
        value={query.collegeId}
        placeholder={
          pickUniversity && !universityCode ? t('roster.collegeNeedsUniversity') : t('roster.college')
        }
        aria-label={t('roster.college')}
        disabled={pickUniversity && !universityCode}
        loading={colleges.isFetching}
        showSearch={{ optionFilterProp: 'label' }}
        options={(colleges.data?.items ?? []).map((college) => ({ value: college.id, label: college.name }))}
        onChange={(collegeId: string | undefined) => update({ collegeId })}
        style={{ width }}
      />
      <Select
        allowClear
        value={query.degree}
        placeholder={t('roster.degree')}
        aria-label={t('roster.degree')}
        loading={degrees.isLoading}
        options={(degrees.data?.items ?? []).map((level) => ({
          value: level.code,
          label: lang === 'en' && level.nameEn ? level.nameEn : level.name,
        }))}
        onChange={(degree: string | undefined) => update({ degree })}
        style={{ width }}
      />
      <Select
        allowClear
        value={query.graduationYear}
        placeholder={t('roster.graduationYear')}
        aria-label={t('roster.graduationYear')}
        options={yearOptions()}
        onChange={(graduationYear: number | undefined) => update({ graduationYear })}
        style={{ width }}
      />
      <Select
        allowClear
        value={query.assistance}
        placeholder={t('roster.assistance')}
        aria-label={t('roster.assistance')}
        options={[
          { value: 'yes', label: t('roster.assistanceYes') },
          { value: 'no', label: t('roster.assistanceNo') },
        ]}
        onChange={(assistance: 'yes' | 'no' | undefined) => update({ assistance })}
        style={{ width }}
      />
      {hasFilters && (
        <Button
          onClick={() => {
            setSearch('');
            onChange({});
          }}
        >
          {t('common.reset')}
        </Button>
      )}
    </Flex>
  );
}
