import { DecisionConfirmModal } from '../../../components/DecisionConfirmModal';
import { useI18n } from '../../../lib/i18n';
import { REASON_MAX, type Decision } from '../api';

/**
 * Confirms approving or returning one or more registrations. Returning needs a reason, which the
 * graduate reads on their page.
 */
export function DecisionModal({
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
  const returning = decision === 'return';
  const one = count === 1;
  return (
    <DecisionConfirmModal
      open={decision !== null}
      refusing={returning}
      title={
        returning
          ? t(one ? 'destinationReview.returnTitleOne' : 'destinationReview.returnTitle', { n: count })
          : t(one ? 'destinationReview.approveTitleOne' : 'destinationReview.approveTitle', { n: count })
      }
      text={
        returning
          ? t('destinationReview.returnText')
          : t(one ? 'destinationReview.approveTextOne' : 'destinationReview.approveText', { n: count })
      }
      okText={t(returning ? 'destinationReview.return' : 'destinationReview.approve')}
      reason={{
        label: t('destinationReview.reason'),
        required: t('destinationReview.reasonRequired'),
        placeholder: t('destinationReview.reasonPlaceholder'),
        max: REASON_MAX,
      }}
      pending={pending}
      onCancel={onCancel}
      onConfirm={onConfirm}
      testId="decision-modal"
    />
  );
}
