import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Collapse, Empty, Flex, Timeline, Typography, theme } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import type { Evidence, Subject, Target, TargetEvent } from '../api';
import { categoryName, TargetStatusTag } from '../labels';
import { applicableCategories, ApplyTargetModal } from './ApplyTargetModal';
import { EvidenceFile } from './EvidenceFile';

/** An event of the identification history as the server records it (an approval by the stage it moved on from). */
function actionLabel(e: TargetEvent): MessageKey | null {
  switch (e.action) {
    case 'identified':
      return 'assistance.event.identified';
    case 'applied':
      return e.status === 'pending_university'
        ? 'assistance.event.appliedOnBehalf'
        : 'assistance.event.applied';
    case 'approved':
      return e.status === 'pending_university'
        ? 'assistance.event.collegeApproved'
        : 'assistance.event.approved';
    case 'rejected':
      return 'assistance.event.rejected';
    default:
      return null;
  }
}

/** What the state of an identification means for the graduate. */
function StateText({ target }: { target: Target }) {
  const { t } = useI18n();
  if (target.status === 'rejected')
    return (
      <Typography.Text type="danger" style={{ overflowWrap: 'anywhere' }} data-testid="target-reason">
        {t('assistance.targets.rejectedReason', { reason: target.decisionReason ?? '' })}
      </Typography.Text>
    );
  if (target.status === 'approved')
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(target.source === 'roster' ? 'assistance.targets.fromRoster' : 'assistance.targets.approvedAt', {
          at: formatDateTime(target.decidedAt ?? target.createdAt),
        })}
      </Typography.Text>
    );
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t('assistance.targets.appliedAt', { at: formatDateTime(target.createdAt) })}
    </Typography.Text>
  );
}

function History({ events }: { events: readonly TargetEvent[] }) {
  const { t, lang } = useI18n();
  return (
    <Timeline
      data-testid="target-history"
      items={events.map((e, i) => ({
        key: i,
        color: e.action === 'rejected' ? 'red' : e.action === 'approved' ? 'green' : 'blue',
        content: (
          <Flex vertical gap={0}>
            <Typography.Text>
              {categoryName(e.category, lang)} · {actionLabel(e) ? t(actionLabel(e)!) : e.action}
            </Typography.Text>
            {e.reason && (
              <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                {e.reason}
              </Typography.Text>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[e.actorName, formatDateTime(e.at)].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  );
}

/**
 * 帮扶对象认定: the categories the graduate holds or applied for, with their state, proof and (when
 * refused) the reason; 申请认定 for another. Staff also read the history of every decision.
 */
export function TargetsCard({
  subject,
  targets,
  evidence,
  events,
}: {
  subject: Subject;
  targets: readonly Target[];
  evidence: readonly Evidence[];
  events?: readonly TargetEvent[];
}) {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  const [applying, setApplying] = useState(false);
  const canApply = applicableCategories(targets).length > 0;
  return (
    <Card
      size="small"
      title={t('assistance.targets.title')}
      data-testid="targets-card"
      extra={
        canApply && (
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => setApplying(true)}
            data-testid="apply-target"
          >
            {t(subject ? 'assistance.targets.applyOnBehalf' : 'assistance.targets.apply')}
          </Button>
        )
      }
    >
      {targets.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(subject ? 'assistance.targets.emptyStaff' : 'assistance.targets.empty')}
        />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('assistance.targets.title')}>
          {targets.map((target) => (
            <li
              key={target.category}
              data-testid="target"
              data-category={target.category}
              style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorSplit}` }}
            >
              <Flex vertical gap={4}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{categoryName(target.category, lang)}</Typography.Text>
                  <TargetStatusTag status={target.status} />
                </Flex>
                <StateText target={target} />
                {target.note && (
                  <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                    {t('assistance.targets.note', { note: target.note })}
                  </Typography.Text>
                )}
                {target.evidence && <EvidenceFile evidence={target.evidence} subject={subject} compact />}
              </Flex>
            </li>
          ))}
        </ul>
      )}
      {events && events.length > 0 && (
        <Collapse
          ghost
          size="small"
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'history',
              label: t('assistance.targets.history', { n: events.length }),
              children: <History events={events} />,
            },
          ]}
        />
      )}
      <ApplyTargetModal
        subject={subject}
        open={applying}
        targets={targets}
        evidence={evidence}
        onClose={() => setApplying(false)}
      />
    </Card>
  );
}
