import { Alert, Card, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PagedCards } from '../../../components/PagedCards';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { serverPagination } from '../../../lib/paging';
import { useIsPhone } from '../../../lib/responsive';
import { unplacedExportPath, useUnplaced, type Cohort, type Leaver } from '../api';
import { ExportButtons } from './ExportButtons';

/** Where the graduate stands now: green once placed since leaving. */
function NowTag({ leaver }: { leaver: Leaver }) {
  return (
    <Tag color={leaver.placedSince ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>
      {leaver.now}
    </Tag>
  );
}

function LeaverCard({ leaver }: { leaver: Leaver }) {
  const { t } = useI18n();
  return (
    <Card size="small">
      <Flex justify="space-between" gap={8} align="baseline">
        <Typography.Text strong>
          {leaver.name}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 6 }}>
            {leaver.studentNo}
          </Typography.Text>
        </Typography.Text>
        <NowTag leaver={leaver} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
        {[leaver.collegeName, leaver.majorName, leaver.degree, leaver.phone, leaver.assistanceCategory]
          .filter(Boolean)
          .join(' · ')}
      </Typography.Text>
      <div>
        <Typography.Text style={{ fontSize: 12 }}>
          {t('monitoring.unplaced.atLeavingValue', { value: leaver.atLeaving })}
        </Typography.Text>
      </div>
    </Card>
  );
}

/**
 * 离校未就业毕业生: the cohort's graduates in the scope not placed when they left school, by name
 * (phones masked), with where each stands now; exported whole as .xlsx or CSV.
 */
export function UnplacedList({
  cohort,
  paging,
  onPage,
}: {
  cohort: Cohort;
  paging: { page: number; pageSize: number };
  onPage: (paging: { page: number; pageSize: number }) => void;
}) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const { data, isFetching, error, refetch } = useUnplaced(cohort, paging);
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monitoring.unplaced.empty')} />;
  const columns: TableColumnsType<Leaver> = [
    { title: t('graduate.name'), dataIndex: 'name', width: 96, fixed: 'left' },
    { title: t('graduate.studentNo'), dataIndex: 'studentNo', width: 130 },
    { title: t('graduate.college'), dataIndex: 'collegeName', width: 150, ellipsis: true },
    { title: t('graduate.major'), dataIndex: 'majorName', width: 160, ellipsis: true },
    { title: t('graduate.degree'), dataIndex: 'degree', width: 80 },
    {
      title: t('monitoring.unplaced.phone'),
      dataIndex: 'phone',
      width: 130,
      render: (v: string | null) => v ?? EMPTY,
    },
    {
      title: t('monitoring.unplaced.assistance'),
      dataIndex: 'assistanceCategory',
      width: 130,
      render: (v: string | null) => v ?? EMPTY,
    },
    { title: t('monitoring.unplaced.atLeaving'), dataIndex: 'atLeaving', width: 110 },
    {
      title: t('monitoring.unplaced.now'),
      key: 'now',
      width: 110,
      render: (_v, leaver) => <NowTag leaver={leaver} />,
    },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text type="secondary">
          {data
            ? t('monitoring.unplaced.intro', { year: cohort.year, date: data.leftOn, total })
            : t('monitoring.unplaced.title')}
        </Typography.Text>
        <ExportButtons href={(f) => unplacedExportPath(cohort, f)} testId="unplaced-export" />
      </Flex>
      {data && !data.left && (
        <Alert type="info" showIcon title={t('monitoring.unplaced.notLeft', { date: data.leftOn })} />
      )}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPhone ? (
        <PagedCards
          items={items}
          total={total}
          loading={isFetching}
          paging={paging}
          onPage={onPage}
          itemKey={(leaver) => leaver.graduateId}
          empty={empty}
          totalText={t('common.total', { total })}
          label={t('monitoring.unplaced.title')}
          testId="unplaced-cards"
          renderItem={(leaver) => <LeaverCard leaver={leaver} />}
        />
      ) : (
        <Table<Leaver>
          rowKey="graduateId"
          size="small"
          columns={columns}
          dataSource={items}
          loading={isFetching}
          scroll={{ x: 1100 }}
          locale={{ emptyText: empty }}
          pagination={serverPagination(paging, total, (n) => t('common.total', { total: n }))}
          onChange={(pagination) =>
            onPage({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? paging.pageSize })
          }
          data-testid="unplaced-table"
        />
      )}
    </Flex>
  );
}
