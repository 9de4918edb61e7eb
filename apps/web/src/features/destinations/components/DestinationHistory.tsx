import { ROLES, type Role } from '@jiuye/domain/roles';
import { Collapse, Empty, Flex, Tabs, Tag, Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { roleLabel } from '../../auth/roles';
import type { DestinationAction, DestinationEvent, DestinationVersion } from '../api';
import { codeLabel } from '../labels';
import { RegistrationDetails } from './RegistrationDetails';

const ACTIONS: Record<DestinationAction, { label: MessageKey; color: string; reason?: MessageKey }> = {
  registered: { label: 'destinations.action.registered', color: 'blue' },
  edited: { label: 'destinations.action.edited', color: 'blue', reason: 'destinations.changeReason' },
  college_approved: { label: 'destinations.action.college_approved', color: 'green' },
  approved: { label: 'destinations.action.approved', color: 'green' },
  returned: { label: 'destinations.action.returned', color: 'red', reason: 'destinations.returnReason' },
  evidence_added: { label: 'destinations.action.evidence_added', color: 'gray' },
  evidence_removed: { label: 'destinations.action.evidence_removed', color: 'gray' },
};

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** What happened to the registration, oldest first: who did it, when, and why. */
function EventTimeline({ events }: { events: readonly DestinationEvent[] }) {
  const { t, lang } = useI18n();
  if (events.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('destinations.history.noEvents')} />;
  return (
    <Timeline
      data-testid="destination-timeline"
      items={events.map((e) => {
        const action = ACTIONS[e.action];
        const who = [isRole(e.actorRole) ? roleLabel(e.actorRole, lang) : e.actorRole, e.actorName]
          .filter(Boolean)
          .join(' · ');
        return {
          key: e.id,
          color: action.color,
          content: (
            <div>
              <Typography.Text strong>{t(action.label)}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                {t('destinations.versionNo', { n: e.version })}
              </Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(e.at)} · {who}
                </Typography.Text>
              </div>
              {e.reason && (
                <Typography.Paragraph
                  style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                >
                  {action.reason ? t(action.reason, { reason: e.reason }) : e.reason}
                </Typography.Paragraph>
              )}
            </div>
          ),
        };
      })}
    />
  );
}

/** Every saved version, newest first, each with what it said and who saved it. */
function VersionList({ versions }: { versions: readonly DestinationVersion[] }) {
  const { t, lang } = useI18n();
  if (versions.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('destinations.history.noVersions')} />;
  return (
    <Collapse
      size="small"
      data-testid="destination-versions"
      items={versions.map((v) => ({
        key: v.version,
        label: (
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
              {t('destinations.versionNo', { n: v.version })} · {codeLabel(v.destinationCode, lang)}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDateTime(v.createdAt)}
              {v.createdBy ? ` · ${v.createdBy}` : ''}
            </Typography.Text>
          </Flex>
        ),
        extra: (
          <Tag color={v.source === 'university' ? 'purple' : undefined} style={{ marginInlineEnd: 0 }}>
            {t(v.source === 'university' ? 'destinations.source.university' : 'destinations.source.graduate')}
          </Tag>
        ),
        children: (
          <>
            <RegistrationDetails code={v.destinationCode} details={v.details} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('destinations.history.evidenceAtSave', { n: v.evidenceIds.length })}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}

/** 处理记录 and 历史版本 of a registration, side by side in tabs. */
export function DestinationHistory({
  events,
  versions,
}: {
  events: readonly DestinationEvent[];
  versions: readonly DestinationVersion[];
}) {
  const { t } = useI18n();
  return (
    <Tabs
      size="small"
      items={[
        {
          key: 'events',
          label: t('destinations.history.events', { n: events.length }),
          children: <EventTimeline events={events} />,
        },
        {
          key: 'versions',
          label: t('destinations.history.versions', { n: versions.length }),
          children: <VersionList versions={versions} />,
        },
      ]}
    />
  );
}
