import { CATEGORY_LABELS } from '@jiuye/domain/compliance/categories';
import type { Lang, MessageKey, Translate } from '../../lib/i18n';
import type { AdField, Decision, PostingStatus, ReportStatus, ReviewStatus, Severity, Verdict } from './api';

type Labelled = { label: MessageKey; color: string };

export const VERDICT_LABELS: Record<Verdict, Labelled> = {
  pass: { label: 'compliance.verdict.pass', color: 'green' },
  warn: { label: 'compliance.verdict.warn', color: 'gold' },
  block: { label: 'compliance.verdict.block', color: 'red' },
};

export const SEVERITY_LABELS: Record<Severity, Labelled> = {
  block: { label: 'compliance.severity.block', color: 'red' },
  warn: { label: 'compliance.severity.warn', color: 'orange' },
};

export const POSTING_STATUS_LABELS: Record<PostingStatus, Labelled> = {
  draft: { label: 'jobs.status.draft', color: 'default' },
  published: { label: 'jobs.status.published', color: 'blue' },
  closed: { label: 'jobs.status.closed', color: 'default' },
  expired: { label: 'jobs.status.expired', color: 'orange' },
  taken_down: { label: 'jobs.status.taken_down', color: 'red' },
};

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, Labelled> = {
  none: { label: 'jobs.review.none', color: 'default' },
  pending: { label: 'jobs.review.pending', color: 'processing' },
  cleared: { label: 'jobs.review.cleared', color: 'green' },
  taken_down: { label: 'jobs.review.taken_down', color: 'red' },
};

export const DECISION_LABELS: Record<Decision, Labelled> = {
  clear: { label: 'review.decision.clear', color: 'green' },
  take_down: { label: 'review.decision.take_down', color: 'red' },
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, Labelled> = {
  open: { label: 'review.reportStatus.open', color: 'processing' },
  upheld: { label: 'review.reportStatus.upheld', color: 'red' },
  dismissed: { label: 'review.reportStatus.dismissed', color: 'default' },
};

export const FIELD_LABELS: Record<AdField, MessageKey> = {
  title: 'jobs.field.title',
  description: 'jobs.field.description',
  requirements: 'jobs.field.requirements',
};

/** A finding or report category in the UI language; `other` (reports only) is not a rule category. */
export function categoryLabel(category: string, lang: Lang, t: Translate): string {
  if (category === 'other') return t('report.category.other');
  const labels = (CATEGORY_LABELS as Record<string, { zh: string; en: string } | undefined>)[category];
  if (!labels) return category;
  return lang === 'en' ? labels.en : labels.zh;
}
