import { Empty, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount, formatDateTime } from '../../../lib/format';
import { serverPagination } from '../../../lib/paging';
import { useT } from '../../../lib/i18n';
import { useImports, type ImportJob, type ImportListQuery } from '../api';
import { ImportStatusTag } from '../components/ImportStatusTag';

export function ImportHistoryPage() {
  const t = useT();
  const [query, setQuery] = useState<ImportListQuery>({ page: 1, pageSize: 20 });
  const { data, isFetching, error, refetch } = useImports(query);

  const columns: TableColumnsType<ImportJob> = [
    { title: t('imports.fileName'), dataIndex: 'fileName', ellipsis: true },
    {
      title: t('imports.status'),
      dataIndex: 'status',
      width: 100,
      render: (_s, job) => <ImportStatusTag status={job.status} />,
    },
    {
      title: t('imports.rowsProcessedTitle'),
      dataIndex: 'rowsProcessed',
      align: 'right',
      width: 120,
      render: formatCount,
    },
    {
      title: t('imports.acceptedTitle'),
      dataIndex: 'accepted',
      align: 'right',
      width: 90,
      render: formatCount,
    },
    {
      title: t('imports.rejectedTitle'),
      dataIndex: 'rejected',
      align: 'right',
      width: 90,
      render: formatCount,
    },
    { title: t('imports.createdAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
    { title: t('imports.finishedAt'), dataIndex: 'finishedAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      fixed: 'right',
      render: (_v, job) => (
        <Link to={`/imports/${encodeURIComponent(job.id)}`}>{t('imports.viewResult')}</Link>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('nav.imports')} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<ImportJob>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching && !data}
        scroll={{ x: 960 }}
        locale={{ emptyText: <Empty description={t('imports.empty')} /> }}
        pagination={serverPagination(query, data?.total ?? 0, (total) =>
          t('common.total', { total: formatCount(total) }),
        )}
        onChange={(pagination) =>
          setQuery({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? query.pageSize })
        }
      />
    </>
  );
}
