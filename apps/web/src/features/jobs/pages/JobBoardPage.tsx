import { Empty, Flex, Input } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PagedCards } from '../../../components/PagedCards';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useJobs, type JobQuery } from '../api';
import { JobCard } from '../components/JobCard';
import { MAX_JOB_QUERY, parseJobParams, toJobParams } from '../params';

/** 岗位: the published jobs, searchable, as cards (two or more across on a wide screen). */
export function JobBoardPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const [searchParams, setSearchParams] = useSearchParams();
  // Only published jobs reach this page, so a status filter would be meaningless here.
  const query: JobQuery = { ...parseJobParams(searchParams), status: undefined };
  const { data, isFetching, error, refetch } = useJobs(query);
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);
  const navigate = (next: JobQuery) => setSearchParams(toJobParams(next));

  return (
    <>
      <PageHeader title={t('nav.jobs')} />
      <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
        <Input.Search
          allowClear
          enterButton
          value={search}
          maxLength={MAX_JOB_QUERY}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => navigate({ ...query, q: value.trim() || undefined, page: 1 })}
          placeholder={t('jobs.boardSearchPlaceholder')}
          aria-label={t('jobs.boardSearchPlaceholder')}
          style={{ width: isPhone ? '100%' : 360 }}
        />
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <PagedCards
        testId="job-cards"
        label={t('jobs.boardList')}
        items={data?.items ?? []}
        itemKey={(posting) => posting.id}
        total={data?.total ?? 0}
        totalText={t('jobs.boardTotal', {
          total: `${formatCount(data?.total ?? 0)}${data?.totalCapped ? '+' : ''}`,
        })}
        loading={isFetching}
        paging={query}
        onPage={(paging) => navigate({ ...query, ...paging })}
        columns={isPhone ? undefined : 'repeat(auto-fill, minmax(min(100%, 360px), 1fr))'}
        empty={<Empty description={query.q ? t('jobs.boardEmptyFiltered') : t('jobs.boardEmpty')} />}
        renderItem={(posting) => <JobCard posting={posting} />}
      />
    </>
  );
}
