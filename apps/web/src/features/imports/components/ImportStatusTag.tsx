import { Tag } from 'antd';
import { useT } from '../../../lib/i18n';
import type { ImportStatus } from '../api';

const COLORS: Record<ImportStatus, string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};

export function ImportStatusTag({ status }: { status: ImportStatus }) {
  const t = useT();
  return <Tag color={COLORS[status]}>{t(`imports.status.${status}`)}</Tag>;
}
