import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useT } from '../../lib/i18n';

function HomeButton() {
  const t = useT();
  return (
    <Link to="/">
      <Button type="primary">{t('common.backHome')}</Button>
    </Link>
  );
}

/** Shown when a signed-in role opens a page that is not for it. */
export function ForbiddenPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <Result status="403" title="403" subTitle={t('forbidden.subtitle')} extra={<HomeButton />} />
    </>
  );
}

/** Shown for any URL no route claims. */
export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <Result status="404" title="404" subTitle={t('notFound.subtitle')} extra={<HomeButton />} />
    </>
  );
}
