import { Alert, App, Button, Card, Empty, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useDismiss, useMyRecommendations, useUndismiss, type Recommendation } from '../api';
import { DismissModal } from './DismissModal';
import { RecommendationList, missingText } from './RecommendationList';

// A home page shows a handful; "更多" asks for a longer list rather than paging through one.
const FIRST = 6;
const MORE = 20;

/** 为你推荐 on the graduate's home page: top postings with reasons, 不感兴趣 with undo. */
export function RecommendedForYou() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [limit, setLimit] = useState(FIRST);
  const { data, isPending, isPlaceholderData, error, refetch } = useMyRecommendations(limit);
  const dismiss = useDismiss();
  const undismiss = useUndismiss();
  const [dismissing, setDismissing] = useState<Recommendation | null>(null);

  const undo = (postingId: string, key: string) => {
    message.destroy(key);
    undismiss.mutate(postingId, {
      onSuccess: () => void message.success(t('recs.undone')),
      onError: showError,
    });
  };

  const confirmDismiss = (reason: string | null) => {
    if (!dismissing) return;
    const postingId = dismissing.posting.id;
    dismiss.mutate(
      { postingId, reason },
      {
        onSuccess: () => {
          setDismissing(null);
          const key = `dismissed-${postingId}`;
          void message.open({
            key,
            type: 'success',
            duration: 8,
            content: (
              <span data-testid="dismissed-message">
                {t('recs.dismissed')}
                <Button type="link" size="small" onClick={() => undo(postingId, key)}>
                  {t('recs.undo')}
                </Button>
              </span>
            ),
          });
        },
        onError: showError,
      },
    );
  };

  const missing = data?.missing ?? [];
  const onlySkills = missing.length === 1 && missing[0] === 'skills';

  return (
    <Card
      title={t('recs.title')}
      extra={<Link to="/preferences">{t('recs.adjust')}</Link>}
      data-testid="recommended-for-you"
      styles={{ body: { paddingTop: 12 } }}
    >
      <Flex vertical gap={12}>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {missing.length > 0 && (
          <Alert
            type="info"
            showIcon
            data-testid="recommendations-missing"
            title={t('recs.missingTitle')}
            description={t('recs.missingDesc', { fields: missingText(t, missing) })}
            action={
              <Flex vertical gap={6}>
                {!onlySkills && (
                  <Link to="/preferences">
                    <Button size="small" type="primary">
                      {t('recs.fillPreferences')}
                    </Button>
                  </Link>
                )}
                {missing.includes('skills') && (
                  <Link to="/resume">
                    <Button size="small">{t('recs.fillSkills')}</Button>
                  </Link>
                )}
              </Flex>
            }
          />
        )}
        {isPending ? (
          <Skeleton active paragraph={{ rows: 6 }} />
        ) : data && data.items.length === 0 ? (
          <Empty description={t('recs.empty')}>
            <Flex vertical align="center" gap={8}>
              <span>{t('recs.emptyHint')}</span>
              <Link to="/jobs">
                <Button>{t('recs.search')}</Button>
              </Link>
            </Flex>
          </Empty>
        ) : (
          data && (
            <RecommendationList
              items={data.items}
              action={(item) => (
                <Button
                  size="small"
                  type="text"
                  onClick={() => setDismissing(item)}
                  aria-label={t('recs.dismissLabel', { title: item.posting.title })}
                >
                  {t('recs.dismiss')}
                </Button>
              )}
            />
          )
        )}
        {data && limit < MORE && data.items.length >= limit && (
          <Flex justify="center">
            <Button loading={isPlaceholderData} onClick={() => setLimit(MORE)}>
              {t('recs.more')}
            </Button>
          </Flex>
        )}
      </Flex>
      <DismissModal
        open={dismissing !== null}
        title={dismissing?.posting.title ?? ''}
        pending={dismiss.isPending}
        onConfirm={confirmDismiss}
        onCancel={() => setDismissing(null)}
      />
    </Card>
  );
}
