/** Finding categories of the ad check (ids are a public contract: tests, CLI and API use them). */
export const COMPLIANCE_CATEGORIES = [
  'gender',
  'marriage_childbirth',
  'ethnicity_religion',
  'disability',
  'health',
  'hukou_region',
  'school_tier',
  'age',
  'appearance',
  'personal_info',
  'fee',
  'training_loan',
  'paid_referral',
  'fake_parttime',
  'document_withholding',
  'pyramid_scheme',
  'offplatform_contact',
  'unrealistic_pay',
  'missing_info',
] as const;
export type ComplianceCategory = (typeof COMPLIANCE_CATEGORIES)[number];

export type Severity = 'block' | 'warn';
export type Verdict = 'pass' | 'warn' | 'block';

/** The ad fields the checker reads; salaries in yuan per month. */
export interface AdInput {
  title: string;
  description: string;
  requirements?: string | null;
  salaryMin?: number | null;
  salaryMax?: number | null;
  /** Work places given as structured fields (a posting's regions): the text need not name them. */
  hasPlace?: boolean;
}

/** Which part of the composed text a finding lies in. */
export type AdField = 'title' | 'description' | 'requirements';

/** One problem found in an ad: offsets are UTF-16 indices into the checked text, end exclusive. */
export interface Finding {
  ruleId: string;
  category: ComplianceCategory;
  severity: Severity;
  start: number;
  end: number;
  excerpt: string;
  basis: string;
  suggestion: string;
  field: AdField;
}

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
}
