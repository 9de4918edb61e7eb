import { can } from '@jiuye/domain/permissions';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Skeleton,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { EvidenceFileList } from '../../../components/EvidenceFiles';
import { ApiError } from '../../../lib/api';
import { ErrorAlert, ErrorDetails, useShowError } from '../../../lib/errors';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { useI18n, type MessageKey, type Translate } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import {
  subsidyEvidencePath,
  useReviewSubsidies,
  useSubsidy,
  type SubsidyApplication,
  type SubsidyDecision,
  type SubsidyDecisionKind,
} from '../api';
import { categoryName, formatYuan, SubsidyStatusTag, waitsFor } from '../labels';
import { DecisionModal } from './DecisionModal';
import { PaymentModal } from './PaymentModal';

const STAGE_LABELS: Record<string, MessageKey> = {
  college: 'subsidies.stage.college',
  university: 'subsidies.stage.university',
  province: 'subsidies.stage.province',
  applicant: 'subsidies.stage.applicant',
};

function EvidenceFiles({ application }: { application: SubsidyApplication }) {
  const { t } = useI18n();
  const files = application.evidence ?? [];
  if (files.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('subsidies.noEvidence')} />;
  return (
    <EvidenceFileList
      files={files}
      label={t('subsidies.evidence')}
      testId="subsidy-evidence"
      kindOf={(e) => e.kind}
      hrefOf={(e) => subsidyEvidencePath(application.id, e.id)}
      openTitle={t('subsidies.openEvidence')}
    />
  );
}

/** What a recorded step says: submitted, a stage's approval or rejection, withdrawn, paid. */
function stepTitle(d: SubsidyDecision, onBehalf: boolean, t: Translate): string {
  const stage = STAGE_LABELS[d.stage] ? t(STAGE_LABELS[d.stage]!) : d.stage;
  switch (d.decision) {
    case 'submit':
      return t(onBehalf ? 'subsidies.appliedOnBehalf' : 'subsidies.applied');
    case 'approve':
    case 'approved':
      return t('subsidies.stageApproved', { stage });
    case 'reject':
    case 'rejected':
      return t('subsidies.stageRejected', { stage });
    case 'withdraw':
      return t('subsidies.withdrawnEvent');
    case 'pay':
      return t('subsidies.paidEvent');
    default:
      return `${stage} ${d.decision}`;
  }
}

const STEP_COLORS: Record<string, string> = {
  reject: 'red',
  rejected: 'red',
  withdraw: 'gray',
  submit: 'blue',
};

/** Submitted, each stage's decision (with the reason of a rejection), withdrawal and payment, oldest first. */
function DecisionTimeline({ application }: { application: SubsidyApplication }) {
  const { t, lang } = useI18n();
  const decisions = application.decisions ?? [];
  const steps: SubsidyDecision[] = [
    // An application recorded before submissions were logged still shows when it came in.
    ...(decisions.some((d) => d.decision === 'submit')
      ? []
      : [
          {
            stage: 'applicant',
            decision: 'submit',
            reason: null,
            actorName: application.name,
            at: application.createdAt,
          },
        ]),
    ...decisions,
    // A payment recorded without its step in the log still shows, on the day it was paid.
    ...(application.payment && !decisions.some((d) => d.decision === 'pay')
      ? [
          {
            stage: 'province',
            decision: 'pay',
            reason: null,
            actorName: '',
            at: application.payment.paidOn,
          },
        ]
      : []),
  ];
  const items = steps.map((d, i) => ({
    key: `d${i}`,
    color: STEP_COLORS[d.decision] ?? 'green',
    content: (
      <>
        <Typography.Text strong>{stepTitle(d, application.onBehalf, t)}</Typography.Text>
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              d.actorName,
              /^\d{4}-\d{2}-\d{2}$/.test(d.at) ? d.at : formatDateTime(d.at),
              d.decision === 'pay' && application.payment
                ? formatYuan(application.payment.amountFen, lang)
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </div>
        {d.reason && d.decision !== 'submit' && (
          <Typography.Text
            type={d.decision === 'reject' || d.decision === 'rejected' ? 'danger' : 'secondary'}
            style={{ overflowWrap: 'anywhere' }}
          >
            {d.decision === 'pay' ? d.reason : t('subsidies.reasonValue', { reason: d.reason })}
          </Typography.Text>
        )}
      </>
    ),
  }));
  return <Timeline items={items} data-testid="subsidy-timeline" />;
}

/**
 * One application: the applicant, category and amount, the proof (each opening audited), the
 * decisions so far and the payment; approve / reject at the reviewer's stage and, for the HR&SS
 * office, 登记发放 once approved.
 */
