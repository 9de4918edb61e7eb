import { EVIDENCE_KINDS, type DestinationStatus } from '@jiuye/domain/destinations/review';
import {
  DESTINATION_CATEGORIES,
  DESTINATION_CODES,
  NOT_PLACED_LABELS,
  getDestinationCode,
} from '@jiuye/domain/reference/destination-codes';
import type { Role } from '@jiuye/domain/roles';
import { Tag } from 'antd';
import { useI18n, type Lang, type MessageKey } from '../../lib/i18n';

const STATUS_COLORS: Record<DestinationStatus, string> = {
  pending_college: 'gold',
  pending_university: 'blue',
  approved: 'success',
  returned: 'error',
};

export const STATUS_LABELS: Record<DestinationStatus, MessageKey> = {
  pending_college: 'destinations.status.pending_college',
  pending_university: 'destinations.status.pending_university',
  approved: 'destinations.status.approved',
  returned: 'destinations.status.returned',
};

export function DestinationStatusTag({ status }: { status: DestinationStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(STATUS_LABELS[status])}
    </Tag>
  );
}

/** "11 签劳动合同形式就业": the code leads, since reports and paper forms quote it. */
export function codeLabel(code: string, lang: Lang): string {
  const found = getDestinationCode(code);
  if (!found) return code;
  return `${found.code} ${lang === 'en' ? found.nameEn : found.name}`;
}

/** The destination codes grouped by the category they count towards in 去向落实率. */
export function destinationCodeOptions(lang: Lang) {
  return DESTINATION_CATEGORIES.map((category) => ({
    label: lang === 'en' ? category.nameEn : category.nameZh,
    options: DESTINATION_CODES.filter((code) => code.category === category.key).map((code) => ({
      value: code.code,
      label: codeLabel(code.code, lang),
    })),
  }));
}

/** The not-placed labels a code takes (70 待就业: 求职中, 签约中 …). */
export function notPlacedOptions(code: string | undefined, lang: Lang) {
  return NOT_PLACED_LABELS.filter((label) => label.legacyCode === code).map((label) => ({
    value: label.key,
    label: lang === 'en' ? label.nameEn : label.name,
  }));
}

export function notPlacedName(key: string, lang: Lang): string {
  const label = NOT_PLACED_LABELS.find((l) => l.key === key);
  return label ? (lang === 'en' ? label.nameEn : label.name) : key;
}

export function evidenceKindName(key: string, lang: Lang): string {
  const kind = EVIDENCE_KINDS.find((k) => k.key === key);
  return kind ? (lang === 'en' ? kind.nameEn : kind.name) : key;
}

/**
 * The review stage a staff role decides (the server's destinations.policy.ts): counsellors the
 * college's, the career centre the university's. Used only to offer the buttons that can work.
 */
export function reviewStatusOf(role: Role): DestinationStatus | null {
  if (role === 'counsellor') return 'pending_college';
  if (role === 'career_centre') return 'pending_university';
  return null;
}
