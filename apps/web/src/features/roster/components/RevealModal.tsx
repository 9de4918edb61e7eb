import { Alert, Button, Descriptions, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { applyIssuesToForm, ErrorAlert } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useRevealGraduateField, type Graduate, type RevealField } from '../api';

interface RevealForm {
  field: RevealField;
  reason: string;
}

const FIELD_LABEL = { idNumber: 'graduate.idNumber', phone: 'graduate.phone' } as const;

/** Asks why the full value is needed (the reason goes into the audit log), then shows it. */
export function RevealModal({ graduate, onClose }: { graduate: Graduate | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<RevealForm>();
  const reveal = useRevealGraduateField();
  const [values, setValues] = useState<Partial<Record<RevealField, string>>>({});

  const close = () => {
    setValues({});
    reveal.reset();
    form.resetFields();
    onClose();
  };

  const onFinish = ({ field, reason }: RevealForm) => {
    if (!graduate) return;
    reveal.mutate(
      { id: graduate.id, field, reason: reason.trim() },
      {
        onSuccess: ({ value }) => setValues((previous) => ({ ...previous, [field]: value })),
        onError: (error) => applyIssuesToForm(form, error, ['field', 'reason']),
      },
    );
  };

  const revealed = (Object.keys(values) as RevealField[]).map((field) => ({
    key: field,
    label: t(FIELD_LABEL[field]),
    children: <Typography.Text copyable>{values[field]}</Typography.Text>,
  }));

  return (
    <Modal
      open={graduate !== null}
      title={graduate ? t('reveal.title', { name: graduate.name, studentNo: graduate.studentNo }) : ''}
      onCancel={close}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={close}>{t('common.close')}</Button>
          <Button type="primary" loading={reveal.isPending} onClick={() => form.submit()}>
            {t('reveal.submit')}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={t('reveal.auditWarning')} />
        {reveal.error && <ErrorAlert error={reveal.error} />}
        <Form<RevealForm>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{ field: 'idNumber', reason: '' }}
          disabled={reveal.isPending}
        >
          <Form.Item name="field" label={t('reveal.field')}>
            <Radio.Group
              options={[
                { value: 'idNumber', label: t('graduate.idNumber') },
                { value: 'phone', label: t('graduate.phone'), disabled: !graduate?.phone },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('reveal.reason')}
            rules={[{ required: true, whitespace: true, message: t('reveal.reasonRequired') }]}
          >
            <Input.TextArea rows={2} maxLength={200} showCount placeholder={t('reveal.reasonPlaceholder')} />
          </Form.Item>
        </Form>
        {revealed.length > 0 && (
          <Descriptions bordered size="small" column={1} title={t('reveal.result')} items={revealed} />
        )}
      </Space>
    </Modal>
  );
}
