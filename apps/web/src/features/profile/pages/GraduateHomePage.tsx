import { Alert, Button, Card, Descriptions, Skeleton, Space } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth/api';
import { RecommendedForYou } from '../../matching/components/RecommendedForYou';
import { useMyProfile } from '../api';

export function GraduateHomePage() {
  const t = useT();
  const me = useCurrentUser();
  const { data: profile, isPending, error, refetch } = useMyProfile();

  const missing = profile
    ? [!profile.phone && t('graduate.phone'), !profile.email && t('graduate.email')].filter(
        (label): label is string => Boolean(label),
      )
    : [];

  return (
    <>
      <PageHeader title={t('nav.home')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('gradHome.incomplete')}
            description={t('gradHome.incompleteDesc', { fields: missing.join(t('common.listSeparator')) })}
            action={
              <Link to="/profile">
                <Button size="small" type="primary">
                  {t('gradHome.goProfile')}
                </Button>
              </Link>
            }
          />
        )}
        <Card title={t('gradHome.welcome', { name: profile?.name ?? me.displayName })}>
          {isPending ? (
            <Skeleton active paragraph={{ rows: 3 }} />
          ) : (
            profile && (
              <Descriptions column={{ xs: 1, sm: 2 }} size="small">
                <Descriptions.Item label={t('graduate.university')}>
                  {profile.universityName}
                </Descriptions.Item>
                <Descriptions.Item label={t('graduate.college')}>{profile.collegeName}</Descriptions.Item>
                <Descriptions.Item label={t('graduate.major')}>
                  {t('graduate.majorValue', { name: profile.majorName ?? EMPTY, code: profile.majorCode })}
                </Descriptions.Item>
                <Descriptions.Item label={t('graduate.degree')}>
                  {profile.degreeName || EMPTY}
                </Descriptions.Item>
                <Descriptions.Item label={t('graduate.graduationYear')}>
                  {profile.graduationYear}
                </Descriptions.Item>
              </Descriptions>
            )
          )}
        </Card>
        <RecommendedForYou />
      </Space>
    </>
  );
}
