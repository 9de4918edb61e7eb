import { Alert, App, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ApiIssue } from '../../../lib/api';
import { applyIssuesToForm, ErrorDetails, errorTitle } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { UniversitySelect } from '../../reference/components/UniversitySelect';
import { useRegister, type Registration } from '../api';
import { AuthFrame } from '../components/AuthFrame';
import { PasswordRules } from '../components/PasswordRules';
import { passwordProblems } from '@jiuye/domain/password';

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
  const username = Form.useWatch('username', form) ?? '';
  const password = Form.useWatch('password', form) ?? '';

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
    <AuthFrame title={t('auth.register.title')} width={480}>
      <Typography.Paragraph type="secondary">{t('auth.register.intro')}</Typography.Paragraph>
      {register.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={errorTitle(t, register.error)}
          description={<ErrorDetails error={register.error} issues={unplaced} />}
        />
      )}
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
        <Form.Item
          name="username"
          label={t('auth.username')}
          rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
        >
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          extra={<PasswordRules password={password} username={username} />}
          dependencies={['username']}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            {
              validator: (_rule, value: string | undefined) =>
                !value || passwordProblems(value, form.getFieldValue('username') ?? '').length === 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.invalid'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.register.passwordConfirm')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.register.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={register.isPending}>
          {t('auth.register.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.register.haveAccount')} <Link to="/login">{t('auth.register.toLogin')}</Link>
      </Typography.Paragraph>
    </AuthFrame>
  );
}
