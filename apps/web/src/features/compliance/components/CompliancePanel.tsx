import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Card, Divider, Flex, Spin, Typography } from 'antd';
import { ErrorAlert } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useComplianceCheck, type AdField, type AdInput, type CheckResult } from '../api';
import type { AdTexts, FieldRange } from '../highlight';
import { AdPreview } from './AdPreview';
import { FindingList } from './FindingList';
import { VerdictTag } from './Tags';

function textsOf(input: AdInput): AdTexts {
  return { title: input.title, description: input.description, requirements: input.requirements ?? '' };
}

/** The one-line summary above the findings, in the words an employer acts on. */
export function VerdictSummary({ result }: { result: Pick<CheckResult, 'verdict' | 'findings'> }) {
  const t = useT();
  const blocks = result.findings.filter((finding) => finding.severity === 'block').length;
  const warns = result.findings.length - blocks;
  switch (result.verdict) {
    case 'pass':
      return <Alert type="success" showIcon title={t('compliance.summary.pass')} />;
    case 'warn':
      return <Alert type="warning" showIcon title={t('compliance.summary.warn', { n: warns })} />;
    case 'block':
      return (
        <Alert
          type="error"
          showIcon
          title={t('compliance.summary.block', { n: blocks })}
          description={warns > 0 ? t('compliance.summary.alsoWarn', { n: warns }) : undefined}
        />
      );
  }
}

interface Props {
  /** What to check (already debounced), or null while the form is still empty. */
  input: AdInput | null;
  /** True while the form differs from `input`: the typing pause has not elapsed yet. */
  typing: boolean;
  /** The form's current texts; "locate" is offered only for fields unchanged since the check. */
  current: AdTexts;
  onLocate: (range: FieldRange) => void;
}

/**
 * Live fair-employment check beside the posting form (measure 十九): the verdict, one card per finding
 * and the text with the findings marked, updated as the employer types.
 */
export function CompliancePanel({ input, typing, current, onLocate }: Props) {
  const t = useT();
  const { data, error, isFetching, refetch } = useComplianceCheck(input);
  const busy = input !== null && (typing || isFetching);
  const texts = data ? textsOf(data.input) : null;
  const unchanged = (field: AdField) => texts !== null && texts[field] === current[field];

  return (
    <Card
      data-testid="compliance-panel"
      size="small"
      title={
        <Flex align="center" gap={8}>
          <SafetyCertificateOutlined />
          <span>{t('compliance.panelTitle')}</span>
        </Flex>
      }
      extra={
        <Flex align="center" gap={6} aria-live="polite">
          {busy && <Spin size="small" />}
          {busy ? (
            <Typography.Text type="secondary">{t('compliance.checking')}</Typography.Text>
          ) : (
            data && input && <VerdictTag verdict={data.result.verdict} />
          )}
        </Flex>
      }
    >
      {input === null ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('compliance.idle')}
        </Typography.Paragraph>
      ) : (
        <Flex vertical gap={12}>
          {error && !isFetching && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          {!data && !error && (
            <Flex justify="center" style={{ padding: 24 }}>
              <Spin />
            </Flex>
          )}
          {data && texts && (
            <div aria-busy={busy} style={{ opacity: busy ? 0.6 : 1, transition: 'opacity 0.2s' }}>
              <Flex vertical gap={12}>
                <div aria-live="polite">
                  <VerdictSummary result={data.result} />
                </div>
                {data.result.findings.length > 0 && (
                  <FindingList
                    findings={data.result.findings}
                    spans={data.result.fields}
                    texts={texts}
                    onLocate={onLocate}
                    locatable={(range) => unchanged(range.field)}
                  />
                )}
                <Divider plain style={{ margin: '4px 0' }}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('compliance.preview')}
                  </Typography.Text>
                </Divider>
                <AdPreview
                  texts={texts}
                  findings={data.result.findings}
                  spans={data.result.fields}
                  maxHeight={260}
                />
              </Flex>
            </div>
          )}
        </Flex>
      )}
    </Card>
  );
}
