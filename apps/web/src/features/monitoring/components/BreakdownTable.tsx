import { Button, Card, Empty, Flex, Select, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { PagedCards } from '../../../components/PagedCards';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { DEFAULT_PAGE_SIZE } from '../../../lib/paging';
import { useIsPhone } from '../../../lib/responsive';
import {
  breakdownExportPath,
  useBreakdown,
  type BreakdownRow,
  type Cohort,
  type Dimension,
  type RateKey,
} from '../api';
import { DIMENSION_LABELS, formatRate, PLACEMENT_PARTS, RATE_LABELS, rowName } from '../labels';
import { childScope } from '../params';
import { ExportButtons } from './ExportButtons';

type SortKey = 'total' | RateKey | 'pendingReview';

/** The row's name; a link when the row is a place inside the scope (drilling in). */
function RowName({
  row,
  dimension,
  onDrill,
}: {
  row: BreakdownRow;
  dimension: Dimension;
  onDrill: (s: string) => void;
}) {
  const { t, lang } = useI18n();
  const name = rowName(dimension, row, lang, t);
  const scope = childScope(dimension, row.key);
  if (!scope) return <span style={{ overflowWrap: 'anywhere' }}>{name}</span>;
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
      aria-label={t('monitoring.drillInto', { name })}
      onClick={(event) => {
        // The row drills on click as well; once is enough.
        event.stopPropagation();
        onDrill(scope);
      }}
    >
      {name}
    </Button>
  );
}

/** One group on a phone: its name and size, 去向落实率, then the rest in a line. */
function BreakdownCard({
  row,
  dimension,
  onDrill,
}: {
  row: BreakdownRow;
  dimension: Dimension;
  onDrill: (s: string) => void;
}) {
  const { t } = useI18n();
  const parts = [
    ...PLACEMENT_PARTS.map((k) => `${t(RATE_LABELS[k])} ${formatRate(row[k])}`),
    `${t(RATE_LABELS.registrationRate)} ${formatRate(row.registrationRate)}`,
    `${t('monitoring.pendingReview')} ${formatCount(row.pendingReview)}`,
  ];
  return (
    <Card size="small">
      <Flex justify="space-between" align="baseline" gap={8}>
        <Typography.Text strong style={{ minWidth: 0 }}>
          <RowName row={row} dimension={dimension} onDrill={onDrill} />
        </Typography.Text>
        <Typography.Text type="secondary" style={{ flexShrink: 0, fontSize: 12 }}>
          {t('monitoring.graduatesN', { n: formatCount(row.total) })}
        </Typography.Text>
      </Flex>
      <Typography.Text strong style={{ fontSize: 18 }}>
        {formatRate(row.placementRate)}
      </Typography.Text>{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(RATE_LABELS.placementRate)}
      </Typography.Text>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {parts.join(' · ')}
        </Typography.Text>
      </div>
    </Card>
  );
}

