import { Button, Card, Empty, Flex, Pagination, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { Lookup } from '../api';
import { OutcomeTag } from '../labels';

const PAGE = 10;

/**
 * 查询反馈: who looked the graduate's record up and when, with the outcome (also tries with the
 * number and a wrong name). A lookup can be doubted unless a 存疑 about it is still open.
 */
export function LookupsCard({
  logs,
  openDisputeLogIds,
  onDispute,
}: {
  logs: Lookup[];
  openDisputeLogIds: ReadonlySet<number>;
  onDispute: (lookup: Lookup) => void;
}) {
  const { t } = useI18n();
  const { token } = theme.useToken();
  const [page, setPage] = useState(1);
  const shown = logs.slice((page - 1) * PAGE, page * PAGE);
  return (
    <Card size="small" title={t('myVerification.logs.title')} data-testid="lookups">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('myVerification.logs.hint')}
      </Typography.Paragraph>
      {logs.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('myVerification.logs.empty')} />
      ) : (
        <>
          <ul
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
            aria-label={t('myVerification.logs.title')}
          >
            {shown.map((log) => (
              <li
                key={log.id}
                style={{ padding: '8px 0', borderBottom: `1px solid ${token.colorSplit}` }}
                data-testid="lookup"
              >
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Flex vertical gap={2} style={{ minWidth: 0 }}>
                    <Flex gap={8} align="center" wrap>
                      <OutcomeTag outcome={log.outcome} />
                      <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                        {log.verifier ?? (
                          <Typography.Text type="secondary">
                            {t('myVerification.logs.noVerifier')}
                          </Typography.Text>
                        )}
                      </Typography.Text>
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(log.at)}
                    </Typography.Text>
                  </Flex>
                  {openDisputeLogIds.has(log.id) ? (
                    <Tag>{t('myVerification.logs.disputed')}</Tag>
                  ) : (
                    <Button size="small" onClick={() => onDispute(log)} data-testid="dispute-lookup">
                      {t('myVerification.logs.dispute')}
                    </Button>
                  )}
                </Flex>
              </li>
            ))}
          </ul>
          {logs.length > PAGE && (
            <Pagination
              size="small"
              align="center"
              style={{ marginTop: 12 }}
              current={page}
              pageSize={PAGE}
              total={logs.length}
              onChange={setPage}
            />
          )}
        </>
      )}
    </Card>
  );
}
