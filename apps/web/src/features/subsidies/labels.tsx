import {
  SUBSIDY_STATUS_NAMES,
  subsidyStageOf,
  type SubsidyStage,
  type SubsidyStatus,
} from '@jiuye/domain/assistance/subsidy';
import { ASSISTANCE_CATEGORIES } from '@jiuye/domain/reference/assistance-categories';
import { PROVINCES } from '@jiuye/domain/reference/provinces';
import type { Role } from '@jiuye/domain/roles';
import { Tag } from 'antd';
import { useI18n, type Lang } from '../../lib/i18n';

const STATUS_COLORS: Record<SubsidyStatus, string> = {
  pending_college: 'gold',
  pending_university: 'blue',
  pending_province: 'purple',
  approved: 'cyan',
  paid: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export const subsidyStatusName = (status: SubsidyStatus, lang: Lang) =>
  SUBSIDY_STATUS_NAMES[status][lang === 'en' ? 'en' : 'zh'];

export function SubsidyStatusTag({ status }: { status: SubsidyStatus }) {
  const { lang } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {subsidyStatusName(status, lang)}
    </Tag>
  );
}

/** An assistance category's name from reference data (the key when unknown). */
export function categoryName(key: string, lang: Lang): string {
  const c = ASSISTANCE_CATEGORIES.find((x) => x.key === key);
  return c ? (lang === 'en' ? c.nameEn : c.name) : key;
}

export function provinceName(code: string, lang: Lang): string {
  const p = PROVINCES.find((x) => x.code === code);
  return p ? (lang === 'en' ? p.nameEn : p.name) : code;
}

/** Fen as yuan for people: "1,500 元" / "¥1,500", with cents only when there are any. */
export function formatYuan(fen: number, lang: Lang): string {
  const yuan = fen / 100;
  const text = yuan.toLocaleString('en-US', {
    minimumFractionDigits: fen % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  });
  return lang === 'en' ? `¥${text}` : `${text} 元`;
}

/** Yuan typed in a form (up to two decimals) as integer fen. */
export const yuanToFen = (yuan: number) => Math.round(yuan * 100);

/**
 * The stage a reviewing role decides (the server's subsidies policy): counsellors the college's,
 * the career centre the university's, HR&SS the province's. Used only to offer what can work.
 */
export function reviewStageOf(role: Role): SubsidyStage | null {
  if (role === 'counsellor') return 'college';
  if (role === 'career_centre') return 'university';
  if (role === 'hrss_official') return 'province';
  return null;
}

/** Whether an application waits at the role's stage. */
export const waitsFor = (status: SubsidyStatus, role: Role) =>
  subsidyStageOf(status) !== null && subsidyStageOf(status) === reviewStageOf(role);
