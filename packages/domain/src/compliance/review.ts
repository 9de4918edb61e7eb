import { COMPLIANCE_CATEGORIES, type ComplianceCategory } from './types';

/** What a graduate may report a job ad for: a rule category, or anything else. */
export const REPORT_CATEGORIES = [
  ...COMPLIANCE_CATEGORIES.filter((c) => c !== 'missing_info'),
  'other',
] as const;
export type ReportCategory = Exclude<ComplianceCategory, 'missing_info'> | 'other';

/**
 * An organisation is a repeat offender when this many of its ads were refused at publication or
 * taken down by an official within the window: one mistake is a mistake, three are a pattern.
 */
export const REPEAT_OFFENDER = { postings: 3, days: 365 } as const;

/** Length limits of the review texts (characters). */
export const REVIEW_LIMITS = { reasonMin: 5, reasonMax: 1000, evidenceMax: 2000 } as const;
