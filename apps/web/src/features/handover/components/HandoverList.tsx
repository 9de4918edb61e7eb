import { Button, Card, Empty, Flex, Typography, type TableColumnsType } from 'antd';
import { PagedList } from '../../../components/PagedList';
import { CardHeading } from '../../../components/SelectableCard';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { ExportButtons } from '../../monitoring/components/ExportButtons';
import { handoverExportPath, useHandovers, type HandoverItem, type HandoverQuery } from '../api';
import { GoalDue, HandoverStateTag, isOverdue } from '../labels';
import { degreeName, genderName } from './HandoverDrawer';
import { HandoverFilters } from './HandoverFilters';

/**
 * Graduates handed over, a page at a time, with the masked phone, the six-month goal's due date
 * (overdue in red) and where the follow-up stands; the whole filtered list exports.
 */
export function HandoverList({
  query,
  onChange,
  onOpen,
}: {
  query: HandoverQuery;
  onChange: (patch: Partial<HandoverQuery>) => void;
  onOpen: (item: HandoverItem) => void;
}) {
  const { t, lang } = useI18n();
  const { data, isFetching, error, refetch } = useHandovers(query);
  const items = data?.items ?? [];
  const total = data?.total ?? 0;
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  const degree = (key: string) => degreeName(key, lang);

  const columns: TableColumnsType<HandoverItem> = [
    {
      title: t('graduate.name'),
      dataIndex: 'name',
      width: 100,
      fixed: 'left',
      render: (n: string, item) => (
        <>
          <Typography.Text strong>{n}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginInlineStart: 4, fontSize: 12 }}>
            {genderName(item.gender, t)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('handover.education'),
      key: 'education',
      width: 220,
      ellipsis: true,
      render: (_v, item) =>
        [item.universityName, item.majorName, degree(item.degree)].filter(Boolean).join(' · '),
    },
    { title: t('graduate.phone'), dataIndex: 'phone', width: 120, render: (p: string | null) => p ?? EMPTY },
    { title: t('handover.region'), dataIndex: 'regionName', width: 120, ellipsis: true },
    { title: t('handover.handedOverOn'), dataIndex: 'handedOverOn', width: 100 },
    {
      title: t('handover.goalDueOn'),
      key: 'goal',
      width: 160,
      render: (_v, item) => <GoalDue item={item} />,
    },
    {
      title: t('handover.firstContactOn'),
      dataIndex: 'firstContactOn',
      width: 100,
      render: (d: string | null) => d ?? EMPTY,
    },
    {
      title: t('handover.status'),
      key: 'state',
      width: 110,
      render: (_v, item) => <HandoverStateTag item={item} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 64,
      fixed: 'right',
      render: (_v, item) => (
        <Button
          type="link"
          size="small"
          onClick={() => onOpen(item)}
          aria-label={t('handover.open', { name: item.name })}
          data-testid="open-handover"
        >
          {t('common.view')}
        </Button>
      ),
    },
  ];

  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('handover.listEmpty')} />;

  return (
    <Flex vertical gap={4}>
      <Flex justify="space-between" gap={8} wrap align="flex-start">
        <HandoverFilters query={query} onChange={(patch) => onChange({ ...patch, page: 1 })} />
        <ExportButtons href={(format) => handoverExportPath(filters, format)} testId="handover-export" />
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <PagedList<HandoverItem>
        items={items}
        total={total}
        loading={isFetching}
        paging={query}
        onPage={(p) => onChange(p)}
        rowKey={(item) => item.graduateId}
        empty={empty}
        label={t('handover.listTitle')}
        testIds={{ cards: 'handover-cards', table: 'handover-table' }}
        columns={columns}
        scrollX={1100}
        renderCard={(item) => (
          <Card
            size="small"
            hoverable
            onClick={() => onOpen(item)}
            role="button"
            aria-label={t('handover.open', { name: item.name })}
            style={isOverdue(item) ? { borderColor: '#ffa39e' } : undefined}
          >
            <CardHeading name={item.name} detail={item.phone ?? ''} tag={<HandoverStateTag item={item} />} />
            <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
              {[item.universityName, item.majorName, item.regionName].filter(Boolean).join(' · ')}
            </Typography.Text>
            <div style={{ fontSize: 12 }}>
              {t('handover.goalDueOn')}：<GoalDue item={item} />
            </div>
          </Card>
        )}
      />
    </Flex>
  );
}
