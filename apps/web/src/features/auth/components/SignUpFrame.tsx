import { Alert, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ApiIssue } from '../../../lib/api';
import { ErrorDetails, errorTitle } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { AuthFrame } from './AuthFrame';

/**
 * A sign-up page around its form: the intro, why the last attempt failed (with the issues no field
 * could show), and the way to sign in instead for someone who already has an account.
 */
export function SignUpFrame({
  title,
  intro,
  width,
  error,
  unplaced,
  children,
}: {
  title: string;
  intro: string;
  width: number;
  error: unknown;
  unplaced: ApiIssue[];
  children: ReactNode;
}) {
  const t = useT();
  return (
    <AuthFrame title={title} width={width}>
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      {Boolean(error) && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={errorTitle(t, error)}
          description={<ErrorDetails error={error} issues={unplaced} />}
        />
      )}
      {children}
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('auth.register.haveAccount')} <Link to="/login">{t('auth.register.toLogin')}</Link>
      </Typography.Paragraph>
    </AuthFrame>
  );
}
