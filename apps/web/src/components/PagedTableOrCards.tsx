import type { TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { PagedList } from './PagedList';
import { useRowLink } from './useRowLink';

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
export function PagedTableOrCards<T extends { id: string }>({ detailPath, ...list }: Props<T>) {
  const rowLink = useRowLink(detailPath);
  return <PagedList<T> {...list} rowKey={(item) => item.id} table={{ onRow: rowLink }} />;
}
