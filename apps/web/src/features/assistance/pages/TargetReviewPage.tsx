import {
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Flex,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PagedCards } from '../../../components/PagedCards';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { readPaging, serverPagination, writePaging } from '../../../lib/paging';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import {
  REVIEW_BATCH_MAX,
  useDecide,
  useReviews,
  type Decision,
  type ReviewItem,
  type ReviewResult,
} from '../api';
import { EvidenceFile } from '../components/EvidenceFile';
import { ReviewDecisionModal } from '../components/ReviewDecisionModal';
import { categoryName } from '../labels';
import { casePath } from './TargetListPage';

const keyOf = (item: { graduateId: string; category: string }) => `${item.graduateId}:${item.category}`;

/** Each identification of a decision: taken, or refused with the server's reason. */
function Results({ results, byKey }: { results: ReviewResult[]; byKey: Map<string, ReviewItem> }) {
  const { t, lang } = useI18n();
  return (
    <ul style={{ paddingInlineStart: 0, margin: 0, listStyle: 'none' }} data-testid="review-results">
      {results.map((r) => {
        const item = byKey.get(keyOf(r));
        return (
          <li key={keyOf(r)} style={{ padding: '4px 0', overflowWrap: 'anywhere' }}>
            <Flex gap={6} wrap align="center">
              <Typography.Text strong>
                {item ? `${item.name}（${item.studentNo}）` : r.graduateId}
              </Typography.Text>
              <Typography.Text>{categoryName(r.category, lang)}</Typography.Text>
              <Tag color={r.ok ? 'success' : 'error'}>
                {t(r.ok ? 'assistance.review.resultOk' : 'assistance.review.resultRefused')}
              </Tag>
            </Flex>
            {r.message && <Typography.Text type="danger">{r.message}</Typography.Text>}
          </li>
        );
      })}
    </ul>
  );
}

/** Name, 学号 and college of the graduate, linking to their case. */
function Who({ item, showCollege }: { item: ReviewItem; showCollege: boolean }) {
  return (
    <Flex vertical gap={0} style={{ minWidth: 0 }}>
      <Link to={casePath(item.graduateId)}>
        <Typography.Text strong>{item.name}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
          {item.studentNo}
        </Typography.Text>
      </Link>
      {showCollege && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {item.collegeName}
        </Typography.Text>
      )}
    </Flex>
  );
}

/**
 * 认定审核: identifications waiting at the reviewer's stage (counsellors the college's, the
 * career centre the university's), with the proof to open, decided one by one or in bulk; a
 * rejection needs a reason, and each result (taken or refused) is shown.
 */
