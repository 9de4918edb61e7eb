import { Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../lib/i18n';

/**
 * A dialog around one form: OK submits the form (so its validation runs first), the OK button spins
 * while the request is pending, and closing discards what was typed.
 */
export function FormModal({
  open,
  title,
  form,
  pending,
  onClose,
  okText,
  width,
  children,
}: {
  open: boolean;
  title: ReactNode;
  form: FormInstance;
  pending: boolean;
  onClose: () => void;
  /** 提交 unless said otherwise. */
  okText?: string;
  width?: number;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
      width={width}
    >
      {children}
    </Modal>
  );
}
