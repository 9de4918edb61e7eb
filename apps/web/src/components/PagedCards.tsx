import { Pagination, Spin, Typography } from 'antd';
import { useRef, type ReactNode } from 'react';
import { PAGE_SIZES } from '../lib/paging';

interface Props<T> {
  items: readonly T[];
  total: number;
  loading: boolean;
  paging: { page: number; pageSize: number };
  onPage: (paging: { page: number; pageSize: number }) => void;
  renderItem: (item: T) => ReactNode;
  itemKey: (item: T) => string;
  /** Shown when the page has no items and nothing is loading. */
  empty: ReactNode;
  /** The count line above the cards, e.g. "共 12 条". */
  totalText: string;
  /** Accessible name of the list. */
  label: string;
  testId?: string;
  /** CSS grid columns; one column by default, several on wide screens when cards are narrow enough. */
  columns?: string;
}

/**
 * A server-paged list as one card per item, for phone width where a wide table only fits by scrolling
 * sideways. Paging scrolls back to the top of the list, since the pager sits below the last card.
 */
export function PagedCards<T>({
  items,
  total,
  loading,
  paging,
  onPage,
  renderItem,
  itemKey,
  empty,
  totalText,
  label,
  testId,
  columns,
}: Props<T>) {
  const topRef = useRef<HTMLDivElement>(null);
  return (
    // Clears the sticky 56 px app header when a page change scrolls back up to here.
    <div ref={topRef} style={{ scrollMarginTop: 64 }}>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {totalText}
      </Typography.Text>
      <Spin spinning={loading}>
        <ul
          data-testid={testId}
          aria-label={label}
          aria-busy={loading}
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'grid',
            gap: 8,
            gridTemplateColumns: columns ?? 'minmax(0, 1fr)',
          }}
        >
          {items.map((item) => (
            <li key={itemKey(item)} style={{ minWidth: 0 }}>
              {renderItem(item)}
            </li>
          ))}
        </ul>
        {items.length === 0 && <div style={{ minHeight: 160, paddingTop: 24 }}>{!loading && empty}</div>}
      </Spin>
      {total > 0 && (
        <Pagination
          size="small"
          align="center"
          style={{ marginTop: 16 }}
          current={paging.page}
          pageSize={paging.pageSize}
          total={total}
          showSizeChanger
          pageSizeOptions={[...PAGE_SIZES]}
          onChange={(page, pageSize) => {
            onPage({ page: pageSize === paging.pageSize ? page : 1, pageSize });
            topRef.current?.scrollIntoView({ block: 'start' });
          }}
        />
      )}
    </div>
  );
}
