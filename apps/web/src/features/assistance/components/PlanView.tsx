import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { shanghaiDate } from '@jiuye/domain/dates';
import { Empty, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { Plan, PlanAction } from '../api';

/** One action: done (when), overdue, or due. */
function ActionRow({ action, today, extra }: { action: PlanAction; today: string; extra?: ReactNode }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const overdue = !action.doneOn && action.dueOn < today;
  return (
    <li
      data-testid="plan-action"
      data-done={action.doneOn ? 'true' : 'false'}
      style={{ padding: '8px 0', borderBottom: `1px solid ${token.colorSplit}` }}
    >
      <Flex gap={8} align="flex-start">
        {action.doneOn ? (
          <CheckCircleFilled style={{ color: token.colorSuccess, marginTop: 4 }} />
        ) : overdue ? (
          <ExclamationCircleOutlined style={{ color: token.colorError, marginTop: 4 }} />
        ) : (
          <ClockCircleOutlined style={{ color: token.colorTextSecondary, marginTop: 4 }} />
        )}
        <Flex vertical gap={0} style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text delete={!!action.doneOn} style={{ overflowWrap: 'anywhere' }}>
            {action.title}
          </Typography.Text>
          <Typography.Text type={overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
            {action.doneOn
              ? t('assistance.plan.doneOn', { date: action.doneOn })
              : t(overdue ? 'assistance.plan.overdue' : 'assistance.plan.dueOn', { date: action.dueOn })}
          </Typography.Text>
        </Flex>
        {extra}
      </Flex>
    </li>
  );
}

/**
 * 一人一策 as written: goals, the counsellor in charge and the actions with their due and done
 * days. `actionExtra` puts a control (a staff member's 标记完成) on an open action.
 */
export function PlanView({
  plan,
  emptyText,
  actionExtra,
}: {
  plan: Plan | null;
  emptyText: string;
  actionExtra?: (action: PlanAction, index: number) => ReactNode;
}) {
  const { t } = useI18n();
  const today = shanghaiDate(new Date());
  if (!plan) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <Flex vertical gap={12} data-testid="plan-view">
      <div>
        <Typography.Text type="secondary">{t('assistance.plan.goals')}</Typography.Text>
        <Typography.Paragraph
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}
          data-testid="plan-goals"
        >
          {plan.goals}
        </Typography.Paragraph>
      </div>
      <Typography.Text>
        <Typography.Text type="secondary">{t('assistance.plan.counsellor')}</Typography.Text>
        {plan.counsellor?.name ?? t('assistance.plan.noCounsellor')}
      </Typography.Text>
      <div>
        <Typography.Text type="secondary">
          {t('assistance.plan.actionsCount', {
            done: plan.actions.filter((a) => a.doneOn).length,
            n: plan.actions.length,
          })}
        </Typography.Text>
        {plan.actions.length === 0 ? (
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('assistance.plan.noActions')}
          </Typography.Paragraph>
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('assistance.plan.actions')}>
            {plan.actions.map((action, index) => (
              <ActionRow
                key={action.id}
                action={action}
                today={today}
                extra={!action.doneOn && actionExtra?.(action, index)}
              />
            ))}
          </ul>
        )}
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('assistance.plan.updatedAt', { at: formatDateTime(plan.updatedAt) })}
      </Typography.Text>
    </Flex>
  );
}
