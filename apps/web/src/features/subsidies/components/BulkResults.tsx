import { Tag } from 'antd';
import { BulkResultList, personLabel } from '../../../components/BulkResults';
import { useI18n } from '../../../lib/i18n';
import type { SubsidyApplication, SubsidyReviewResult } from '../api';

/** Each application of a bulk decision: decided, or refused with the server's reason. */
export function BulkResults({
  result,
  byId,
}: {
  result: SubsidyReviewResult;
  byId: Map<string, SubsidyApplication>;
}) {
  const { t } = useI18n();
  return (
    <BulkResultList
      testId="subsidy-bulk-results"
      rows={result.results.map((r) => ({
        key: r.id,
        who: personLabel(byId.get(r.id), r.id),
        tag: (
          <Tag color={r.ok ? 'success' : 'error'}>
            {t(r.ok ? 'subsidies.bulkDoneTag' : 'subsidies.bulkRefusedTag')}
          </Tag>
        ),
        message: r.message,
      }))}
    />
  );
}