export function SubsidyDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const showError = useShowError();
  const detail = useSubsidy(id);
  const review = useReviewSubsidies();
  const [decision, setDecision] = useState<SubsidyDecisionKind | null>(null);
  const [paying, setPaying] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const a = detail.data;
  const mayDecide = !!a && waitsFor(a.status, me.role) && can(me.role, 'subsidies.review');
  const mayPay = !!a && a.status === 'approved' && !a.payment && me.role === 'hrss_official';

  const decide = (reason: string | undefined) =>
    a &&
    decision &&
    review.mutate(
      { ids: [a.id], decision, reason },
      {
        onSuccess: ({ results }) => {
          setDecision(null);
          const r = results.find((x) => x.id === a.id);
          if (r && !r.ok) setRefusal(r.message ?? t('subsidies.bulkRefusedTag'));
          else {
            setRefusal(null);
            void message.success(t(decision === 'reject' ? 'subsidies.rejected' : 'subsidies.approved'));
          }
        },
        onError: (error) => {
          setDecision(null);
          if (error instanceof ApiError && error.code === 'conflict') setRefusal(error.message);
          else showError(error);
        },
      },
    );

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      title={t('subsidies.detailTitle')}
      destroyOnHidden
      afterOpenChange={(open) => !open && setRefusal(null)}
      data-testid="subsidy-drawer"
    >
      {detail.error && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {!a && !detail.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {a && (
        <Flex vertical gap={16}>
          <Card size="small">
            <Flex vertical gap={8}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong style={{ fontSize: 16 }} data-testid="subsidy-applicant">
                  {a.name}
                </Typography.Text>
                <Typography.Text type="secondary">{a.studentNo}</Typography.Text>
                <SubsidyStatusTag status={a.status} />
                {a.onBehalf && <Tag>{t('subsidies.onBehalf')}</Tag>}
              </Flex>
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                {a.universityName} · {a.collegeName}
              </Typography.Text>
              {(mayDecide || mayPay) && (
                <Flex gap={8} wrap>
                  {mayDecide && (
                    <>
                      <Button
                        type="primary"
                        onClick={() => setDecision('approve')}
                        data-testid="subsidy-approve"
                      >
                        {t('subsidies.approve')}
                      </Button>
                      <Button danger onClick={() => setDecision('reject')} data-testid="subsidy-reject">
                        {t('subsidies.reject')}
                      </Button>
                    </>
                  )}
                  {mayPay && (
                    <Button type="primary" onClick={() => setPaying(true)} data-testid="subsidy-pay">
                      {t('subsidies.pay')}
                    </Button>
                  )}
                </Flex>
              )}
            </Flex>
          </Card>
          {refusal && (
            <Alert
              type="error"
              showIcon
              closable={{ onClose: () => setRefusal(null) }}
              title={t('subsidies.refused')}
              description={<ErrorDetails error={new Error(refusal)} title="" issues={[]} />}
              data-testid="subsidy-refusal"
            />
          )}
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              {
                key: 'cohort',
                label: t('subsidies.cohort'),
                children: t('subsidies.cohortLabel', { year: a.graduationYear }),
              },
              { key: 'category', label: t('subsidies.category'), children: categoryName(a.category, lang) },
              {
                key: 'amount',
                label: t('subsidies.amount'),
                children: <span data-testid="subsidy-amount">{formatYuan(a.amountFen, lang)}</span>,
              },
              { key: 'note', label: t('subsidies.note'), children: a.note || EMPTY },
              { key: 'createdAt', label: t('subsidies.createdAt'), children: formatDateTime(a.createdAt) },
            ]}
          />
          <Card size="small" title={t('subsidies.evidence')}>
            <EvidenceFiles application={a} />
          </Card>
          <Card size="small" title={t('subsidies.timeline')}>
            <DecisionTimeline application={a} />
          </Card>
          <Card size="small" title={t('subsidies.payment')} data-testid="subsidy-payment">
            {a.payment ? (
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'paidOn', label: t('subsidies.paidOn'), children: a.payment.paidOn },
                  {
                    key: 'reference',
                    label: t('subsidies.reference'),
                    children: <Typography.Text copyable>{a.payment.reference}</Typography.Text>,
                  },
                  {
                    key: 'amount',
                    label: t('subsidies.amount'),
                    children: formatYuan(a.payment.amountFen, lang),
                  },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">
                {t(a.status === 'approved' ? 'subsidies.notPaidYet' : 'subsidies.notPayable')}
              </Typography.Text>
            )}
          </Card>
        </Flex>
      )}
      <DecisionModal
        decision={decision}
        count={1}
        pending={review.isPending}
        onCancel={() => setDecision(null)}
        onConfirm={decide}
      />
      {a && <PaymentModal application={a} open={paying} onClose={() => setPaying(false)} />}
    </Drawer>
  );
}
