import { AimOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography, theme } from 'antd';
import { useI18n } from '../../../lib/i18n';
import type { Finding } from '../api';
import { contextOf, type AdTexts, type FieldRange } from '../highlight';
import { categoryLabel, FIELD_LABELS } from '../labels';
import { useMarkStyle } from './HighlightedText';
import { SeverityTag } from './Tags';

interface Props {
  finding: Finding;
  /** Where the finding lies in its field, or null for a whole-ad finding (e.g. no salary given). */
  range: FieldRange | null;
  texts: AdTexts;
  /** Selects the excerpt in the form field; left out where there is no form, or the text has changed since. */
  onLocate?: (range: FieldRange) => void;
}

/** One finding: how serious, what kind, the words in context, the law it rests on and how to fix it. */
export function FindingCard({ finding, range, texts, onLocate }: Props) {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  const markStyle = useMarkStyle();
  const context = range ? contextOf(texts[range.field], range) : null;
  const accent = finding.severity === 'block' ? token.colorError : token.colorWarning;
  return (
    <Card
      size="small"
      data-testid="finding"
      data-severity={finding.severity}
      data-rule={finding.ruleId}
      style={{ borderInlineStart: `3px solid ${accent}` }}
      styles={{ body: { padding: 12 } }}
    >
      <Flex justify="space-between" align="flex-start" gap={8}>
        <Flex align="center" wrap gap={4} style={{ minWidth: 0 }}>
          <SeverityTag severity={finding.severity} />
          <Typography.Text strong>{categoryLabel(finding.category, lang, t)}</Typography.Text>
        </Flex>
        {range && onLocate && (
          <Button
            type="link"
            size="small"
            icon={<AimOutlined />}
            style={{ paddingInline: 0, flex: 'none' }}
            onClick={() => onLocate(range)}
          >
            {t('compliance.locate')}
          </Button>
        )}
      </Flex>
      <div style={{ marginTop: 6 }}>
        {context && range ? (
          <Typography.Text>
            <Typography.Text type="secondary">
              {t('common.labelled', { label: t(FIELD_LABELS[range.field]) })}
            </Typography.Text>
            <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {context.before}
              <mark data-testid="finding-excerpt" style={markStyle(finding.severity)}>
                {context.match}
              </mark>
              {context.after}
            </span>
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('compliance.wholeAd')}</Typography.Text>
        )}
      </div>
      <Flex vertical gap={2} style={{ marginTop: 8 }}>
        <Typography.Text>
          <Typography.Text type="secondary">
            {t('common.labelled', { label: t('compliance.suggestion') })}
          </Typography.Text>
          {finding.suggestion}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('common.labelled', { label: t('compliance.basis') })}
          {finding.basis}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
