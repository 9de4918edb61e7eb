import {
  Badge,
  Card,
  Checkbox,
  Empty,
  Flex,
  Input,
  Tabs,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PagedTableOrCards } from '../../../components/PagedTableOrCards';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import {
  useReviewQueue,
  type ComplianceCategory,
  type QueueItem,
  type QueueQuery,
  type QueueStatus,
} from '../api';
import { RepeatOffenderTag } from '../components/RepeatOffenderTag';
import { PostingStatusTag, ReviewStatusTag, VerdictTag } from '../components/Tags';
import { categoryLabel } from '../labels';
import { MAX_QUEUE_QUERY, parseQueueParams, QUEUE_STATUSES, toQueueParams } from '../params';

const TAB_LABELS = {
  pending: 'review.tab.pending',
  decided: 'review.tab.decided',
  all: 'review.tab.all',
} as const;

const detailPath = (item: QueueItem) => `/review/${encodeURIComponent(item.id)}`;

function Categories({ categories }: { categories: ComplianceCategory[] }) {
  const { t, lang } = useI18n();
  if (categories.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {categories.map((category) => (
        <Tag key={category} style={{ marginInlineEnd: 0 }}>
          {categoryLabel(category, lang, t)}
        </Tag>
      ))}
    </Flex>
  );
}

function Organisation({ item }: { item: QueueItem }) {
  return (
    <Flex wrap gap={4} align="center">
      <span style={{ overflowWrap: 'anywhere' }}>{item.organisationName}</span>
      {item.repeatOffender && <RepeatOffenderTag offences={item.offences} />}
    </Flex>
  );
}

function Reports({ count }: { count: number }) {
  const { t } = useI18n();
  return count > 0 ? (
    <Badge count={count} color="red" showZero={false} title={t('review.openReportsN', { n: count })} />
  ) : (
    <Typography.Text type="secondary">0</Typography.Text>
  );
}

function QueueCard({ item }: { item: QueueItem }) {
  const { t } = useI18n();
  return (
    <Card size="small">
      <Link to={detailPath(item)}>
        <Typography.Title level={5} style={{ margin: 0, color: 'inherit', overflowWrap: 'anywhere' }}>
          {item.title}
        </Typography.Title>
      </Link>
      <div style={{ marginTop: 4 }}>
        <Organisation item={item} />
      </div>
      <Flex wrap gap={4} style={{ marginTop: 6 }}>
        <VerdictTag verdict={item.verdict} />
        <PostingStatusTag status={item.status} />
        <ReviewStatusTag status={item.reviewStatus} />
      </Flex>
      {item.categories.length > 0 && (
        <div style={{ marginTop: 6 }}>
          <Categories categories={item.categories} />
        </div>
      )}
      <Flex justify="space-between" wrap gap={8} style={{ marginTop: 6 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('common.labelled', { label: t('review.openReports') })}
          {item.openReports}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('jobs.updatedAt')} {formatDateTime(item.updatedAt)}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

/** 岗位审核: ads with warnings or reports in the official's area, repeat offenders first. */
export function ReviewQueuePage() {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseQueueParams(searchParams);
  const { data, isFetching, error, refetch } = useReviewQueue(query);
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);
  const navigate = (next: QueueQuery) => setSearchParams(toQueueParams(next));
  const empty = (
    <Empty description={t(query.status === 'pending' ? 'review.emptyPending' : 'review.empty')} />
  );

  const columns: TableColumnsType<QueueItem> = [
    {
      title: t('jobs.field.title'),
      dataIndex: 'title',
      width: 220,
      render: (title: string, item) => (
        <Link to={detailPath(item)} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Link>
      ),
    },
    {
      title: t('review.organisation'),
      key: 'organisation',
      width: 240,
      render: (_v, item) => <Organisation item={item} />,
    },
    {
      title: t('jobs.verdict'),
      dataIndex: 'verdict',
      width: 100,
      render: (_v, item) => <VerdictTag verdict={item.verdict} />,
    },
    {
      title: t('review.categories'),
      dataIndex: 'categories',
      width: 200,
      render: (categories: ComplianceCategory[]) => <Categories categories={categories} />,
    },
    {
      title: t('review.openReports'),
      dataIndex: 'openReports',
      width: 90,
      align: 'center',
      render: (count: number) => <Reports count={count} />,
    },
    {
      title: t('jobs.status'),
      key: 'status',
      width: 150,
      render: (_v, item) => (
        <Flex wrap gap={4}>
          <PostingStatusTag status={item.status} />
          <ReviewStatusTag status={item.reviewStatus} />
        </Flex>
      ),
    },
    { title: t('jobs.publishedAt'), dataIndex: 'publishedAt', width: 150, render: formatDateTime },
    { title: t('jobs.updatedAt'), dataIndex: 'updatedAt', width: 150, render: formatDateTime },
  ];

  return (
    <>
      <PageHeader title={t('nav.review')} />
      <Tabs
        activeKey={query.status}
        onChange={(key) => navigate({ ...query, status: key as QueueStatus, page: 1 })}
        items={QUEUE_STATUSES.map((status) => ({ key: status, label: t(TAB_LABELS[status]) }))}
      />
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }} role="search">
        <Input.Search
          allowClear
          value={search}
          maxLength={MAX_QUEUE_QUERY}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => navigate({ ...query, q: value.trim() || undefined, page: 1 })}
          placeholder={t('review.searchPlaceholder')}
          aria-label={t('review.searchPlaceholder')}
          style={{ width: isPhone ? '100%' : 300 }}
        />
        <Checkbox
          checked={query.repeatOffenders === true}
          onChange={(event) =>
            navigate({ ...query, repeatOffenders: event.target.checked || undefined, page: 1 })
          }
        >
          {t('review.repeatOnly')}
        </Checkbox>
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <PagedTableOrCards
        testIds={{ cards: 'review-cards', table: 'review-table' }}
        label={t('review.cardList')}
        items={data?.items ?? []}
        total={data?.total ?? 0}
        totalText={(total) => t('common.total', { total: formatCount(total) })}
        loading={isFetching}
        paging={query}
        onPage={(paging) => navigate({ ...query, ...paging })}
        empty={empty}
        renderCard={(item) => <QueueCard item={item} />}
        columns={columns}
        scrollX={1300}
        detailPath={detailPath}
      />
    </>
  );
}
