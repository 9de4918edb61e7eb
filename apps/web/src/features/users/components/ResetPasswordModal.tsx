import { App, Form } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { useFormErrorHandler } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { NewPasswordField } from '../../auth/components/AccountFields';
import { useUpdateUser, type UserAccount } from '../api';

const FIELDS = ['password'] as const;

export function ResetPasswordModal({ user, onClose }: { user: UserAccount | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const onError = useFormErrorHandler(form, FIELDS);
  const update = useUpdateUser();

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
    <FormModal
      open={user !== null}
      title={user ? t('users.resetPasswordTitle', { username: user.username }) : ''}
      okText={t('common.confirm')}
      form={form}
      pending={update.isPending}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" onFinish={onFinish} preserve={false}>
        <NewPasswordField label={t('users.newPassword')} fixedUsername={user?.username ?? ''} />
      </Form>
    </FormModal>
  );
}
