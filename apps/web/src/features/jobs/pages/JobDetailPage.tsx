import { ArrowLeftOutlined, FlagOutlined, LoginOutlined, SafetyCertificateFilled } from '@ant-design/icons';
import { can } from '@jiuye/domain/permissions';
import { Alert, Button, Card, Descriptions, Divider, Flex, Spin, Tag, Typography, theme } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { ApplyButton } from '../../applications/components/ApplyButton';
import { useMe, type LoginRedirectState } from '../../auth/api';
import { useJob, type PostingDetail } from '../api';
import { OrganisationName } from '../components/JobCard';
import { ReportModal } from '../components/ReportModal';
import {
  benefitName,
  formatSalary,
  industryName,
  jobTypeName,
  keyFieldName,
  minDegreeText,
  natureName,
  occupationName,
} from '../labels';

const TEXT_STYLE = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** The structured facts of a posting as label–value rows (one column on a phone). */
function PostingFactsList({ posting }: { posting: PostingDetail }) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const tags = (items: ReactNode[]) => (
    <Flex wrap gap={4}>
      {items}
    </Flex>
  );
  const items = [
    {
      key: 'regions',
      label: t('jobs.field.regions'),
      children: tags(
        posting.regions.map((region) => (
          <Tag key={region.code} style={{ marginInlineEnd: 0 }}>
            {region.name}
          </Tag>
        )),
      ),
    },
    { key: 'degree', label: t('jobs.field.minDegree'), children: minDegreeText(t, lang, posting.minDegree) },
    {
      key: 'majors',
      label: t('jobs.field.majors'),
      children:
        posting.majors.length === 0
          ? t('jobs.majorsAny')
          : tags(
              posting.majors.map((major) => (
                <Tag key={major.code} style={{ marginInlineEnd: 0 }}>
                  {major.name}
                </Tag>
              )),
            ),
    },
    { key: 'type', label: t('jobs.field.jobType'), children: jobTypeName(posting.jobType, lang) },
    {
      key: 'headcount',
      label: t('jobs.field.headcount'),
      children: t('jobs.headcountN', { n: posting.headcount }),
    },
    { key: 'deadline', label: t('jobs.field.deadline'), children: posting.deadline ?? t('jobs.none') },
    ...(posting.industryCode
      ? [
          {
            key: 'industry',
            label: t('jobs.field.industry'),
            children: industryName(posting.industryCode, lang),
          },
        ]
      : []),
    ...(posting.occupationCode
      ? [
          {
            key: 'occupation',
            label: t('jobs.field.occupation'),
            children: occupationName(posting.occupationCode),
          },
        ]
      : []),
    ...(posting.organisationNature
      ? [
          {
            key: 'nature',
            label: t('jobs.organisationNature'),
            children: natureName(posting.organisationNature, lang),
          },
        ]
      : []),
    { key: 'published', label: t('jobs.publishedAt'), children: formatDateTime(posting.publishedAt) },
  ];
  return (
    <Descriptions
      data-testid="posting-facts-list"
      size="small"
      column={isPhone ? 1 : 2}
      items={items}
      styles={{ label: { whiteSpace: 'nowrap' } }}
    />
  );
}

/** One published job (public), with 申请 for graduates and 举报 for discrimination or fraud. */
export function JobDetailPage() {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe().data ?? null;
  const job = useJob(id);
  const [reporting, setReporting] = useState(false);
  const [reported, setReported] = useState(false);
  const mayReport = me !== null && can(me.role, 'jobs.report');
  const posting = job.data;
  const loginState: LoginRedirectState = { from: location.pathname };

  return (
    <>
      <PageHeader
        title={t('jobs.detailTitle')}
        extra={
          // Back to the search as it was (page, filters) when there is one; else to a fresh search.
          <Button
            icon={<ArrowLeftOutlined />}
            onClick={() => void (location.key !== 'default' ? navigate(-1) : navigate('/jobs'))}
          >
            {t('common.back')}
          </Button>
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
              <Flex align="center" gap={8} wrap style={{ marginTop: 4 }}>
                <OrganisationName posting={posting} mark={false} />
                {posting.organisationVerified && (
                  <Tag
                    color="success"
                    icon={<SafetyCertificateFilled />}
                    style={{ marginInlineEnd: 0 }}
                    data-testid="verified-badge"
                  >
                    {t('jobs.verifiedOrganisation')}
                  </Tag>
                )}
              </Flex>
            </div>
            <Typography.Title level={4} style={{ margin: 0, color: token.colorError }}>
              {formatSalary(t, posting.salaryMin, posting.salaryMax)}
            </Typography.Title>
          </Flex>
          {posting.status !== 'published' && (
            <Alert
              type="warning"
              showIcon
              data-testid="not-open"
              title={posting.status === 'expired' ? t('jobs.detailExpired') : t('jobs.detailNotOpen')}
              style={{ marginTop: 12 }}
            />
          )}
          {posting.keyFields.length > 0 && (
            <Flex wrap gap={4} style={{ marginTop: 12 }} data-testid="key-field-tags">
              {posting.keyFields.map((key) => (
                <Tag key={key} color="green" style={{ marginInlineEnd: 0 }}>
                  {keyFieldName(key, lang)}
                </Tag>
              ))}
            </Flex>
          )}
          <Divider style={{ margin: '16px 0 12px' }} />
          <PostingFactsList posting={posting} />
          {posting.benefits.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('jobs.field.benefits')}
              </Typography.Title>
              <Flex wrap gap={4} data-testid="benefit-tags">
                {posting.benefits.map((key) => (
                  <Tag key={key} color="blue" style={{ marginInlineEnd: 0 }}>
                    {benefitName(key, lang)}
                  </Tag>
                ))}
              </Flex>
            </>
          )}
          {/* The résumé slice's 申请 needs a signed-in user; visitors are asked to sign in and come back. */}
          {me ? (
            <ApplyButton posting={posting} />
          ) : (
            <Flex align="center" gap={8} wrap style={{ marginTop: 16 }}>
              <Link to="/login" state={loginState}>
                <Button type="primary" icon={<LoginOutlined />} data-testid="login-to-apply">
                  {t('jobs.loginToApply')}
                </Button>
              </Link>
              <Typography.Text type="secondary">{t('jobs.loginToApplyHint')}</Typography.Text>
            </Flex>
          )}
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
