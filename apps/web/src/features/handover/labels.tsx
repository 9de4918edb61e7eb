import { FOLLOWUP_KINDS, HANDOVER_OUTCOMES, meetsHandoverGoal } from '@jiuye/domain/assistance/handover';
import { Tag } from 'antd';
import { useI18n, type Lang } from '../../lib/i18n';
import type { HandoverItem } from './api';

/** Today in China (the calendar the goal's due date is counted in). */
export const chinaToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

export function outcomeName(key: string, lang: Lang): string {
  const o = HANDOVER_OUTCOMES.find((x) => x.key === key);
  return o ? (lang === 'en' ? o.nameEn : o.name) : key;
}

export function followupKindName(key: string, lang: Lang): string {
  const k = FOLLOWUP_KINDS.find((x) => x.key === key);
  return k ? (lang === 'en' ? k.nameEn : k.name) : key;
}

/**
 * Past the six-month due date with the goal not met, for someone who wants a job (a graduate who
 * said they are not seeking work is not behind).
 */
export function isOverdue(item: HandoverItem, today = chinaToday()): boolean {
  if (meetsHandoverGoal(item.outcome) || item.outcome === 'not_seeking' || item.wantsJob === false)
    return false;
  return item.goalDueOn < today;
}

/** Where the follow-up stands: the outcome once recorded, else contacted or not yet. */
export function HandoverStateTag({ item }: { item: HandoverItem }) {
  const { t, lang } = useI18n();
  if (item.outcome)
    return (
      <Tag color={meetsHandoverGoal(item.outcome) ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>
        {outcomeName(item.outcome, lang)}
      </Tag>
    );
  return item.firstContactOn ? (
    <Tag color="blue" style={{ marginInlineEnd: 0 }}>
      {t('handover.state.contacted')}
    </Tag>
  ) : (
    <Tag color="gold" style={{ marginInlineEnd: 0 }}>
      {t('handover.state.uncontacted')}
    </Tag>
  );
}

/** The goal's due date, in red with 已逾期 when it has passed unmet. */
export function GoalDue({ item }: { item: HandoverItem }) {
  const { t } = useI18n();
  const overdue = isOverdue(item);
  return (
    <span
      data-overdue={overdue || undefined}
      style={overdue ? { color: '#cf1322', fontWeight: 500 } : undefined}
    >
      {item.goalDueOn}
      {overdue && (
        <Tag color="error" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
          {t('handover.overdue')}
        </Tag>
      )}
    </span>
  );
}
