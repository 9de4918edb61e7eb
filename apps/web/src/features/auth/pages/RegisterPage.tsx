import { App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ApiIssue } from '../../../lib/api';
import { applyIssuesToForm } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { UniversitySelect } from '../../reference/components/UniversitySelect';
import { useRegister, type Registration } from '../api';
import { SignUpFrame } from '../components/SignUpFrame';
import { ConfirmPasswordField, NewPasswordField, UsernameField } from '../components/AccountFields';

interface RegisterForm extends Registration {
  confirm: string;
}

const FIELDS = ['universityCode', 'studentNo', 'idNumber', 'username', 'password'] as const;

// Format only: the check digit and the roster match are the server's job, with its own messages.
const ID_NUMBER_PATTERN = /^\d{17}[\dXx]$/;

export function RegisterPage() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterForm>();
  const register = useRegister();
  const navigate = useNavigate();
  const [unplaced, setUnplaced] = useState<ApiIssue[]>([]);

  const onFinish = ({ confirm: _confirm, ...values }: RegisterForm) => {
    setUnplaced([]);
    register.mutate(
      { ...values, idNumber: values.idNumber.toUpperCase(), username: values.username.trim() },
      {
        onSuccess: () => {
          void message.success(t('auth.register.success'));
          void navigate('/', { replace: true });
        },
        onError: (error) => setUnplaced(applyIssuesToForm(form, error, FIELDS)),
      },
    );
  };

  return (
    <SignUpFrame
      title={t('auth.register.title')}
      intro={t('auth.register.intro')}
      width={480}
      error={register.error}
      unplaced={unplaced}
    >
      <Form<RegisterForm>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        disabled={register.isPending}
        scrollToFirstError
      >
        <Form.Item
          name="universityCode"
          label={t('auth.register.university')}
          rules={[{ required: true, message: t('auth.register.universityRequired') }]}
        >
          <UniversitySelect />
        </Form.Item>
        <Form.Item
          name="studentNo"
          label={t('auth.register.studentNo')}
          rules={[{ required: true, whitespace: true, message: t('auth.register.studentNoRequired') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('auth.register.idNumber')}
          extra={t('auth.register.idNumberHint')}
          rules={[
            { required: true, message: t('auth.register.idNumberRequired') },
            { pattern: ID_NUMBER_PATTERN, message: t('auth.register.idNumberFormat') },
          ]}
        >
          <Input autoComplete="off" maxLength={18} inputMode="text" />
        </Form.Item>
        <UsernameField ownAccount />
        <NewPasswordField />
        <ConfirmPasswordField />
        <Button type="primary" htmlType="submit" block size="large" loading={register.isPending}>
          {t('auth.register.submit')}
        </Button>
      </Form>
    </SignUpFrame>
  );
}
