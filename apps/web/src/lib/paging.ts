import type { TablePaginationConfig } from 'antd';

/** Page sizes every server-paged list offers; the API caps pageSize at 100. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

/** A positive integer from a search param, or undefined when absent or malformed. */
export function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}

/** page and pageSize from the URL; malformed values fall back to the defaults instead of a 400. */
export function readPaging(params: URLSearchParams): { page: number; pageSize: number } {
  const pageSize = positiveInt(params.get('pageSize'));
  return {
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: PAGE_SIZES.find((size) => size === pageSize) ?? DEFAULT_PAGE_SIZE,
  };
}

/** Writes page and pageSize back, leaving defaults out so URLs stay short. */
export function writePaging(params: URLSearchParams, paging: { page: number; pageSize: number }): void {
  if (paging.page !== 1) params.set('page', String(paging.page));
  if (paging.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(paging.pageSize));
}

/** Ant Design pagination for a list paged by the server. */
export function serverPagination(
  paging: { page: number; pageSize: number },
  total: number,
  showTotal: (total: number) => string,
): TablePaginationConfig {
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [...PAGE_SIZES],
    showTotal,
  };
}
