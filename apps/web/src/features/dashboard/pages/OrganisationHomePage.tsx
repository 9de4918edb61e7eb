import { Alert, Card, Descriptions, Flex, Result } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n, useT } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth/api';
import { roleLabel, scopeName } from '../../auth/roles';
import { useOwnOrganisation } from '../../organisations/api';
import { VerificationTag } from '../../organisations/components/VerificationTag';

/** An employer's or agency's verification state, since it decides whether their jobs can go out. */
function Verification() {
  const t = useT();
  const { data } = useOwnOrganisation();
  if (!data) return null;
  return (
    <Flex wrap gap={8} align="center">
      <VerificationTag status={data.verification} />
      <Link to="/organisation">{t('orgHome.viewOrganisation')}</Link>
    </Flex>
  );
}

function NotVerifiedHint() {
  const t = useT();
  const { data } = useOwnOrganisation();
  if (!data || data.verified) return null;
  return <Alert type="warning" showIcon title={t('orgHome.notVerified')} style={{ marginTop: 16 }} />;
}

/** Home of employers, agencies and HR&SS officials until their own features open: who and where they are, honestly. */
export function OrganisationHomePage() {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const isOfficial = me.role === 'hrss_official';
  return (
    <>
      <PageHeader title={t('nav.home')} />
      <Card>
        <Descriptions
          title={t('orgHome.welcome', { name: me.displayName })}
          column={{ xs: 1, sm: 2 }}
          size="small"
          items={[
            { key: 'role', label: t('orgHome.role'), children: roleLabel(me.role, lang) },
            {
              key: 'scope',
              label: isOfficial ? t('orgHome.province') : t('orgHome.organisation'),
              children: scopeName(me.scope, t),
            },
            ...(isOfficial
              ? []
              : [{ key: 'verification', label: t('orgHome.verification'), children: <Verification /> }]),
          ]}
        />
        {!isOfficial && <NotVerifiedHint />}
        <Result
          status="info"
          title={t('orgHome.comingTitle')}
          subTitle={isOfficial ? t('orgHome.comingHrss') : t('orgHome.comingEmployer')}
        />
      </Card>
    </>
  );
}
