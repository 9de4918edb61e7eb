import type { ApplicationStatus } from '@jiuye/domain/recruitment/applications';
import { MAX_APPLICATION_NOTE_LENGTH } from '@jiuye/domain/recruitment/applications';
import { Alert, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { statusLabel } from '../labels';

/**
 * Confirms moving one or more applicants to a status, with an optional note that is sent to the
 * graduate in the notification. The interview invitation also says what it unlocks.
 */
export function MoveModal({
  open,
  count,
  to,
  pending,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  count: number;
  to: ApplicationStatus | null;
  pending: boolean;
  onCancel: () => void;
  onConfirm: (note: string) => void;
}) {
  const { t, lang } = useI18n();
  const [note, setNote] = useState('');
  const label = to ? statusLabel(to, lang) : '';
  return (
    <Modal
      open={open}
      title={t('applicants.moveTitle', { status: label })}
      okText={t('applicants.moveConfirm')}
      okButtonProps={{ loading: pending, danger: to === 'rejected' }}
      onCancel={onCancel}
      onOk={() => onConfirm(note.trim())}
      afterOpenChange={(visible) => !visible && setNote('')}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('applicants.moveText', { n: count, status: label })}</Typography.Paragraph>
      {to === 'interview' && (
        <Alert type="info" showIcon title={t('applicants.revealHint')} style={{ marginBottom: 12 }} />
      )}
      <Input.TextArea
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={MAX_APPLICATION_NOTE_LENGTH}
        showCount
        autoSize={{ minRows: 2, maxRows: 6 }}
        placeholder={t('applicants.notePlaceholder')}
        aria-label={t('applicants.note')}
      />
    </Modal>
  );
}
