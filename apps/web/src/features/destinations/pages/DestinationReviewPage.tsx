import { Button, Empty, Tag, Typography, type TableColumnType, type TableColumnsType } from 'antd';
import { proofKindsFor } from '@jiuye/domain/destinations/review';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { BulkBar } from '../../../components/BulkBar';
import { BulkResultList, personLabel, useBulkReport } from '../../../components/BulkResults';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/PagedList';
import { CardHeading, SelectableCard } from '../../../components/SelectableCard';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useSelection } from '../../../lib/useSelection';
import { useCurrentUser } from '../../auth/api';
import {
  useBulkReview,
  useReviewList,
  type BulkReviewResult,
  type Decision,
  type ReviewItem,
  type ReviewQuery,
  type ReviewSort,
} from '../api';
import { DecisionModal } from '../components/DecisionModal';
import { DestinationDrawer } from '../components/DestinationDrawer';
import { ReviewFilters } from '../components/ReviewFilters';
import { codeLabel, DestinationStatusTag, reviewStatusOf, STATUS_LABELS } from '../labels';
import { readReviewQuery, toReviewParams } from '../params';

/** Where the graduate went: the code, and the unit, school or business under it. */
function DestinationCell({ item }: { item: ReviewItem }) {
  const { lang } = useI18n();
  return (
    <div style={{ minWidth: 0 }}>
      <div style={{ overflowWrap: 'anywhere' }}>{codeLabel(item.destinationCode, lang)}</div>
      {item.unitName && (
        <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {item.unitName}
        </Typography.Text>
      )}
    </div>
  );
}

/** Each registration of a bulk decision: taken, or refused with the server's reason. */
function BulkResults({ result, byId }: { result: BulkReviewResult; byId: Map<string, ReviewItem> }) {
  const { t } = useI18n();
  return (
    <BulkResultList
      testId="bulk-results"
      rows={result.results.map((r) => ({
        key: r.graduateId,
        who: personLabel(byId.get(r.graduateId), r.graduateId),
        tag:
          r.ok && r.status ? (
            <Tag color="success">{t(STATUS_LABELS[r.status])}</Tag>
          ) : (
            <Tag color="error">{t('destinationReview.bulkRefusedTag')}</Tag>
          ),
        message: r.message,
      }))}
    />
  );
}

/**
 * 去向审核: registrations in the reviewer's scope, opening on their own queue (counsellors the
 * college stage, the career centre the university stage), with bulk approve / return and a drawer
 * for each registration.
 */
