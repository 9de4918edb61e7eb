import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth/api';
import { ImportResult } from '../components/ImportResult';

export function ImportDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const me = useCurrentUser();
  // Only the career centre has a history page to return to; others came from the roster.
  const back = me.role === 'career_centre' ? '/imports' : '/roster';
  return (
    <>
      <PageHeader
        title={t('imports.resultTitle')}
        extra={
          <Link to={back}>
            <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
          </Link>
        }
      />
      <Card>
        <ImportResult id={id} />
      </Card>
    </>
  );
}
