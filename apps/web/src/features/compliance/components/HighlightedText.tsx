import { theme } from 'antd';
import type { CSSProperties } from 'react';
import { useT } from '../../../lib/i18n';
import type { Severity } from '../api';
import { SEVERITY_LABELS } from '../labels';
import type { Segment } from '../highlight';

/** The colours of a highlighted run, shared by the preview and the finding cards. */
export function useMarkStyle(): (severity: Severity) => CSSProperties {
  const { token } = theme.useToken();
  return (severity) => ({
    background: severity === 'block' ? token.colorErrorBg : token.colorWarningBg,
    borderBottom: `2px solid ${severity === 'block' ? token.colorError : token.colorWarning}`,
    color: 'inherit',
    padding: '0 1px',
    borderRadius: 2,
  });
}

/**
 * Ad text with findings marked. Every run is a React text node, never HTML, so an ad containing
 * `<script>` or markup shows it literally.
 */
export function HighlightedText({ segments, style }: { segments: Segment[]; style?: CSSProperties }) {
  const t = useT();
  const markStyle = useMarkStyle();
  return (
    <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', ...style }}>
      {segments.map((segment, index) =>
        segment.severity ? (
          <mark
            key={index}
            data-severity={segment.severity}
            title={t(SEVERITY_LABELS[segment.severity].label)}
            style={markStyle(segment.severity)}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </span>
  );
}
