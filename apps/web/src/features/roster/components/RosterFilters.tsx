import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { currentCohortYear } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useDegreeLevels } from '../../reference/api';
import { UniversitySelect } from '../../reference/components/UniversitySelect';
import { useColleges, type RosterQuery } from '../api';
import type { RosterUrlState } from '../params';

type Filters = Pick<RosterQuery, 'q' | 'collegeId' | 'degree' | 'graduationYear' | 'assistance'>;

interface Props {
  state: RosterUrlState;
  /** Scope wider than one university: a school must be picked before its colleges can be listed. */
  pickUniversity: boolean;
  provinceCode: string | null;
  onChange: (next: { filters: Filters; university?: string }) => void;
}

// Records are kept two years after leaving, plus the cohorts still studying; older years can still be typed in the URL.
function yearOptions(): { value: number; label: string }[] {
  const latest = currentCohortYear() + 1;
  return Array.from({ length: 8 }, (_, index) => latest - index).map((year) => ({ value: year, label: String(year) }));
}

export function RosterFilters({ state, pickUniversity, provinceCode, onChange }: Props) {
  const t = useT();
  const isPhone = useIsPhone();
  const { query, university } = state;
  const filters: Filters = {
    q: query.q,
    collegeId: query.collegeId,
    degree: query.degree,
    graduationYear: query.graduationYear,
    assistance: query.assistance,
  };
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);

  const colleges = useColleges(university ?? null, !pickUniversity || Boolean(university));
  const degrees = useDegreeLevels();
  const width = isPhone ? '100%' : 180;
  const update = (patch: Partial<Filters>) => onChange({ filters: { ...filters, ...patch }, university });
  const hasFilters = Object.values(filters).some((value) => value !== undefined) || Boolean(university);

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
          value={university}
          provinceCode={provinceCode}
          allowClear
          placeholder={t('roster.university')}
          aria-label={t('roster.university')}
          style={{ width: isPhone ? '100%' : 240 }}
          onChange={(code) => onChange({ filters: { ...filters, collegeId: undefined }, university: code })}
        />
      )}
      <Select
        allowClear
        value={query.collegeId}
        placeholder={pickUniversity && !university ? t('roster.collegeNeedsUniversity') : t('roster.college')}
        aria-label={t('roster.college')}
        disabled={pickUniversity && !university}
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
        options={(degrees.data?.items ?? []).map((level) => ({ value: level.code, label: level.name }))}
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
            onChange({ filters: {}, university: undefined });
          }}
        >
          {t('common.reset')}
        </Button>
      )}
    </Flex>
  );
}
