import { Form, Input } from 'antd';
import { useT } from '../../../lib/i18n';
import { NewPasswordField, UsernameField } from '../../auth/components/AccountFields';

/**
 * An organisation's HR account: name, username and password. `ownAccount` is the person registering
 * themselves (the browser may fill in and remember the details); otherwise it is a colleague's account
 * being set up, whose password is only a starting one.
 */
export function HrAccountFields({ ownAccount }: { ownAccount: boolean }) {
  const t = useT();
  return (
    <>
      <Form.Item
        name="displayName"
        label={t('orgReg.displayName')}
        rules={[{ required: true, whitespace: true, message: t('orgReg.displayNameRequired') }]}
      >
        <Input maxLength={50} autoComplete={ownAccount ? 'name' : 'off'} />
      </Form.Item>
      <UsernameField ownAccount={ownAccount} hint={t('orgReg.usernameHint')} maxLength={32} />
      <NewPasswordField label={ownAccount ? undefined : t('staff.initialPassword')} />
    </>
  );
}
