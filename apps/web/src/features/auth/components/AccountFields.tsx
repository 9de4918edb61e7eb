import { passwordProblems } from '@jiuye/domain/password';
import { Form, Input } from 'antd';
import { useT } from '../../../lib/i18n';
import { PasswordRules } from './PasswordRules';

// The fields of a form that creates an account, shared so every such form checks the same way. They
// read the surrounding form, whose fields are named `username`, `password` and `confirm`.

/** The sign-in name. `ownAccount` lets the browser offer to remember it; for someone else's account it must not. */
export function UsernameField({
  ownAccount,
  hint,
  maxLength,
}: {
  ownAccount: boolean;
  hint?: string;
  maxLength?: number;
}) {
  const t = useT();
  return (
    <Form.Item
      name="username"
      label={t('auth.username')}
      extra={hint}
      rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
    >
      <Input autoComplete={ownAccount ? 'username' : 'off'} maxLength={maxLength} />
    </Form.Item>
  );
}

/**
 * A new password with the rule checklist ticking off while it is typed; the same rules as the server's
 * (one domain function), so a weak password is refused before submitting. The rules compare it with the
 * form's `username` field, or with `fixedUsername` when the form has none (resetting an existing account).
 */
export function NewPasswordField({ label, fixedUsername }: { label?: string; fixedUsername?: string }) {
  const t = useT();
  const form = Form.useFormInstance();
  const typedUsername: string = Form.useWatch('username', form) ?? '';
  const password: string = Form.useWatch('password', form) ?? '';
  const username = fixedUsername ?? typedUsername;
  return (
    <Form.Item
      name="password"
      label={label ?? t('auth.password')}
      extra={<PasswordRules password={password} username={username} />}
      // A changed username can break the "does not contain the username" rule of a password already typed.
      dependencies={fixedUsername === undefined ? ['username'] : undefined}
      rules={[
        { required: true, message: t('auth.passwordRequired') },
        {
          validator: (_rule, value: string | undefined) =>
            !value ||
            passwordProblems(value, fixedUsername ?? form.getFieldValue('username') ?? '').length === 0
              ? Promise.resolve()
              : Promise.reject(new Error(t('password.invalid'))),
        },
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}

/** The password typed a second time, for someone choosing their own password without seeing it. */
export function ConfirmPasswordField() {
  const t = useT();
  return (
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
  );
}
