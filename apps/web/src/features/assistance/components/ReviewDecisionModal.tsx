import { Form, Input, Modal, Typography } from 'antd';
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
  const [form] = Form.useForm<{ reason?: string }>();
  const rejecting = decision === 'reject';
  return (
    <Modal
      open={decision !== null}
      title={t(rejecting ? 'assistance.review.rejectTitle' : 'assistance.review.approveTitle', { n: count })}
      okText={t(rejecting ? 'assistance.review.reject' : 'assistance.review.approve')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: rejecting, loading: pending }}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
      data-testid="review-decision-modal"
    >
      <Typography.Paragraph>
        {t(rejecting ? 'assistance.review.rejectText' : 'assistance.review.approveText', { n: count })}
      </Typography.Paragraph>
      <Form
        // Named so its field ids (note, …) do not clash with another form on the page.
        name="reviewDecision"
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => onConfirm(values.reason?.trim())}
      >
        {rejecting && (
          <Form.Item
            name="reason"
            label={t('assistance.review.reason')}
            rules={[{ required: true, whitespace: true, message: t('assistance.review.reasonRequired') }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={REASON_MAX}
              showCount
              placeholder={t('assistance.review.reasonPlaceholder')}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
