import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Input,
  Select,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { serverPagination } from '../../../lib/paging';
import { PagedCards } from '../../../components/PagedCards';
import { useIsPhone } from '../../../lib/responsive';
import { SuggestedGraduatesDrawer } from '../../matching/components/SuggestedGraduatesDrawer';
import { PostingStatusTag, ReviewStatusTag, VerdictTag } from '../../compliance/components/Tags';
import { POSTING_STATUS_LABELS } from '../../compliance/labels';
import { useJobs, type JobQuery, type Posting, type PostingStatus } from '../api';
import { PostingActions } from '../components/PostingActions';
import { usePublishFlow } from '../components/PublishFlow';
import { formatSalary } from '../labels';
import { MAX_JOB_QUERY, parseJobParams, POSTING_STATUSES, toJobParams } from '../params';

const editPath = (posting: Posting) => `/postings/${encodeURIComponent(posting.id)}/edit`;

function PostingCard({
  posting,
  onPublish,
  publishing,
  onSuggest,
}: {
  posting: Posting;
  onPublish: (posting: Posting) => void;
  publishing: boolean;
  onSuggest: (posting: Posting) => void;
}) {
  const t = useT();
  return (
    <Card size="small">
      <Link to={editPath(posting)}>
        <Typography.Title level={5} style={{ margin: 0, overflowWrap: 'anywhere' }}>
          {posting.title}
        </Typography.Title>
      </Link>
      <Flex wrap gap={4} style={{ marginTop: 6 }}>
        <PostingStatusTag status={posting.status} />
        <VerdictTag verdict={posting.compliance.verdict} />
        <ReviewStatusTag status={posting.reviewStatus} />
      </Flex>
      <Flex vertical gap={2} style={{ marginTop: 6 }}>
        <Typography.Text>{formatSalary(t, posting.salaryMin, posting.salaryMax)}</Typography.Text>
        {posting.deadline && (
          <Typography.Text
            type={posting.status === 'expired' ? 'warning' : 'secondary'}
            style={{ fontSize: 12 }}
          >
            {t('jobs.deadlineOn', { date: posting.deadline })}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('jobs.updatedAt')} {formatDateTime(posting.updatedAt)}
        </Typography.Text>
      </Flex>
      <div style={{ marginTop: 8 }}>
        <PostingActions
          posting={posting}
          onPublish={onPublish}
          publishing={publishing}
          onSuggest={onSuggest}
        />
      </div>
    </Card>
  );
}

/** 岗位管理: the employer's or agency's own postings in every state, with their check verdict. */
export function MyJobsPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseJobParams(searchParams);
  const { data, isFetching, error, refetch } = useJobs(query);
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);
  const [publishingId, setPublishingId] = useState<string | null>(null);
  const [suggestFor, setSuggestFor] = useState<Posting | null>(null);
  const flow = usePublishFlow();
  const navigate = (next: JobQuery) => setSearchParams(toJobParams(next));
  const filtered = Boolean(query.q || query.status);
  const items = data?.items ?? [];
  const unverified = items.length > 0 && !items[0]!.organisationVerified;

  const onPublish = (posting: Posting) => {
    setPublishingId(posting.id);
    flow.start(posting);
  };
  const publishing = (posting: Posting) => flow.pending && publishingId === posting.id;

  const newButton = (
    <Link to="/postings/new">
      <Button type="primary" icon={<PlusOutlined />}>
        {t('jobs.new')}
      </Button>
    </Link>
  );

  const empty = (
    <Empty description={filtered ? t('jobs.emptyFiltered') : t('jobs.empty')}>
      {!filtered && !isFetching && newButton}
    </Empty>
  );

  const columns: TableColumnsType<Posting> = [
    {
      title: t('jobs.field.title'),
      dataIndex: 'title',
      render: (title: string, posting) => (
        <Link to={editPath(posting)} style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Link>
      ),
    },
    {
      title: t('jobs.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: PostingStatus) => <PostingStatusTag status={status} />,
    },
    {
      title: t('jobs.verdict'),
      key: 'verdict',
      width: 110,
      render: (_v, posting) => <VerdictTag verdict={posting.compliance.verdict} />,
    },
    {
      title: t('jobs.reviewStatus'),
      dataIndex: 'reviewStatus',
      width: 120,
      render: (status: Posting['reviewStatus']) => <ReviewStatusTag status={status} showNone />,
    },
    {
      title: t('jobs.salary'),
      key: 'salary',
      width: 170,
      render: (_v, posting) => formatSalary(t, posting.salaryMin, posting.salaryMax),
    },
    {
      title: t('jobs.field.deadline'),
      dataIndex: 'deadline',
      width: 110,
      render: (deadline: string | null) => deadline ?? '—',
    },
    { title: t('jobs.updatedAt'), dataIndex: 'updatedAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 270,
      fixed: 'right',
      render: (_v, posting) => (
        <PostingActions
          posting={posting}
          onPublish={onPublish}
          publishing={publishing(posting)}
          onSuggest={setSuggestFor}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('nav.myJobs')} extra={newButton} />
      {unverified && (
        <Alert type="warning" showIcon title={t('jobs.unverified')} style={{ marginBottom: 16 }} />
      )}
      {query.status === 'expired' && (
        <Alert type="info" showIcon title={t('jobs.expiredHint')} style={{ marginBottom: 16 }} />
      )}
      <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
        <Input.Search
          allowClear
          value={search}
          maxLength={MAX_JOB_QUERY}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => navigate({ ...query, q: value.trim() || undefined, page: 1 })}
          placeholder={t('jobs.searchPlaceholder')}
          aria-label={t('jobs.searchPlaceholder')}
          style={{ width: isPhone ? '100%' : 280 }}
        />
        <Select<PostingStatus>
          allowClear
          value={query.status}
          placeholder={t('jobs.statusFilter')}
          aria-label={t('jobs.statusFilter')}
          options={POSTING_STATUSES.map((status) => ({
            value: status,
            label: t(POSTING_STATUS_LABELS[status].label),
          }))}
          onChange={(status) => navigate({ ...query, status, page: 1 })}
          style={{ width: isPhone ? '100%' : 160 }}
        />
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPhone ? (
        <PagedCards
          testId="my-jobs-cards"
          label={t('jobs.cardList')}
          items={items}
          itemKey={(posting) => posting.id}
          total={data?.total ?? 0}
          totalText={t('common.total', { total: formatCount(data?.total ?? 0) })}
          loading={isFetching}
          paging={query}
          onPage={(paging) => navigate({ ...query, ...paging })}
          empty={empty}
          renderItem={(posting) => (
            <PostingCard
              posting={posting}
              onPublish={onPublish}
              publishing={publishing(posting)}
              onSuggest={setSuggestFor}
            />
          )}
        />
      ) : (
        <Table<Posting>
          data-testid="my-jobs-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={isFetching}
          scroll={{ x: 1240 }}
          locale={{ emptyText: empty }}
          pagination={serverPagination(query, data?.total ?? 0, (total) =>
            t('common.total', { total: formatCount(total) }),
          )}
          onChange={(pagination) =>
            navigate({
              ...query,
              page: pagination.current ?? 1,
              pageSize: pagination.pageSize ?? query.pageSize,
            })
          }
        />
      )}
      {flow.dialogs}
      <SuggestedGraduatesDrawer posting={suggestFor} onClose={() => setSuggestFor(null)} />
    </>
  );
}
