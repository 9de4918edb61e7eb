import { Flex, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { Review } from '../api';
import { DECISION_LABELS } from '../labels';

/** Every decision and re-submission, oldest first, with the reason given. */
export function ReviewHistory({ reviews }: { reviews: Review[] }) {
  const t = useT();
  if (reviews.length === 0)
    return <Typography.Text type="secondary">{t('verify.noHistory')}</Typography.Text>;
  return (
    <Timeline
      data-testid="review-history"
      items={reviews.map((review) => ({
        key: review.id,
        color: DECISION_LABELS[review.decision].color,
        content: (
          <>
            <Flex wrap gap={6} align="center">
              <Tag color={DECISION_LABELS[review.decision].color}>
                {t(DECISION_LABELS[review.decision].label)}
              </Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(review.createdAt)}
                {review.decidedBy ? ` · ${review.decidedBy}` : ''}
              </Typography.Text>
            </Flex>
            {review.reason && (
              <Typography.Paragraph
                style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >
                {review.reason}
              </Typography.Paragraph>
            )}
          </>
        ),
      }))}
    />
  );
}
