import { FilterOutlined, SearchOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Drawer, Empty, Flex, Input, Segmented, Tag, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { PagedCards } from '../../../components/PagedCards';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useMarket } from '../../markets/api';
import {
  useJobFacets,
  useJobSearch,
  type SearchCard,
  type SearchFilters,
  type SearchQuery,
  type SearchSort,
  type SearchSuggestion,
} from '../api';
import { degreeName, industryName, jobTypeName, keyFieldName, natureName } from '../labels';
import {
  FILTER_KEYS,
  MAX_JOB_QUERY,
  SEARCH_SORTS,
  filtersOf,
  parseSearchParams,
  toSearchParams,
  type FilterKey,
} from '../params';
import { JobCard } from './JobCard';
import { useMajorName } from './MajorPicker';
import { useRegionName } from './RegionPicker';
import { SearchFilterPanel, type SetFilter } from './SearchFilters';

// Long enough that a word is finished, short enough to feel live (and within the 120/min rate limit).
const TYPING_DELAY_MS = 400;
const FILTER_WIDTH = 280;

export const FILTER_LABELS: Record<FilterKey, MessageKey> = {
  region: 'search.filter.region',
  major: 'search.filter.major',
  degree: 'search.filter.degree',
  minSalary: 'search.filter.minSalary',
  jobType: 'search.filter.jobType',
  industry: 'search.filter.industry',
  nature: 'search.filter.nature',
  keyField: 'search.filter.keyField',
  postedWithin: 'search.filter.postedWithin',
  market: 'search.filter.market',
};

const SORT_LABELS: Record<SearchSort, MessageKey> = {
  relevance: 'search.sort.relevance',
  newest: 'search.sort.newest',
  salary: 'search.sort.salary',
};

/** "1,000+" when the server stopped counting. */
export const totalText = (total: number, capped: boolean) => `${formatCount(total)}${capped ? '+' : ''}`;

/** The value of an active filter as its chip says it. */
function useFilterValueText(query: SearchQuery, names: { region?: string; major?: string }) {
  const { t, lang } = useI18n();
  const regionName = useRegionName(names.region ? undefined : query.region);
  const majorName = useMajorName(names.major ? undefined : query.major);
  const market = useMarket(query.market);
  return (key: FilterKey): string => {
    switch (key) {
      case 'region':
        return names.region ?? regionName ?? query.region ?? '';
      case 'major':
        return names.major ?? majorName ?? query.major ?? '';
      case 'degree':
        return query.degree ? t('jobs.degreeAtLeast', { degree: degreeName(query.degree, lang) }) : '';
      case 'minSalary':
        return t('search.salaryAtLeast', { n: formatCount(query.minSalary ?? 0) });
      case 'jobType':
        return query.jobType ? jobTypeName(query.jobType, lang) : '';
      case 'industry':
        return query.industry ? industryName(query.industry, lang) : '';
      case 'nature':
        return query.nature ? natureName(query.nature, lang) : '';
      case 'keyField':
        return query.keyField ? keyFieldName(query.keyField, lang) : '';
      case 'postedWithin':
        return t('search.withinDays', { n: query.postedWithin ?? 0 });
      case 'market':
        return market.data?.name ?? '';
    }
  };
}

