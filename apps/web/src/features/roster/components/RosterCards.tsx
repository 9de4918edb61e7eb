import { SortAscendingOutlined, SortDescendingOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Pagination, Select, Space, Spin, Tag, Typography } from 'antd';
import { useRef } from 'react';
import { EMPTY, formatCount } from '../../../lib/format';
import { PAGE_SIZES } from '../../../lib/paging';
import { useT } from '../../../lib/i18n';
import type { Graduate, RosterQuery, RosterSort } from '../api';

const SORTS: readonly RosterSort[] = ['studentNo', 'name', 'graduationYear', 'updatedAt'];
const SORT_LABEL = {
  studentNo: 'graduate.studentNo',
  name: 'graduate.name',
  graduationYear: 'graduate.graduationYear',
  updatedAt: 'graduate.updatedAt',
} as const;

interface Props {
  query: RosterQuery;
  items: Graduate[];
  total: number;
  loading: boolean;
  /** Left out for roles that may not reveal, which hides the action. */
  onReveal?: (graduate: Graduate) => void;
  /** Opens the jobs recommended for the graduate. */
  onRecommend: (graduate: Graduate) => void;
  navigate: (next: RosterQuery) => void;
}

function GraduateCard({
  graduate,
  onReveal,
  onRecommend,
}: {
  graduate: Graduate;
  onReveal?: (g: Graduate) => void;
  onRecommend: (g: Graduate) => void;
}) {
  const t = useT();
  const line = (...parts: (string | null | undefined)[]) => parts.map((part) => part || EMPTY).join(' · ');
  return (
    <Card size="small">
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Flex align="center" wrap gap={6} style={{ minWidth: 0 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {graduate.name}
          </Typography.Title>
          {graduate.assistanceTarget && (
            <Tag color="orange" style={{ marginInlineEnd: 0 }}>
              {t('roster.assistanceTag')}
            </Tag>
          )}
        </Flex>
        <Flex gap={12} style={{ flex: 'none' }}>
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0 }}
            onClick={() => onRecommend(graduate)}
            aria-label={t('recs.forGraduateLabel', { name: graduate.name })}
          >
            {t('recs.forGraduate')}
          </Button>
          {onReveal && (
            <Button
              type="link"
              size="small"
              style={{ paddingInline: 0 }}
              onClick={() => onReveal(graduate)}
              aria-label={t('roster.revealFor', { name: graduate.name })}
            >
              {t('common.view')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Flex vertical gap={2} style={{ marginTop: 4 }}>
        <Typography.Text>
          <Typography.Text type="secondary">{t('graduate.studentNo')} </Typography.Text>
          {graduate.studentNo}
        </Typography.Text>
        <Typography.Text>{line(graduate.collegeName, graduate.majorName)}</Typography.Text>
        <Typography.Text>
          {line(graduate.degreeName, t('roster.cardYear', { year: graduate.graduationYear }))}
        </Typography.Text>
        <Typography.Text>
          <Typography.Text type="secondary">{t('graduate.phone')} </Typography.Text>
          {graduate.phone || EMPTY}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

/**
 * The roster at phone width: the wide table only fits there by scrolling sideways, which loses the name
 * while reading the rest of a row. Column-header sorting goes with the table, so a select replaces it.
 */
export function RosterCards({ query, items, total, loading, onReveal, onRecommend, navigate }: Props) {
  const t = useT();
  const topRef = useRef<HTMLDivElement>(null);
  const order = query.order ?? 'asc';

  return (
    <>
      <Flex
        ref={topRef}
        justify="space-between"
        align="center"
        gap={8}
        wrap
        // Clears the sticky 56 px app header when a page change scrolls back up to here.
        style={{ marginBottom: 8, scrollMarginTop: 64 }}
      >
        <Typography.Text type="secondary">{t('roster.total', { total: formatCount(total) })}</Typography.Text>
        <Space.Compact>
          <Select<RosterSort>
            allowClear
            value={query.sort}
            placeholder={t('roster.sortBy')}
            aria-label={t('roster.sortBy')}
            options={SORTS.map((sort) => ({ value: sort, label: t(SORT_LABEL[sort]) }))}
            onChange={(sort: RosterSort | undefined) =>
              navigate({ ...query, page: 1, sort, order: sort ? order : undefined })
            }
            style={{ width: 124 }}
          />
          <Button
            disabled={!query.sort}
            icon={order === 'desc' ? <SortDescendingOutlined /> : <SortAscendingOutlined />}
            aria-label={`${t('roster.sortBy')}: ${order === 'desc' ? t('roster.sortDesc') : t('roster.sortAsc')}`}
            aria-pressed={order === 'desc'}
            onClick={() => navigate({ ...query, page: 1, order: order === 'desc' ? 'asc' : 'desc' })}
          >
            {order === 'desc' ? t('roster.sortDesc') : t('roster.sortAsc')}
          </Button>
        </Space.Compact>
      </Flex>
      <Spin spinning={loading}>
        <ul
          data-testid="roster-cards"
          aria-label={t('roster.cardList')}
          aria-busy={loading}
          style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
        >
          {items.map((graduate) => (
            <li key={graduate.id}>
              <GraduateCard graduate={graduate} onReveal={onReveal} onRecommend={onRecommend} />
            </li>
          ))}
        </ul>
        {items.length === 0 && (
          <div style={{ minHeight: 160, paddingTop: 24 }}>
            {!loading && <Empty description={t('roster.empty')} />}
          </div>
        )}
      </Spin>
      <Pagination
        size="small"
        align="center"
        style={{ marginTop: 16 }}
        current={query.page}
        pageSize={query.pageSize}
        total={total}
        showSizeChanger
        pageSizeOptions={[...PAGE_SIZES]}
        onChange={(page, pageSize) => {
          navigate({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize });
          // The pager sits below the last card; without this the next page opens at its bottom.
          topRef.current?.scrollIntoView({ block: 'start' });
        }}
      />
    </>
  );
}
