import { LockOutlined } from '@ant-design/icons';
import type { ApplicationStatus } from '@jiuye/domain/recruitment/applications';
import {
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Select,
  Table,
  Tabs,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PagedCards } from '../../../components/PagedCards';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { readPaging, serverPagination, writePaging } from '../../../lib/paging';
import { useIsPhone } from '../../../lib/responsive';
import {
  useApplicants,
  useBulkChangeStatus,
  useOwnPostingOptions,
  type Applicant,
  type ApplicantQuery,
} from '../api';
import { ApplicantDrawer, PriorityTag } from '../components/ApplicantDrawer';
import { MoveModal } from '../components/MoveModal';
import { ALL_STATUSES, ApplicationStatusTag, statusLabel } from '../labels';

// What a bulk action can move to: viewing happens by opening, withdrawing is the graduate's.
const BULK_TARGETS: readonly ApplicationStatus[] = ['interview', 'offer', 'signed', 'rejected'];

function readQuery(params: URLSearchParams): ApplicantQuery {
  const status = params.get('status') as ApplicationStatus | null;
  return {
    ...readPaging(params),
    postingId: params.get('postingId') ?? undefined,
    status: status && ALL_STATUSES.includes(status) ? status : undefined,
  };
}

function ApplicantName({ a }: { a: Applicant }) {
  const { t } = useI18n();
  return (
    <Flex gap={6} align="center" wrap>
      <Typography.Text strong data-testid="applicant-row-name">
        {a.applicant.name}
      </Typography.Text>
      {a.applicant.masked && <LockOutlined title={t('applicants.masked')} style={{ color: '#999' }} />}
      {a.applicant.priority && <PriorityTag />}
    </Flex>
  );
}

function educationLine(a: Applicant) {
  const e = a.applicant;
  return [e.universityName, e.majorName, e.degreeName, `${e.graduationYear}`].filter(Boolean).join(' · ');
}

