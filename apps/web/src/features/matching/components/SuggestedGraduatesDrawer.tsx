import { Card, Drawer, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { degreeName } from '../../jobs/labels';
import { useSuggestedGraduates, type SuggestedGraduate } from '../api';
import { ReasonTags } from './RecommendationList';

// A shortlist to look at, not a database to browse: the server ranks, the employer reads the top.
const LIMIT = 20;

function Candidate({ graduate }: { graduate: SuggestedGraduate }) {
  const { t, lang } = useI18n();
  return (
    <Card size="small" data-testid="suggested-graduate">
      <Flex wrap align="center" gap={8}>
        <Typography.Text strong data-testid="suggested-name">
          {graduate.name}
        </Typography.Text>
        {graduate.priority && (
          <Tag
            title={t('suggested.priorityHint')}
            style={{ marginInlineEnd: 0 }}
            data-testid="suggested-priority"
          >
            {t('suggested.priority')}
          </Tag>
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4, overflowWrap: 'anywhere' }}>
        {[
          graduate.major.name,
          degreeName(graduate.degree, lang),
          t('suggested.graduationYear', { year: graduate.graduationYear }),
        ].join(' · ')}
      </Typography.Text>
      <ReasonTags reasons={graduate.reasons} />
    </Card>
  );
}

/**
 * 推荐人选 for one of the employer's published postings: graduates who opted in to be discovered,
 * masked, with the model's reasons. Assistance targets carry only the neutral 优先关注 tag.
 */
export function SuggestedGraduatesDrawer({
  posting,
  onClose,
}: {
  posting: { id: string; title: string } | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const { data, error, refetch } = useSuggestedGraduates(posting?.id ?? null, LIMIT);

  return (
    <Drawer
      open={posting !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      title={posting ? t('suggested.title', { title: posting.title }) : ''}
      data-testid="suggested-graduates"
      destroyOnHidden
    >
      {posting && (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('suggested.intro')}</Typography.Text>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          {!data && !error && <Skeleton active paragraph={{ rows: 8 }} />}
          {data &&
            (data.items.length === 0 ? (
              <Empty description={t('suggested.empty')} />
            ) : (
              <Flex vertical gap={8} role="list" aria-label={t('suggested.list')}>
                {data.items.map((graduate) => (
                  <div role="listitem" key={graduate.graduateId}>
                    <Candidate graduate={graduate} />
                  </div>
                ))}
              </Flex>
            ))}
        </Flex>
      )}
    </Drawer>
  );
}
