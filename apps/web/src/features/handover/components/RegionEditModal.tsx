import { Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { RegionName } from '../../destinations/components/RegionName';
import { RegionCascader } from '../../organisations/components/RegionCascader';

const CODE = /^\d{6}$/;

/**
 * Corrects the hukou region a graduate is handed over to: picked 省 → 市 → 区县, or the 6-digit
 * code typed (the server refuses a code that is not a real region).
 */
export function RegionEditModal({
  name,
  code,
  onClose,
  onSave,
}: {
  /** The graduate's name; null: closed. */
  name: string | null;
  code: string | undefined;
  onClose: () => void;
  onSave: (code: string) => void;
}) {
  const { t } = useI18n();
  const [value, setValue] = useState(code ?? '');
  const [touched, setTouched] = useState(false);
  const valid = CODE.test(value);
  return (
    <Modal
      open={name !== null}
      title={t('handover.regionTitle', { name: name ?? '' })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !valid }}
      onOk={() => valid && onSave(value)}
      onCancel={onClose}
      destroyOnHidden
      data-testid="region-modal"
    >
      <Form layout="vertical">
        <Form.Item label={t('handover.regionPick')}>
          <RegionCascader
            value={code}
            onChange={(picked) => {
              if (picked) setValue(picked);
              setTouched(true);
            }}
          />
        </Form.Item>
        <Form.Item
          label={t('handover.regionType')}
          validateStatus={touched && !valid ? 'error' : undefined}
          help={touched && !valid ? t('handover.regionInvalid') : undefined}
        >
          <Input
            value={value}
            inputMode="numeric"
            maxLength={6}
            onChange={(e) => {
              setValue(e.target.value.replace(/\D/g, ''));
              setTouched(true);
            }}
            aria-label={t('handover.regionType')}
            data-testid="region-code-input"
            style={{ width: 160 }}
          />
        </Form.Item>
      </Form>
      {valid && (
        <Typography.Text type="secondary">
          {t('handover.regionChosen')}
          <RegionName code={value} />
        </Typography.Text>
      )}
    </Modal>
  );
}
