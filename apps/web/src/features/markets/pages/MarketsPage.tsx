import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Input, Segmented } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PagedCards } from '../../../components/PagedCards';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { readPaging, writePaging } from '../../../lib/paging';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import { useMarkets, type Market, type MarketKind, type MarketQuery } from '../api';
import { MarketCard, MarketLinkButton, useToggleMarketStatus } from '../components/MarketCard';
import { MarketFormModal } from '../components/MarketFormModal';
import { MARKET_KINDS, MARKET_KIND_LABELS, creatableKinds } from '../labels';

function parseMarketParams(params: URLSearchParams): MarketQuery {
  const q = params.get('q')?.trim();
  return {
    kind: MARKET_KINDS.find((kind) => kind === params.get('kind')),
    q: q ? q.slice(0, 60) : undefined,
    ...readPaging(params),
  };
}

function toMarketParams(query: MarketQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.kind) params.set('kind', query.kind);
  if (query.q) params.set('q', query.q);
  writePaging(params, query);
  return params;
}

/** The list with its kind tabs and name search; `manage` lists closed markets too. */
function MarketList({
  manage,
  renderActions,
  emptyText,
}: {
  manage: boolean;
  renderActions?: (market: Market) => ReactNode;
  emptyText: string;
}) {
  const t = useT();
  const isPhone = useIsPhone();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = parseMarketParams(searchParams);
  const { data, isFetching, error, refetch } = useMarkets({ ...query, includeClosed: manage });
  const [search, setSearch] = useState(query.q ?? '');
  useEffect(() => setSearch(query.q ?? ''), [query.q]);
  const navigate = (next: MarketQuery) => setSearchParams(toMarketParams(next));
  // The public list is everyone's; a manager's page shows only what they run.
  const items = (data?.items ?? []).filter((market) => !manage || market.manageable);

  return (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 16 }} role="search">
        <Segmented<MarketKind | 'all'>
          value={query.kind ?? 'all'}
          onChange={(kind) => navigate({ ...query, kind: kind === 'all' ? undefined : kind, page: 1 })}
          options={[
            { value: 'all', label: t('markets.kind.all') },
            ...MARKET_KINDS.map((kind) => ({ value: kind, label: t(MARKET_KIND_LABELS[kind].label) })),
          ]}
        />
        <Input.Search
          allowClear
          value={search}
          maxLength={60}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => navigate({ ...query, q: value.trim() || undefined, page: 1 })}
          placeholder={t('markets.searchPlaceholder')}
          aria-label={t('markets.searchPlaceholder')}
          style={{ width: isPhone ? '100%' : 280 }}
        />
      </Flex>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <PagedCards
        testId="market-cards"
        label={t('nav.markets')}
        items={items}
        itemKey={(market) => market.id}
        total={data?.total ?? 0}
        totalText={t('markets.total', { total: formatCount(manage ? items.length : (data?.total ?? 0)) })}
        loading={isFetching}
        paging={query}
        onPage={(paging) => navigate({ ...query, ...paging })}
        columns={isPhone ? undefined : 'repeat(auto-fill, minmax(min(100%, 340px), 1fr))'}
        empty={<Empty description={query.q || query.kind ? t('markets.emptyFiltered') : emptyText} />}
        renderItem={(market) => <MarketCard market={market} actions={renderActions?.(market)} />}
      />
    </>
  );
}

/** 招聘市场: campus, regional and industry markets, open to everyone. */
export function MarketsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('nav.markets')} />
      <MarketList manage={false} emptyText={t('markets.empty')} />
    </>
  );
}

/** 市场管理: the markets this user runs (closed ones too), with 开设, 编辑 and 关闭/重新开放. */
export function MarketAdminPage() {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<Market | null>(null);
  const [creating, setCreating] = useState(false);
  const toggle = useToggleMarketStatus();
  const mayCreate = creatableKinds(me.role).length > 0;

  return (
    <>
      <PageHeader
        title={t('nav.marketAdmin')}
        extra={
          mayCreate && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('markets.createTitle')}
            </Button>
          )
        }
      />
      <MarketList
        manage
        emptyText={t(me.role === 'career_centre' ? 'markets.emptyCampus' : 'markets.emptyManaged')}
        renderActions={(market) => (
          <>
            <MarketLinkButton market={market} />
            <Button size="small" onClick={() => setEditing(market)}>
              {t('markets.edit')}
            </Button>
            <Button size="small" danger={market.status === 'open'} onClick={() => toggle(market)}>
              {t(market.status === 'open' ? 'markets.close' : 'markets.reopen')}
            </Button>
          </>
        )}
      />
      <MarketFormModal
        key={editing?.id ?? 'new'}
        market={editing}
        open={creating || editing !== null}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
        onSaved={(saved) => {
          const created = creating;
          setCreating(false);
          setEditing(null);
          if (created) void navigate(`/markets/${encodeURIComponent(saved.id)}`);
        }}
      />
    </>
  );
}
