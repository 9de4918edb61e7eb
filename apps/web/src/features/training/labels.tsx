import { PROGRAMME_KINDS, type EnrolmentStatus } from '@jiuye/domain/assistance/training';
import { Tag } from 'antd';
import { useI18n, type Lang } from '../../lib/i18n';
import type { ProgrammeStatus } from './api';

export function kindName(key: string, lang: Lang): string {
  const k = PROGRAMME_KINDS.find((x) => x.key === key);
  return k ? (lang === 'en' ? k.nameEn : k.name) : key;
}

export function ProgrammeStatusTag({ status }: { status: ProgrammeStatus }) {
  const { t } = useI18n();
  return (
    <Tag
      color={status === 'open' ? 'success' : 'default'}
      data-status={status}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`training.status.${status}`)}
    </Tag>
  );
}

const ENROLMENT_COLORS: Record<EnrolmentStatus, string> = {
  enrolled: 'blue',
  completed: 'success',
  withdrawn: 'default',
};

export function EnrolmentStatusTag({ status }: { status: EnrolmentStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={ENROLMENT_COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`training.enrolment.${status}`)}
    </Tag>
  );
}
