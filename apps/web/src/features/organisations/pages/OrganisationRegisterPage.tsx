import { passwordProblems } from '@jiuye/domain/password';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Divider, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { FullPageSpin } from '../../../components/FullPageSpin';
import type { ApiIssue } from '../../../lib/api';
import { applyIssuesToForm, ErrorDetails, errorTitle } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { authKeys, useMe } from '../../auth/api';
import { AuthFrame } from '../../auth/components/AuthFrame';
import { PasswordRules } from '../../auth/components/PasswordRules';
import { useRegisterOrganisation, type OrganisationKind, type OrganisationRegistration } from '../api';
import { OrganisationFields, PROFILE_FIELDS } from '../components/OrganisationFields';
import { KIND_LABELS } from '../labels';

interface RegisterForm extends OrganisationRegistration {
  confirm: string;
}

const FIELDS = [...PROFILE_FIELDS, 'kind', 'username', 'displayName', 'password'] as const;

/** 单位注册: an HR person registers the organisation and their own account; verification follows. */
export function OrganisationRegisterPage() {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegisterForm>();
  const register = useRegisterOrganisation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [unplaced, setUnplaced] = useState<ApiIssue[]>([]);
  const kind: OrganisationKind = Form.useWatch('kind', form) ?? 'employer';
  const username = Form.useWatch('username', form) ?? '';
  const password = Form.useWatch('password', form) ?? '';
  const me = useMe();

  const onFinish = ({ confirm: _confirm, ...values }: RegisterForm) => {
    setUnplaced([]);
    register.mutate(
      {
        ...values,
        username: values.username.trim(),
        introduction: values.introduction?.trim() || undefined,
        licenceNo: kind === 'agency' ? values.licenceNo?.trim() : undefined,
      },
      {
        onSuccess: ({ user }) => {
          void message.success(t('orgReg.success'));
          queryClient.setQueryData(authKeys.me(), user);
          // The profile's banner explains the pending verification: the next thing the HR needs to know.
          void navigate('/organisation', { replace: true });
        },
        onError: (error) => setUnplaced(applyIssuesToForm(form, error, FIELDS)),
      },
    );
  };

  if (me.isPending) return <FullPageSpin />;
  // Someone already signed in has no business here; the account this page just created is the exception.
  if (me.data && register.isIdle) return <Navigate to="/" replace />;

  return (
    <AuthFrame title={t('orgReg.title')} width={640}>
      <Typography.Paragraph type="secondary">{t('orgReg.intro')}</Typography.Paragraph>
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
        initialValues={{ kind: 'employer' }}
        data-testid="organisation-register-form"
      >
        <Form.Item name="kind" label={t('orgReg.kind')} extra={t('orgReg.kindHint')}>
          <Radio.Group
            options={(['employer', 'agency'] as const).map((value) => ({
              value,
              label: t(KIND_LABELS[value]),
            }))}
          />
        </Form.Item>
        <Divider titlePlacement="start">{t('orgReg.sectionOrganisation')}</Divider>
        <OrganisationFields kind={kind} />
        <Divider titlePlacement="start">{t('orgReg.sectionAccount')}</Divider>
        <Form.Item
          name="displayName"
          label={t('orgReg.displayName')}
          rules={[{ required: true, whitespace: true, message: t('orgReg.displayNameRequired') }]}
        >
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('auth.username')}
          extra={t('orgReg.usernameHint')}
          rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
        >
          <Input autoComplete="username" maxLength={32} />
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
          {t('orgReg.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.register.haveAccount')} <Link to="/login">{t('auth.register.toLogin')}</Link>
      </Typography.Paragraph>
    </AuthFrame>
  );
}
