import { Form, Input, Modal, Typography } from 'antd';
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
  const [form] = Form.useForm<{ reason?: string }>();
  const rejecting = decision === 'reject';
  return (
    <Modal
      open={decision !== null}
      title={t(rejecting ? 'subsidies.rejectTitle' : 'subsidies.approveTitle', { n: count })}
      okText={t(rejecting ? 'subsidies.reject' : 'subsidies.approve')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: rejecting, loading: pending }}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
      data-testid="subsidy-decision-modal"
    >
      <Typography.Paragraph>
        {t(rejecting ? 'subsidies.rejectText' : 'subsidies.approveText', { n: count })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => onConfirm(v.reason?.trim())}>
        {rejecting && (
          <Form.Item
            name="reason"
            label={t('subsidies.reason')}
            rules={[{ required: true, whitespace: true, message: t('subsidies.reasonRequired') }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={REASON_MAX}
              showCount
              placeholder={t('subsidies.reasonPlaceholder')}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
