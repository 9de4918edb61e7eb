import { shanghaiDate } from '@jiuye/domain/dates';
import { Alert, Card, Empty, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { DestinationView, Registration } from '../api';
import { codeLabel, DestinationStatusTag } from '../labels';
import { BlockersAlert } from './BlockersAlert';

/** What the current state means for the graduate, and what (if anything) they should do next. */
function StateNotice({ registration }: { registration: Registration }) {
  const { t } = useI18n();
  switch (registration.status) {
    case 'pending_college':
      return <Typography.Text>{t('destinations.state.pendingCollege')}</Typography.Text>;
    case 'pending_university':
      return <Typography.Text>{t('destinations.state.pendingUniversity')}</Typography.Text>;
    case 'returned':
      return (
        <Alert
          type="error"
          showIcon
          title={t('destinations.state.returned')}
          description={
            <>
              <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="return-reason">
                {t('destinations.returnReason', { reason: registration.returnReason ?? '' })}
              </div>
              <div>{t('destinations.state.returnedHint')}</div>
            </>
          }
        />
      );
    case 'approved':
      return (
        <Alert
          type="success"
          showIcon
          title={t('destinations.state.approved')}
          description={
            <Flex vertical gap={2}>
              <span>
                {t('destinations.verificationNo')}
                <Typography.Text
                  strong
                  copyable
                  style={{ fontFamily: 'monospace', fontSize: 15 }}
                  data-testid="verification-no"
                >
                  {registration.verificationNo}
                </Typography.Text>
              </span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('destinations.approvedAt', { at: formatDateTime(registration.approvedAt) })}
              </Typography.Text>
              <Link to="/my-verification">{t('myVerification.fromDestination')}</Link>
            </Flex>
          }
        />
      );
  }
}

/**
 * The graduate's registration at a glance: its status and what to do next, the deadline, and
 * what still stands in the way of approval. Says so plainly when nothing is registered yet.
 */
export function StatusCard({ view }: { view: DestinationView }) {
  const { t, lang } = useI18n();
  const r = view.registration;
  const deadline = shanghaiDate(new Date(view.deadline));
  return (
    <Card size="small" data-testid="destination-status">
      <Flex vertical gap={12}>
        {r ? (
          <>
            <Flex gap={8} align="center" wrap>
              <DestinationStatusTag status={r.status} />
              <Typography.Text strong style={{ fontSize: 16, overflowWrap: 'anywhere' }}>
                {codeLabel(r.destinationCode, lang)}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('destinations.versionNo', { n: r.version })} ·{' '}
              {t('destinations.updatedAt', { at: formatDateTime(r.updatedAt) })}
            </Typography.Text>
            <StateNotice registration={r} />
          </>
        ) : (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            style={{ margin: 0 }}
            description={
              <Flex vertical gap={4}>
                <Typography.Text strong>{t('destinations.emptyTitle')}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('destinations.emptyHint', { date: deadline })}
                </Typography.Text>
              </Flex>
            }
          />
        )}
        {view.editable ? (
          <Typography.Text type="secondary" data-testid="destination-deadline">
            {t('destinations.deadline', { date: deadline })}
          </Typography.Text>
        ) : (
          <Alert
            type="warning"
            showIcon
            data-testid="destination-closed"
            title={t('destinations.closedTitle', { date: deadline })}
            description={t('destinations.closedHint')}
          />
        )}
        {r && r.status !== 'approved' && (
          <BlockersAlert
            blockers={view.blockers}
            title={t(view.editable ? 'destinations.blockersTitle' : 'destinations.blockersClosedTitle')}
          />
        )}
      </Flex>
    </Card>
  );
}
