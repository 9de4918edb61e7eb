import { LIVE_SUBSIDY_STATUSES, type SubsidyStatus } from '@jiuye/domain/assistance/subsidy';
import { shanghaiDate } from '@jiuye/domain/dates';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Steps, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useCurrentUser } from '../../auth/api';
import {
  useWithdrawSubsidy,
  type Evidence,
  type Subject,
  type SubsidyApplication,
  type SubsidyRule,
} from '../api';
import { categoryName, formatYuan, SubsidyStatusTag } from '../labels';
import { ApplySubsidyModal } from './ApplySubsidyModal';
import { EvidenceFile } from './EvidenceFile';

const STAGE_LABELS: Record<string, MessageKey> = {
  applicant: 'assistance.subsidy.stage.applicant',
  college: 'assistance.subsidy.stage.college',
  university: 'assistance.subsidy.stage.university',
  province: 'assistance.subsidy.stage.province',
};
const DECISION_LABELS: Record<string, MessageKey> = {
  submit: 'assistance.subsidy.decision.submit',
  approve: 'assistance.subsidy.decision.approve',
  reject: 'assistance.subsidy.decision.reject',
  withdraw: 'assistance.subsidy.decision.withdraw',
  pay: 'assistance.subsidy.decision.pay',
};
const PENDING: readonly SubsidyStatus[] = ['pending_college', 'pending_university', 'pending_province'];
// Where each status stands on the way: applied, college, university, province, paid.
const STEP_OF: Record<SubsidyStatus, number> = {
  pending_college: 1,
  pending_university: 2,
  pending_province: 3,
  approved: 4,
  paid: 5,
  rejected: 0,
  withdrawn: 0,
};
const STAGE_STEP: Record<string, number> = { college: 1, university: 2, province: 3 };

/** The way an application goes, with the step it stands at (or where it was refused). */
function StatusSteps({ application }: { application: SubsidyApplication }) {
  const { t } = useI18n();
  const rejectedAt = application.decisions.filter((d) => d.decision === 'reject').at(-1);
  const current =
    application.status === 'rejected'
      ? (STAGE_STEP[rejectedAt?.stage ?? 'college'] ?? 1)
      : STEP_OF[application.status];
  const status =
    application.status === 'rejected' ? 'error' : application.status === 'paid' ? 'finish' : 'process';
  return (
    <Steps
      size="small"
      current={Math.min(current, 4)}
      status={status}
      type="dot"
      // Five short steps fit a phone across; stacked they would take a screen of their own.
      responsive={false}
      items={[
        { title: t('assistance.subsidy.step.applied') },
        { title: t('assistance.subsidy.step.college') },
        { title: t('assistance.subsidy.step.university') },
        { title: t('assistance.subsidy.step.province') },
        { title: t('assistance.subsidy.step.paid') },
      ]}
      data-testid="subsidy-steps"
    />
  );
}