/** The phone's list: sorted by a choice above it, a page at a time. */
function BreakdownCards({
  rows,
  dimension,
  onDrill,
}: {
  rows: BreakdownRow[];
  dimension: Dimension;
  onDrill: (s: string) => void;
}) {
  const { t } = useI18n();
  const [sort, setSort] = useState<SortKey>('total');
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const sorted = [...rows].sort((a, b) => b[sort] - a[sort]);
  const start = (paging.page - 1) * paging.pageSize;
  const sortOptions: { value: SortKey; label: string }[] = [
    { value: 'total', label: t('monitoring.total') },
    { value: 'placementRate', label: t(RATE_LABELS.placementRate) },
    { value: 'registrationRate', label: t(RATE_LABELS.registrationRate) },
    { value: 'pendingReview', label: t('monitoring.pendingReview') },
  ];
  return (
    <>
      <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('monitoring.sortBy')}</Typography.Text>
        <Select<SortKey>
          size="small"
          value={sort}
          options={sortOptions}
          onChange={(value) => {
            setSort(value);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          aria-label={t('monitoring.sortBy')}
          style={{ minWidth: 120 }}
        />
      </Flex>
      <PagedCards
        items={sorted.slice(start, start + paging.pageSize)}
        total={rows.length}
        loading={false}
        paging={paging}
        onPage={setPaging}
        itemKey={(row) => row.key}
        empty={null}
        totalText={t('common.total', { total: rows.length })}
        label={t('monitoring.breakdown.title')}
        testId="breakdown-cards"
        renderItem={(row) => <BreakdownCard row={row} dimension={dimension} onDrill={onDrill} />}
      />
    </>
  );
}

/** The desktop table: every rate a column, each sortable; a row that is a place drills in on click. */
function BreakdownGrid({
  rows,
  dimension,
  onDrill,
}: {
  rows: BreakdownRow[];
  dimension: Dimension;
  onDrill: (s: string) => void;
}) {
  const { t } = useI18n();
  const rateColumn = (key: RateKey, strong = false): TableColumnsType<BreakdownRow>[number] => ({
    title: t(RATE_LABELS[key]),
    dataIndex: key,
    align: 'right',
    sorter: (a, b) => a[key] - b[key],
    sortDirections: ['descend', 'ascend'],
    render: (value: number) =>
      strong ? <Typography.Text strong>{formatRate(value)}</Typography.Text> : formatRate(value),
  });
  const columns: TableColumnsType<BreakdownRow> = [
    {
      title: t(DIMENSION_LABELS[dimension]),
      dataIndex: 'name',
      fixed: 'left',
      width: 180,
      render: (_v, row) => <RowName row={row} dimension={dimension} onDrill={onDrill} />,
    },
    {
      title: t('monitoring.total'),
      dataIndex: 'total',
      align: 'right',
      sorter: (a, b) => a.total - b.total,
      sortDirections: ['descend', 'ascend'],
      render: formatCount,
    },
    { title: t('monitoring.placed'), dataIndex: 'placed', align: 'right', render: formatCount },
    rateColumn('placementRate', true),
    ...PLACEMENT_PARTS.map((key) => rateColumn(key)),
    rateColumn('registrationRate'),
    {
      title: t('monitoring.pendingReview'),
      dataIndex: 'pendingReview',
      align: 'right',
      sorter: (a, b) => a.pendingReview - b.pendingReview,
      sortDirections: ['descend', 'ascend'],
      render: formatCount,
    },
  ];
  return (
    <Table<BreakdownRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={rows}
      // Numeric columns take their content's width: English headers are longer than Chinese ones, and a
      // header broken mid-word is unreadable. The table fills the card and scrolls sideways only past it.
      scroll={{ x: 'max-content' }}
      pagination={{ hideOnSinglePage: true, showSizeChanger: true, defaultPageSize: DEFAULT_PAGE_SIZE }}
      onRow={(row) => {
        const scope = childScope(dimension, row.key);
        return scope ? { onClick: () => onDrill(scope), style: { cursor: 'pointer' } } : {};
      }}
      data-testid="breakdown-table"
    />
  );
}

/**
 * The scope's figures by a breakdown it keeps (one level down, or an attribute of the graduates),
 * with the export of exactly that table.
 */
export function BreakdownTable({
  cohort,
  dimensions,
  dimension,
  onDimension,
  onDrill,
}: {
  cohort: Cohort;
  dimensions: readonly Dimension[];
  dimension: Dimension;
  onDimension: (d: Dimension) => void;
  onDrill: (scope: string) => void;
}) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const { data, isPending, error, refetch } = useBreakdown(cohort, dimension);
  const rows = data?.rows ?? [];
  const picker = (
    <Select<Dimension>
      size="small"
      value={dimension}
      onChange={onDimension}
      options={dimensions.map((d) => ({ value: d, label: t(DIMENSION_LABELS[d]) }))}
      aria-label={t('monitoring.breakdown.by')}
      style={{ minWidth: 120 }}
      data-testid="dimension-select"
    />
  );
  return (
    <Card
      size="small"
      title={
        <Flex align="center" gap={8} wrap>
          <span>{t('monitoring.breakdown.title')}</span>
          {picker}
        </Flex>
      }
      extra={
        !isPhone && (
          <ExportButtons href={(f) => breakdownExportPath(cohort, dimension, f)} testId="breakdown-export" />
        )
      }
      data-testid="breakdown"
    >
      {isPhone && (
        <div style={{ marginBottom: 12 }}>
          <ExportButtons href={(f) => breakdownExportPath(cohort, dimension, f)} testId="breakdown-export" />
        </div>
      )}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!error &&
        (isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : rows.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monitoring.breakdown.empty')} />
        ) : isPhone ? (
          <BreakdownCards key={dimension} rows={rows} dimension={dimension} onDrill={onDrill} />
        ) : (
          <BreakdownGrid key={dimension} rows={rows} dimension={dimension} onDrill={onDrill} />
        ))}
    </Card>
  );
}
