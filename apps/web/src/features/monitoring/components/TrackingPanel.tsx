import { Card, Col, Descriptions, Flex, Row, Skeleton, Tag, Typography, theme } from 'antd';
import { ErrorAlert } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useTracking, type Cohort, type TrackingPoint } from '../api';
import { formatRate, PLACEMENT_PARTS, RATE_LABELS } from '../labels';

function MilestoneCard({ point }: { point: TrackingPoint }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const title =
    point.months === 0
      ? t('monitoring.tracking.atLeaving')
      : t('monitoring.tracking.after', { n: point.months });
  const f = point.figures;
  return (
    <Card
      size="small"
      style={{ height: '100%' }}
      title={title}
      extra={<Typography.Text type="secondary">{point.date}</Typography.Text>}
      data-testid={`tracking-${point.months}`}
    >
      {point.reached && f ? (
        <Flex vertical gap={8}>
          <div>
            <Typography.Text strong style={{ fontSize: 24, color: token.colorPrimary }}>
              {formatRate(f.placementRate)}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">{t(RATE_LABELS.placementRate)}</Typography.Text>
          </div>
          <Descriptions
            size="small"
            column={1}
            items={[
              ...PLACEMENT_PARTS.map((key) => ({
                key,
                label: t(RATE_LABELS[key]),
                children: formatRate(f[key]),
              })),
              {
                key: 'placed',
                label: t('monitoring.placed'),
                children: `${formatCount(f.placed)} / ${formatCount(f.total)}`,
              },
            ]}
          />
        </Flex>
      ) : (
        // Not reached yet: said as such, never shown as a 0 % that looks like a result.
        <Flex vertical gap={8} align="flex-start">
          <Tag>{t('monitoring.tracking.notReached')}</Tag>
          <Typography.Text type="secondary">
            {t('monitoring.tracking.notReachedHint', { date: point.date })}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}

/** The cohort at leaving (30 June) and 6, 12 and 24 months after, from the history of approvals. */
export function TrackingPanel({ cohort }: { cohort: Cohort }) {
  const { t } = useI18n();
  const { data, isPending, error, refetch } = useTracking(cohort);
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        {t('monitoring.tracking.intro', { year: cohort.year })}
      </Typography.Text>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {data && (
        <Row gutter={[12, 12]}>
          {data.points.map((point) => (
            <Col key={point.months} xs={24} sm={12} xl={6}>
              <MilestoneCard point={point} />
            </Col>
          ))}
        </Row>
      )}
    </Flex>
  );
}
