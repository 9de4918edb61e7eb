import { SafetyCertificateFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { useT } from '../../../lib/i18n';
import type { OrganisationVerification } from '../api';
import { STATUS_LABELS } from '../labels';

/** The verification state; a verified organisation carries the badge graduates look for. */
export function VerificationTag({ status }: { status: OrganisationVerification }) {
  const t = useT();
  const { label, color } = STATUS_LABELS[status];
  return (
    <Tag
      color={color}
      icon={status === 'verified' ? <SafetyCertificateFilled /> : undefined}
      data-testid={`verification-${status}`}
      style={{ marginInlineEnd: 0 }}
    >
      {t(label)}
    </Tag>
  );
}
