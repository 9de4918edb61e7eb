import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { SearchCard } from '../../jobs/api';
import { JobSearch } from '../../jobs/components/JobSearch';
import { useMarket, useRemoveMarketPosting, type Market } from '../api';
import { AddPostingsModal } from '../components/AddPostingsModal';
import { MarketTags, useToggleMarketStatus } from '../components/MarketCard';
import { MarketFormModal } from '../components/MarketFormModal';

/** 移出 on a result card, after a confirmation; the posting itself stays published. */
function RemoveButton({ market, card }: { market: Market; card: SearchCard }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const remove = useRemoveMarketPosting();
  const showError = useShowError();
  return (
    <Button
      size="small"
      danger
      data-testid="remove-from-market"
      aria-label={t('markets.removeLabel', { title: card.title })}
      onClick={() =>
        modal.confirm({
          title: t('markets.removeConfirmTitle', { title: card.title }),
          content: t('markets.removeConfirm'),
          okText: t('markets.remove'),
          okButtonProps: { danger: true },
          cancelText: t('common.cancel'),
          onOk: () =>
            remove.mutateAsync({ id: market.id, postingId: card.id }).then(
              () => void message.success(t('markets.removed')),
              (error: unknown) => showError(error),
            ),
        })
      }
    >
      {t('markets.remove')}
    </Button>
  );
}

/** One market: what it is, its postings through the job search, and its managers' tools. */
export function MarketPage() {
  const t = useT();
  const { id = '' } = useParams();
  const market = useMarket(id);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState(false);
  const toggle = useToggleMarketStatus();
  const data = market.data;

  return (
    <>
      <PageHeader
        title={data?.name ?? t('nav.markets')}
        extra={
          <Link to="/markets">
            <Button icon={<ArrowLeftOutlined />}>{t('markets.all')}</Button>
          </Link>
        }
      />
      {market.error && <ErrorAlert error={market.error} onRetry={() => void market.refetch()} />}
      {!data && !market.error && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      )}
      {data && (
        <>
          <Card size="small" style={{ marginBottom: 16 }} data-testid="market-info">
            <Flex justify="space-between" align="flex-start" gap={12} wrap>
              <div style={{ minWidth: 0, flex: '1 1 260px' }}>
                <MarketTags market={data} />
                {data.description && (
                  <Typography.Paragraph
                    style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                  >
                    {data.description}
                  </Typography.Paragraph>
                )}
                <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6, fontSize: 12 }}>
                  {t('markets.postingCount', { n: formatCount(data.postingCount) })}
                </Typography.Text>
              </div>
              {data.manageable && (
                <Flex wrap gap={8}>
                  <Button
                    type="primary"
                    icon={<PlusOutlined />}
                    onClick={() => setAdding(true)}
                    disabled={data.status === 'closed'}
                    data-testid="add-postings"
                  >
                    {t('markets.addPostings')}
                  </Button>
                  <Button onClick={() => setEditing(true)}>{t('markets.edit')}</Button>
                  <Button danger={data.status === 'open'} onClick={() => toggle(data)}>
                    {t(data.status === 'open' ? 'markets.close' : 'markets.reopen')}
                  </Button>
                </Flex>
              )}
            </Flex>
            {data.status === 'closed' && (
              <Alert type="info" showIcon title={t('markets.closedNotice')} style={{ marginTop: 12 }} />
            )}
          </Card>
          <JobSearch
            fixedMarket={data.id}
            emptyText={t('markets.noPostings')}
            cardAction={data.manageable ? (card) => <RemoveButton market={data} card={card} /> : undefined}
          />
          {data.manageable && (
            <>
              <AddPostingsModal market={data} open={adding} onClose={() => setAdding(false)} />
              <MarketFormModal
                market={data}
                open={editing}
                onClose={() => setEditing(false)}
                onSaved={() => setEditing(false)}
              />
            </>
          )}
        </>
      )}
    </>
  );
}
