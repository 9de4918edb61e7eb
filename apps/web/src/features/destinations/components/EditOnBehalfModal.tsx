import { Alert, App, Form, Input } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../lib/i18n';
import { REASON_MAX, useSaveDestination, type DestinationView } from '../api';
import { DestinationForm, useDestinationErrorHandler, type DestinationFormValues } from './DestinationForm';

/**
 * 代为修改: the career centre registers or changes a graduate's destination (after 31 August the
 * only way to), with the reason on record. The change goes straight to the university stage.
 * Mounted only while open, so each opening starts from the registration as it is now.
 */
export function EditOnBehalfModal({ view, onClose }: { view: DestinationView; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DestinationFormValues>();
  const save = useSaveDestination(view.graduateId);
  const onError = useDestinationErrorHandler(form);
  const r = view.registration;

  return (
    <FormModal
      open
      title={t('destinationReview.editTitle', { name: view.name })}
      form={form}
      pending={save.isPending}
      onClose={onClose}
      okText={t('common.save')}
      width={760}
    >
      <Alert type="info" showIcon title={t('destinationReview.editHint')} style={{ marginBottom: 16 }} />
      <DestinationForm
        form={form}
        initial={r && { destinationCode: r.destinationCode, details: r.details }}
        onSubmit={(input, reason) =>
          save.mutate(
            { ...input, reason: reason ?? '' },
            {
              onSuccess: () => {
                void message.success(t('destinationReview.edited'));
                onClose();
              },
              onError,
            },
          )
        }
        testId="edit-on-behalf-form"
      >
        <Form.Item
          name="reason"
          label={t('destinationReview.editReason')}
          rules={[{ required: true, whitespace: true, message: t('destinationReview.editReasonRequired') }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={REASON_MAX}
            showCount
            placeholder={t('destinationReview.editReasonPlaceholder')}
          />
        </Form.Item>
      </DestinationForm>
    </FormModal>
  );
}