/** What to offer when nothing is found: drop one filter, or search one of the words alone. */
function Suggestions({
  suggestions,
  onDrop,
  onWord,
}: {
  suggestions: SearchSuggestion[];
  onDrop: (key: keyof SearchFilters) => void;
  onWord: (word: string) => void;
}) {
  const { t } = useI18n();
  if (suggestions.length === 0) return null;
  return (
    <Flex vertical gap={8} align="center" data-testid="search-suggestions" style={{ marginTop: 8 }}>
      <Typography.Text type="secondary">{t('search.suggestionsIntro')}</Typography.Text>
      {suggestions.map((suggestion) => {
        const count = totalText(suggestion.total, suggestion.totalCapped);
        if (suggestion.drop) {
          const key = suggestion.drop;
          const filter = FILTER_KEYS.includes(key as FilterKey) ? t(FILTER_LABELS[key as FilterKey]) : key;
          return (
            <Button
              key={`drop-${key}`}
              onClick={() => onDrop(key)}
              style={{ whiteSpace: 'normal', height: 'auto' }}
            >
              {t('search.suggestDrop', { filter, n: count })}
            </Button>
          );
        }
        const word = suggestion.q ?? '';
        return (
          <Button
            key={`q-${word}`}
            onClick={() => onWord(word)}
            style={{ whiteSpace: 'normal', height: 'auto' }}
          >
            {t('search.suggestWord', { word, n: count })}
          </Button>
        );
      })}
    </Flex>
  );
}

/**
 * The job search: text, filters with counts, sort, highlighted results and pages, all kept in the
 * URL so a search can be shared. `fixedMarket` pins the search to one job market (its page), and
 * `cardAction` adds something to each result (a market manager's 移出).
 */
