import { can } from '@jiuye/domain/permissions';
import { Button, Empty, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { BulkBar } from '../../../components/BulkBar';
import { useBulkReport } from '../../../components/BulkResults';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/PagedList';
import { CardHeading, SelectableCard } from '../../../components/SelectableCard';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { currentCohortYear, formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useSelection } from '../../../lib/useSelection';
import { useCurrentUser } from '../../auth/api';
import { ExportButtons } from '../../monitoring/components/ExportButtons';
import {
  BULK_MAX,
  subsidyExportPath,
  useReviewSubsidies,
  useSubsidies,
  type SubsidyApplication,
  type SubsidyDecisionKind,
  type SubsidyQuery,
} from '../api';
import { BulkResults } from '../components/BulkResults';
import { DecisionModal } from '../components/DecisionModal';
import { SubsidyDrawer } from '../components/SubsidyDrawer';
import { SubsidyFilters } from '../components/SubsidyFilters';
import {
  categoryName,
  formatYuan,
  reviewStageOf,
  subsidyStatusName,
  SubsidyStatusTag,
  waitsFor,
} from '../labels';
import { readSubsidyQuery, toSubsidyParams } from '../params';

/**
 * 补贴审核: 一次性求职补贴 applications in the reviewer's scope, opening on those waiting at the
 * reviewer's stage (院系 → 学校 → 人社部门), with bulk approve / reject (each refused one says why),
 * a drawer per application, and for the HR&SS office the paying list's export and 登记发放.
 */
export function SubsidyReviewPage() {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const report = useBulkReport();
  const showError = useShowError();
  const reviews = reviewStageOf(me.role) !== null && can(me.role, 'subsidies.review');
  const pays = me.role === 'hrss_official';
  const [params, setParams] = useSearchParams();
  const query = readSubsidyQuery(params, reviews);
  const openId = params.get('id');
  const { data, isFetching, error, refetch } = useSubsidies(query);
  const bulk = useReviewSubsidies();
  const selection = useSelection(BULK_MAX);
  const selected = selection.selected;
  const [bulkDecision, setBulkDecision] = useState<SubsidyDecisionKind | null>(null);

  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const byId = new Map(items.map((item) => [item.id, item]));

  const update = (next: Partial<SubsidyQuery> & { id?: string | null }) => {
    const { id, ...rest } = next;
    setParams(toSubsidyParams({ ...query, ...rest }, reviews, id === undefined ? openId : id));
    if (Object.keys(rest).length > 0) selection.clear();
  };

  const runBulk = (reason: string | undefined) =>
    bulkDecision &&
    bulk.mutate(
      { ids: selected, decision: bulkDecision, reason },
      {
        onSuccess: ({ results }) => {
          setBulkDecision(null);
          selection.clear();
          const done = results.filter((r) => r.ok).length;
          const refused = results.length - done;
          report({
            refused,
            doneText: t('subsidies.bulkDone', { n: done }),
            partialTitle: t('subsidies.bulkPartial', { done, refused }),
            details: <BulkResults result={{ results }} byId={byId} />,
          });
        },
        onError: showError,
      },
    );

  const selectable = (item: SubsidyApplication) => reviews && waitsFor(item.status, me.role);
  const open = (item: SubsidyApplication) => update({ id: item.id });
  const showCollege = me.scope.kind !== 'college';
  // The paying list is one cohort's, of those to be paid (or, when the list shows them, already paid).
  const exportYear = query.graduationYear ?? currentCohortYear();
  const exportStatus = query.status === 'paid' ? 'paid' : 'approved';
  const showUniversity = me.scope.kind === 'province' || me.scope.kind === 'national';

  const columns: TableColumnsType<SubsidyApplication> = [
    { title: t('graduate.studentNo'), dataIndex: 'studentNo', width: 124 },
    {
      title: t('graduate.name'),
      dataIndex: 'name',
      width: 120,
      render: (name: string, item) => (
        <Flex gap={4} wrap>
          <Typography.Text strong>{name}</Typography.Text>
          {item.onBehalf && <Tag style={{ marginInlineEnd: 0 }}>{t('subsidies.onBehalfShort')}</Tag>}
        </Flex>
      ),
    },
    ...(showUniversity
      ? [{ title: t('graduate.university'), dataIndex: 'universityName', width: 130, ellipsis: true }]
      : []),
    ...(showCollege
      ? [{ title: t('graduate.college'), dataIndex: 'collegeName', width: 120, ellipsis: true }]
      : []),
    {
      title: t('subsidies.category'),
      dataIndex: 'category',
      width: 120,
      render: (c: string) => categoryName(c, lang),
    },
    {
      title: t('subsidies.amount'),
      dataIndex: 'amountFen',
      width: 90,
      align: 'right',
      render: (fen: number) => formatYuan(fen, lang),
    },
    {
      title: t('subsidies.status'),
      dataIndex: 'status',
      width: 124,
      render: (_v, item) => <SubsidyStatusTag status={item.status} />,
    },
    { title: t('graduate.updatedAt'), dataIndex: 'updatedAt', width: 140, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 64,
      fixed: 'right',
      render: (_v, item) => (
        <Button
          type="link"
          size="small"
          onClick={() => open(item)}
          aria-label={t('subsidies.open', { name: item.name })}
          data-testid="open-subsidy"
        >
          {t('common.view')}
        </Button>
      ),
    },
  ];

  const empty = (
    <Empty description={t(query.mine && !query.q ? 'subsidies.queueEmpty' : 'subsidies.empty')} />
  );

  return (
    <>
      <PageHeader
        title={t('nav.subsidies')}
        extra={
          pays && (
            <Flex vertical gap={4} align={isPhone ? 'flex-start' : 'flex-end'}>
              <ExportButtons
                href={(format) =>
                  subsidyExportPath({ graduationYear: exportYear, status: exportStatus }, format)
                }
                testId="subsidy-export"
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('subsidies.exportWhat', {
                  year: exportYear,
                  status: subsidyStatusName(exportStatus, lang),
                })}
              </Typography.Text>
            </Flex>
          )
        }
      />
      <Typography.Paragraph type="secondary">
        {t(
          me.role === 'counsellor'
            ? 'subsidies.introCollege'
            : me.role === 'career_centre'
              ? 'subsidies.introUniversity'
              : 'subsidies.introProvince',
        )}
      </Typography.Paragraph>
      <SubsidyFilters query={query} reviews={reviews} onChange={(patch) => update({ ...patch, page: 1 })} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {selected.length > 0 && (
        <BulkBar
          testId="subsidy-bulk-bar"
          selectedText={t('subsidies.selected', { n: selected.length })}
          clearText={t('subsidies.clearSelection')}
          onClear={selection.clear}
        >
          <Button
            type="primary"
            onClick={() => setBulkDecision('approve')}
            data-testid="subsidy-bulk-approve"
          >
            {t('subsidies.bulkApprove')}
          </Button>
          <Button danger onClick={() => setBulkDecision('reject')} data-testid="subsidy-bulk-reject">
            {t('subsidies.bulkReject')}
          </Button>
        </BulkBar>
      )}
      <PagedList<SubsidyApplication>
        items={items}
        total={total}
        loading={isFetching}
        paging={query}
        onPage={(p) => update(p)}
        rowKey={(item) => item.id}
        empty={empty}
        label={t('nav.subsidies')}
        testIds={{ cards: 'subsidy-cards', table: 'subsidy-table' }}
        columns={columns}
        scrollX={1060}
        table={{
          rowSelection: reviews
            ? {
                selectedRowKeys: selected,
                onChange: (keys) => selection.set(keys as string[]),
                getCheckboxProps: (item) => ({
                  disabled: !selectable(item),
                  'aria-label': t('subsidies.select', { name: item.name }),
                }),
              }
            : undefined,
        }}
        renderCard={(item) => (
          <SelectableCard
            selectable={selectable(item)}
            checked={selected.includes(item.id)}
            onCheck={(on) => selection.toggle(item.id, on)}
            selectLabel={t('subsidies.select', { name: item.name })}
            onOpen={() => open(item)}
            openLabel={t('subsidies.open', { name: item.name })}
          >
            <CardHeading
              name={item.name}
              detail={item.studentNo}
              tag={<SubsidyStatusTag status={item.status} />}
            />
            <div>
              {categoryName(item.category, lang)} · {formatYuan(item.amountFen, lang)}
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
              {[
                showUniversity ? item.universityName : null,
                showCollege ? item.collegeName : null,
                item.onBehalf ? t('subsidies.onBehalfShort') : null,
                formatDateTime(item.updatedAt),
              ]
                .filter(Boolean)
                .join(' · ')}
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
      <SubsidyDrawer id={openId} onClose={() => update({ id: null })} />
    </>
  );
}
