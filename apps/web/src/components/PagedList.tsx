import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { serverPagination } from '../lib/paging';
import { useT } from '../lib/i18n';
import { useIsPhone } from '../lib/responsive';
import { PagedCards } from './PagedCards';

type Paging = { page: number; pageSize: number };

interface Props<T> {
  items: readonly T[];
  total: number;
  loading: boolean;
  paging: Paging;
  onPage: (paging: Paging) => void;
  rowKey: (item: T) => string;
  /** Shown when the page is empty, as a card list's placeholder and as the table's. */
  empty: ReactNode;
  /** The count line above the cards and in the table's pager; "共 12 条" unless said otherwise. */
  totalText?: (total: number) => string;
  /** Accessible name of the card list. */
  label: string;
  testIds: { cards: string; table: string };
  renderCard: (item: T) => ReactNode;
  columns: TableColumnsType<T>;
  /** Width the table scrolls sideways below. */
  scrollX: number;
  /** More for the table (row selection, row clicks, a sorter-aware onChange that replaces paging's). */
  table?: Omit<TableProps<T>, 'columns' | 'dataSource' | 'rowKey'>;
}

/** One server-paged list shown as cards on a phone (no sideways scrolling) and as a table elsewhere. */
export function PagedList<T extends object>({
  items,
  total,
  loading,
  paging,
  onPage,
  rowKey,
  empty,
  totalText: countText,
  label,
  testIds,
  renderCard,
  columns,
  scrollX,
  table,
}: Props<T>) {
  const isPhone = useIsPhone();
  const t = useT();
  const totalText = countText ?? ((n: number) => t('common.total', { total: n }));
  if (isPhone)
    return (
      <PagedCards
        items={items}
        total={total}
        loading={loading}
        paging={paging}
        onPage={onPage}
        itemKey={rowKey}
        empty={empty}
        totalText={totalText(total)}
        label={label}
        testId={testIds.cards}
        renderItem={renderCard}
      />
    );
  return (
    <Table<T>
      rowKey={rowKey}
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: scrollX }}
      locale={{ emptyText: empty }}
      pagination={serverPagination(paging, total, totalText)}
      onChange={(pagination) =>
        onPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? paging.pageSize })
      }
      data-testid={testIds.table}
      {...table}
    />
  );
}
