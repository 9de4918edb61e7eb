import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useT, type MessageKey } from '../../../lib/i18n';
import { passwordChecks, type PasswordChecks } from '@jiuye/domain/password';

const RULES: { key: keyof PasswordChecks; label: MessageKey }[] = [
  { key: 'length', label: 'password.rule.length' },
  { key: 'classes', label: 'password.rule.classes' },
  { key: 'notUsername', label: 'password.rule.notUsername' },
];

/** The password rules as a checklist that ticks off while the user types. */
export function PasswordRules({ password, username }: { password: string; username: string }) {
  const t = useT();
  const check = passwordChecks(password, username);
  return (
    <div aria-live="polite" style={{ marginTop: 4 }}>
      <Typography.Text type="secondary">{t('password.rules')}</Typography.Text>
      <ul style={{ listStyle: 'none', margin: '2px 0 0', padding: 0 }}>
        {RULES.map(({ key, label }) => {
          const ok = password.length > 0 && check[key];
          return (
            <li key={key}>
              <Typography.Text type={ok ? 'success' : 'secondary'}>
                {ok ? <CheckCircleFilled aria-hidden /> : <CloseCircleOutlined aria-hidden />} {t(label)}
              </Typography.Text>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
