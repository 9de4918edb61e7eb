import { EnvironmentOutlined, SafetyCertificateFilled } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Card, Flex, Tag, Tooltip, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import type { NamedCode, PostingSummary, SearchCard } from '../api';
import { formatSalary, jobTypeName, keyFieldName, minDegreeText, natureName } from '../labels';
import { Highlighted } from './Highlighted';

/** The organisation's name, with a mark when it has been verified (the reader's first trust signal). */
export function OrganisationName({
  posting,
  words = [],
  mark = true,
}: {
  posting: Pick<PostingSummary, 'organisationName' | 'organisationVerified'>;
  words?: readonly string[];
  /** Off where the page shows a labelled badge of its own. */
  mark?: boolean;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  return (
    <Flex align="center" gap={4} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" ellipsis style={{ minWidth: 0 }}>
        <Highlighted text={posting.organisationName} words={words} />
      </Typography.Text>
      {mark && posting.organisationVerified && (
        <Tooltip title={t('jobs.verifiedOrganisation')}>
          <SafetyCertificateFilled
            aria-label={t('jobs.verifiedOrganisation')}
            data-testid="verified-badge"
            style={{ color: token.colorSuccess, flex: 'none' }}
          />
        </Tooltip>
      )}
    </Flex>
  );
}

/** "武汉市洪山区、江夏区 等 3 地": the first places by name, then how many more. */
export function placesText(regions: readonly NamedCode[], more: (n: number) => string): string {
  const shown = regions.slice(0, 2).map((region) => region.name);
  return regions.length > 2 ? `${shown.join('、')} ${more(regions.length)}` : shown.join('、');
}

/** The facts a graduate filters by, as small tags: place, degree, type, head count. */
export function PostingFacts({ posting, extra }: { posting: PostingSummary; extra?: ReactNode }) {
  const { t, lang } = useI18n();
  return (
    <Flex wrap gap={4} style={{ marginTop: 6 }} data-testid="posting-facts">
      {posting.regions.length > 0 && (
        <Tag icon={<EnvironmentOutlined />} style={{ marginInlineEnd: 0, maxWidth: '100%' }}>
          <span style={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
            {placesText(posting.regions, (n) => t('jobs.placesMore', { n }))}
          </span>
        </Tag>
      )}
      <Tag style={{ marginInlineEnd: 0 }}>{minDegreeText(t, lang, posting.minDegree)}</Tag>
      <Tag style={{ marginInlineEnd: 0 }}>{jobTypeName(posting.jobType, lang)}</Tag>
      <Tag style={{ marginInlineEnd: 0 }}>{t('jobs.headcountN', { n: posting.headcount })}</Tag>
      {posting.organisationNature && (
        <Tag style={{ marginInlineEnd: 0 }}>{natureName(posting.organisationNature, lang)}</Tag>
      )}
      {extra}
    </Flex>
  );
}

/** One published job in the search results, with the query words marked. */
export function JobCard({
  posting,
  words = [],
  action,
  children,
}: {
  posting: SearchCard;
  words?: readonly string[];
  /** Something the viewer can do with this posting (a market manager's 移出). */
  action?: ReactNode;
  /** Shown under the facts, e.g. why a posting was recommended. */
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  return (
    <Card size="small" style={{ height: '100%' }} data-testid="job-card">
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Link to={`/jobs/${encodeURIComponent(posting.id)}`} style={{ minWidth: 0 }}>
          <Typography.Title
            level={5}
            style={{ margin: 0, color: 'inherit', overflowWrap: 'anywhere' }}
            data-testid="job-title"
          >
            <Highlighted text={posting.title} words={words} />
          </Typography.Title>
        </Link>
        <Typography.Text strong style={{ color: token.colorError, whiteSpace: 'nowrap', flex: 'none' }}>
          {formatSalary(t, posting.salaryMin, posting.salaryMax)}
        </Typography.Text>
      </Flex>
      <div style={{ marginTop: 4 }}>
        <OrganisationName posting={posting} words={words} />
      </div>
      <PostingFacts posting={posting} />
      {children}
      {posting.snippet && (
        <Typography.Paragraph
          type="secondary"
          style={{ margin: '6px 0 0', fontSize: 13, overflowWrap: 'anywhere' }}
          data-testid="job-snippet"
        >
          <Highlighted text={posting.snippet} words={words} />
        </Typography.Paragraph>
      )}
      {posting.keyFields.length > 0 && (
        <Flex wrap gap={4} style={{ marginTop: 6 }}>
          {posting.keyFields.map((key) => (
            <Tag key={key} color="green" style={{ marginInlineEnd: 0 }}>
              {keyFieldName(key, lang)}
            </Tag>
          ))}
        </Flex>
      )}
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginTop: 6 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {posting.publishedAt &&
            t('jobs.publishedOn', { date: dayjs(posting.publishedAt).format('YYYY-MM-DD') })}
          {posting.deadline && ` · ${t('jobs.deadlineOn', { date: posting.deadline })}`}
        </Typography.Text>
        {action}
      </Flex>
    </Card>
  );
}
