import { ArrowDownOutlined, ArrowUpOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Tooltip, Typography, theme } from 'antd';
import { formatCount } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { Figures, Overview, RateKey } from '../api';
import { formatRate, PLACEMENT_PARTS, RATE_DEFINITIONS, RATE_LABELS } from '../labels';

/** The change from last year's cohort: percentage points for a rate, a head count otherwise. */
function Change({ now, before, rate }: { now: number; before: number; rate: boolean }) {
  const { token } = theme.useToken();
  const delta = Math.round((now - before) * 10) / 10;
  if (delta === 0) return null;
  const up = delta > 0;
  const text = rate ? Math.abs(delta).toFixed(1) : formatCount(Math.abs(delta));
  // A higher rate is better; more graduates or more pending reviews is neither, so counts stay grey.
  const color = rate ? (up ? token.colorSuccess : token.colorError) : token.colorTextSecondary;
  return (
    <Typography.Text style={{ fontSize: 12, color }}>
      {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
      {text}
    </Typography.Text>
  );
}

/** The hover text of a figure, reachable by keyboard and by tapping on a phone. */
function Definition({ title, text }: { title: string; text: string }) {
  const { t } = useI18n();
  return (
    <Tooltip title={text} trigger={['hover', 'focus']}>
      <Button
        type="text"
        size="small"
        icon={<InfoCircleOutlined />}
        aria-label={t('monitoring.definitionOf', { name: title })}
        style={{ width: 20, height: 20, minWidth: 20, color: 'inherit' }}
      />
    </Tooltip>
  );
}

interface FigureSpec {
  id: RateKey | 'pendingReview' | 'total';
  title: string;
  definition: string;
  rate: boolean;
}

function FigureCard({
  spec,
  figures,
  lastYear,
  primary,
}: {
  spec: FigureSpec;
  figures: Figures;
  lastYear: { year: number; figures: Figures };
  primary: boolean;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const value = figures[spec.id];
  const before = lastYear.figures[spec.id];
  const show = (n: number) => (spec.rate ? formatRate(n) : formatCount(n));
  // Without last year's graduates there is nothing to compare with (a 0 % would mislead).
  const comparable = lastYear.figures.total > 0;
  return (
    <Card size="small" style={{ height: '100%' }} data-testid={`figure-${spec.id}`}>
      <Flex vertical gap={2}>
        <Flex align="center" gap={2}>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {spec.title}
          </Typography.Text>
          <Definition title={spec.title} text={spec.definition} />
        </Flex>
        <Typography.Text
          strong
          style={{
            fontSize: primary ? 28 : 22,
            lineHeight: 1.25,
            color: primary ? token.colorPrimary : undefined,
          }}
          data-testid="figure-value"
        >
          {show(value)}
        </Typography.Text>
        <Flex gap={6} align="baseline" wrap>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {comparable
              ? t('monitoring.lastYearValue', { year: lastYear.year, value: show(before) })
              : t('monitoring.lastYearNone', { year: lastYear.year })}
          </Typography.Text>
          {comparable && <Change now={value} before={before} rate={spec.rate} />}
        </Flex>
      </Flex>
    </Card>
  );
}

/**
 * 去向落实率 and its four parts, the registration rate, registrations pending review and the
 * cohort's size, each with its definition on hover and last year's cohort beside it.
 */
export function HeadlineFigures({ overview }: { overview: Overview }) {
  const { t } = useI18n();
  const rate = (id: RateKey): FigureSpec => ({
    id,
    title: t(RATE_LABELS[id]),
    definition: t(RATE_DEFINITIONS[id]),
    rate: true,
  });
  const specs: FigureSpec[] = [
    rate('placementRate'),
    ...PLACEMENT_PARTS.map(rate),
    rate('registrationRate'),
    {
      id: 'pendingReview',
      title: t('monitoring.pendingReview'),
      definition: t('monitoring.definition.pendingReview'),
      rate: false,
    },
    {
      id: 'total',
      title: t('monitoring.total'),
      definition: t('monitoring.definition.total'),
      rate: false,
    },
  ];
  return (
    <Row gutter={[12, 12]} data-testid="headline-figures">
      {specs.map((spec, i) => (
        <Col key={spec.id} xs={12} md={6}>
          <FigureCard spec={spec} figures={overview.figures} lastYear={overview.lastYear} primary={i === 0} />
        </Col>
      ))}
    </Row>
  );
}
