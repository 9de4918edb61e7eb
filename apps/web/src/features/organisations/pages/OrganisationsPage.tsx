import { PlusOutlined } from '@ant-design/icons';
import { can } from '@jiuye/domain/permissions';
import { Button, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { readPaging, serverPagination, writePaging } from '../../../lib/paging';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY, formatCount } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import { useIndustries } from '../../reference/api';
import {
  useOrganisationPage,
  type Organisation,
  type OrganisationKind,
  type OrganisationPageQuery,
  type OrganisationVerification,
} from '../api';
import { AddOrganisationModal } from '../components/AddOrganisationModal';
import {
  KindFilter,
  OrganisationSearch,
  readOrganisationFilters,
  writeOrganisationFilters,
} from '../components/OrganisationSearch';
import { VerificationTag } from '../components/VerificationTag';
import { KIND_LABELS, natureLabel } from '../labels';

function parseParams(params: URLSearchParams): OrganisationPageQuery {
  return { ...readOrganisationFilters(params), ...readPaging(params) };
}

function toParams(query: OrganisationPageQuery): URLSearchParams {
  const params = new URLSearchParams();
  writeOrganisationFilters(params, query);
  writePaging(params, query);
  return params;
}

export function OrganisationsPage() {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const me = useCurrentUser();
  const mayManage = can(me.role, 'organisations.manage');
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseParams(searchParams);
  const { data, isFetching, error, refetch } = useOrganisationPage(query);
  const industries = useIndustries();
  const [adding, setAdding] = useState(false);
  const navigate = (next: OrganisationPageQuery) => setSearchParams(toParams(next));
  const filtered = Boolean(query.q || query.kind);

  const industryNames = new Map(
    (industries.data?.items ?? []).map((industry) => [
      industry.code,
      lang === 'en' && industry.nameEn ? industry.nameEn : industry.name,
    ]),
  );
  // The code stays visible next to the name: it is what statistics reports group by.
  const industryLabel = (code: string | null) => {
    if (!code) return EMPTY;
    const name = industryNames.get(code);
    return name ? `${name}（${code}）` : code;
  };

  const columns: TableColumnsType<Organisation> = [
    {
      title: t('organisations.name'),
      dataIndex: 'name',
      width: isPhone ? 200 : 240,
      // On a phone the code and type columns are dropped, so the code, which tells same-named
      // branches apart, travels with the name.
      render: (name: string, organisation) =>
        isPhone ? (
          <Flex vertical gap={2} align="flex-start">
            <span>{name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12, fontFamily: 'monospace' }}>
              {organisation.uscc}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(KIND_LABELS[organisation.kind])}
            </Typography.Text>
          </Flex>
        ) : (
          name
        ),
    },
    {
      title: t('organisations.uscc'),
      dataIndex: 'uscc',
      width: 200,
      render: (uscc: string) => (
        <Typography.Text copyable style={{ fontFamily: 'monospace' }}>
          {uscc}
        </Typography.Text>
      ),
    },
    {
      title: t('organisations.kind'),
      dataIndex: 'kind',
      width: 140,
      render: (kind: OrganisationKind) => t(KIND_LABELS[kind]),
    },
    {
      title: t('organisations.nature'),
      dataIndex: 'nature',
      width: 150,
      render: (nature: string | null) => natureLabel(lang, nature) ?? EMPTY,
    },
    {
      title: t('organisations.industry'),
      dataIndex: 'industryCode',
      width: 200,
      ellipsis: true,
      render: (code: string | null) => industryLabel(code),
    },
    {
      title: t('organisations.status'),
      dataIndex: 'verification',
      width: 110,
      render: (status: OrganisationVerification) => <VerificationTag status={status} />,
    },
  ];
  const phoneColumns = new Set(['name', 'verification']);
  const shown = isPhone
    ? columns.filter((column) => 'dataIndex' in column && phoneColumns.has(String(column.dataIndex)))
    : columns;

  return (
    <>
      <PageHeader
        title={t('nav.organisations')}
        extra={
          mayManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('organisations.add')}
            </Button>
          )
        }
      />
      <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
        <OrganisationSearch
          q={query.q}
          onSearch={(q) => navigate({ ...query, q, page: 1 })}
          width={isPhone ? '100%' : 300}
        />
        <KindFilter
          value={query.kind}
          onChange={(kind) => navigate({ ...query, kind, page: 1 })}
          width={isPhone ? '100%' : 180}
        />
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table<Organisation>
        data-testid="organisations-table"
        rowKey="id"
        size="middle"
        columns={shown}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={isPhone ? undefined : { x: 1050 }}
        locale={{
          // A fruitless search is when someone learns the employer is missing, so offer to register it there.
          emptyText: (
            <Empty description={t('organisations.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE}>
              {filtered && !isFetching && mayManage && (
                <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                  {t('organisations.add')}
                </Button>
              )}
            </Empty>
          ),
        }}
        pagination={serverPagination(query, data?.total ?? 0, (total) =>
          t('organisations.total', { total: formatCount(total) }),
        )}
        onChange={(pagination) =>
          navigate({
            ...query,
            page: pagination.current ?? 1,
            pageSize: pagination.pageSize ?? query.pageSize,
          })
        }
      />
      {mayManage && (
        <AddOrganisationModal
          open={adding}
          onClose={() => setAdding(false)}
          // Showing the new row is the confirmation that it landed with the expected details.
          onAdded={(organisation) => navigate({ page: 1, pageSize: query.pageSize, q: organisation.uscc })}
        />
      )}
    </>
  );
}
