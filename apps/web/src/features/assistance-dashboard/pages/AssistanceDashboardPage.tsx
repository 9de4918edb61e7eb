import { InfoCircleOutlined } from '@ant-design/icons';
import { ASSISTANCE_CATEGORIES } from '@jiuye/domain/reference/assistance-categories';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Progress,
  Row,
  Select,
  Skeleton,
  Spin,
  Tag,
  Tooltip,
  Typography,
  theme,
} from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { currentCohortYear, formatCount } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { positiveInt } from '../../../lib/paging';
import { cohortOptions } from '../../subsidies/components/cohorts';
import { categoryName, formatYuan } from '../../subsidies/labels';
import { useAssistanceDashboard, type AssistanceDashboard } from '../api';

// ECharts comes in its own chunk, fetched after the cards are on screen.
const SubsidyChart = lazy(() => import('../components/SubsidyChart'));

/** A share in percent with one decimal; a dash when there is nothing to divide by. */
function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
const showRate = (r: number | null) => (r === null ? '—' : `${r.toFixed(1)}%`);

/** The definition of a figure on hover, reachable by keyboard and by tapping on a phone. */
function Definition({ title, text }: { title: string; text: string }) {
  const { t } = useI18n();
  return (
    <Tooltip title={text} trigger={['hover', 'focus']}>
      <Button
        type="text"
        size="small"
        icon={<InfoCircleOutlined />}
        aria-label={t('assistanceDashboard.definitionOf', { name: title })}
        style={{ width: 20, height: 20, minWidth: 20, color: 'inherit' }}
      />
    </Tooltip>
  );
}

/** One figure: its name with the definition, the value, and a bar when it is a share. */
function Metric({
  id,
  label,
  definition,
  value,
  detail,
  percent,
  primary,
}: {
  id: string;
  label: MessageKey;
  definition: MessageKey;
  value: string;
  detail?: string;
  percent?: number | null;
  primary?: boolean;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  return (
    <div data-testid={`metric-${id}`}>
      <Flex align="center" gap={2}>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t(label)}
        </Typography.Text>
        <Definition title={t(label)} text={t(definition)} />
      </Flex>
      <Flex align="baseline" gap={8} wrap>
        <Typography.Text
          strong
          style={{
            fontSize: primary ? 28 : 20,
            lineHeight: 1.3,
            color: primary ? token.colorPrimary : undefined,
          }}
          data-testid="metric-value"
        >
          {value}
        </Typography.Text>
        {detail && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {detail}
          </Typography.Text>
        )}
      </Flex>
      {percent !== undefined && percent !== null && (
        <Progress percent={percent} showInfo={false} size="small" style={{ margin: 0 }} />
      )}
    </div>
  );
}

/** A figure that is a share, "part of whole": the rate, the two counts and its bar. */
function ShareMetric({
  part,
  whole,
  ...metric
}: {
  id: string;
  label: MessageKey;
  definition: MessageKey;
  part: number;
  whole: number;
  primary?: boolean;
}) {
  const { t } = useI18n();
  const share = rate(part, whole);
  return (
    <Metric
      {...metric}
      value={showRate(share)}
      detail={t('assistanceDashboard.ofN', { part: formatCount(part), whole: formatCount(whole) })}
      percent={share}
    />
  );
}

function Panel({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Card size="small" title={title} style={{ height: '100%' }} data-testid={testId}>
      <Flex vertical gap={14}>
        {children}
      </Flex>
    </Card>
  );
}

function Targets({ d }: { d: AssistanceDashboard }) {
  const { t, lang } = useI18n();
  const n = d.targets.graduates;
  const categories = ASSISTANCE_CATEGORIES.filter((c) => (d.targets.byCategory[c.key] ?? 0) > 0);
  return (
    <Panel title={t('assistanceDashboard.targets')} testId="panel-targets">
      <Metric
        id="targets"
        primary
        label="assistanceDashboard.targetGraduates"
        definition="assistanceDashboard.def.targetGraduates"
        value={formatCount(n)}
        detail={
          d.targets.pendingReview > 0
            ? t('assistanceDashboard.pendingReview', { n: formatCount(d.targets.pendingReview) })
            : undefined
        }
      />
      <ShareMetric
        id="withPlan"
        label="assistanceDashboard.withPlan"
        definition="assistanceDashboard.def.withPlan"
        part={d.targets.withPlan}
        whole={n}
      />
      <ShareMetric
        id="withService"
        label="assistanceDashboard.withService"
        definition="assistanceDashboard.def.withService"
        part={d.targets.withService}
        whole={n}
      />
      {categories.length > 0 && (
        <Flex gap={4} wrap data-testid="by-category">
          {categories.map((c) => (
            <Tag key={c.key} style={{ marginInlineEnd: 0 }}>
              {categoryName(c.key, lang)} {formatCount(d.targets.byCategory[c.key] ?? 0)}
            </Tag>
          ))}
        </Flex>
      )}
    </Panel>
  );
}