export function JobSearch({
  fixedMarket,
  cardAction,
  emptyText,
}: {
  fixedMarket?: string;
  cardAction?: (card: SearchCard) => ReactNode;
  emptyText?: string;
}) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const [searchParams, setSearchParams] = useSearchParams();
  const { pathname } = useLocation();
  const query: SearchQuery = {
    ...parseSearchParams(searchParams),
    ...(fixedMarket ? { market: fixedMarket } : {}),
  };
  const filters = filtersOf(query);
  const result = useJobSearch(query);
  const facets = useJobFacets(filters);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [names, setNames] = useState<{ region?: string; major?: string }>({});
  const valueText = useFilterValueText(query, names);

  const navigate = (next: SearchQuery, replace = false) =>
    setSearchParams(toSearchParams(next, fixedMarket ? ['market'] : []), { replace });
  const setFilter: SetFilter = (key, value) => navigate({ ...query, [key]: value, page: 1 });

  // The box is typed into freely; the URL (and so the search) follows once typing pauses.
  const [text, setText] = useState(query.q ?? '');
  useEffect(() => setText(query.q ?? ''), [query.q]);
  const settled = useDebouncedValue(text, TYPING_DELAY_MS);
  useEffect(() => {
    // Only a settled value counts: right after the URL changed (a suggestion), `settled` is stale.
    if (settled !== text) return;
    // Compare with the address bar, not this render's query: while a navigation started here (a
    // click on a result) is still rendering, this page outlives its URL for a moment, and replacing
    // the URL then would undo the click.
    const live = new URL(window.location.href);
    if (live.pathname !== pathname) return;
    const q = settled.trim() || undefined;
    if (q !== (live.searchParams.get('q') ?? undefined)) navigate({ ...query, q, page: 1 }, true);
    // navigate/query are rebuilt each render; the typed text is what this effect follows.
  }, [settled, text]);

  const active = FILTER_KEYS.filter((key) => query[key] !== undefined && !(fixedMarket && key === 'market'));
  const clearAll = () => {
    setNames({});
    navigate({ q: query.q, sort: query.sort, page: 1, pageSize: query.pageSize });
  };

  const data = result.data;
  const words = data?.words ?? [];
  const searched = Boolean(query.q) || active.length > 0;

  const panel = (
    <SearchFilterPanel
      filters={filters}
      facets={facets.data}
      setFilter={setFilter}
      onNamed={(key, name) => setNames((current) => ({ ...current, [key]: name }))}
      majorName={names.major}
      showMarket={!fixedMarket}
    />
  );

  const searchBox = (
    <Input
      allowClear
      size="large"
      prefix={<SearchOutlined />}
      value={text}
      maxLength={MAX_JOB_QUERY}
      onChange={(event) => setText(event.target.value)}
      onPressEnter={() => navigate({ ...query, q: text.trim() || undefined, page: 1 })}
      placeholder={t('search.placeholder')}
      aria-label={t('search.placeholder')}
      enterKeyHint="search"
    />
  );

  const sort = (
    <Segmented<SearchSort>
      value={query.sort}
      onChange={(value) => navigate({ ...query, sort: value, page: 1 })}
      options={SEARCH_SORTS.map((value) => ({ value, label: t(SORT_LABELS[value]) }))}
      aria-label={t('search.sort')}
    />
  );

  const chips = active.length > 0 && (
    <Flex wrap gap={6} align="center" data-testid="active-filters" style={{ marginBottom: 12 }}>
      {active.map((key) => (
        <Tag
          key={key}
          closable
          color="blue"
          onClose={(event) => {
            event.preventDefault();
            setFilter(key, undefined);
          }}
          closeIcon={<span aria-label={t('search.removeFilter', { filter: t(FILTER_LABELS[key]) })}>×</span>}
          style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
        >
          {t('common.labelled', { label: t(FILTER_LABELS[key]) })}
          {valueText(key)}
        </Tag>
      ))}
      <Button type="link" size="small" onClick={clearAll}>
        {t('search.clearFilters')}
      </Button>
    </Flex>
  );

  const empty = (
    <Empty
      description={searched ? t('search.empty') : (emptyText ?? t('search.emptyAll'))}
      data-testid="search-empty"
    >
      {data && data.total === 0 && (
        <Suggestions
          suggestions={data.suggestions}
          onDrop={(key) => setFilter(key, undefined)}
          onWord={(word) => navigate({ ...query, q: word, page: 1 })}
        />
      )}
    </Empty>
  );

  const results = (
    <div style={{ minWidth: 0, flex: 1 }}>
      {chips}
      {result.error ? (
        <ErrorAlert error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <PagedCards
          testId="job-cards"
          label={t('search.results')}
          items={data?.items ?? []}
          itemKey={(card) => card.id}
          total={data?.total ?? 0}
          totalText={
            data ? t('search.total', { total: totalText(data.total, data.totalCapped) }) : t('search.loading')
          }
          loading={result.isFetching}
          paging={query}
          onPage={(paging) => navigate({ ...query, ...paging })}
          columns={isPhone ? undefined : 'repeat(auto-fill, minmax(min(100%, 340px), 1fr))'}
          empty={empty}
          renderItem={(card) => <JobCard posting={card} words={words} action={cardAction?.(card)} />}
        />
      )}
    </div>
  );

  return (
    <div role="search" aria-label={t('search.title')}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <div style={{ flex: '1 1 260px', minWidth: 0 }}>{searchBox}</div>
        {isPhone ? (
          <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }}>
            <Badge count={active.length} size="small">
              <Button
                icon={<FilterOutlined />}
                onClick={() => setDrawerOpen(true)}
                data-testid="open-filters"
              >
                {t('search.filters')}
              </Button>
            </Badge>
            {sort}
          </Flex>
        ) : (
          sort
        )}
      </Flex>
      {isPhone ? (
        <>
          {results}
          <Drawer
            placement="bottom"
            size="85vh"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            title={t('search.filters')}
            extra={
              active.length > 0 && (
                <Button type="link" onClick={clearAll}>
                  {t('search.clearFilters')}
                </Button>
              )
            }
            footer={
              <Button type="primary" block onClick={() => setDrawerOpen(false)} data-testid="show-results">
                {facets.data
                  ? t('search.showResults', { total: totalText(facets.data.total, facets.data.totalCapped) })
                  : t('search.showResultsPlain')}
              </Button>
            }
          >
            {panel}
          </Drawer>
        </>
      ) : (
        <Flex gap={16} align="flex-start">
          <Card
            size="small"
            title={t('search.filters')}
            style={{ width: FILTER_WIDTH, flex: 'none', position: 'sticky', top: 72 }}
            styles={{ body: { maxHeight: 'calc(100vh - 140px)', overflowY: 'auto' } }}
          >
            {panel}
          </Card>
          {results}
        </Flex>
      )}
    </div>
  );
}
