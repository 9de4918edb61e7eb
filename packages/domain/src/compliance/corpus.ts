import { readdirSync, readFileSync } from 'node:fs';
import { COMPLIANCE_CATEGORIES, type AdChecker, type AdInput, type ComplianceCategory } from './index';

/** One labelled ad of the corpus (packages/domain/corpus/job-ads/*.jsonl). */
export interface CorpusAd extends AdInput {
  id: string;
  labels: ComplianceCategory[];
  note?: string;
}

/** Reads every corpus file; throws on a malformed line, naming file and line. */
export function readCorpus(): CorpusAd[] {
  const dir = new URL('../../corpus/job-ads/', import.meta.url);
  const ads: CorpusAd[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (!line.trim()) return;
      try {
        ads.push(JSON.parse(line) as CorpusAd);
      } catch (error) {
        throw new Error(`${file}:${index + 1}: ${(error as Error).message}`);
      }
    });
  }
  return ads;
}

export interface CategoryScore {
  category: ComplianceCategory;
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface CorpusReport {
  scores: CategoryScore[];
  /** Ads whose flagged categories differ from the labels: what was missed and what was extra. */
  errors: { id: string; missed: ComplianceCategory[]; extra: ComplianceCategory[]; excerpts: string[] }[];
}

/** Precision and recall per category, at ad level (an ad is flagged for a category or not). */
export function evaluateCorpus(checker: AdChecker, ads: CorpusAd[]): CorpusReport {
  const counts = new Map(
    COMPLIANCE_CATEGORIES.map((category) => [category, { tp: 0, fp: 0, fn: 0, support: 0 }]),
  );
  const errors: CorpusReport['errors'] = [];
  for (const ad of ads) {
    const { findings } = checker.check(ad);
    const flagged = new Set(findings.map((finding) => finding.category));
    const labels = new Set(ad.labels);
    const missed: ComplianceCategory[] = [];
    const extra: ComplianceCategory[] = [];
    for (const category of COMPLIANCE_CATEGORIES) {
      const count = counts.get(category)!;
      if (labels.has(category)) count.support++;
      if (labels.has(category) && flagged.has(category)) count.tp++;
      else if (labels.has(category)) {
        count.fn++;
        missed.push(category);
      } else if (flagged.has(category)) {
        count.fp++;
        extra.push(category);
      }
    }
    if (missed.length > 0 || extra.length > 0) {
      const excerpts = findings
        .filter((finding) => extra.includes(finding.category))
        .map((finding) => `${finding.ruleId}:${finding.excerpt}`);
      errors.push({ id: ad.id, missed, extra, excerpts });
    }
  }
  const scores = COMPLIANCE_CATEGORIES.map((category) => {
    const { tp, fp, fn, support } = counts.get(category)!;
    return {
      category,
      support,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    };
  });
  return { scores, errors };
}
