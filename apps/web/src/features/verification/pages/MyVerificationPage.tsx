import { Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useMyVerification } from '../api';
import { AuthorisationsCard } from '../components/AuthorisationsCard';
import { LookupsCard } from '../components/LookupsCard';
import { MyDisputesCard } from '../components/MyDisputesCard';
import { RaiseDisputeModal, type DisputeSubject } from '../components/RaiseDisputeModal';
import { VerificationNumberCard } from '../components/VerificationNumberCard';

/**
 * 核验授权: the graduate's verification number (text, link, QR code), the authorisations that let
 * a verifier see their approved destination, who looked it up (查询反馈), and their 存疑.
 */
export function MyVerificationPage() {
  const { t } = useI18n();
  const { data, isPending, error, refetch } = useMyVerification();
  const [disputing, setDisputing] = useState<DisputeSubject | null>(null);
  const openDisputeLogIds = new Set(
    (data?.disputes ?? []).flatMap((d) => (d.status === 'open' && d.logId !== null ? [d.logId] : [])),
  );
  return (
    <>
      <PageHeader title={t('nav.myVerification')} />
      <Typography.Paragraph type="secondary">{t('myVerification.intro')}</Typography.Paragraph>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton active paragraph={{ rows: 10 }} />}
      {data && (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <VerificationNumberCard data={data} />
            </Col>
            <Col xs={24} xl={12}>
              <AuthorisationsCard
                authorisations={data.authorisations}
                canGrant={data.verificationNo !== null}
              />
            </Col>
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <LookupsCard
                logs={data.logs}
                openDisputeLogIds={openDisputeLogIds}
                onDispute={(lookup) => setDisputing({ lookup })}
              />
            </Col>
            <Col xs={24} xl={12}>
              <MyDisputesCard
                disputes={data.disputes}
                logs={data.logs}
                onDisputeRecord={data.verificationNo ? () => setDisputing({ lookup: null }) : null}
              />
            </Col>
          </Row>
        </Flex>
      )}
      <RaiseDisputeModal subject={disputing} onClose={() => setDisputing(null)} />
    </>
  );
}
