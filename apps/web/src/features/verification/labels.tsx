import { Tag } from 'antd';
import { useI18n, type MessageKey } from '../../lib/i18n';
import type { DisputeStatus, LookupOutcome } from './api';

const OUTCOME: Record<LookupOutcome, { label: MessageKey; color: string }> = {
  verified: { label: 'verification.outcome.verified', color: 'success' },
  // Someone had the number but not the name: worth the graduate's attention.
  not_matched: { label: 'verification.outcome.not_matched', color: 'warning' },
  not_authorised: { label: 'verification.outcome.not_authorised', color: 'default' },
};

const DISPUTE_STATUS: Record<DisputeStatus, { label: MessageKey; color: string }> = {
  open: { label: 'verification.dispute.status.open', color: 'gold' },
  upheld: { label: 'verification.dispute.status.upheld', color: 'success' },
  dismissed: { label: 'verification.dispute.status.dismissed', color: 'default' },
};

export const DISPUTE_STATUSES = Object.keys(DISPUTE_STATUS) as DisputeStatus[];

export function disputeStatusLabel(status: DisputeStatus): MessageKey {
  return DISPUTE_STATUS[status].label;
}

export function OutcomeTag({ outcome }: { outcome: LookupOutcome }) {
  const { t } = useI18n();
  return (
    <Tag color={OUTCOME[outcome].color} style={{ marginInlineEnd: 0 }}>
      {t(OUTCOME[outcome].label)}
    </Tag>
  );
}

export function DisputeStatusTag({ status }: { status: DisputeStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={DISPUTE_STATUS[status].color} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(DISPUTE_STATUS[status].label)}
    </Tag>
  );
}
