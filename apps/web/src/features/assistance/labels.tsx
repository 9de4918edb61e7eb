import { HANDOVER_OUTCOMES } from '@jiuye/domain/assistance/handover';
import {
  SERVICE_KINDS,
  SERVICE_RESPONSES,
  STANDARD_REQUIREMENTS,
  type ServiceResponse,
} from '@jiuye/domain/assistance/services';
import { SUBSIDY_STATUS_NAMES, type SubsidyStatus } from '@jiuye/domain/assistance/subsidy';
import { TARGET_PROOF_KINDS, TARGET_STATUS_NAMES, type TargetStatus } from '@jiuye/domain/assistance/targets';
import { PROGRAMME_KINDS } from '@jiuye/domain/assistance/training';
import { ASSISTANCE_CATEGORIES } from '@jiuye/domain/reference/assistance-categories';
import { Tag } from 'antd';
import { useI18n, type Lang } from '../../lib/i18n';

// Names come from the domain's lists (Chinese and English side by side), so the web never re-types
// what the server and the reports call a category, a status or a kind of service.

/** A name from a domain list with `name` and `nameEn`; unknown keys show as they came. */
function named(list: readonly { key: string; name: string; nameEn: string }[], key: string, lang: Lang) {
  const found = list.find((x) => x.key === key);
  return found ? (lang === 'en' ? found.nameEn : found.name) : key;
}

export const categoryName = (key: string, lang: Lang) => named(ASSISTANCE_CATEGORIES, key, lang);
export const serviceKindName = (key: string, lang: Lang) => named(SERVICE_KINDS, key, lang);
export const responseName = (key: string, lang: Lang) => named(SERVICE_RESPONSES, key, lang);
export const requirementName = (key: string, lang: Lang) => named(STANDARD_REQUIREMENTS, key, lang);
export const programmeKindName = (key: string, lang: Lang) => named(PROGRAMME_KINDS, key, lang);
export const outcomeName = (key: string, lang: Lang) => named(HANDOVER_OUTCOMES, key, lang);
/** A target proof kind by key; a subsidy proof is kept under the office's own name (低保证 …). */
export const proofKindName = (key: string, lang: Lang) => named(TARGET_PROOF_KINDS, key, lang);

/** Category options in the order measure (十一) lists them. */
export const categoryOptions = (lang: Lang, only?: readonly string[]) =>
  ASSISTANCE_CATEGORIES.filter((c) => !only || only.includes(c.key)).map((c) => ({
    value: c.key as string,
    label: lang === 'en' ? c.nameEn : c.name,
  }));

/** The proof kinds for a category: those made for it first, then 其他证明材料. */
export function proofKindsFor(category: string | undefined) {
  return TARGET_PROOF_KINDS.filter(
    (k) => k.key === 'other' || (category && (k.for as readonly string[]).includes(category)),
  ).sort((a, b) => Number(a.key === 'other') - Number(b.key === 'other'));
}

const TARGET_COLORS: Record<TargetStatus, string> = {
  pending_college: 'gold',
  pending_university: 'blue',
  approved: 'success',
  rejected: 'error',
};

export function TargetStatusTag({ status }: { status: TargetStatus }) {
  const { lang } = useI18n();
  const names = TARGET_STATUS_NAMES[status];
  return (
    <Tag color={TARGET_COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {names ? (lang === 'en' ? names.en : names.zh) : status}
    </Tag>
  );
}

const RESPONSE_COLORS: Record<ServiceResponse, string> = {
  pending: 'gold',
  accepted: 'success',
  declined: 'default',
  unreachable: 'warning',
};

export function ResponseTag({ response }: { response: ServiceResponse }) {
  const { lang } = useI18n();
  return (
    <Tag color={RESPONSE_COLORS[response]} data-response={response} style={{ marginInlineEnd: 0 }}>
      {responseName(response, lang)}
    </Tag>
  );
}

const SUBSIDY_COLORS: Record<SubsidyStatus, string> = {
  pending_college: 'gold',
  pending_university: 'gold',
  pending_province: 'blue',
  approved: 'cyan',
  paid: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export const subsidyStatusName = (status: SubsidyStatus, lang: Lang) => {
  const names = SUBSIDY_STATUS_NAMES[status];
  return names ? (lang === 'en' ? names.en : names.zh) : status;
};

export function SubsidyStatusTag({ status }: { status: SubsidyStatus }) {
  const { lang } = useI18n();
  return (
    <Tag color={SUBSIDY_COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {subsidyStatusName(status, lang)}
    </Tag>
  );
}

/** Fen as yuan: 1500 元, 1500.50 元 (the rule's amount is whole yuan as a rule, but not always). */
export function formatYuan(fen: number): string {
  const yuan = fen / 100;
  return Number.isInteger(yuan)
    ? yuan.toLocaleString('en-US')
    : yuan.toLocaleString('en-US', { minimumFractionDigits: 2 });
}
