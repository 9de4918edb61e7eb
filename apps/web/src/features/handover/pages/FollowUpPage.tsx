import { Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../lib/i18n';
import { HandoverDrawer } from '../components/HandoverDrawer';
import { HandoverList } from '../components/HandoverList';
import { readHandoverQuery, writeHandoverQuery } from '../params';

/**
 * 实名帮扶 (an HR&SS office): the leavers universities handed over to the province, by name with
 * phones masked, the six-month goal's due date (overdue in red), and each one's follow-ups.
 */
export function FollowUpPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const query = readHandoverQuery(params);
  const openId = params.get('id');
  const setId = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('id', id);
    else next.delete('id');
    setParams(next);
  };
  return (
    <>
      <PageHeader title={t('nav.handoverFollowUp')} />
      <Typography.Paragraph type="secondary">{t('handover.followUpIntro')}</Typography.Paragraph>
      <HandoverList
        query={query}
        onChange={(patch) => {
          const next = writeHandoverQuery(params, { ...query, ...patch });
          next.delete('id');
          setParams(next);
        }}
        onOpen={(item) => setId(item.graduateId)}
      />
      <HandoverDrawer graduateId={openId} followUp onClose={() => setId(null)} />
    </>
  );
}
