import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { applyIssuesToForm, ErrorDetails, errorTitle, useShowError } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useRecordPayment, type SubsidyApplication } from '../api';
import { formatYuan } from '../labels';

interface Values {
  paidOn: Dayjs;
  reference: string;
}

const FIELDS = ['paidOn', 'reference'] as const;

/**
 * 登记发放: the day the money went out and the bank's or treasury's reference. The server pays an
 * application once; a second attempt (someone else recorded it meanwhile) is refused in its words,
 * shown here.
 */
export function PaymentModal({
  application,
  open,
  onClose,
}: {
  application: SubsidyApplication;
  open: boolean;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const pay = useRecordPayment(application.id);
  const [refusal, setRefusal] = useState<unknown>(null);

  const close = () => {
    setRefusal(null);
    pay.reset();
    onClose();
  };

  const submit = (values: Values) => {
    setRefusal(null);
    pay.mutate(
      { paidOn: values.paidOn.format('YYYY-MM-DD'), reference: values.reference.trim() },
      {
        onSuccess: () => {
          void message.success(t('subsidies.paid', { name: application.name }));
          close();
        },
        onError: (error) => {
          const rest = applyIssuesToForm(form, error, FIELDS);
          if (error instanceof ApiError && (error.code === 'conflict' || rest.length > 0)) setRefusal(error);
          else if (!(error instanceof ApiError) || error.issues.length === 0) showError(error);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('subsidies.payTitle', { name: application.name })}
      okText={t('subsidies.pay')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={close}
      confirmLoading={pay.isPending}
      destroyOnHidden
      data-testid="payment-modal"
    >
      <Typography.Paragraph>
        {t('subsidies.payText', { amount: formatYuan(application.amountFen, lang) })}
      </Typography.Paragraph>
      {refusal !== null && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={errorTitle(t, refusal)}
          description={<ErrorDetails error={refusal} />}
          data-testid="payment-refusal"
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ paidOn: dayjs(), reference: '' }}
        onFinish={submit}
        disabled={pay.isPending}
      >
        <Form.Item
          name="paidOn"
          label={t('subsidies.paidOn')}
          rules={[{ required: true, message: t('subsidies.paidOnRequired') }]}
        >
          <DatePicker
            format="YYYY-MM-DD"
            inputReadOnly={isPhone}
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="reference"
          label={t('subsidies.reference')}
          extra={t('subsidies.referenceHint')}
          rules={[{ required: true, whitespace: true, message: t('subsidies.referenceRequired') }]}
        >
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
