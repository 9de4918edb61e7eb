import { describe, expect, it } from 'vitest';
import { COMPLIANCE_CATEGORIES, RULES } from '../src/compliance/index';
import { getAdChecker } from '../src/compliance/segmenter';
import { evaluateCorpus, readCorpus } from '../src/compliance/corpus';

const ads = readCorpus();
const BLOCKING = new Set(
  RULES.rules.filter((rule) => rule.severity === 'block').map((rule) => rule.category),
);

describe('labelled corpus of job ads', () => {
  it('is large and covers every category, negations and clean ads', () => {
    expect(ads.length).toBeGreaterThanOrEqual(300);
    expect(new Set(ads.map((ad) => ad.id)).size).toBe(ads.length);
    for (const category of COMPLIANCE_CATEGORIES) {
      expect(ads.filter((ad) => ad.labels.includes(category)).length, category).toBeGreaterThanOrEqual(10);
    }
    expect(ads.filter((ad) => ad.labels.length === 0).length).toBeGreaterThanOrEqual(100);
    for (const ad of ads)
      for (const label of ad.labels) expect(COMPLIANCE_CATEGORIES, ad.id).toContain(label);
  });

  it('is checked with precision and recall ≥ 0.95 for every blocking category', () => {
    const report = evaluateCorpus(getAdChecker(), ads);
    const table = report.scores.map(
      (s) =>
        `${s.category.padEnd(21)} n=${String(s.support).padStart(3)}  P=${s.precision.toFixed(3)}  R=${s.recall.toFixed(3)}`,
    );
    console.log(`corpus: ${ads.length} ads\n${table.join('\n')}`);
    const failing = report.scores.filter(
      (s) => BLOCKING.has(s.category) && (s.precision < 0.95 || s.recall < 0.95),
    );
    const detail = report.errors.map(
      (e) => `${e.id}: missed ${e.missed.join(',')} extra ${e.extra.join(',')} ${e.excerpts.join(' ')}`,
    );
    expect(
      failing.map((s) => s.category),
      detail.join('\n'),
    ).toEqual([]);
  });
});
