import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  List,
  Row,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useReviewDetail, type ReviewDetail } from '../api';
import { AdPreview } from '../components/AdPreview';
import { DecisionForm } from '../components/DecisionForm';
import { FindingList } from '../components/FindingList';
import { RepeatOffenderTag } from '../components/RepeatOffenderTag';
import { PostingStatusTag, ReviewStatusTag, VerdictTag } from '../components/Tags';
import { spansOf, type AdTexts } from '../highlight';
import { categoryLabel, DECISION_LABELS, REPORT_STATUS_LABELS } from '../labels';

const TEXT_STYLE = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

function Summary({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  const { posting, organisation } = detail;
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        {
          key: 'organisation',
          label: t('review.organisation'),
          children: (
            <Flex wrap gap={4} align="center">
              <span>{posting.organisationName}</span>
              {organisation.repeatOffender && (
                <RepeatOffenderTag offences={organisation.offences} days={organisation.window.days} />
              )}
            </Flex>
          ),
        },
        {
          key: 'offences',
          label: t('review.offencesLabel'),
          children: t('review.offencesInWindow', {
            n: organisation.offences,
            days: organisation.window.days,
          }),
        },
        {
          key: 'status',
          label: t('jobs.status'),
          children: (
            <Flex wrap gap={4}>
              <PostingStatusTag status={posting.status} />
              <ReviewStatusTag status={posting.reviewStatus} showNone />
            </Flex>
          ),
        },
        { key: 'verdict', label: t('jobs.verdict'), children: <VerdictTag verdict={posting.verdict} /> },
        { key: 'published', label: t('jobs.publishedAt'), children: formatDateTime(posting.publishedAt) },
        {
          key: 'ack',
          label: t('review.acknowledgedAt'),
          children: formatDateTime(posting.warningsAcknowledgedAt),
        },
      ]}
    />
  );
}

function Reports({ detail }: { detail: ReviewDetail }) {
  const { t, lang } = useI18n();
  if (detail.reports.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('review.noReports')} />;
  }
  return (
    <List
      data-testid="reports"
      dataSource={detail.reports}
      renderItem={(report) => (
        <List.Item style={{ display: 'block' }}>
          <Flex wrap gap={4} align="center">
            <Tag color="volcano">{categoryLabel(report.category, lang, t)}</Tag>
            <Tag color={REPORT_STATUS_LABELS[report.status].color}>
              {t(REPORT_STATUS_LABELS[report.status].label)}
            </Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {report.reporter || EMPTY} · {formatDateTime(report.createdAt)}
            </Typography.Text>
          </Flex>
          <Typography.Paragraph style={{ ...TEXT_STYLE, margin: '6px 0 0' }}>
            {report.reason}
          </Typography.Paragraph>
          {report.evidence && (
            <Typography.Paragraph type="secondary" style={{ ...TEXT_STYLE, margin: '4px 0 0' }}>
              {t('common.labelled', { label: t('report.evidence') })}
              {report.evidence}
            </Typography.Paragraph>
          )}
        </List.Item>
      )}
    />
  );
}

function Decisions({ detail }: { detail: ReviewDetail }) {
  const { t } = useI18n();
  if (detail.decisions.length === 0) {
    return <Typography.Text type="secondary">{t('review.noDecisions')}</Typography.Text>;
  }
  return (
    <Timeline
      data-testid="decisions"
      items={detail.decisions.map((decision) => ({
        key: decision.id,
        color: DECISION_LABELS[decision.decision].color,
        content: (
          <>
            <Flex wrap gap={4} align="center">
              <Tag color={DECISION_LABELS[decision.decision].color}>
                {t(DECISION_LABELS[decision.decision].label)}
              </Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {decision.decidedBy} · {formatDateTime(decision.createdAt)}
              </Typography.Text>
            </Flex>
            <Typography.Paragraph style={{ ...TEXT_STYLE, margin: '4px 0 0' }}>
              {decision.reason}
            </Typography.Paragraph>
          </>
        ),
      }))}
    />
  );
}

/** 审核详情: the ad with its findings marked, graduates' reports, earlier decisions and the decision form. */
export function ReviewDetailPage() {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const { id = '' } = useParams();
  const { data: detail, error, refetch } = useReviewDetail(id);

  const header = (
    <PageHeader
      title={t('review.detailTitle')}
      extra={
        <Link to="/review">
          <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
        </Link>
      }
    />
  );
  if (error) {
    return (
      <>
        {header}
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!detail) {
    return (
      <>
        {header}
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      </>
    );
  }

  const { posting } = detail;
  const texts: AdTexts = {
    title: posting.title,
    description: posting.description,
    requirements: posting.requirements ?? '',
  };
  const spans = spansOf(posting);
  const cardGap = isPhone ? 12 : 16;

  const ad = (
    <Card title={t('review.adText')} size={isPhone ? 'small' : 'default'}>
      <AdPreview texts={texts} findings={posting.findings} spans={spans} />
    </Card>
  );
  const findings = (
    <Card title={t('review.findings', { n: posting.findings.length })} size={isPhone ? 'small' : 'default'}>
      {posting.findings.length > 0 ? (
        <FindingList findings={posting.findings} spans={spans} texts={texts} />
      ) : (
        <Typography.Text type="secondary">{t('review.noFindings')}</Typography.Text>
      )}
    </Card>
  );
  const summary = (
    <Card title={posting.title} size="small" styles={{ header: { whiteSpace: 'normal' } }}>
      <Summary detail={detail} />
    </Card>
  );
  const rest = (
    <>
      <Card title={t('review.reports', { n: detail.reports.length })} size="small">
        <Reports detail={detail} />
      </Card>
      <Card title={t('review.history')} size="small">
        <Decisions detail={detail} />
      </Card>
      <Card title={t('review.decide')} size="small">
        <DecisionForm detail={detail} />
      </Card>
    </>
  );

  return (
    <>
      {header}
      {isPhone ? (
        // Read first, decide last: the ad and its findings come before the decision form.
        <Flex vertical gap={cardGap}>
          {summary}
          {ad}
          {findings}
          {rest}
        </Flex>
      ) : (
        <Row gutter={[16, 16]} align="top">
          <Col xs={24} lg={14}>
            <Flex vertical gap={cardGap}>
              {ad}
              {findings}
            </Flex>
          </Col>
          <Col xs={24} lg={10}>
            <Flex vertical gap={cardGap}>
              {summary}
              {rest}
            </Flex>
          </Col>
        </Row>
      )}
    </>
  );
}
