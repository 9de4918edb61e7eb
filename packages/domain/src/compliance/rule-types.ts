import type { ComplianceCategory, Severity } from './types';

/**
 * The shape of the rule data (rules.ts). A rule is data: adding one never touches the engine.
 * Patterns are JavaScript regular-expression sources matched against the canonical text
 * (normalize.ts: lower case, half-width, simplified, spaces and filler symbols between Chinese
 * characters removed). `{NAME}` expands to a macro of rules.ts. Named groups mean:
 * - `k` the key word: it must be a word of its own per jieba, not part of a longer word
 *   (女 in 子女, 回族 in 宁夏回族自治区), and it is what a permission phrase must cover to cancel
 *   the finding; without `k` the whole match is the key.
 * - `n` a number (Arabic or Chinese, 万/k allowed) that must lie within `number`.
 * - `p` a place: it must be a known region name or a generic word such as 本地, 外地.
 * - `x` trailing context: read for the word check (仅招女老师: 女 belongs to 女老师) but not
 *   reported as part of the finding.
 */
interface RuleBase {
  /** Stable id, `<category>.<name>`. */
  id: string;
  category: ComplianceCategory;
  severity: Severity;
  /** The law or rule the finding rests on, shown to the employer. */
  basis: string;
  /** How to rewrite the ad. */
  suggestion: string;
}

/** Flags each place where a pattern matches. */
export interface PatternRule extends RuleBase {
  kind: 'pattern';
  patterns: string[];
  number?: { min?: number; max?: number };
  place?: boolean;
  /** Applies only when one of these also matches somewhere in the ad. */
  requires?: string[];
  /** Does not apply when one of these matches somewhere in the ad (jobs legally closed to women). */
  unless?: string[];
}

/** Flags an ad in which none of the patterns matches (information the ad must give). */
export interface AbsenceRule extends RuleBase {
  kind: 'absence';
  anyOf: string[];
  /** Also satisfied by structured salary fields, or by any known place name in the text. */
  satisfiedBy?: 'salary' | 'place';
  /** Look only at the body (not the title: a title 客服专员 says nothing of the duties). */
  scope?: 'body';
  /** Also flagged when the body has fewer letters than this (a one-line ad has no duties). */
  minChars?: number;
}

/** Flags structured salaries (yuan per month) no honest employer offers for the role. */
export interface SalaryRule extends RuleBase {
  kind: 'salary';
  /** The rule looks at ads whose title matches one of these (all ads when absent). */
  titles?: string[];
  /** Flags when the top of the range (or the bottom when only that is given) reaches this. */
  atLeast: number;
}

export type Rule = PatternRule | AbsenceRule | SalaryRule;

/** Everything the engine needs: macros, permission phrases per category, and the rules. */
export interface RuleSet {
  macros: Record<string, string>;
  /** Phrases that make a key word lawful (男女不限, 无需缴纳任何费用, 宁夏回族自治区 …). */
  allow: Partial<Record<ComplianceCategory, string[]>>;
  rules: Rule[];
}
