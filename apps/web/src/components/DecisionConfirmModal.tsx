import { Form, Input, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n';

/** The approve / refuse confirmation every review queue shares: refusing asks for the reason the graduate reads. */
export function DecisionConfirmModal({
  open,
  refusing,
  title,
  text,
  okText,
  reason,
  pending,
  onCancel,
  onConfirm,
  testId,
  formName,
}: {
  open: boolean;
  /** Returning or rejecting: the OK button is red and a reason is asked for. */
  refusing: boolean;
  title: ReactNode;
  text: ReactNode;
  okText: string;
  /** The reason field's words and its longest length (the server has the final word). */
  reason: { label: string; required: string; placeholder: string; max: number };
  pending: boolean;
  onCancel: () => void;
  onConfirm: (reason: string | undefined) => void;
  testId: string;
  /** Names the form, so its field ids do not clash with another form on the page. */
  formName?: string;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason?: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: refusing, loading: pending }}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
      data-testid={testId}
    >
      <Typography.Paragraph>{text}</Typography.Paragraph>
      {/* preserve={false}: a reason typed for one decision is not offered again for the next. */}
      <Form
        name={formName}
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => onConfirm(values.reason?.trim())}
      >
        {refusing && (
          <Form.Item
            name="reason"
            label={reason.label}
            rules={[{ required: true, whitespace: true, message: reason.required }]}
          >
            <Input.TextArea rows={3} maxLength={reason.max} showCount placeholder={reason.placeholder} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
