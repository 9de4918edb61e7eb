import { Flex, Select, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { formatCount } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useMarkets } from '../../markets/api';
import type { SearchFacets, SearchFilters } from '../api';
import {
  DEGREE_LEVELS,
  INDUSTRY_CODES,
  JOB_TYPES,
  KEY_FIELDS,
  UNIT_NATURES,
  degreeName,
  industryName,
  jobTypeName,
  keyFieldName,
  natureName,
} from '../labels';
import { POSTED_WITHIN_DAYS, SALARY_BANDS } from '../params';
import { MajorFilterPicker } from './MajorPicker';
import { RegionFilterPicker } from './RegionPicker';

/** Changes one filter (undefined clears it); the page goes back to 1. */
export type SetFilter = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K]) => void;

function Section({ label, htmlFor, children }: { label: string; htmlFor?: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} style={{ marginBottom: 16 }}>
      <Typography.Text strong style={{ display: 'block', marginBottom: 6 }}>
        {htmlFor ? <label htmlFor={htmlFor}>{label}</label> : label}
      </Typography.Text>
      {children}
    </div>
  );
}

/** " 1,234" after a value, or nothing while counts are loading. */
const countText = (count: number | undefined) => (count === undefined ? '' : ` ${formatCount(count)}`);

interface Choice<V> {
  value: V;
  label: string;
  count: number | undefined;
}

/**
 * A single-choice filter as tags with counts: clicking the chosen one again clears it. Values the
 * current results do not contain stay visible (count 0, dimmed) so the list does not jump.
 */
function ChoiceTags<V extends string | number>({
  choices,
  value,
  onChange,
  testId,
}: {
  choices: Choice<V>[];
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  testId: string;
}) {
  const { token } = theme.useToken();
  return (
    <Flex wrap gap={6} data-testid={testId}>
      {choices.map((choice) => {
        const checked = choice.value === value;
        return (
          <Tag.CheckableTag
            key={String(choice.value)}
            checked={checked}
            onChange={() => onChange(checked ? undefined : choice.value)}
            style={{
              marginInlineEnd: 0,
              border: `1px solid ${checked ? token.colorPrimary : token.colorBorder}`,
              opacity: choice.count === 0 && !checked ? 0.55 : 1,
              padding: '2px 8px',
            }}
          >
            {choice.label}
            <span style={{ color: checked ? undefined : token.colorTextSecondary }}>
              {countText(choice.count)}
            </span>
          </Tag.CheckableTag>
        );
      })}
    </Flex>
  );
}

/** A single-choice filter with many values as a select; each option carries its count. */
function ChoiceSelect<V extends string>({
  id,
  label,
  choices,
  value,
  onChange,
}: {
  id: string;
  label: string;
  choices: Choice<V>[];
  value: V | undefined;
  onChange: (value: V | undefined) => void;
}) {
  return (
    <Select<V>
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'title' }}
      value={value}
      placeholder={label}
      aria-label={label}
      onChange={(next) => onChange(next ?? undefined)}
      options={choices.map((choice) => ({
        value: choice.value,
        title: choice.label,
        disabled: choice.count === 0 && choice.value !== value,
        label: `${choice.label}${countText(choice.count)}`,
      }))}
      style={{ width: '100%' }}
    />
  );
}

const countOf = <K extends string>(list: { key: K; count: number }[] | undefined, key: K) =>
  list ? (list.find((entry) => entry.key === key)?.count ?? 0) : undefined;

/**
 * Every search filter with the number of postings each value would find (facets), laid out as one
 * column: beside the results on a wide screen, in a drawer on a phone.
 */
