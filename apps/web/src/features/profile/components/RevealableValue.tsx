import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { useShowError } from '../../../lib/errors';
import { EMPTY } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { RevealField } from '../../roster/api';
import { useRevealMyField } from '../api';

/** A masked value with a "显示" button; the user confirms first because each reveal is written to the audit log. */
export function RevealableValue({
  field,
  masked,
  label,
}: {
  field: RevealField;
  masked: string | null;
  label: string;
}) {
  const t = useT();
  const reveal = useRevealMyField();
  const showError = useShowError();
  const [value, setValue] = useState<string | null>(null);

  if (!masked) return <>{EMPTY}</>;
  if (value !== null) {
    return (
      <Space wrap size={4}>
        <Typography.Text copyable>{value}</Typography.Text>
        <Button size="small" type="link" icon={<EyeInvisibleOutlined />} onClick={() => setValue(null)}>
          {t('profile.hide')}
        </Button>
      </Space>
    );
  }
  return (
    <Space wrap size={4}>
      <Typography.Text>{masked}</Typography.Text>
      <Popconfirm
        title={t('profile.revealConfirmTitle', { field: label })}
        description={t('profile.revealConfirmDesc')}
        okText={t('profile.reveal')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          reveal.mutateAsync(field).then(
            ({ value: plain }) => setValue(plain),
            (error: unknown) => showError(error),
          )
        }
      >
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          aria-label={`${t('profile.reveal')} ${label}`}
        >
          {t('profile.reveal')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
