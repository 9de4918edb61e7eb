import { Flex, Tag, Typography } from 'antd';
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
    <ul style={{ paddingInlineStart: 0, margin: 0, listStyle: 'none' }} data-testid="subsidy-bulk-results">
      {result.results.map((r) => {
        const item = byId.get(r.id);
        return (
          <li key={r.id} style={{ padding: '4px 0', overflowWrap: 'anywhere' }}>
            <Flex gap={6} wrap align="center">
              <Typography.Text strong>{item ? `${item.name}（${item.studentNo}）` : r.id}</Typography.Text>
              <Tag color={r.ok ? 'success' : 'error'}>
                {t(r.ok ? 'subsidies.bulkDoneTag' : 'subsidies.bulkRefusedTag')}
              </Tag>
            </Flex>
            {r.message && <Typography.Text type="danger">{r.message}</Typography.Text>}
          </li>
        );
      })}
    </ul>
  );
}
