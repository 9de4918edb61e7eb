import { Button, Card, Checkbox, Empty, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { BulkBar } from '../../../components/BulkBar';
import { BulkResultList, personLabel, useBulkReport } from '../../../components/BulkResults';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/PagedList';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { readPaging, writePaging } from '../../../lib/paging';
import { useSelection } from '../../../lib/useSelection';
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
    <BulkResultList
      testId="review-results"
      rows={results.map((r) => ({
        key: keyOf(r),
        who: personLabel(byKey.get(keyOf(r)), r.graduateId),
        detail: <Typography.Text>{categoryName(r.category, lang)}</Typography.Text>,
        tag: (
          <Tag color={r.ok ? 'success' : 'error'}>
            {t(r.ok ? 'assistance.review.resultOk' : 'assistance.review.resultRefused')}
          </Tag>
        ),
        message: r.message,
      }))}
    />
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
  const report = useBulkReport();
  const showError = useShowError();
  const [params, setParams] = useSearchParams();
  const paging = readPaging(params);
  const { data, isFetching, error, refetch } = useReviews(paging);
  const decide = useDecide();
  const selection = useSelection(REVIEW_BATCH_MAX);
  const selected = selection.selected;
  const [deciding, setDeciding] = useState<{ decision: Decision; keys: string[] } | null>(null);
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  const showCollege = me.scope.kind !== 'college';

  const setPaging = (next: { page: number; pageSize: number }) => {
    const p = new URLSearchParams();
    writePaging(p, next);
    setParams(p);
    selection.clear();
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
          selection.clear();
          const refused = results.filter((r) => !r.ok).length;
          report({
            refused,
            doneText: t('assistance.review.done', { n: results.length }),
            partialTitle: t('assistance.review.partial', { done: results.length - refused, refused }),
            details: <Results results={results} byKey={byKey} />,
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
        <BulkBar
          testId="review-bulk-bar"
          selectedText={t('assistance.review.selected', { n: selected.length })}
          clearText={t('assistance.review.clear')}
          onClear={selection.clear}
        >
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
        </BulkBar>
      )}
      <PagedList<ReviewItem>
        items={items}
        total={total}
        loading={isFetching}
        paging={paging}
        onPage={setPaging}
        rowKey={keyOf}
        empty={empty}
        label={t('nav.assistanceReviews')}
        testIds={{ cards: 'review-cards', table: 'review-table' }}
        columns={columns}
        scrollX={900}
        table={{
          rowSelection: {
            selectedRowKeys: selected,
            onChange: (keys) => selection.set(keys as string[]),
            getCheckboxProps: (item) => ({
              'aria-label': t('assistance.review.select', {
                name: item.name,
                category: categoryName(item.category, lang),
              }),
            }),
          },
        }}
        renderCard={(item) => (
          <Card size="small">
            <Flex gap={8} align="flex-start">
              <Checkbox
                checked={selected.includes(keyOf(item))}
                onChange={(e) => selection.toggle(keyOf(item), e.target.checked)}
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
