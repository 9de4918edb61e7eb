import { Button, Card, Empty, Flex, Segmented, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/PagedList';
import { ErrorAlert } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { readPaging, writePaging } from '../../../lib/paging';
import { DestinationDrawer } from '../../destinations/components/DestinationDrawer';
import { useDisputes, type Dispute, type DisputeQuery, type DisputeStatus } from '../api';
import { DisputeDecisionModal } from '../components/DisputeDecisionModal';
import { DisputeSubjectText } from '../components/DisputeSubjectText';
import { DISPUTE_STATUSES, disputeStatusLabel, DisputeStatusTag } from '../labels';

// The page opens on the open ones (the queue); "all" in the URL is an explicit choice of every state.
const ALL = 'all';

function readQuery(params: URLSearchParams): DisputeQuery {
  const status = params.get('status');
  return {
    ...readPaging(params),
    status:
      status === null
        ? 'open'
        : (DISPUTE_STATUSES as readonly string[]).includes(status)
          ? (status as DisputeStatus)
          : undefined,
  };
}

function toParams(query: DisputeQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.status !== 'open') p.set('status', query.status ?? ALL);
  writePaging(p, query);
  return p;
}

/** The university's decision and its note, or nothing yet. */
function DecisionText({ dispute }: { dispute: Dispute }) {
  const { t } = useI18n();
  if (dispute.status === 'open') return null;
  return (
    <Flex vertical gap={2}>
      <Typography.Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {dispute.decisionNote}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('disputes.decidedAt', { at: formatDateTime(dispute.decidedAt) })}
      </Typography.Text>
    </Flex>
  );
}

function Actions({
  dispute,
  onDecide,
  onOpen,
}: {
  dispute: Dispute;
  onDecide: (d: Dispute) => void;
  onOpen: (d: Dispute) => void;
}) {
  const { t } = useI18n();
  return (
    <Flex gap={8} wrap>
      {dispute.status === 'open' && (
        <Button type="primary" size="small" onClick={() => onDecide(dispute)} data-testid="decide">
          {t('disputes.decide.button')}
        </Button>
      )}
      <Button
        size="small"
        onClick={() => onOpen(dispute)}
        aria-label={t('disputes.openRecord', { name: dispute.name })}
      >
        {t('disputes.record')}
      </Button>
    </Flex>
  );
}

function DisputeCard({
  dispute,
  onDecide,
  onOpen,
}: {
  dispute: Dispute;
  onDecide: (d: Dispute) => void;
  onOpen: (d: Dispute) => void;
}) {
  return (
    <Card size="small">
      <Flex vertical gap={6}>
        <Flex justify="space-between" gap={8} align="baseline">
          <Typography.Text strong>
            {dispute.name}
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 6 }}>
              {dispute.studentNo}
            </Typography.Text>
          </Typography.Text>
          <DisputeStatusTag status={dispute.status} />
        </Flex>
        <DisputeSubjectText dispute={dispute} />
        <Typography.Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {dispute.reason}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(dispute.createdAt)}
        </Typography.Text>
        <DecisionText dispute={dispute} />
        <Actions dispute={dispute} onDecide={onDecide} onOpen={onOpen} />
      </Flex>
    </Card>
  );
}

/**
 * 存疑处理: what graduates of the university doubted about a lookup of their record or the record
 * itself; the career centre decides each (成立 / 不成立) with a note, and can open the registration to
 * correct it.
 */
export function DisputeQueuePage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const { data, isFetching, error, refetch } = useDisputes(query);
  const [deciding, setDeciding] = useState<Dispute | null>(null);
  const [opened, setOpened] = useState<Dispute | null>(null);
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const update = (patch: Partial<DisputeQuery>) => setParams(toParams({ ...query, ...patch }));
  const empty = (
    <Empty description={query.status === 'open' ? t('disputes.queueEmpty') : t('disputes.empty')} />
  );

  const columns: TableColumnsType<Dispute> = [
    { title: t('disputes.raisedAt'), dataIndex: 'createdAt', width: 140, render: formatDateTime },
    {
      title: t('disputes.graduate'),
      key: 'graduate',
      width: 140,
      render: (_v, d) => (
        <Flex vertical>
          <Typography.Text strong>{d.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.studentNo}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('disputes.subject'),
      key: 'subject',
      width: 220,
      render: (_v, d) => <DisputeSubjectText dispute={d} />,
    },
    {
      title: t('disputes.reason'),
      dataIndex: 'reason',
      render: (reason: string) => (
        <Typography.Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {reason}
        </Typography.Text>
      ),
    },
    {
      title: t('disputes.status'),
      dataIndex: 'status',
      width: 90,
      render: (_v, d) => <DisputeStatusTag status={d.status} />,
    },
    {
      title: t('disputes.decision'),
      key: 'decision',
      width: 200,
      render: (_v, d) => <DecisionText dispute={d} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      fixed: 'right',
      render: (_v, d) => <Actions dispute={d} onDecide={setDeciding} onOpen={setOpened} />,
    },
  ];

  return (
    <>
      <PageHeader title={t('nav.disputes')} />
      <Typography.Paragraph type="secondary">{t('disputes.intro')}</Typography.Paragraph>
      <div style={{ marginBottom: 12, overflowX: 'auto' }}>
        <Segmented<DisputeStatus | typeof ALL>
          value={query.status ?? ALL}
          onChange={(value) => update({ status: value === ALL ? undefined : value, page: 1 })}
          options={[
            ...DISPUTE_STATUSES.map((s) => ({ value: s, label: t(disputeStatusLabel(s)) })),
            { value: ALL, label: t('disputes.all') },
          ]}
          aria-label={t('disputes.status')}
          data-testid="dispute-status"
        />
      </div>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <PagedList<Dispute>
        items={items}
        total={total}
        loading={isFetching}
        paging={query}
        onPage={(paging) => update(paging)}
        rowKey={(d) => d.id}
        empty={empty}
        label={t('nav.disputes')}
        testIds={{ cards: 'dispute-cards', table: 'dispute-table' }}
        columns={columns}
        scrollX={1100}
        renderCard={(d) => <DisputeCard dispute={d} onDecide={setDeciding} onOpen={setOpened} />}
      />
      <DisputeDecisionModal dispute={deciding} onClose={() => setDeciding(null)} />
      <DestinationDrawer graduateId={opened?.graduateId ?? null} onClose={() => setOpened(null)} />
    </>
  );
}