function Standard({ d }: { d: AssistanceDashboard }) {
  const { t } = useI18n();
  const { meeting, unplacedTargets } = d.standard;
  return (
    <Panel title={t('assistanceDashboard.standard')} testId="panel-standard">
      <ShareMetric
        id="standard"
        primary
        label="assistanceDashboard.meetingStandard"
        definition="assistanceDashboard.def.meetingStandard"
        part={meeting}
        whole={unplacedTargets}
      />
      <Metric
        id="unplacedTargets"
        label="assistanceDashboard.unplacedTargets"
        definition="assistanceDashboard.def.unplacedTargets"
        value={formatCount(unplacedTargets)}
      />
    </Panel>
  );
}

function Placement({ d }: { d: AssistanceDashboard }) {
  const { t } = useI18n();
  const { targets, all } = d.placement;
  return (
    <Panel title={t('assistanceDashboard.placement')} testId="panel-placement">
      <ShareMetric
        id="placementTargets"
        primary
        label="assistanceDashboard.placementTargets"
        definition="assistanceDashboard.def.placementTargets"
        part={targets.placed}
        whole={targets.total}
      />
      <ShareMetric
        id="placementAll"
        label="assistanceDashboard.placementAll"
        definition="assistanceDashboard.def.placementAll"
        part={all.placed}
        whole={all.total}
      />
    </Panel>
  );
}

function Subsidies({ d }: { d: AssistanceDashboard }) {
  const { t, lang } = useI18n();
  const count = d.subsidies.reduce((sum, s) => sum + s.count, 0);
  const paid = d.subsidies.find((s) => s.status === 'paid');
  const approved = d.subsidies.find((s) => s.status === 'approved');
  return (
    <Panel title={t('assistanceDashboard.subsidies')} testId="panel-subsidies">
      <Flex gap={24} wrap>
        <Metric
          id="subsidyCount"
          primary
          label="assistanceDashboard.subsidyApplications"
          definition="assistanceDashboard.def.subsidyApplications"
          value={formatCount(count)}
        />
        <Metric
          id="subsidyPaid"
          label="assistanceDashboard.subsidyPaid"
          definition="assistanceDashboard.def.subsidyPaid"
          value={formatYuan(paid?.amountFen ?? 0, lang)}
          detail={t('assistanceDashboard.people', { n: formatCount(paid?.count ?? 0) })}
        />
        <Metric
          id="subsidyToPay"
          label="assistanceDashboard.subsidyToPay"
          definition="assistanceDashboard.def.subsidyToPay"
          value={formatYuan(approved?.amountFen ?? 0, lang)}
          detail={t('assistanceDashboard.people', { n: formatCount(approved?.count ?? 0) })}
        />
      </Flex>
      {count > 0 ? (
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 160 }} />}>
          <SubsidyChart subsidies={d.subsidies} />
        </Suspense>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assistanceDashboard.noSubsidies')} />
      )}
    </Panel>
  );
}

function Handover({ d }: { d: AssistanceDashboard }) {
  const { t } = useI18n();
  const h = d.handover;
  return (
    <Panel title={t('assistanceDashboard.handover')} testId="panel-handover">
      <ShareMetric
        id="contactRate"
        primary
        label="assistanceDashboard.contactRate"
        definition="assistanceDashboard.def.contactRate"
        part={h.contacted}
        whole={h.handedOver}
      />
      <ShareMetric
        id="goalRate"
        label="assistanceDashboard.goalRate"
        definition="assistanceDashboard.def.goalRate"
        part={h.goalMet}
        whole={h.wantsJob}
      />
      <Metric
        id="notConsented"
        label="assistanceDashboard.notConsented"
        definition="assistanceDashboard.def.notConsented"
        value={formatCount(h.notConsented)}
      />
    </Panel>
  );
}

/**
 * 帮扶工作看板: for a cohort in the user's scope, how far assistance reaches targets, the service
 * standard, targets' placement against all graduates, the subsidy and the hand-over; each figure
 * with its definition on hover.
 */
export function AssistanceDashboardPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const year = positiveInt(params.get('year')) ?? currentCohortYear();
  const { data, error, isPending, isPlaceholderData, refetch } = useAssistanceDashboard(year);
  return (
    <>
      <PageHeader
        title={t('nav.assistanceDashboard')}
        extra={
          <Select<number>
            value={year}
            options={cohortOptions(t)}
            onChange={(y) => setParams({ year: String(y) })}
            aria-label={t('subsidies.cohort')}
            style={{ minWidth: 120 }}
            data-testid="cohort-select"
          />
        }
      />
      {data && (
        <Typography.Paragraph type="secondary" data-testid="dashboard-scope">
          {t('assistanceDashboard.scope', { scope: data.scope.name, year })}
        </Typography.Paragraph>
      )}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton active paragraph={{ rows: 10 }} />}
      {data && data.placement.all.total === 0 && data.targets.graduates === 0 && (
        <Empty description={t('assistanceDashboard.noData', { year })} data-testid="dashboard-empty" />
      )}
      {data && (data.placement.all.total > 0 || data.targets.graduates > 0) && (
        <Spin spinning={isPlaceholderData}>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12} xl={8}>
              <Targets d={data} />
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Standard d={data} />
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Placement d={data} />
            </Col>
            <Col xs={24} xl={12}>
              <Subsidies d={data} />
            </Col>
            <Col xs={24} md={12} xl={12}>
              <Handover d={data} />
            </Col>
          </Row>
        </Spin>
      )}
    </>
  );
}
