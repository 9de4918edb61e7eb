import { composeAdText } from '@jiuye/domain/compliance/compose';
import type { AdField, FieldSpan, Finding, Severity } from './api';

/** Where a finding lies inside one field's own text (UTF-16 offsets, end exclusive). */
export interface FieldRange {
  field: AdField;
  start: number;
  end: number;
  severity: Severity;
}

/** A run of a field's text, highlighted when at least one finding covers it. */
export interface Segment {
  text: string;
  /** The strongest severity covering the run; absent for plain text. */
  severity?: Severity;
}

/** The texts an ad is made of, keyed by field (requirements may be absent). */
export type AdTexts = Record<AdField, string>;

/** Field spans as the server would compute them, for stored postings whose response carries none. */
export function spansOf(ad: {
  title: string;
  description: string;
  requirements?: string | null;
}): FieldSpan[] {
  return composeAdText({ title: ad.title, description: ad.description, requirements: ad.requirements })
    .fields;
}

/**
 * Maps a finding from composed-text offsets to its field. Whole-ad findings (start = end, e.g. missing
 * salary) and offsets that do not fit the text (a stale result) give null: they have nothing to mark.
 */
export function fieldRange(finding: Finding, spans: readonly FieldSpan[], texts: AdTexts): FieldRange | null {
  if (finding.end <= finding.start) return null;
  const span = spans.find((candidate) => candidate.field === finding.field);
  if (!span) return null;
  const start = finding.start - span.start;
  const end = finding.end - span.start;
  if (start < 0 || end > texts[finding.field].length) return null;
  return { field: finding.field, start, end, severity: finding.severity };
}

/**
 * Splits a text into plain and highlighted runs. Overlapping findings merge; where a blocking and a
 * warning finding overlap the run shows as blocking, the one that decides whether the ad may go out.
 */
export function segments(
  text: string,
  ranges: readonly Pick<FieldRange, 'start' | 'end' | 'severity'>[],
): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const range of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, range.start)));
    cuts.add(Math.max(0, Math.min(text.length, range.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const result: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    if (to <= from) continue;
    const covering = ranges.filter((range) => range.start <= from && range.end >= to);
    const severity =
      covering.length === 0 ? undefined : covering.some((r) => r.severity === 'block') ? 'block' : 'warn';
    const last = result[result.length - 1];
    // Adjacent runs of the same kind are joined so a reader's screen reader hears one phrase, not fragments.
    if (last && last.severity === severity) last.text += text.slice(from, to);
    else result.push({ text: text.slice(from, to), severity });
  }
  return result;
}

/** How many characters of context a finding card shows on each side of the excerpt. */
const CONTEXT = 24;

/** The excerpt with a little surrounding text, cut at line breaks, for a finding card. */
export function contextOf(
  text: string,
  range: Pick<FieldRange, 'start' | 'end'>,
): {
  before: string;
  match: string;
  after: string;
} {
  let from = Math.max(0, range.start - CONTEXT);
  let to = Math.min(text.length, range.end + CONTEXT);
  const lineStart = text.lastIndexOf('\n', range.start - 1);
  if (lineStart >= from) from = lineStart + 1;
  const lineEnd = text.indexOf('\n', range.end);
  if (lineEnd >= 0 && lineEnd < to) to = lineEnd;
  return {
    before: (from > 0 && from !== lineStart + 1 ? '…' : '') + text.slice(from, range.start),
    match: text.slice(range.start, range.end),
    after: text.slice(range.end, to) + (to < text.length && to !== lineEnd ? '…' : ''),
  };
}
