import { Flex, Typography, theme } from 'antd';
import { useT } from '../../../lib/i18n';
import type { AdField, FieldSpan, Finding } from '../api';
import { fieldRange, segments, type AdTexts } from '../highlight';
import { FIELD_LABELS } from '../labels';
import { HighlightedText } from './HighlightedText';

const FIELDS: readonly AdField[] = ['title', 'description', 'requirements'];

/** The ad's fields as read-only text with every finding marked where it occurs. */
export function AdPreview({
  texts,
  findings,
  spans,
  maxHeight,
}: {
  texts: AdTexts;
  findings: readonly Finding[];
  spans: readonly FieldSpan[];
  /** Caps long descriptions inside a side panel; the review page shows the whole ad. */
  maxHeight?: number;
}) {
  const t = useT();
  const { token } = theme.useToken();
  const ranges = findings.flatMap((finding) => fieldRange(finding, spans, texts) ?? []);
  return (
    <Flex vertical gap={8} data-testid="ad-preview">
      {FIELDS.filter((field) => field !== 'requirements' || texts.requirements).map((field) => (
        <section key={field}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(FIELD_LABELS[field])}
          </Typography.Text>
          <div
            data-field={field}
            style={{
              background: token.colorFillQuaternary,
              borderRadius: token.borderRadius,
              padding: '6px 10px',
              maxHeight: field === 'title' ? undefined : maxHeight,
              overflowY: maxHeight ? 'auto' : undefined,
              fontWeight: field === 'title' ? 600 : undefined,
            }}
          >
            {texts[field] ? (
              <HighlightedText
                segments={segments(
                  texts[field],
                  ranges.filter((range) => range.field === field),
                )}
              />
            ) : (
              <Typography.Text type="secondary">{t('compliance.emptyField')}</Typography.Text>
            )}
          </div>
        </section>
      ))}
    </Flex>
  );
}