function ApplicationItem({ application, subject }: { application: SubsidyApplication; subject: Subject }) {
  const { t, lang } = useI18n();
  const { modal, message } = App.useApp();
  const { token } = theme.useToken();
  const showError = useShowError();
  const withdraw = useWithdrawSubsidy();
  const confirmWithdraw = () =>
    modal.confirm({
      title: t('assistance.subsidy.withdrawTitle'),
      content: t('assistance.subsidy.withdrawText'),
      okText: t('assistance.subsidy.withdrawOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        withdraw
          .mutateAsync(application.id)
          .then(() => void message.success(t('assistance.subsidy.withdrawn')))
          .catch(showError),
    });
  return (
    <li
      data-testid="subsidy-application"
      data-status={application.status}
      style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorSplit}` }}
    >
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap justify="space-between">
          <Flex gap={8} align="center" wrap>
            <SubsidyStatusTag status={application.status} />
            <Typography.Text strong>
              {t('assistance.subsidy.yuan', { amount: formatYuan(application.amountFen) })}
            </Typography.Text>
            <Typography.Text>{categoryName(application.category, lang)}</Typography.Text>
            {application.onBehalf && <Tag>{t('assistance.subsidy.onBehalf')}</Tag>}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('assistance.subsidy.appliedAt', { at: formatDateTime(application.createdAt) })}
          </Typography.Text>
        </Flex>
        {application.status !== 'withdrawn' && <StatusSteps application={application} />}
        {application.payment && (
          <Alert
            type="success"
            showIcon
            data-testid="subsidy-payment"
            title={t('assistance.subsidy.paid', {
              amount: formatYuan(application.payment.amountFen),
              date: application.payment.paidOn,
            })}
            description={t('assistance.subsidy.paymentRef', { ref: application.payment.reference })}
          />
        )}
        {application.decisions.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 18 }} aria-label={t('assistance.subsidy.decisions')}>
            {application.decisions.map((d, i) => (
              <li key={i} style={{ overflowWrap: 'anywhere' }}>
                <Typography.Text type={d.decision === 'reject' ? 'danger' : undefined}>
                  {STAGE_LABELS[d.stage] ? t(STAGE_LABELS[d.stage]!) : d.stage} ·{' '}
                  {DECISION_LABELS[d.decision] ? t(DECISION_LABELS[d.decision]!) : d.decision}
                  {d.reason ? `：${d.reason}` : ''}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  {[d.actorName, formatDateTime(d.at)].filter(Boolean).join(' · ')}
                </Typography.Text>
              </li>
            ))}
          </ul>
        )}
        {application.evidence.length > 0 && (
          <Flex vertical gap={4}>
            {application.evidence.map((e) => (
              <EvidenceFile key={e.id} evidence={e} subject={subject} compact />
            ))}
          </Flex>
        )}
        {subject === null && PENDING.includes(application.status) && (
          <div>
            <Button size="small" danger onClick={confirmWithdraw} data-testid="withdraw-subsidy">
              {t('assistance.subsidy.withdraw')}
            </Button>
          </div>
        )}
      </Flex>
    </li>
  );
}

/** The province's rule as the graduate needs it: amount, window, who qualifies, the proof wanted. */
function RuleSummary({ rule, eligible }: { rule: SubsidyRule; eligible: readonly string[] }) {
  const { t, lang } = useI18n();
  return (
    <Descriptions
      size="small"
      column={1}
      data-testid="subsidy-rule"
      items={[
        {
          key: 'amount',
          label: t('assistance.subsidy.amount'),
          children: (
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t('assistance.subsidy.yuan', { amount: formatYuan(rule.amountFen) })}
            </Typography.Text>
          ),
        },
        {
          key: 'window',
          label: t('assistance.subsidy.window'),
          children: t('assistance.subsidy.windowValue', { from: rule.opensOn, to: rule.closesOn }),
        },
        {
          key: 'categories',
          label: t('assistance.subsidy.categories'),
          children: (
            <Flex gap={4} wrap>
              {rule.categories.map((c) => (
                <Tag
                  key={c}
                  color={eligible.includes(c) ? 'success' : undefined}
                  style={{ marginInlineEnd: 0 }}
                >
                  {categoryName(c, lang)}
                </Tag>
              ))}
            </Flex>
          ),
        },
        ...(rule.evidence.length > 0
          ? [
              {
                key: 'evidence',
                label: t('assistance.subsidy.wantedLabel'),
                children: rule.evidence.join(t('common.listSeparator')),
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * 一次性求职补贴: the province's rule for the graduate's cohort, whether they may apply (and why
 * not), the applications with where each stands, its decisions and the payment; withdrawing a
 * pending one asks first. Staff apply on the graduate's behalf from the case.
 */
export function SubsidyCard({
  subject,
  rule,
  eligibleCategories,
  applications,
  evidence,
}: {
  subject: Subject;
  /** undefined: the rule is not known on this page (the server checks it on applying). */
  rule: SubsidyRule | null | undefined;
  eligibleCategories: readonly string[];
  applications: readonly SubsidyApplication[];
  evidence: readonly Evidence[];
}) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const [applying, setApplying] = useState(false);
  const today = shanghaiDate(new Date());
  // On a graduate's behalf only a counsellor applies (it starts at the university stage).
  const mayApply = subject === null || me.role === 'counsellor';
  const live = applications.find((a) => LIVE_SUBSIDY_STATUSES.includes(a.status));
  const inWindow = !rule || (today >= rule.opensOn && today <= rule.closesOn);
  // The graduate reads "you"; a counsellor or career centre reads about the graduate.
  const staff = subject !== null;
  const blocker: MessageKey | null =
    rule === null
      ? staff
        ? 'assistance.subsidy.noRuleStaff'
        : 'assistance.subsidy.noRule'
      : live
        ? staff
          ? 'assistance.subsidy.hasLiveStaff'
          : 'assistance.subsidy.hasLive'
        : !inWindow
          ? today < (rule?.opensOn ?? '')
            ? 'assistance.subsidy.notOpen'
            : 'assistance.subsidy.closed'
          : eligibleCategories.length === 0
            ? staff
              ? 'assistance.subsidy.notEligibleStaff'
              : 'assistance.subsidy.notEligible'
            : null;
  const sorted = [...applications].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Card
      size="small"
      title={t('assistance.subsidy.title')}
      data-testid="subsidy-card"
      extra={
        blocker === null &&
        mayApply && (
          <Button size="small" type="primary" onClick={() => setApplying(true)} data-testid="apply-subsidy">
            {t(subject ? 'assistance.subsidy.applyOnBehalf' : 'assistance.subsidy.apply')}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        {rule && <RuleSummary rule={rule} eligible={eligibleCategories} />}
        {blocker && (
          <Typography.Text type="secondary" data-testid="subsidy-blocker">
            {t(blocker, { from: rule?.opensOn ?? '', to: rule?.closesOn ?? '' })}
          </Typography.Text>
        )}
        {sorted.length === 0 ? (
          rule !== null && (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assistance.subsidy.empty')} />
          )
        ) : (
          <ul
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
            aria-label={t('assistance.subsidy.applications')}
          >
            {sorted.map((a) => (
              <ApplicationItem key={a.id} application={a} subject={subject} />
            ))}
          </ul>
        )}
      </Flex>
      <ApplySubsidyModal
        subject={subject}
        open={applying}
        rule={rule}
        categories={eligibleCategories}
        evidence={evidence}
        onClose={() => setApplying(false)}
      />
    </Card>
  );
}