export function DestinationReviewPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const report = useBulkReport();
  const showError = useShowError();
  const ownStatus = reviewStatusOf(me.role);
  const [params, setParams] = useSearchParams();
  const query = readReviewQuery(params, ownStatus);
  const openId = params.get('id');
  const { data, isFetching, error, refetch } = useReviewList(query);
  const bulk = useBulkReview();
  const selection = useSelection();
  const selected = selection.selected;
  const [bulkDecision, setBulkDecision] = useState<Decision | null>(null);
  // The row a drawer was opened from, kept for its 学号 and college after a decision moves it off the list.
  const [opened, setOpened] = useState<ReviewItem>();

  const items = data?.items ?? [];
  const byId = new Map(items.map((item) => [item.graduateId, item]));

  const update = (next: Partial<ReviewQuery> & { id?: string | null }) => {
    const { id, ...rest } = next;
    const p = toReviewParams({ ...query, ...rest }, ownStatus);
    const drawer = id === undefined ? openId : id;
    if (drawer) p.set('id', drawer);
    setParams(p);
    // Other rows on screen: a selection the reviewer can no longer see must not be decided.
    if (Object.keys(rest).length > 0) selection.clear();
  };

  const open = (item: ReviewItem) => {
    setOpened(item);
    update({ id: item.graduateId });
  };

  const runBulk = (reason: string | undefined) =>
    bulkDecision &&
    bulk.mutate(
      { graduateIds: selected, decision: bulkDecision, reason },
      {
        onSuccess: (result) => {
          setBulkDecision(null);
          selection.clear();
          report({
            refused: result.refused,
            doneText: t('destinationReview.bulkDone', { n: result.done }),
            partialTitle: t('destinationReview.bulkPartial', { done: result.done, refused: result.refused }),
            details: <BulkResults result={result} byId={byId} />,
          });
        },
        onError: showError,
      },
    );

  const sortOrderOf = (key: ReviewSort): TableColumnType<ReviewItem>['sortOrder'] =>
    query.sort === key ? (query.order === 'desc' ? 'descend' : 'ascend') : null;

  const columns: TableColumnsType<ReviewItem> = [
    {
      title: t('graduate.studentNo'),
      dataIndex: 'studentNo',
      key: 'student_no',
      sorter: true,
      sortOrder: sortOrderOf('student_no'),
      width: 130,
    },
    {
      title: t('graduate.name'),
      dataIndex: 'name',
      width: 100,
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    // A counsellor's list is one college: the column would repeat it on every row.
    ...(me.scope.kind === 'college'
      ? []
      : [{ title: t('graduate.college'), dataIndex: 'collegeName', width: 150, ellipsis: true }]),
    { title: t('destinationReview.cohortColumn'), dataIndex: 'graduationYear', width: 80 },
    {
      title: t('destinationReview.destination'),
      key: 'destination',
      render: (_v, item) => <DestinationCell item={item} />,
    },
    {
      title: t('destinationReview.status'),
      dataIndex: 'status',
      width: 110,
      render: (_v, item) => <DestinationStatusTag status={item.status} />,
    },
    {
      title: t('destinationReview.evidence'),
      dataIndex: 'evidenceCount',
      width: 80,
      // No file is only a problem where the destination needs proof (not for 待就业 and the like).
      render: (n: number, item) =>
        n === 0 && proofKindsFor(item.destinationCode).length > 0 ? (
          <Typography.Text type="warning">0</Typography.Text>
        ) : (
          n
        ),
    },
    {
      title: t('graduate.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updated_at',
      sorter: true,
      sortOrder: sortOrderOf('updated_at'),
      width: 150,
      render: formatDateTime,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 80,
      fixed: 'right',
      render: (_v, item) => (
        <Button
          type="link"
          size="small"
          onClick={() => open(item)}
          aria-label={t('destinationReview.open', { name: item.name })}
          data-testid="open-destination"
        >
          {t('common.view')}
        </Button>
      ),
    },
  ];

  // Only the registrations waiting on this reviewer's stage can be decided; the others are not offered.
  const selectable = (item: ReviewItem) => item.status === ownStatus;
  const empty = (
    <Empty
      description={
        query.status === ownStatus && !query.q
          ? t('destinationReview.queueEmpty')
          : t('destinationReview.empty')
      }
    />
  );

  return (
    <>
      <PageHeader title={t('nav.destinationReview')} />
      <Typography.Paragraph type="secondary">
        {t(
          ownStatus === 'pending_college'
            ? 'destinationReview.introCollege'
            : 'destinationReview.introUniversity',
        )}
      </Typography.Paragraph>
      <ReviewFilters
        query={query}
        pickCollege={me.scope.kind !== 'college'}
        onChange={(patch) => update({ ...patch, page: 1 })}
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {selected.length > 0 && (
        <BulkBar
          testId="bulk-bar"
          selectedText={t('destinationReview.selected', { n: selected.length })}
          clearText={t('destinationReview.clearSelection')}
          onClear={selection.clear}
        >
          <Button type="primary" onClick={() => setBulkDecision('approve')} data-testid="bulk-approve">
            {t('destinationReview.bulkApprove')}
          </Button>
          <Button danger onClick={() => setBulkDecision('return')} data-testid="bulk-return">
            {t('destinationReview.bulkReturn')}
          </Button>
        </BulkBar>
      )}
      <PagedList<ReviewItem>
        items={items}
        total={data?.total ?? 0}
        loading={isFetching}
        paging={query}
        onPage={(p) => update(p)}
        rowKey={(item) => item.graduateId}
        empty={empty}
        label={t('nav.destinationReview')}
        testIds={{ cards: 'destination-cards', table: 'destination-table' }}
        columns={columns}
        scrollX={1000}
        table={{
          rowSelection: {
            selectedRowKeys: selected,
            onChange: (keys) => selection.set(keys as string[]),
            getCheckboxProps: (item) => ({
              disabled: !selectable(item),
              'aria-label': t('destinationReview.select', { name: item.name }),
            }),
          },
          onChange: (pagination, _filters, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const key = s?.order ? (s.columnKey as ReviewSort) : 'updated_at';
            update({
              page: pagination.current ?? 1,
              pageSize: pagination.pageSize ?? query.pageSize,
              sort: key,
              order: s?.order === 'descend' ? 'desc' : 'asc',
            });
          },
        }}
        renderCard={(item) => (
          <SelectableCard
            selectable={selectable(item)}
            checked={selected.includes(item.graduateId)}
            onCheck={(on) => selection.toggle(item.graduateId, on)}
            selectLabel={t('destinationReview.select', { name: item.name })}
            onOpen={() => open(item)}
            openLabel={t('destinationReview.open', { name: item.name })}
          >
            <CardHeading
              name={item.name}
              detail={item.studentNo}
              tag={<DestinationStatusTag status={item.status} />}
            />
            <DestinationCell item={item} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[
                me.scope.kind === 'college' ? null : item.collegeName,
                t('destinationReview.evidenceCount', { n: item.evidenceCount }),
                formatDateTime(item.updatedAt),
              ]
                .filter(Boolean)
                .join(' · ') || EMPTY}
            </Typography.Text>
          </SelectableCard>
        )}
      />
      <DecisionModal
        decision={bulkDecision}
        count={selected.length}
        pending={bulk.isPending}
        onCancel={() => setBulkDecision(null)}
        onConfirm={runBulk}
      />
      <DestinationDrawer
        graduateId={openId}
        row={openId ? (byId.get(openId) ?? (opened?.graduateId === openId ? opened : undefined)) : undefined}
        onClose={() => update({ id: null })}
      />
    </>
  );
}
