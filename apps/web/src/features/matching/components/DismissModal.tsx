import { Flex, Input, Modal, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useT, type MessageKey } from '../../../lib/i18n';
import { PREFERENCE_LIMITS } from '../api';

// Common reasons a tap away, since typing on a phone is the slow part; they only fill the text.
const QUICK_REASONS: readonly MessageKey[] = [
  'recs.dismissQuick.place',
  'recs.dismissQuick.salary',
  'recs.dismissQuick.major',
  'recs.dismissQuick.organisation',
];

/** 不感兴趣 with an optional reason; `onConfirm` gets the trimmed reason or null. */
export function DismissModal({
  title,
  open,
  pending,
  onConfirm,
  onCancel,
}: {
  title: string;
  open: boolean;
  pending: boolean;
  onConfirm: (reason: string | null) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (open) setReason('');
  }, [open]);

  return (
    <Modal
      open={open}
      title={t('recs.dismissTitle', { title })}
      okText={t('recs.dismissConfirm')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => onConfirm(reason.trim() || null)}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('recs.dismissText')}</Typography.Paragraph>
      <Flex wrap gap={6} style={{ marginBottom: 8 }}>
        {QUICK_REASONS.map((key) => (
          <Tag.CheckableTag
            key={key}
            checked={reason === t(key)}
            onChange={(checked) => setReason(checked ? t(key) : '')}
          >
            {t(key)}
          </Tag.CheckableTag>
        ))}
      </Flex>
      <Input.TextArea
        aria-label={t('recs.dismissReason')}
        placeholder={t('recs.dismissReasonPlaceholder')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        maxLength={PREFERENCE_LIMITS.reason}
        showCount
        autoSize={{ minRows: 2, maxRows: 5 }}
        // The count hangs below the box; without room it runs into the modal's buttons.
        style={{ marginBottom: 20 }}
      />
    </Modal>
  );
}
