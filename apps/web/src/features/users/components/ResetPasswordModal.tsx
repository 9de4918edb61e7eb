import { App, Form, Input, Modal } from 'antd';
import { useFormErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { PasswordRules } from '../../auth/components/PasswordRules';
import { passwordProblems } from '@jiuye/domain/password';
import { useUpdateUser, type UserAccount } from '../api';

const FIELDS = ['password'] as const;

export function ResetPasswordModal({ user, onClose }: { user: UserAccount | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const onError = useFormErrorHandler(form, FIELDS);
  const update = useUpdateUser();
  const password = Form.useWatch('password', form) ?? '';

  const onFinish = ({ password: next }: { password: string }) => {
    if (!user) return;
    update.mutate(
      { id: user.id, patch: { password: next } },
      {
        onSuccess: () => {
          void message.success(t('users.passwordReset'));
          onClose();
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={user ? t('users.resetPasswordTitle', { username: user.username }) : ''}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <Form.Item
          name="password"
          label={t('users.newPassword')}
          extra={<PasswordRules password={password} username={user?.username ?? ''} />}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            {
              validator: (_rule, value: string | undefined) =>
                !value || passwordProblems(value, user?.username ?? '').length === 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.invalid'))),
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
