import { Alert, Button, Card, Empty, Flex, Typography, theme } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { Lookup, OwnDispute } from '../api';
import { DisputeStatusTag } from '../labels';

function DisputeItem({ dispute, lookup }: { dispute: OwnDispute; lookup: Lookup | undefined }) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const subject =
    dispute.logId === null
      ? t('myVerification.disputes.aboutRecord')
      : lookup
        ? t('myVerification.disputes.aboutLookup', {
            at: formatDateTime(lookup.at),
            verifier: lookup.verifier ?? t('myVerification.logs.noVerifier'),
          })
        : // The lookup is older than the latest 100 the page lists.
          t('myVerification.disputes.aboutOldLookup');
  return (
    <li style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorSplit}` }} data-testid="my-dispute">
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap>
          <DisputeStatusTag status={dispute.status} />
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
            {subject}
          </Typography.Text>
        </Flex>
        <Typography.Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {dispute.reason}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('myVerification.disputes.raisedAt', { at: formatDateTime(dispute.createdAt) })}
        </Typography.Text>
        {dispute.status !== 'open' && (
          <Alert
            type={dispute.status === 'upheld' ? 'success' : 'info'}
            title={t('myVerification.disputes.decision', { at: formatDateTime(dispute.decidedAt) })}
            description={
              <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="decision-note">
                {dispute.decisionNote}
              </span>
            }
          />
        )}
      </Flex>
    </li>
  );
}

/** The graduate's 存疑 and what the university decided, with a way to doubt the record itself. */
export function MyDisputesCard({
  disputes,
  logs,
  onDisputeRecord,
}: {
  disputes: OwnDispute[];
  logs: Lookup[];
  /** Null while there is no approved record (no verification number) to doubt. */
  onDisputeRecord: (() => void) | null;
}) {
  const { t } = useI18n();
  const byId = new Map(logs.map((log) => [log.id, log]));
  return (
    <Card
      size="small"
      title={t('myVerification.disputes.title')}
      extra={
        onDisputeRecord && (
          <Button size="small" onClick={onDisputeRecord} data-testid="dispute-record">
            {t('myVerification.disputes.raiseRecord')}
          </Button>
        )
      }
      data-testid="my-disputes"
    >
      {disputes.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myVerification.disputes.empty')} />
      ) : (
        <ul
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
          aria-label={t('myVerification.disputes.title')}
        >
          {disputes.map((d) => (
            <DisputeItem key={d.id} dispute={d} lookup={d.logId === null ? undefined : byId.get(d.logId)} />
          ))}
        </ul>
      )}
    </Card>
  );
}
