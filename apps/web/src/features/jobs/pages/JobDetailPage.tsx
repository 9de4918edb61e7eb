import { ArrowLeftOutlined, FlagOutlined } from '@ant-design/icons';
import { can } from '@jiuye/domain/permissions';
import { Alert, Button, Card, Divider, Flex, Spin, Typography, theme } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { ApplyButton } from '../../applications/components/ApplyButton';
import { useCurrentUser } from '../../auth/api';
import { useJob } from '../api';
import { OrganisationName } from '../components/JobCard';
import { ReportModal } from '../components/ReportModal';
import { formatSalary } from '../labels';

const TEXT_STYLE = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** One published job, with 举报 for graduates who find discrimination or fraud in it. */
export function JobDetailPage() {
  const t = useT();
  const { token } = theme.useToken();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  const job = useJob(id);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState(false);
  const mayReport = can(me.role, 'jobs.report');
  const posting = job.data;

  return (
    <>
      <PageHeader
        title={t('jobs.detailTitle')}
        extra={
          <Link to="/jobs">
            <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
          </Link>
        }
      />
      {job.error && <ErrorAlert error={job.error} onRetry={() => void job.refetch()} />}
      {!posting && !job.error && (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      )}
      {posting && (
        <Card>
          <Flex justify="space-between" align="flex-start" gap={12} wrap>
            <div style={{ minWidth: 0, flex: '1 1 240px' }}>
              <Typography.Title level={3} style={{ margin: 0, overflowWrap: 'anywhere' }}>
                {posting.title}
              </Typography.Title>
              <div style={{ marginTop: 4 }}>
                <OrganisationName posting={posting} />
              </div>
            </div>
            <Typography.Title level={4} style={{ margin: 0, color: token.colorError }}>
              {formatSalary(t, posting.salaryMin, posting.salaryMax)}
            </Typography.Title>
          </Flex>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 12 }}>
            {t('jobs.publishedAt')} {formatDateTime(posting.publishedAt)}
          </Typography.Text>
          <ApplyButton posting={posting} />
          <Divider />
          <Typography.Title level={5}>{t('jobs.field.description')}</Typography.Title>
          <Typography.Paragraph style={TEXT_STYLE}>{posting.description}</Typography.Paragraph>
          {posting.requirements && (
            <>
              <Typography.Title level={5}>{t('jobs.field.requirements')}</Typography.Title>
              <Typography.Paragraph style={TEXT_STYLE}>{posting.requirements}</Typography.Paragraph>
            </>
          )}
          {mayReport && (
            <>
              <Divider />
              {reported && (
                <Alert
                  data-testid="report-success"
                  type="success"
                  showIcon
                  title={t('report.received')}
                  style={{ marginBottom: 12 }}
                />
              )}
              {!reported && posting.reportedByMe && (
                <Alert
                  data-testid="report-already"
                  type="info"
                  showIcon
                  title={t('report.already')}
                  style={{ marginBottom: 12 }}
                />
              )}
              <Flex justify="space-between" align="center" gap={12} wrap>
                <Typography.Text type="secondary" style={{ flex: '1 1 220px' }}>
                  {t('report.hint')}
                </Typography.Text>
                <Button
                  danger
                  icon={<FlagOutlined />}
                  onClick={() => setReporting(true)}
                  disabled={posting.reportedByMe && !reported}
                  data-testid="report-button"
                >
                  {t('report.button')}
                </Button>
              </Flex>
              <ReportModal
                posting={posting}
                open={reporting}
                onClose={() => setReporting(false)}
                onReported={() => {
                  setReporting(false);
                  setReported(true);
                }}
              />
            </>
          )}
        </Card>
      )}
    </>
  );
}
