import { sessionsToComplete } from '@jiuye/domain/assistance/training';
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { applyIssuesToForm, ErrorDetails, errorTitle } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useComplete, type Enrolment } from '../api';

interface Values {
  certificateNo: string;
  completedOn: Dayjs;
}

/**
 * 结业: the certificate number (unique in the programme) and the day. The server holds the 80 %
 * attendance rule; its refusal is shown here as it says it.
 */
export function CompleteModal({
  programmeId,
  sessions,
  enrolment,
  onClose,
}: {
  programmeId: string;
  sessions: number;
  /** null: closed. */
  enrolment: Enrolment | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const complete = useComplete(programmeId);
  const [refusal, setRefusal] = useState<{ error: unknown; issues: ApiError['issues'] } | null>(null);

  const close = () => {
    setRefusal(null);
    onClose();
  };

  const submit = (v: Values) => {
    if (!enrolment) return;
    setRefusal(null);
    complete.mutate(
      {
        graduateId: enrolment.graduateId,
        certificateNo: v.certificateNo.trim(),
        completedOn: v.completedOn.format('YYYY-MM-DD'),
      },
      {
        onSuccess: () => {
          void message.success(t('training.completed', { name: enrolment.name }));
          close();
        },
        onError: (error) => {
          const rest = applyIssuesToForm(form, error, ['certificateNo', 'completedOn']);
          const placed = error instanceof ApiError && error.issues.length > rest.length;
          if (!placed || rest.length > 0)
            setRefusal({ error, issues: rest.map((i) => ({ path: '', message: i.message })) });
        },
      },
    );
  };

  return (
    <Modal
      open={enrolment !== null}
      title={t('training.completeTitle', { name: enrolment?.name ?? '' })}
      okText={t('training.complete')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={complete.isPending}
      destroyOnHidden
      data-testid="complete-modal"
    >
      {enrolment && (
        <Typography.Paragraph>
          {t('training.completeText', {
            attended: enrolment.attended.length,
            sessions,
            needed: sessionsToComplete(sessions),
          })}
        </Typography.Paragraph>
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={errorTitle(t, refusal.error)}
          description={<ErrorDetails error={refusal.error} issues={refusal.issues} />}
          data-testid="complete-refusal"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ completedOn: dayjs() }}
        onFinish={submit}
        disabled={complete.isPending}
      >
        <Form.Item
          name="certificateNo"
          label={t('training.certificateNo')}
          extra={t('training.certificateHint')}
          rules={[{ required: true, whitespace: true, message: t('training.certificateRequired') }]}
        >
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="completedOn"
          label={t('training.completedOn')}
          rules={[{ required: true, message: t('training.completedOnRequired') }]}
        >
          <DatePicker format="YYYY-MM-DD" inputReadOnly={isPhone} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
