import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { ApplicationEvent } from '../api';
import { statusLabel } from '../labels';

/** The history of an application, oldest first: status, when, who, and the note sent with it. */
export function ApplicationTimeline({ events }: { events: readonly ApplicationEvent[] }) {
  const { t, lang } = useI18n();
  const actorText = (e: ApplicationEvent) =>
    e.actor === 'graduate'
      ? t('applications.actor.graduate')
      : (e.actorName ?? t('applications.actor.organisation'));
  return (
    <Timeline
      data-testid="application-timeline"
      items={events.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: i === events.length - 1 ? 'blue' : 'gray',
        content: (
          <div>
            <Typography.Text strong>{statusLabel(e.toStatus, lang)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {formatDateTime(e.at)} · {actorText(e)}
            </Typography.Text>
            {e.note && (
              <Typography.Paragraph
                style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >
                {e.note}
              </Typography.Paragraph>
            )}
          </div>
        ),
      }))}
    />
  );
}
