import { App, Button, Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useShowError } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { industryName } from '../../jobs/labels';
import { useRegionName } from '../../jobs/components/RegionPicker';
import { useUpdateMarket, type Market } from '../api';
import { MARKET_KIND_LABELS } from '../labels';

/** Kind, place and open/closed as tags. */
export function MarketTags({ market }: { market: Market }) {
  const { t, lang } = useI18n();
  const regionName = useRegionName(market.regionCode ?? undefined);
  const kind = MARKET_KIND_LABELS[market.kind];
  return (
    <Flex wrap gap={4}>
      <Tag color={kind.color} style={{ marginInlineEnd: 0 }}>
        {t(kind.label)}
      </Tag>
      {market.universityName && <Tag style={{ marginInlineEnd: 0 }}>{market.universityName}</Tag>}
      {market.regionCode && <Tag style={{ marginInlineEnd: 0 }}>{regionName ?? market.regionCode}</Tag>}
      {market.industryCode && (
        <Tag style={{ marginInlineEnd: 0 }}>{industryName(market.industryCode, lang)}</Tag>
      )}
      {market.status === 'closed' && (
        <Tag color="default" style={{ marginInlineEnd: 0 }} data-testid="market-closed">
          {t('markets.status.closed')}
        </Tag>
      )}
    </Flex>
  );
}

/** Close (hides the market from the public list) or reopen, after a confirmation. */
export function useToggleMarketStatus() {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const update = useUpdateMarket();
  const showError = useShowError();
  return (market: Market) => {
    const closing = market.status === 'open';
    modal.confirm({
      title: t(closing ? 'markets.closeConfirmTitle' : 'markets.reopenConfirmTitle', { name: market.name }),
      content: t(closing ? 'markets.closeConfirm' : 'markets.reopenConfirm'),
      okText: t(closing ? 'markets.close' : 'markets.reopen'),
      okButtonProps: { danger: closing },
      cancelText: t('common.cancel'),
      onOk: () =>
        update.mutateAsync({ id: market.id, change: { status: closing ? 'closed' : 'open' } }).then(
          () => void message.success(t(closing ? 'markets.closed' : 'markets.reopened')),
          (error: unknown) => showError(error),
        ),
    });
  };
}

/** One market in a list: name, tags, description and how many postings it has. */
export function MarketCard({ market, actions }: { market: Market; actions?: ReactNode }) {
  const { t } = useI18n();
  return (
    <Card size="small" style={{ height: '100%' }} data-testid="market-card">
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Link to={`/markets/${encodeURIComponent(market.id)}`} style={{ minWidth: 0 }}>
          <Typography.Title level={5} style={{ margin: 0, color: 'inherit', overflowWrap: 'anywhere' }}>
            {market.name}
          </Typography.Title>
        </Link>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', flex: 'none' }}>
          {t('markets.postingCount', { n: formatCount(market.postingCount) })}
        </Typography.Text>
      </Flex>
      <div style={{ marginTop: 6 }}>
        <MarketTags market={market} />
      </div>
      {market.description && (
        <Typography.Paragraph
          type="secondary"
          ellipsis={{ rows: 2 }}
          style={{ margin: '6px 0 0', fontSize: 13, overflowWrap: 'anywhere' }}
        >
          {market.description}
        </Typography.Paragraph>
      )}
      {actions && (
        <Flex wrap gap={4} style={{ marginTop: 8 }}>
          {actions}
        </Flex>
      )}
    </Card>
  );
}

export function MarketLinkButton({ market }: { market: Market }) {
  const { t } = useI18n();
  return (
    <Link to={`/markets/${encodeURIComponent(market.id)}`}>
      <Button size="small">{t('markets.open')}</Button>
    </Link>
  );
}