/** 应聘管理: applicants to the organisation's postings by status, bulk moves, and the detail drawer. */
export function ApplicantsPage() {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const openId = params.get('id');
  const { data, isFetching, error, refetch } = useApplicants(query);
  const postings = useOwnPostingOptions();
  const bulk = useBulkChangeStatus();
  const [selected, setSelected] = useState<string[]>([]);
  const [bulkTarget, setBulkTarget] = useState<ApplicationStatus>('interview');
  const [confirming, setConfirming] = useState(false);

  const update = (next: Partial<ApplicantQuery> & { id?: string | null }) => {
    const merged = { ...query, ...next };
    const p = new URLSearchParams();
    if (merged.postingId) p.set('postingId', merged.postingId);
    if (merged.status) p.set('status', merged.status);
    writePaging(p, merged);
    const id = next.id === undefined ? openId : next.id;
    if (id) p.set('id', id);
    setParams(p);
    // Another posting, tab or page shows other rows: a selection the user cannot see must not be moved.
    if ('postingId' in next || 'status' in next || 'page' in next) setSelected([]);
  };

  const items = data?.items ?? [];
  const counts = data?.counts ?? {};
  const all = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const byId = new Map(items.map((a) => [a.id, a]));

  const runBulk = (note: string) =>
    bulk.mutate(
      { ids: selected, status: bulkTarget, note },
      {
        onSuccess: (result) => {
          setConfirming(false);
          setSelected([]);
          if (result.failed === 0) {
            void message.success(t('applicants.bulkDone', { n: result.succeeded }));
            return;
          }
          modal.warning({
            title: t('applicants.bulkPartial', { ok: result.succeeded, failed: result.failed }),
            content: (
              <ul style={{ paddingInlineStart: 20, margin: 0 }} data-testid="bulk-failures">
                {result.results
                  .filter((r) => !r.ok)
                  .map((r) => (
                    <li key={r.id}>
                      {byId.get(r.id)?.applicant.name ?? r.id}：{r.message}
                    </li>
                  ))}
              </ul>
            ),
          });
        },
        onError: showError,
      },
    );

  const columns: TableColumnsType<Applicant> = [
    { title: t('applicants.name'), key: 'name', render: (_v, a) => <ApplicantName a={a} />, width: 180 },
    { title: t('applicants.education'), key: 'education', render: (_v, a) => educationLine(a) },
    {
      title: t('applicants.posting'),
      dataIndex: 'postingTitle',
      render: (title: string) => <span style={{ overflowWrap: 'anywhere' }}>{title}</span>,
    },
    {
      title: t('applicants.status'),
      dataIndex: 'status',
      width: 100,
      render: (status: ApplicationStatus) => <ApplicationStatusTag status={status} />,
    },
    { title: t('applicants.appliedAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_v, a) => (
        <Button type="link" size="small" onClick={() => update({ id: a.id })} data-testid="open-applicant">
          {t('common.view')}
        </Button>
      ),
    },
  ];

  const tabs = [
    { key: 'all', label: t('applicants.all', { n: all }) },
    ...ALL_STATUSES.map((s) => ({ key: s, label: `${statusLabel(s, lang)} ${counts[s] ?? 0}` })),
  ];

  const empty = <Empty description={t('applicants.empty')} />;

  return (
    <>
      <PageHeader title={t('nav.applicants')} />
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: isPhone ? '100%' : 320 }}
          placeholder={t('applicants.allPostings')}
          value={query.postingId}
          onChange={(postingId?: string) => update({ postingId, page: 1 })}
          loading={postings.isPending}
          options={(postings.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
          aria-label={t('applicants.posting')}
          data-testid="posting-filter"
        />
      </Flex>
      <Tabs
        activeKey={query.status ?? 'all'}
        onChange={(key) =>
          update({ status: key === 'all' ? undefined : (key as ApplicationStatus), page: 1 })
        }
        items={tabs}
        size="small"
        data-testid="status-tabs"
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {selected.length > 0 && (
        <Card size="small" style={{ marginBottom: 8 }} data-testid="bulk-bar">
          <Flex gap={8} wrap align="center">
            <Typography.Text>{t('applicants.selected', { n: selected.length })}</Typography.Text>
            <Select
              value={bulkTarget}
              onChange={setBulkTarget}
              style={{ minWidth: 140 }}
              options={BULK_TARGETS.map((s) => ({ value: s, label: statusLabel(s, lang) }))}
              aria-label={t('applicants.bulkTarget')}
            />
            <Button type="primary" onClick={() => setConfirming(true)} data-testid="bulk-move">
              {t('applicants.bulkMove')}
            </Button>
            <Button type="text" onClick={() => setSelected([])}>
              {t('applicants.clearSelection')}
            </Button>
          </Flex>
        </Card>
      )}
      {isPhone ? (
        <PagedCards
          items={items}
          total={data?.total ?? 0}
          loading={isFetching}
          paging={query}
          onPage={(p) => update(p)}
          itemKey={(a) => a.id}
          empty={empty}
          totalText={t('common.total', { total: data?.total ?? 0 })}
          label={t('nav.applicants')}
          testId="applicant-cards"
          renderItem={(a) => (
            <Card size="small">
              <Flex gap={8} align="flex-start">
                <Checkbox
                  checked={selected.includes(a.id)}
                  onChange={(e) =>
                    setSelected((s) => (e.target.checked ? [...s, a.id] : s.filter((id) => id !== a.id)))
                  }
                  aria-label={t('applicants.select', { name: a.applicant.name })}
                />
                <div style={{ minWidth: 0, flex: 1 }} onClick={() => update({ id: a.id })} role="button">
                  <Flex justify="space-between" gap={8}>
                    <ApplicantName a={a} />
                    <ApplicationStatusTag status={a.status} />
                  </Flex>
                  <Typography.Text style={{ display: 'block', overflowWrap: 'anywhere' }}>
                    {educationLine(a)}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                    {a.postingTitle} · {formatDateTime(a.createdAt)}
                  </Typography.Text>
                </div>
              </Flex>
            </Card>
          )}
        />
      ) : (
        <Table
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={isFetching}
          locale={{ emptyText: empty }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
          pagination={serverPagination(query, data?.total ?? 0, (total) => t('common.total', { total }))}
          onChange={(p) => update({ page: p.current ?? 1, pageSize: p.pageSize ?? query.pageSize })}
          data-testid="applicant-table"
        />
      )}
      <MoveModal
        open={confirming}
        count={selected.length}
        to={bulkTarget}
        pending={bulk.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={runBulk}
      />
      <ApplicantDrawer id={openId} onClose={() => update({ id: null })} />
    </>
  );
}
