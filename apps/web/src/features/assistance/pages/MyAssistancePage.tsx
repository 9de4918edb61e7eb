import { Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useMyAssistance, useMySubsidy, useMyTraining, type Evidence } from '../api';
import { ConsentCard } from '../components/ConsentCard';
import { LedgerCard } from '../components/LedgerCard';
import { PlanView } from '../components/PlanView';
import { SubsidyCard } from '../components/SubsidyCard';
import { TargetsCard } from '../components/TargetsCard';
import { TrainingCard } from '../components/TrainingCard';

/** A card's own loading and error states, so one slow or failing part does not hide the others. */
function Loading({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  return (
    <Card size="small" title={title}>
      {error ? <ErrorAlert error={error} onRetry={onRetry} /> : <Skeleton active paragraph={{ rows: 4 }} />}
    </Card>
  );
}

function SubsidySection({ evidence }: { evidence: readonly Evidence[] }) {
  const { t } = useI18n();
  const { data, error, refetch } = useMySubsidy();
  if (!data)
    return <Loading title={t('assistance.subsidy.title')} error={error} onRetry={() => void refetch()} />;
  return (
    <SubsidyCard
      subject={null}
      rule={data.rule}
      eligibleCategories={data.eligibleCategories}
      applications={data.applications}
      evidence={evidence}
    />
  );
}

function TrainingSection() {
  const { t } = useI18n();
  const { data, error, refetch } = useMyTraining();
  if (!data)
    return <Loading title={t('assistance.training.title')} error={error} onRetry={() => void refetch()} />;
  return <TrainingCard available={data.available} enrolments={data.enrolments} />;
}

function Column({ children }: { children: ReactNode }) {
  return (
    <Flex vertical gap={16}>
      {children}
    </Flex>
  );
}

/**
 * 我的帮扶: the graduate's identifications (and applying for another with proof), their 一人一策,
 * the services the university gave them (接受 / 拒绝 what waits for an answer), consent to the
 * hand-over, the one-time job-search subsidy and training.
 */
export function MyAssistancePage() {
  const { t } = useI18n();
  const { data, isPending, error, refetch } = useMyAssistance();
  return (
    <>
      <PageHeader title={t('nav.myAssistance')} />
      <Typography.Paragraph type="secondary">{t('assistance.my.intro')}</Typography.Paragraph>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton active paragraph={{ rows: 12 }} />}
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Column>
              <TargetsCard subject={null} targets={data.targets} evidence={data.evidence} />
              <Card size="small" title={t('assistance.plan.title')} data-testid="plan-card">
                <PlanView plan={data.plan} emptyText={t('assistance.plan.empty')} />
              </Card>
              <ConsentCard subject={null} consent={data.consent} handover={data.handover} />
            </Column>
          </Col>
          <Col xs={24} xl={12}>
            <Column>
              <LedgerCard subject={null} services={data.services} />
              <SubsidySection evidence={data.evidence} />
              <TrainingSection />
            </Column>
          </Col>
        </Row>
      )}
    </>
  );
}
