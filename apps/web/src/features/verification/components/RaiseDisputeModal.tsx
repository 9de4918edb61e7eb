import { App, Form, Input, Typography } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { useFormErrorHandler } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { TEXT_MAX, useRaiseDispute, type Lookup } from '../api';

/** What the 存疑 is about: one lookup of the record, or the record itself. */
export interface DisputeSubject {
  lookup: Lookup | null;
}

/** The graduate writes why they doubt a lookup (or their record); the university decides it. */
export function RaiseDisputeModal({
  subject,
  onClose,
}: {
  /** null: closed. */
  subject: DisputeSubject | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const raise = useRaiseDispute();
  const onError = useFormErrorHandler(form, ['reason']);
  const lookup = subject?.lookup ?? null;
  return (
    <FormModal
      open={subject !== null}
      title={t(lookup ? 'myVerification.dispute.titleLookup' : 'myVerification.dispute.titleRecord')}
      form={form}
      pending={raise.isPending}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        {lookup
          ? t('myVerification.dispute.aboutLookup', {
              at: formatDateTime(lookup.at),
              verifier: lookup.verifier ?? t('myVerification.logs.noVerifier'),
            })
          : t('myVerification.dispute.aboutRecord')}
      </Typography.Paragraph>
      <Form<{ reason: string }>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ reason }) =>
          raise.mutate(
            { logId: lookup?.id ?? null, reason: reason.trim() },
            {
              onSuccess: () => {
                void message.success(t('myVerification.dispute.done'));
                onClose();
              },
              onError,
            },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('myVerification.dispute.reason')}
          rules={[{ required: true, whitespace: true, message: t('myVerification.dispute.reasonRequired') }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={TEXT_MAX.reason}
            showCount
            placeholder={t(
              lookup
                ? 'myVerification.dispute.placeholderLookup'
                : 'myVerification.dispute.placeholderRecord',
            )}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
