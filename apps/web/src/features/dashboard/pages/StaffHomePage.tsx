import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Col, Row, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { currentCohortYear, formatCount } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth/api';
import { roleLabel, scopeName } from '../../auth/roles';
import { UniversitySelect } from '../../reference/components/UniversitySelect';
import { useRosterCount } from '../../roster/api';
import { useUserCount } from '../../users/api';
import { CollegeCounts } from '../components/CollegeCounts';

function CountCard({ title, query }: { title: string; query: UseQueryResult<number> }) {
  return (
    <Card size="small">
      {query.error ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Statistic
          title={title}
          value={query.data ?? 0}
          loading={query.isPending}
          formatter={(v) => formatCount(Number(v))}
        />
      )}
    </Card>
  );
}

/** Home of roster readers (career centre, counsellor, education official, admin): real counts from the roster. */
export function StaffHomePage() {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const cohort = currentCohortYear();
  const total = useRosterCount();
  const thisYear = useRosterCount({ graduationYear: cohort });
  const assistance = useRosterCount({ assistance: 'yes' });
  const users = useUserCount(me.role === 'admin');
  // Above university level the college list would span a whole province, so the user picks a school first.
  const widerThanUniversity = me.scope.kind === 'province' || me.scope.kind === 'national';
  const [universityCode, setUniversityCode] = useState<string | null>(null);

  return (
    <>
      <PageHeader title={t('nav.home')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {t('dashboard.welcome', { name: me.displayName })} · {roleLabel(me.role, lang)} ·{' '}
          {scopeName(me.scope, t)}
        </Typography.Text>
        <Row gutter={[16, 16]}>
          <Col xs={12} md={6}>
            <CountCard title={t('dashboard.totalGraduates')} query={total} />
          </Col>
          <Col xs={12} md={6}>
            <CountCard title={t('dashboard.thisYear', { year: cohort })} query={thisYear} />
          </Col>
          <Col xs={12} md={6}>
            <CountCard title={t('dashboard.assistance')} query={assistance} />
          </Col>
          {me.role === 'admin' && (
            <Col xs={12} md={6}>
              <CountCard title={t('dashboard.users')} query={users} />
            </Col>
          )}
        </Row>
        <Card
          title={t('dashboard.byCollege')}
          extra={<Link to="/roster">{t('dashboard.toRoster')}</Link>}
          size="small"
        >
          {widerThanUniversity && (
            <UniversitySelect
              value={universityCode}
              onChange={(code) => setUniversityCode(code ?? null)}
              provinceCode={me.scope.kind === 'province' ? me.scope.provinceCode : null}
              placeholder={t('dashboard.pickUniversity')}
              aria-label={t('dashboard.pickUniversity')}
              allowClear
              style={{ width: '100%', maxWidth: 420, marginBottom: 12 }}
            />
          )}
          <CollegeCounts
            universityCode={universityCode}
            enabled={!widerThanUniversity || universityCode !== null}
          />
        </Card>
      </Space>
    </>
  );
}
