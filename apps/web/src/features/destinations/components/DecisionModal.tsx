import { Form, Input, Modal, Typography } from 'antd';
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
  const [form] = Form.useForm<{ reason?: string }>();
  const returning = decision === 'return';
  const one = count === 1;
  return (
    <Modal
      open={decision !== null}
      title={
        returning
          ? t(one ? 'destinationReview.returnTitleOne' : 'destinationReview.returnTitle', { n: count })
          : t(one ? 'destinationReview.approveTitleOne' : 'destinationReview.approveTitle', { n: count })
      }
      okText={t(returning ? 'destinationReview.return' : 'destinationReview.approve')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: returning, loading: pending }}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
      data-testid="decision-modal"
    >
      <Typography.Paragraph>
        {returning
          ? t('destinationReview.returnText')
          : t(one ? 'destinationReview.approveTextOne' : 'destinationReview.approveText', { n: count })}
      </Typography.Paragraph>
      {/* preserve={false}: a reason typed for one decision is not offered again for the next. */}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => onConfirm(values.reason?.trim())}
      >
        {returning && (
          <Form.Item
            name="reason"
            label={t('destinationReview.reason')}
            rules={[{ required: true, whitespace: true, message: t('destinationReview.reasonRequired') }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={REASON_MAX}
              showCount
              placeholder={t('destinationReview.reasonPlaceholder')}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
