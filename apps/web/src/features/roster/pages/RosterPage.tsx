import { UploadOutlined } from '@ant-design/icons';
import {
  Button,
  Empty,
  Flex,
  Table,
  Tag,
  Typography,
  type TableColumnType,
  type TableColumnsType,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY, formatCount, formatDateTime } from '../../../lib/format';
import { serverPagination } from '../../../lib/paging';
import { useT } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import { ImportDrawer } from '../../imports/components/ImportDrawer';
import { GraduateRecommendationsDrawer } from '../../matching/components/GraduateRecommendationsDrawer';
import { can } from '@jiuye/domain/permissions';
import { useRoster, type Graduate, type RosterQuery, type RosterSort } from '../api';
import { RosterCards } from '../components/RosterCards';
import { RosterFilters } from '../components/RosterFilters';
import { RevealModal } from '../components/RevealModal';
import { parseRosterParams, toRosterParams } from '../params';

const SORTABLE: ReadonlySet<string> = new Set<RosterSort>([
  'studentNo',
  'name',
  'graduationYear',
  'updatedAt',
]);

export function RosterPage() {
  const t = useT();
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseRosterParams(searchParams);
  const { data, isFetching, error, refetch } = useRoster(query);
  const [revealing, setRevealing] = useState<Graduate | null>(null);
  const [recommending, setRecommending] = useState<Graduate | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const pickUniversity = me.scope.kind === 'province' || me.scope.kind === 'national';

  const mayReveal = can(me.role, 'roster.reveal');
  const mayImport = can(me.role, 'roster.import');
  const navigate = (next: RosterQuery) => setSearchParams(toRosterParams(next));

  const sortOrderOf = (key: RosterSort): TableColumnType<Graduate>['sortOrder'] =>
    query.sort === key ? (query.order === 'desc' ? 'descend' : 'ascend') : null;

  const columns: TableColumnsType<Graduate> = [
    {
      title: t('graduate.studentNo'),
      dataIndex: 'studentNo',
      key: 'studentNo',
      sorter: true,
      sortOrder: sortOrderOf('studentNo'),
      width: 130,
      fixed: 'left',
    },
    {
      title: t('graduate.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf('name'),
      width: 120,
      render: (name: string, graduate) => (
        <>
          {name}
          {graduate.assistanceTarget && (
            <Tag color="orange" style={{ marginInlineStart: 6 }}>
              {t('roster.assistanceTag')}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: t('graduate.gender'),
      dataIndex: 'gender',
      width: 64,
      render: (gender: Graduate['gender']) => t(`gender.${gender}`),
    },
    { title: t('graduate.college'), dataIndex: 'collegeName', width: 160, ellipsis: true },
    {
      title: t('graduate.major'),
      key: 'major',
      width: 200,
      render: (_v, graduate) => (
        <>
          {graduate.majorName ?? EMPTY}
          <Typography.Text type="secondary"> {graduate.majorCode}</Typography.Text>
        </>
      ),
    },
    {
      title: t('graduate.degree'),
      dataIndex: 'degreeName',
      width: 80,
      render: (name: string) => name || EMPTY,
    },
    {
      title: t('graduate.graduationYear'),
      dataIndex: 'graduationYear',
      key: 'graduationYear',
      sorter: true,
      sortOrder: sortOrderOf('graduationYear'),
      width: 110,
    },
    {
      title: t('graduate.phone'),
      dataIndex: 'phone',
      width: 130,
      render: (phone: string | null) => phone || EMPTY,
    },
    { title: t('graduate.idNumber'), dataIndex: 'idNumber', width: 190 },
    {
      title: t('graduate.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      sorter: true,
      sortOrder: sortOrderOf('updatedAt'),
      width: 150,
      render: formatDateTime,
    },
  ];
  // Every roster reader may see the jobs recommended for a graduate in their scope; revealing is narrower.
  columns.push({
    title: t('common.actions'),
    key: 'actions',
    width: mayReveal ? 150 : 90,
    fixed: 'right',
    render: (_v, graduate) => (
      <Flex gap={4} wrap={false}>
        <Button
          type="link"
          size="small"
          style={{ paddingInline: 0 }}
          onClick={() => setRecommending(graduate)}
          aria-label={t('recs.forGraduateLabel', { name: graduate.name })}
        >
          {t('recs.forGraduate')}
        </Button>
        {mayReveal && (
          <Button
            type="link"
            size="small"
            onClick={() => setRevealing(graduate)}
            aria-label={t('roster.revealFor', { name: graduate.name })}
          >
            {t('common.view')}
          </Button>
        )}
      </Flex>
    ),
  });

  const onTableChange: TableProps<Graduate>['onChange'] = (pagination, _filters, sorter, extra) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const key =
      typeof single?.columnKey === 'string' && SORTABLE.has(single.columnKey) ? single.columnKey : undefined;
    const sort = single?.order && key ? (key as RosterSort) : undefined;
    navigate({
      ...query,
      // A new sort order makes the old page number meaningless.
      page: extra.action === 'sort' ? 1 : (pagination.current ?? 1),
      pageSize: pagination.pageSize ?? query.pageSize,
      sort,
      order: sort ? (single?.order === 'descend' ? 'desc' : 'asc') : undefined,
    });
  };

  return (
    <>
      <PageHeader
        title={t('nav.roster')}
        extra={
          mayImport && (
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
              {t('roster.import')}
            </Button>
          )
        }
      />
      <RosterFilters
        query={query}
        pickUniversity={pickUniversity}
        provinceCode={me.scope.kind === 'province' ? (me.scope.provinceCode ?? null) : null}
        onChange={(filters) =>
          navigate({ page: 1, pageSize: query.pageSize, sort: query.sort, order: query.order, ...filters })
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPhone ? (
        <RosterCards
          query={query}
          items={data?.items ?? []}
          total={data?.total ?? 0}
          loading={isFetching}
          onReveal={mayReveal ? setRevealing : undefined}
          onRecommend={setRecommending}
          navigate={navigate}
        />
      ) : (
        <Table<Graduate>
          data-testid="roster-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isFetching}
          scroll={{ x: 1500 }}
          onChange={onTableChange}
          locale={{ emptyText: <Empty description={t('roster.empty')} /> }}
          pagination={serverPagination(query, data?.total ?? 0, (total) =>
            t('roster.total', { total: formatCount(total) }),
          )}
        />
      )}
      <GraduateRecommendationsDrawer graduate={recommending} onClose={() => setRecommending(null)} />
      {mayReveal && <RevealModal graduate={revealing} onClose={() => setRevealing(null)} />}
      {mayImport && <ImportDrawer open={importOpen} onClose={() => setImportOpen(false)} />}
    </>
  );
}
