import { normalizeUscc } from '@jiuye/domain';
import { Card, Empty, Flex, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PagedCards } from '../../../components/PagedCards';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount, formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { readPaging, serverPagination, writePaging } from '../../../lib/paging';
import { useIsPhone } from '../../../lib/responsive';
import {
  useVerificationQueue,
  type OrganisationKind,
  type OrganisationVerification,
  type QueueEntry,
  type VerificationQuery,
} from '../api';
import { VerificationTag } from '../components/VerificationTag';
import { KIND_LABELS, natureLabel, STATUS_LABELS } from '../labels';

const KINDS: readonly OrganisationKind[] = ['employer', 'agency'];
const STATUSES: readonly OrganisationVerification[] = ['pending', 'needs_info', 'rejected', 'verified'];
const MAX_QUERY = 60;

function parseParams(params: URLSearchParams): VerificationQuery {
  const q = params.get('q')?.trim();
  return {
    q: q ? q.slice(0, MAX_QUERY) : undefined,
    kind: KINDS.find((value) => value === params.get('kind')),
    status: STATUSES.find((value) => value === params.get('status')),
    ...readPaging(params),
  };
}

function toParams(query: VerificationQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.kind) params.set('kind', query.kind);
  if (query.status) params.set('status', query.status);
  writePaging(params, query);
  return params;
}

// The server matches credit codes exactly; a pasted code is normalised, a name fragment left as typed.
function searchText(value: string): string | undefined {
  const trimmed = value.trim();
  const code = normalizeUscc(trimmed).replace(/\s+/g, '');
  return /^[0-9A-Z]{18}$/.test(code) ? code : trimmed || undefined;
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
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);
  const navigate = (next: VerificationQuery) => setSearchParams(toParams(next));
  const goTo = useNavigate();
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
        <Input.Search
          allowClear
          value={search}
          maxLength={MAX_QUERY}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => navigate({ ...query, q: searchText(value), page: 1 })}
          placeholder={t('organisations.searchPlaceholder')}
          aria-label={t('organisations.searchPlaceholder')}
          style={{ width: isPhone ? '100%' : 300 }}
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
        <Select<OrganisationKind>
          allowClear
          value={query.kind}
          placeholder={t('organisations.kindFilter')}
          aria-label={t('organisations.kindFilter')}
          options={KINDS.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }))}
          onChange={(kind) => navigate({ ...query, kind, page: 1 })}
          style={{ width: isPhone ? '100%' : 180 }}
        />
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPhone ? (
        <PagedCards
          testId="verification-cards"
          label={t('nav.verification')}
          items={data?.items ?? []}
          itemKey={(entry) => entry.id}
          total={data?.total ?? 0}
          totalText={t('organisations.total', { total: formatCount(data?.total ?? 0) })}
          loading={isFetching}
          paging={query}
          onPage={(paging) => navigate({ ...query, ...paging })}
          empty={empty}
          renderItem={(entry) => <EntryCard entry={entry} />}
        />
      ) : (
        <Table<QueueEntry>
          data-testid="verification-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          scroll={{ x: 990 }}
          locale={{ emptyText: empty }}
          // The whole row opens the detail; the name stays a real link for keyboards and new tabs.
          onRow={(entry) => ({
            onClick: (event) => {
              if (!(event.target instanceof Element) || !event.target.closest('a'))
                void goTo(detailPath(entry));
            },
            style: { cursor: 'pointer' },
          })}
          pagination={serverPagination(query, data?.total ?? 0, (total) =>
            t('organisations.total', { total: formatCount(total) }),
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
    </>
  );
}
