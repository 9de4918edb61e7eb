import { Card, Empty, Flex, Select, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/PagedList';
import { SearchBox } from '../../../components/SearchBox';
import { useRowLink } from '../../../components/useRowLink';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import { useColleges } from '../../roster/api';
import { useCounsellors, useTargets, type TargetCase, type TargetQuery, type TargetSort } from '../api';
import { GapTags } from '../components/GapTags';
import { categoryName, categoryOptions, TargetStatusTag } from '../labels';
import { cohortOptions, readTargetQuery, toTargetParams } from '../params';

export const casePath = (graduateId: string) => `/assistance/graduates/${encodeURIComponent(graduateId)}`;

/** The categories of a case, each with its state unless approved (the usual case). */
function Categories({ item }: { item: TargetCase }) {
  const { lang } = useI18n();
  return (
    <Flex gap={4} wrap>
      {item.categories.map((c) =>
        c.status === 'approved' ? (
          <Tag key={c.category} color="purple" style={{ marginInlineEnd: 0 }}>
            {categoryName(c.category, lang)}
          </Tag>
        ) : (
          <Flex key={c.category} gap={2} align="center">
            <Tag style={{ marginInlineEnd: 0 }}>{categoryName(c.category, lang)}</Tag>
            <TargetStatusTag status={c.status} />
          </Flex>
        ),
      )}
    </Flex>
  );
}

function Filters({
  query,
  pickCollege,
  onChange,
}: {
  query: TargetQuery;
  pickCollege: boolean;
  onChange: (patch: Partial<TargetQuery>) => void;
}) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const colleges = useColleges(null, pickCollege);
  const counsellors = useCounsellors(!!query.counsellorId);
  const counsellorName = counsellors.data?.find((c) => c.id === query.counsellorId)?.name;
  const width = isPhone ? 'calc(50% - 4px)' : 160;
  return (
    <Flex wrap gap={8} style={{ marginBottom: 12 }} role="search" align="center">
      {query.counsellorId && (
        <Tag closable onClose={() => onChange({ counsellorId: undefined })} data-testid="counsellor-filter">
          {t('assistance.list.counsellorFilter', { name: counsellorName ?? '…' })}
        </Tag>
      )}
      <SearchBox
        value={query.q}
        onSearch={(q) => onChange({ q })}
        placeholder={t('assistance.list.search')}
        width={220}
      />
      <Select<number>
        allowClear
        value={query.graduationYear}
        placeholder={t('assistance.list.cohort')}
        aria-label={t('assistance.list.cohort')}
        options={cohortOptions()}
        onChange={(graduationYear) => onChange({ graduationYear })}
        style={{ width }}
      />
      <Select<string>
        allowClear
        value={query.category}
        placeholder={t('assistance.list.category')}
        aria-label={t('assistance.list.category')}
        options={categoryOptions(lang)}
        onChange={(category) => onChange({ category })}
        style={{ width: isPhone ? width : 190 }}
        popupMatchSelectWidth={false}
      />
      <Select<'approved' | 'pending'>
        allowClear
        value={query.status}
        placeholder={t('assistance.list.status')}
        aria-label={t('assistance.list.status')}
        options={[
          { value: 'approved', label: t('assistance.list.statusApproved') },
          { value: 'pending', label: t('assistance.list.statusPending') },
        ]}
        onChange={(status) => onChange({ status })}
        style={{ width }}
      />
      <Select<'true' | 'false'>
        allowClear
        value={query.placed === undefined ? undefined : query.placed ? 'true' : 'false'}
        placeholder={t('assistance.list.placed')}
        aria-label={t('assistance.list.placed')}
        options={[
          { value: 'false', label: t('assistance.list.unplaced') },
          { value: 'true', label: t('assistance.list.placedYes') },
        ]}
        onChange={(v) => onChange({ placed: v === undefined ? undefined : v === 'true' })}
        style={{ width }}
      />
      {pickCollege && (
        <Select<string>
          allowClear
          value={query.collegeId}
          placeholder={t('assistance.list.college')}
          aria-label={t('assistance.list.college')}
          loading={colleges.isFetching}
          showSearch={{ optionFilterProp: 'label' }}
          options={(colleges.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(collegeId) => onChange({ collegeId })}
          style={{ width: isPhone ? width : 200 }}
        />
      )}
      <Select<TargetSort>
        value={query.sort}
        aria-label={t('assistance.list.sort')}
        options={(['studentNo', 'name', 'gaps'] as const).map((s) => ({
          value: s,
          label: t(`assistance.list.sort.${s}`),
        }))}
        onChange={(sort) => onChange({ sort })}
        style={{ width }}
      />
    </Flex>
  );
}

/**
 * 帮扶对象: graduates in scope with any identification, with their categories, whether they are
 * placed, their plan and ledger, and what they still lack under the service standard. Each opens
 * the graduate's case.
 */
export function TargetListPage() {
  const { t } = useI18n();
  const me = useCurrentUser();
  const rowLink = useRowLink((item: TargetCase) => casePath(item.graduateId));
  const [params, setParams] = useSearchParams();
  const query = readTargetQuery(params);
  const { data, isFetching, error, refetch } = useTargets(query);
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const pickCollege = me.scope.kind !== 'college';
  const update = (patch: Partial<TargetQuery>) => setParams(toTargetParams({ ...query, ...patch }));
  const filtered =
    !!query.q ||
    !!query.category ||
    !!query.status ||
    !!query.collegeId ||
    query.placed !== undefined ||
    !!query.graduationYear;
  const empty = (
    <Empty description={t(filtered ? 'assistance.list.emptyFiltered' : 'assistance.list.empty')} />
  );

  const columns: TableColumnsType<TargetCase> = [
    { title: t('graduate.studentNo'), dataIndex: 'studentNo', width: 130 },
    {
      title: t('graduate.name'),
      dataIndex: 'name',
      width: 100,
      render: (name: string, item) => (
        <Link to={casePath(item.graduateId)} aria-label={t('assistance.list.open', { name })}>
          {name}
        </Link>
      ),
    },
    ...(pickCollege
      ? [{ title: t('graduate.college'), dataIndex: 'collegeName', width: 150, ellipsis: true }]
      : []),
    { title: t('assistance.list.cohortColumn'), dataIndex: 'graduationYear', width: 70 },
    {
      title: t('assistance.list.categories'),
      key: 'categories',
      width: 200,
      render: (_v, item) => <Categories item={item} />,
    },
    {
      title: t('assistance.list.plan'),
      key: 'plan',
      width: 150,
      render: (_v, item) =>
        item.hasPlan ? (
          <Typography.Text>{item.counsellorName ?? t('assistance.list.hasPlan')}</Typography.Text>
        ) : (
          <Typography.Text type="warning">{t('assistance.list.noPlan')}</Typography.Text>
        ),
    },
    { title: t('assistance.list.services'), dataIndex: 'services', width: 70 },
    {
      title: t('assistance.list.gaps'),
      key: 'gaps',
      render: (_v, item) => <GapTags gaps={item.gaps} placed={item.placed} />,
    },
  ];

  return (
    <>
      <PageHeader title={t('nav.assistanceTargets')} />
      <Typography.Paragraph type="secondary">{t('assistance.list.intro')}</Typography.Paragraph>
      <Filters query={query} pickCollege={pickCollege} onChange={(patch) => update({ ...patch, page: 1 })} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <PagedList<TargetCase>
        items={items}
        total={total}
        loading={isFetching}
        paging={query}
        onPage={(p) => update(p)}
        rowKey={(item) => item.graduateId}
        empty={empty}
        label={t('nav.assistanceTargets')}
        testIds={{ cards: 'target-cards', table: 'target-table' }}
        columns={columns}
        scrollX={1000}
        table={{ onRow: rowLink }}
        renderCard={(item) => (
          <Card size="small">
            <Flex vertical gap={6}>
              <Flex justify="space-between" gap={8}>
                <Link
                  to={casePath(item.graduateId)}
                  aria-label={t('assistance.list.open', { name: item.name })}
                >
                  <Typography.Text strong>{item.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                    {item.studentNo}
                  </Typography.Text>
                </Link>
                <Typography.Text type="secondary">{item.graduationYear}</Typography.Text>
              </Flex>
              <Categories item={item} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[
                  pickCollege ? item.collegeName : null,
                  item.hasPlan
                    ? (item.counsellorName ?? t('assistance.list.hasPlan'))
                    : t('assistance.list.noPlan'),
                  t('assistance.list.servicesCount', { n: item.services }),
                ]
                  .filter(Boolean)
                  .join(' · ') || EMPTY}
              </Typography.Text>
              <GapTags gaps={item.gaps} placed={item.placed} />
            </Flex>
          </Card>
        )}
      />
    </>
  );
}
