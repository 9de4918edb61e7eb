import { APPLICATION_STATUSES, type ApplicationStatus } from '@jiuye/domain/recruitment/applications';
import { Tag } from 'antd';
import { useI18n, type Lang } from '../../lib/i18n';

const COLORS: Record<ApplicationStatus, string> = {
  submitted: 'blue',
  viewed: 'cyan',
  interview: 'gold',
  offer: 'green',
  signed: 'success',
  rejected: 'default',
  withdrawn: 'default',
};

/** The status name in the UI language (names come from the domain, shared with the server's notices). */
export function statusLabel(status: ApplicationStatus, lang: Lang): string {
  const found = APPLICATION_STATUSES.find((s) => s.key === status)!;
  return lang === 'en' ? found.nameEn : found.name;
}

export const ALL_STATUSES: readonly ApplicationStatus[] = APPLICATION_STATUSES.map((s) => s.key);

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { lang } = useI18n();
  return (
    <Tag color={COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {statusLabel(status, lang)}
    </Tag>
  );
}
