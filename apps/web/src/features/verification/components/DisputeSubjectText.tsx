import { Flex, Typography } from 'antd';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { Dispute } from '../api';
import { OutcomeTag } from '../labels';

/** What a 存疑 is about: a lookup (who, when, how it ended) or the graduate's record itself. */
export function DisputeSubjectText({ dispute }: { dispute: Dispute }) {
  const { t } = useI18n();
  const lookup = dispute.lookup;
  if (!lookup) return <Typography.Text>{t('disputes.aboutRecord')}</Typography.Text>;
  return (
    <Flex gap={6} align="center" wrap>
      <Typography.Text style={{ overflowWrap: 'anywhere' }}>
        {t('disputes.aboutLookup', {
          at: formatDateTime(lookup.at),
          verifier: lookup.verifier ?? t('myVerification.logs.noVerifier'),
        })}
      </Typography.Text>
      <OutcomeTag outcome={lookup.outcome} />
    </Flex>
  );
}
