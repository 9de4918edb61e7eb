import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api';
import { ErrorDetails, errorTitle } from '../../../lib/errors';
import { useT, type Translate } from '../../../lib/i18n';
import { useLogin, type Credentials, type LoginRedirectState } from '../api';
import { AuthFrame } from '../components/AuthFrame';

// Login failures get their own wording: "wrong password" reads better here than the generic 401 text.
function loginErrorTitle(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'unauthenticated') return t('auth.login.badCredentials');
    if (error.code === 'locked') return t('auth.login.locked');
    if (error.code === 'rate_limited') return t('auth.login.rateLimited');
  }
  return errorTitle(t, error);
}

export function LoginPage() {
  const t = useT();
  const login = useLogin();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as LoginRedirectState | null)?.from;

  const onFinish = (values: Credentials) => {
    login.mutate(values, {
      onSuccess: () => void navigate(from && from !== '/login' ? from : '/', { replace: true }),
    });
  };

  return (
    <AuthFrame title={t('auth.login.title')}>
      {login.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={loginErrorTitle(t, login.error)}
          description={<ErrorDetails error={login.error} title={loginErrorTitle(t, login.error)} />}
        />
      )}
      <Form<Credentials>
        layout="vertical"
        onFinish={onFinish}
        requiredMark={false}
        disabled={login.isPending}
      >
        <Form.Item
          name="username"
          label={t('auth.username')}
          rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.password')}
          rules={[{ required: true, message: t('auth.passwordRequired') }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
          {t('auth.login.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.login.noAccount')} <Link to="/register">{t('auth.login.register')}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.login.noOrgAccount')} <Link to="/register/organisation">{t('auth.login.registerOrg')}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.login.verifyPrompt')} <Link to="/verify">{t('nav.publicVerify')}</Link>
      </Typography.Paragraph>
    </AuthFrame>
  );
}
