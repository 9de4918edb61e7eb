import { Alert, Descriptions, Drawer, Empty, Flex, Skeleton, Typography } from 'antd';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import type { Graduate } from '../../roster/api';
import { useGraduateRecommendations } from '../api';
import { RecommendationList, missingText } from './RecommendationList';

// Enough to choose referrals from; the counsellor refers a few, not a page of them.
const LIMIT = 20;

/**
 * 推荐岗位 for one roster graduate (counsellors, career centres, officials within their scope): the
 * same ranking and reasons the graduate sees, without 不感兴趣, which is the graduate's own to say.
 */
export function GraduateRecommendationsDrawer({
  graduate,
  onClose,
}: {
  graduate: Graduate | null;
  onClose: () => void;
}) {
  const t = useT();
  const isPhone = useIsPhone();
  const { data, error, refetch } = useGraduateRecommendations(graduate?.id ?? null, LIMIT);

  return (
    <Drawer
      open={graduate !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 820}
      title={graduate ? t('recs.forGraduateTitle', { name: graduate.name }) : ''}
      data-testid="graduate-recommendations"
      destroyOnHidden
    >
      {graduate && (
        <Flex vertical gap={12}>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'college', label: t('graduate.college'), children: graduate.collegeName },
              {
                key: 'major',
                label: t('graduate.major'),
                children: t('graduate.majorValue', {
                  name: graduate.majorName ?? EMPTY,
                  code: graduate.majorCode,
                }),
              },
              { key: 'degree', label: t('graduate.degree'), children: graduate.degreeName || EMPTY },
              { key: 'origin', label: t('graduate.origin'), children: graduate.originRegionName ?? EMPTY },
            ]}
          />
          <Typography.Text type="secondary">{t('recs.forGraduateIntro')}</Typography.Text>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          {data && data.missing.length > 0 && (
            <Alert
              type="info"
              showIcon
              title={t('recs.forGraduateMissing', { fields: missingText(t, data.missing) })}
            />
          )}
          {!data && !error && <Skeleton active paragraph={{ rows: 8 }} />}
          {data &&
            (data.items.length === 0 ? (
              <Empty description={t('recs.empty')} />
            ) : (
              <RecommendationList items={data.items} testId="graduate-recommendation-list" />
            ))}
        </Flex>
      )}
    </Drawer>
  );
}
