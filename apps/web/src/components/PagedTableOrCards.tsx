import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { serverPagination } from '../lib/paging';
import { useIsPhone } from '../lib/responsive';
import { PagedCards } from './PagedCards';

interface Props<T extends { id: string }> {
  items: readonly T[];
  total: number;
  loading: boolean;
  paging: { page: number; pageSize: number };
  onPage: (paging: { page: number; pageSize: number }) => void;
  /** The count line, e.g. "共 12 条", above the cards and in the table's pager. */
  totalText: (total: number) => string;
  empty: ReactNode;
  /** Accessible name of the card list. */
  label: string;
  testIds: { cards: string; table: string };
  renderCard: (item: T) => ReactNode;
  columns: TableColumnsType<T>;
  /** Width the table scrolls sideways below. */
  scrollX: number;
  /** Where a row leads; the whole row opens it. */
  detailPath: (item: T) => string;
}

/**
 * A server-paged list of items that each open a detail page: cards on a phone, a table elsewhere.
 * In the table the whole row is the target, while the link inside it stays a real link for keyboards
 * and new tabs.
 */
export function PagedTableOrCards<T extends { id: string }>({
  items,
  total,
  loading,
  paging,
  onPage,
  totalText,
  empty,
  label,
  testIds,
  renderCard,
  columns,
  scrollX,
  detailPath,
}: Props<T>) {
  const isPhone = useIsPhone();
  const goTo = useNavigate();
  if (isPhone)
    return (
      <PagedCards
        testId={testIds.cards}
        label={label}
        items={items}
        itemKey={(item) => item.id}
        total={total}
        totalText={totalText(total)}
        loading={loading}
        paging={paging}
        onPage={onPage}
        empty={empty}
        renderItem={renderCard}
      />
    );
  return (
    <Table<T>
      data-testid={testIds.table}
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      scroll={{ x: scrollX }}
      locale={{ emptyText: empty }}
      onRow={(item) => ({
        onClick: (event) => {
          if (!(event.target instanceof Element) || !event.target.closest('a')) void goTo(detailPath(item));
        },
        style: { cursor: 'pointer' },
      })}
      pagination={serverPagination(paging, total, totalText)}
      onChange={(pagination) =>
        onPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? paging.pageSize })
      }
    />
  );
}
