import { SafetyCertificateFilled } from '@ant-design/icons';
import { Card, Flex, Tooltip, Typography, theme } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { Posting } from '../api';
import { formatSalary } from '../labels';

/** The organisation's name, with a mark when it has been verified (the reader's first trust signal). */
export function OrganisationName({
  posting,
}: {
  posting: Pick<Posting, 'organisationName' | 'organisationVerified'>;
}) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Flex align="center" gap={4} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" ellipsis style={{ minWidth: 0 }}>
        {posting.organisationName}
      </Typography.Text>
      {posting.organisationVerified && (
        <Tooltip title={t('jobs.verifiedOrganisation')}>
          <SafetyCertificateFilled
            aria-label={t('jobs.verifiedOrganisation')}
            style={{ color: token.colorSuccess, flex: 'none' }}
          />
        </Tooltip>
      )}
    </Flex>
  );
}

/** One published job on the job board. */
export function JobCard({ posting }: { posting: Posting }) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Link to={`/jobs/${encodeURIComponent(posting.id)}`} style={{ minWidth: 0 }}>
          <Typography.Title level={5} style={{ margin: 0, color: 'inherit', overflowWrap: 'anywhere' }}>
            {posting.title}
          </Typography.Title>
        </Link>
        <Typography.Text strong style={{ color: token.colorError, whiteSpace: 'nowrap', flex: 'none' }}>
          {formatSalary(t, posting.salaryMin, posting.salaryMax)}
        </Typography.Text>
      </Flex>
      <div style={{ marginTop: 4 }}>
        <OrganisationName posting={posting} />
      </div>
      <Typography.Paragraph
        type="secondary"
        ellipsis={{ rows: 2 }}
        style={{ margin: '6px 0 0', fontSize: 13 }}
      >
        {posting.description}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('jobs.publishedAt')} {formatDateTime(posting.publishedAt)}
      </Typography.Text>
    </Card>
  );
}