export function SearchFilterPanel({
  filters,
  facets,
  setFilter,
  onNamed,
  majorName,
  showMarket,
}: {
  filters: SearchFilters;
  facets: SearchFacets | undefined;
  setFilter: SetFilter;
  /** Remembers a picked value's display name, for its chip. */
  onNamed: (key: 'region' | 'major', name: string | undefined) => void;
  majorName: string | undefined;
  showMarket: boolean;
}) {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  const markets = useMarkets({ page: 1, pageSize: 100 }, showMarket);
  const label = (key: MessageKey) => t(key);

  return (
    <div data-testid="search-filters">
      {facets?.totalCapped && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }} data-testid="facets-capped">
          {t('search.facetsCapped')}
        </Typography.Paragraph>
      )}
      <Section label={label('search.filter.region')} htmlFor="search-region">
        <RegionFilterPicker
          id="search-region"
          value={filters.region}
          onChange={(code, name) => {
            onNamed('region', name);
            setFilter('region', code);
          }}
        />
        {facets && facets.regions.length > 0 && (
          <Flex wrap gap={6} style={{ marginTop: 8 }} data-testid="region-facets">
            {facets.regions.slice(0, 12).map((region) => (
              <Tag.CheckableTag
                key={region.code}
                checked={false}
                onChange={() => {
                  onNamed('region', region.name);
                  setFilter('region', region.code);
                }}
                style={{ marginInlineEnd: 0, padding: '2px 8px', border: `1px dashed ${token.colorBorder}` }}
              >
                {region.name}
                {countText(region.count)}
              </Tag.CheckableTag>
            ))}
          </Flex>
        )}
      </Section>
      <Section label={label('search.filter.major')} htmlFor="search-major">
        <MajorFilterPicker
          id="search-major"
          value={filters.major}
          name={majorName}
          onChange={(code, name) => {
            onNamed('major', name);
            setFilter('major', code);
          }}
        />
      </Section>
      <Section label={label('search.filter.degree')}>
        <ChoiceTags
          testId="degree-facets"
          value={filters.degree}
          onChange={(value) => setFilter('degree', value)}
          choices={DEGREE_LEVELS.map((level) => ({
            value: level.key,
            label: degreeName(level.key, lang),
            count: countOf(facets?.degrees, level.key),
          }))}
        />
      </Section>
      <Section label={label('search.filter.minSalary')}>
        <ChoiceTags
          testId="salary-facets"
          value={filters.minSalary}
          onChange={(value) => setFilter('minSalary', value)}
          choices={SALARY_BANDS.map((band) => ({
            value: band,
            label: t('search.salaryAtLeast', { n: formatCount(band) }),
            count: facets ? (facets.salaries.find((entry) => entry.min === band)?.count ?? 0) : undefined,
          }))}
        />
      </Section>
      <Section label={label('search.filter.jobType')}>
        <ChoiceTags
          testId="job-type-facets"
          value={filters.jobType}
          onChange={(value) => setFilter('jobType', value)}
          choices={JOB_TYPES.map((type) => ({
            value: type.key,
            label: jobTypeName(type.key, lang),
            count: countOf(facets?.jobTypes, type.key),
          }))}
        />
      </Section>
      <Section label={label('search.filter.postedWithin')}>
        <ChoiceTags
          testId="posted-facets"
          value={filters.postedWithin}
          onChange={(value) => setFilter('postedWithin', value)}
          choices={POSTED_WITHIN_DAYS.map((days) => ({
            value: days,
            label: t('search.withinDays', { n: days }),
            count: facets
              ? (facets.postedWithin.find((entry) => entry.days === days)?.count ?? 0)
              : undefined,
          }))}
        />
      </Section>
      <Section label={label('search.filter.industry')} htmlFor="search-industry">
        <ChoiceSelect
          id="search-industry"
          label={label('search.filter.industry')}
          value={filters.industry}
          onChange={(value) => setFilter('industry', value)}
          choices={INDUSTRY_CODES.map((code) => ({
            value: code,
            label: industryName(code, lang),
            count: countOf(facets?.industries, code),
          }))}
        />
      </Section>
      <Section label={label('search.filter.nature')} htmlFor="search-nature">
        <ChoiceSelect
          id="search-nature"
          label={label('search.filter.nature')}
          value={filters.nature}
          onChange={(value) => setFilter('nature', value)}
          choices={UNIT_NATURES.map((nature) => ({
            value: nature.key,
            label: natureName(nature.key, lang),
            count: countOf(facets?.natures, nature.key),
          }))}
        />
      </Section>
      <Section label={label('search.filter.keyField')} htmlFor="search-key-field">
        <ChoiceSelect
          id="search-key-field"
          label={label('search.filter.keyField')}
          value={filters.keyField}
          onChange={(value) => setFilter('keyField', value)}
          choices={KEY_FIELDS.map((field) => ({
            value: field.key,
            label: keyFieldName(field.key, lang),
            count: countOf(facets?.keyFields, field.key),
          }))}
        />
      </Section>
      {showMarket && (
        <Section label={label('search.filter.market')} htmlFor="search-market">
          <Select<string>
            id="search-market"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={filters.market}
            placeholder={label('search.filter.market')}
            aria-label={label('search.filter.market')}
            loading={markets.isFetching}
            onChange={(value) => setFilter('market', value ?? undefined)}
            options={(markets.data?.items ?? []).map((market) => ({ value: market.id, label: market.name }))}
            style={{ width: '100%' }}
          />
        </Section>
      )}
    </div>
  );
}
