import { PlusOutlined } from '@ant-design/icons';
import { normalizeUscc } from '@jiuye/domain';
import { can } from '@jiuye/domain/permissions';
import { Button, Empty, Flex, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
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
import { VerificationTag } from '../components/VerificationTag';
import { KIND_LABELS, natureLabel } from '../labels';

const KINDS: readonly OrganisationKind[] = ['employer', 'agency'];
// The server's limit for the search text.
const MAX_QUERY = 60;

// The URL holds the query so a search survives reloads and can be shared; malformed values are dropped
// here because the server answers them with a 400 instead of a list.
function parseParams(params: URLSearchParams): OrganisationPageQuery {
  const q = params.get('q')?.trim();
  const kind = KINDS.find((value) => value === params.get('kind'));
  return {
    q: q ? q.slice(0, MAX_QUERY) : undefined,
    kind,
    ...readPaging(params),
  };
}

function toParams(query: OrganisationPageQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.kind) params.set('kind', query.kind);
  writePaging(params, query);
  return params;
}

/**
 * A pasted credit code often carries full-width characters or lower case, and the server matches codes
 * exactly; names are left as typed so a fragment still matches.
 */
function searchText(value: string): string | undefined {
  const trimmed = value.trim();
  const code = normalizeUscc(trimmed).replace(/\s+/g, '');
  return /^[0-9A-Z]{18}$/.test(code) ? code : trimmed || undefined;
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
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);
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
        <Input.Search
          allowClear
          value={search}
          maxLength={MAX_QUERY}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => navigate({ ...query, q: searchText(value), page: 1 })}
          placeholder={t('organisations.searchPlaceholder')}
          aria-label={t('organisations.searchPlaceholder')}
          style={{ width: isPhone ? '100%' : 300 }}
        />
        <Select<OrganisationKind>
          allowClear
          value={query.kind}
          placeholder={t('organisations.kindFilter')}
          aria-label={t('organisations.kindFilter')}
          options={KINDS.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }))}
          onChange={(kind) => navigate({ ...query, kind, page: 1 })}
          style={{ width: isPhone ? '100%' : 180 }}
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
