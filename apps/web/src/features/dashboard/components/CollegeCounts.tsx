import { Empty, Progress, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useColleges, type College } from '../../roster/api';
import { toRosterParams } from '../../roster/params';

/** Head count per college, largest first, each linking to the roster filtered to that college. */
export function CollegeCounts({
  universityCode,
  enabled,
}: {
  universityCode: string | null;
  enabled: boolean;
}) {
  const t = useT();
  const { data, isFetching, error, refetch } = useColleges(universityCode, enabled);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const colleges = [...(data?.items ?? [])].sort((a, b) => b.graduateCount - a.graduateCount);
  const total = colleges.reduce((sum, college) => sum + college.graduateCount, 0);

  const columns: TableColumnsType<College> = [
    {
      title: t('dashboard.college'),
      dataIndex: 'name',
      render: (name: string, college) => (
        <Link
          to={`/roster?${toRosterParams({ page: 1, pageSize: 20, collegeId: college.id, universityCode: universityCode ?? undefined }).toString()}`}
        >
          {name}
        </Link>
      ),
    },
    {
      title: t('dashboard.count'),
      dataIndex: 'graduateCount',
      align: 'right',
      width: 96,
      render: (count: number) => formatCount(count),
    },
    {
      title: t('dashboard.share'),
      key: 'share',
      width: '35%',
      render: (_value, college) => (
        <Progress
          percent={total ? Math.round((college.graduateCount / total) * 1000) / 10 : 0}
          size="small"
        />
      ),
    },
  ];

  return (
    <Table<College>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={colleges}
      loading={isFetching}
      pagination={colleges.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 420 }}
      // Officials pick a university first; until then there is nothing to count, not nothing imported.
      locale={{
        emptyText: <Empty description={t(enabled ? 'dashboard.noColleges' : 'dashboard.pickUniversity')} />,
      }}
    />
  );
}