export function TargetReviewPage() {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const [params, setParams] = useSearchParams();
  const paging = readPaging(params);
  const { data, isFetching, error, refetch } = useReviews(paging);
  const decide = useDecide();
  const [selected, setSelected] = useState<string[]>([]);
  const [deciding, setDeciding] = useState<{ decision: Decision; keys: string[] } | null>(null);
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  const showCollege = me.scope.kind !== 'college';

  const setPaging = (next: { page: number; pageSize: number }) => {
    const p = new URLSearchParams();
    writePaging(p, next);
    setParams(p);
    setSelected([]);
  };

  const run = (reason: string | undefined) => {
    if (!deciding) return;
    const chosen = deciding.keys.map((k) => byKey.get(k)).filter((i): i is ReviewItem => !!i);
    decide.mutate(
      {
        items: chosen.map((i) => ({ graduateId: i.graduateId, category: i.category })),
        decision: deciding.decision,
        reason,
      },
      {
        onSuccess: ({ results }) => {
          setDeciding(null);
          setSelected([]);
          const refused = results.filter((r) => !r.ok).length;
          if (refused === 0) {
            void message.success(t('assistance.review.done', { n: results.length }));
            return;
          }
          modal.warning({
            title: t('assistance.review.partial', { done: results.length - refused, refused }),
            content: <Results results={results} byKey={byKey} />,
            okText: t('common.close'),
            width: 560,
          });
        },
        onError: showError,
      },
    );
  };

  const rowButtons = (item: ReviewItem) => (
    <Flex gap={6}>
      <Button
        size="small"
        type="primary"
        onClick={() => setDeciding({ decision: 'approve', keys: [keyOf(item)] })}
        aria-label={t('assistance.review.approveOne', {
          name: item.name,
          category: categoryName(item.category, lang),
        })}
        data-testid="approve-one"
      >
        {t('assistance.review.approve')}
      </Button>
      <Button
        size="small"
        danger
        onClick={() => setDeciding({ decision: 'reject', keys: [keyOf(item)] })}
        aria-label={t('assistance.review.rejectOne', {
          name: item.name,
          category: categoryName(item.category, lang),
        })}
      >
        {t('assistance.review.reject')}
      </Button>
    </Flex>
  );

  const columns: TableColumnsType<ReviewItem> = [
    {
      title: t('graduate.name'),
      key: 'who',
      width: 200,
      render: (_v, item) => <Who item={item} showCollege={showCollege} />,
    },
    {
      title: t('assistance.review.category'),
      dataIndex: 'category',
      width: 150,
      render: (c: string) => <Typography.Text strong>{categoryName(c, lang)}</Typography.Text>,
    },
    {
      title: t('assistance.review.proof'),
      key: 'proof',
      render: (_v, item) => (
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          {item.evidence ? (
            <EvidenceFile evidence={item.evidence} subject={item.graduateId} compact />
          ) : (
            <Typography.Text type="warning">{t('assistance.review.noProof')}</Typography.Text>
          )}
          {item.note && (
            <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
              {item.note}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('assistance.review.appliedAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_v, item) => rowButtons(item),
    },
  ];

  const empty = <Empty description={t('assistance.review.empty')} />;

  return (
    <>
      <PageHeader title={t('nav.assistanceReviews')} />
      <Typography.Paragraph type="secondary">
        {t(me.role === 'counsellor' ? 'assistance.review.introCollege' : 'assistance.review.introUniversity')}
      </Typography.Paragraph>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {selected.length > 0 && (
        <Card size="small" style={{ marginBottom: 8 }} data-testid="review-bulk-bar">
          <Flex gap={8} wrap align="center">
            <Typography.Text>{t('assistance.review.selected', { n: selected.length })}</Typography.Text>
            <Button
              type="primary"
              onClick={() => setDeciding({ decision: 'approve', keys: selected })}
              data-testid="bulk-approve"
            >
              {t('assistance.review.bulkApprove')}
            </Button>
            <Button
              danger
              onClick={() => setDeciding({ decision: 'reject', keys: selected })}
              data-testid="bulk-reject"
            >
              {t('assistance.review.bulkReject')}
            </Button>
            <Button type="text" onClick={() => setSelected([])}>
              {t('assistance.review.clear')}
            </Button>
          </Flex>
        </Card>
      )}
      {isPhone ? (
        <PagedCards
          items={items}
          total={total}
          loading={isFetching}
          paging={paging}
          onPage={setPaging}
          itemKey={keyOf}
          empty={empty}
          totalText={t('common.total', { total })}
          label={t('nav.assistanceReviews')}
          testId="review-cards"
          renderItem={(item) => (
            <Card size="small">
              <Flex gap={8} align="flex-start">
                <Checkbox
                  checked={selected.includes(keyOf(item))}
                  onChange={(e) =>
                    setSelected((s) =>
                      e.target.checked ? [...s, keyOf(item)] : s.filter((k) => k !== keyOf(item)),
                    )
                  }
                  aria-label={t('assistance.review.select', {
                    name: item.name,
                    category: categoryName(item.category, lang),
                  })}
                />
                <Flex vertical gap={6} style={{ minWidth: 0, flex: 1 }}>
                  <Flex justify="space-between" gap={8} wrap>
                    <Who item={item} showCollege={showCollege} />
                    <Typography.Text strong>{categoryName(item.category, lang)}</Typography.Text>
                  </Flex>
                  {item.evidence ? (
                    <EvidenceFile evidence={item.evidence} subject={item.graduateId} compact />
                  ) : (
                    <Typography.Text type="warning">{t('assistance.review.noProof')}</Typography.Text>
                  )}
                  {item.note && (
                    <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                      {item.note}
                    </Typography.Text>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(item.createdAt)}
                  </Typography.Text>
                  {rowButtons(item)}
                </Flex>
              </Flex>
            </Card>
          )}
        />
      ) : (
        <Table<ReviewItem>
          rowKey={keyOf}
          size="middle"
          columns={columns}
          dataSource={items}
          loading={isFetching}
          scroll={{ x: 900 }}
          locale={{ emptyText: empty }}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected((keys as string[]).slice(0, REVIEW_BATCH_MAX)),
            getCheckboxProps: (item) => ({
              'aria-label': t('assistance.review.select', {
                name: item.name,
                category: categoryName(item.category, lang),
              }),
            }),
          }}
          pagination={serverPagination(paging, total, (n) => t('common.total', { total: n }))}
          onChange={(pagination) =>
            setPaging({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? paging.pageSize })
          }
          data-testid="review-table"
        />
      )}
      <ReviewDecisionModal
        decision={deciding?.decision ?? null}
        count={deciding?.keys.length ?? 0}
        pending={decide.isPending}
        onCancel={() => setDeciding(null)}
        onConfirm={run}
      />
    </>
  );
}
