import { DecisionConfirmModal } from '../../../components/DecisionConfirmModal';
import { useI18n } from '../../../lib/i18n';
import type { SubsidyDecisionKind } from '../api';

// The reason the applicant reads when rejected; the server has the final word on its length.
const REASON_MAX = 200;

/** Confirms approving or rejecting one or more applications; rejecting needs a reason. */
export function DecisionModal({
  decision,
  count,
  pending,
  onCancel,
  onConfirm,
}: {
  /** null: closed. */
  decision: SubsidyDecisionKind | null;
  count: number;
  pending: boolean;
  onCancel: () => void;
  onConfirm: (reason: string | undefined) => void;
}) {
  const { t } = useI18n();
  const rejecting = decision === 'reject';
  return (
    <DecisionConfirmModal
      open={decision !== null}
      refusing={rejecting}
      title={t(rejecting ? 'subsidies.rejectTitle' : 'subsidies.approveTitle', { n: count })}
      text={t(rejecting ? 'subsidies.rejectText' : 'subsidies.approveText', { n: count })}
      okText={t(rejecting ? 'subsidies.reject' : 'subsidies.approve')}
      reason={{
        label: t('subsidies.reason'),
        required: t('subsidies.reasonRequired'),
        placeholder: t('subsidies.reasonPlaceholder'),
        max: REASON_MAX,
      }}
      pending={pending}
      onCancel={onCancel}
      onConfirm={onConfirm}
      testId="subsidy-decision-modal"
    />
  );
}
