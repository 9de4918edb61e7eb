import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { readPaging, serverPagination, writePaging } from '../../../lib/paging';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY, formatCount } from '../../../lib/format';
import { useT, type Translate } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useUniversityPage, type University, type UniversityPageQuery } from '../api';
import { AddUniversityModal } from '../components/AddUniversityModal';
import { ProvinceSelect } from '../components/ProvinceSelect';

// The URL holds the query so a search survives reloads and can be shared; malformed values are dropped
// here because the server answers them with a 400 instead of a list.
function parseParams(params: URLSearchParams): UniversityPageQuery {
  const q = params.get('q')?.trim();
  const province = params.get('province');
  return {
    q: q ? q.slice(0, 40) : undefined,
    province: province && /^\d{2}$/.test(province) ? province : undefined,
    ...readPaging(params),
  };
}

function toParams(query: UniversityPageQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.province) params.set('province', query.province);
  writePaging(params, query);
  return params;
}

/** The stored level is the Chinese term itself; English readers get a translation of the two known values. */
function levelLabel(t: Translate, level: string): string {
  if (level === '本科') return t('universities.level.bachelor');
  if (level === '专科') return t('universities.level.associate');
  return level || EMPTY;
}

function SourceTag({ source }: { source: University['source'] }) {
  const t = useT();
  return source === 'admin' ? (
    <Tag color="blue">{t('universities.source.admin')}</Tag>
  ) : (
    <Tag>{t('universities.source.moe')}</Tag>
  );
}

export function UniversitiesPage() {
  const t = useT();
  const isPhone = useIsPhone();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseParams(searchParams);
  const { data, isFetching, error, refetch } = useUniversityPage(query);
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);
  const [adding, setAdding] = useState(false);
  const navigate = (next: UniversityPageQuery) => setSearchParams(toParams(next));
  const filtered = Boolean(query.q || query.province);

  const columns: TableColumnsType<University> = [
    { title: t('universities.code'), dataIndex: 'code', width: 120 },
    {
      title: t('universities.name'),
      dataIndex: 'name',
      width: isPhone ? 170 : 240,
      // On a phone the location and source columns are dropped, so the facts that tell similar names
      // apart and mark admin additions travel with the name.
      render: (name: string, university) =>
        isPhone ? (
          <Flex vertical gap={2} align="flex-start">
            <span>{name}</span>
            {university.location && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {university.location}
              </Typography.Text>
            )}
            {university.source === 'admin' && <SourceTag source={university.source} />}
          </Flex>
        ) : (
          name
        ),
    },
    {
      title: t('universities.authority'),
      dataIndex: 'authority',
      width: 180,
      ellipsis: true,
      render: (authority: string | null) => authority || EMPTY,
    },
    {
      title: t('universities.location'),
      dataIndex: 'location',
      width: 110,
      render: (location: string | null) => location || EMPTY,
    },
    {
      title: t('universities.level'),
      dataIndex: 'level',
      width: 100,
      render: (level: string) => levelLabel(t, level),
    },
    {
      title: t('universities.source'),
      dataIndex: 'source',
      width: 150,
      render: (source: University['source']) => <SourceTag source={source} />,
    },
  ];
  const phoneColumns = new Set(['code', 'name', 'level']);
  const shown = isPhone
    ? columns.filter((column) => 'dataIndex' in column && phoneColumns.has(String(column.dataIndex)))
    : columns;

  return (
    <>
      <PageHeader
        title={t('nav.universities')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('universities.add')}
          </Button>
        }
      />
      <Alert type="info" showIcon title={t('universities.notice')} style={{ marginBottom: 16 }} />
      <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
        <Input.Search
          allowClear
          value={search}
          maxLength={40}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => navigate({ ...query, q: value.trim() || undefined, page: 1 })}
          placeholder={t('universities.searchPlaceholder')}
          aria-label={t('universities.searchPlaceholder')}
          style={{ width: isPhone ? '100%' : 260 }}
        />
        <ProvinceSelect
          allowClear
          value={query.province}
          placeholder={t('universities.province')}
          aria-label={t('universities.province')}
          onChange={(province) => navigate({ ...query, province, page: 1 })}
          style={{ width: isPhone ? '100%' : 180 }}
        />
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<University>
        data-testid="universities-table"
        rowKey="code"
        size="middle"
        columns={shown}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={isPhone ? undefined : { x: 900 }}
        locale={{
          // A fruitless search is exactly when an admin learns a school is missing, so offer to add it there.
          emptyText: (
            <Empty description={t('universities.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE}>
              {filtered && !isFetching && (
                <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                  {t('universities.add')}
                </Button>
              )}
            </Empty>
          ),
        }}
        pagination={serverPagination(query, data?.total ?? 0, (total) =>
          t('universities.total', { total: formatCount(total) }),
        )}
        onChange={(pagination) =>
          navigate({
            ...query,
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? query.pageSize,
          })
        }
      />
      <AddUniversityModal
        open={adding}
        onClose={() => setAdding(false)}
        // Showing the new row is the admin's confirmation that it landed where expected.
        onAdded={(university) => navigate({ page: 1, pageSize: query.pageSize, q: university.code })}
      />
    </>
  );
}
