import { Card, Empty, Flex, Select, Typography, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PagedTableOrCards } from '../../../components/PagedTableOrCards';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { readPaging, writePaging } from '../../../lib/paging';
import { useIsPhone } from '../../../lib/responsive';
import {
  useVerificationQueue,
  type OrganisationKind,
  type OrganisationVerification,
  type QueueEntry,
  type VerificationQuery,
} from '../api';
import {
  KindFilter,
  OrganisationSearch,
  readOrganisationFilters,
  writeOrganisationFilters,
} from '../components/OrganisationSearch';
import { VerificationTag } from '../components/VerificationTag';
import { KIND_LABELS, natureLabel, STATUS_LABELS } from '../labels';

const STATUSES: readonly OrganisationVerification[] = ['pending', 'needs_info', 'rejected', 'verified'];

function parseParams(params: URLSearchParams): VerificationQuery {
  return {
    ...readOrganisationFilters(params),
    status: STATUSES.find((value) => value === params.get('status')),
    ...readPaging(params),
  };
}

function toParams(query: VerificationQuery): URLSearchParams {
  const params = new URLSearchParams();
  writeOrganisationFilters(params, query);
  if (query.status) params.set('status', query.status);
  writePaging(params, query);
  return params;
}

const detailPath = (entry: QueueEntry) => `/verification/${encodeURIComponent(entry.id)}`;

function EntryCard({ entry }: { entry: QueueEntry }) {
  const { t, lang } = useI18n();
  return (
    <Card size="small">
      <Link to={detailPath(entry)}>
        <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
          {entry.name}
        </Typography.Text>
      </Link>
      <div>
        <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
          {entry.uscc}
        </Typography.Text>
      </div>
      <Flex wrap gap={4} style={{ marginTop: 6 }} align="center">
        <VerificationTag status={entry.verification} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t(KIND_LABELS[entry.kind])} · {natureLabel(lang, entry.nature) ?? '—'}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 4 }}>
        {entry.regionName ?? '—'} · {t('verify.submittedAt')} {formatDateTime(entry.createdAt)}
      </Typography.Text>
    </Card>
  );
}

/** 单位认证: registrations waiting in the official's province, oldest first. */
export function VerificationQueuePage() {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseParams(searchParams);
  const { data, isFetching, error, refetch } = useVerificationQueue(query);
  const navigate = (next: VerificationQuery) => setSearchParams(toParams(next));
  const empty = (
    <Empty description={t(query.status || query.q || query.kind ? 'verify.empty' : 'verify.emptyOpen')} />
  );

  const columns: TableColumnsType<QueueEntry> = [
    {
      title: t('organisations.name'),
      dataIndex: 'name',
      width: 260,
      render: (name: string, entry) => (
        <Flex vertical gap={2} align="flex-start">
          <Link to={detailPath(entry)} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Link>
          <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
            {entry.uscc}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('organisations.kind'),
      dataIndex: 'kind',
      width: 140,
      render: (kind: OrganisationKind) => t(KIND_LABELS[kind]),
    },
    {
      title: t('organisations.nature'),
      dataIndex: 'nature',
      width: 130,
      render: (nature: string | null) => natureLabel(lang, nature) ?? '—',
    },
    {
      title: t('organisations.region'),
      dataIndex: 'regionName',
      width: 200,
      render: (name: string | null) => name ?? '—',
    },
    {
      title: t('organisations.status'),
      dataIndex: 'verification',
      width: 110,
      render: (status: OrganisationVerification) => <VerificationTag status={status} />,
    },
    { title: t('verify.submittedAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
  ];

  return (
    <>
      <PageHeader title={t('nav.verification')} />
      <Typography.Paragraph type="secondary">{t('verify.intro')}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
        <OrganisationSearch
          q={query.q}
          onSearch={(q) => navigate({ ...query, q, page: 1 })}
          width={isPhone ? '100%' : 300}
        />
        <Select<OrganisationVerification>
          allowClear
          value={query.status}
          placeholder={t('verify.statusOpen')}
          aria-label={t('organisations.status')}
          options={STATUSES.map((status) => ({ value: status, label: t(STATUS_LABELS[status].label) }))}
          onChange={(status) => navigate({ ...query, status, page: 1 })}
          style={{ width: isPhone ? '100%' : 160 }}
        />
        <KindFilter
          value={query.kind}
          onChange={(kind) => navigate({ ...query, kind, page: 1 })}
          width={isPhone ? '100%' : 180}
        />
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <PagedTableOrCards
        testIds={{ cards: 'verification-cards', table: 'verification-table' }}
        label={t('nav.verification')}
        items={data?.items ?? []}
        total={data?.total ?? 0}
        totalText={(total) => t('organisations.total', { total: formatCount(total) })}
        loading={isFetching}
        paging={query}
        onPage={(paging) => navigate({ ...query, ...paging })}
        empty={empty}
        renderCard={(entry) => <EntryCard entry={entry} />}
        columns={columns}
        scrollX={990}
        detailPath={detailPath}
      />
    </>
  );
}
