import { Flex } from 'antd';
import type { FieldSpan, Finding } from '../api';
import { fieldRange, type AdTexts, type FieldRange } from '../highlight';
import { FindingCard } from './FindingCard';

/** Blocking findings first (they decide whether the ad may go out), then in reading order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1) || a.start - b.start,
  );
}

/** The findings of one ad as cards. */
export function FindingList({
  findings,
  spans,
  texts,
  onLocate,
  locatable = () => true,
}: {
  findings: readonly Finding[];
  spans: readonly FieldSpan[];
  texts: AdTexts;
  onLocate?: (range: FieldRange) => void;
  /** Whether a range still points at the same words in the form (not after further typing). */
  locatable?: (range: FieldRange) => boolean;
}) {
  return (
    <Flex vertical gap={8} role="list">
      {sortFindings(findings).map((finding, index) => {
        const range = fieldRange(finding, spans, texts);
        return (
          <div role="listitem" key={`${finding.ruleId}-${finding.start}-${index}`}>
            <FindingCard
              finding={finding}
              range={range}
              texts={texts}
              onLocate={range && locatable(range) ? onLocate : undefined}
            />
          </div>
        );
      })}
    </Flex>
  );
}
