import { Card, Descriptions, Result } from 'antd';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth/api';
import { roleLabel, scopeName } from '../../auth/roles';

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
          ]}
        />
        <Result
          status="info"
          title={t('orgHome.comingTitle')}
          subTitle={isOfficial ? t('orgHome.comingHrss') : t('orgHome.comingEmployer')}
        />
      </Card>
    </>
  );
}
