import { DecisionConfirmModal } from '../../../components/DecisionConfirmModal';
import { useI18n } from '../../../lib/i18n';
import { REASON_MAX, type Decision } from '../api';

/** Confirms approving or rejecting identifications; rejecting needs a reason the graduate reads. */
export function ReviewDecisionModal({
  decision,
  count,
  pending,
  onCancel,
  onConfirm,
}: {
  /** null: closed. */
  decision: Decision | null;
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
      title={t(rejecting ? 'assistance.review.rejectTitle' : 'assistance.review.approveTitle', { n: count })}
      text={t(rejecting ? 'assistance.review.rejectText' : 'assistance.review.approveText', { n: count })}
      okText={t(rejecting ? 'assistance.review.reject' : 'assistance.review.approve')}
      reason={{
        label: t('assistance.review.reason'),
        required: t('assistance.review.reasonRequired'),
        placeholder: t('assistance.review.reasonPlaceholder'),
        max: REASON_MAX,
      }}
      pending={pending}
      onCancel={onCancel}
      onConfirm={onConfirm}
      testId="review-decision-modal"
      // Named so its field ids (note, …) do not clash with another form on the page.
      formName="reviewDecision"
    />
  );
}
