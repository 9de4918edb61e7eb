import { composeAdText, fieldAt } from './compose';
import { normalizeAdText, originalSpan, type NormalizedText } from './normalize';
import { parseAdNumber } from './numbers';
import type { PatternRule, Rule, RuleSet } from './rule-types';
import type { AdInput, CheckResult, ComplianceCategory, Finding, Verdict } from './types';

/** Splits text into words; jieba in production (segmenter.ts). Concatenated, the words are the text. */
export type Segmenter = (text: string) => string[];

export interface CheckerOptions {
  rules: RuleSet;
  segment: Segmenter;
  /** Region names (full and short: 湖北省, 湖北, 恩施土家族苗族自治州, 恩施). */
  places: ReadonlySet<string>;
}

/** Checks job ads; build once (compiling the rules), then call for each ad. */
export interface AdChecker {
  check(ad: AdInput): CheckResult;
}

// Words that stand for "a place" in 户籍/地域 limits without naming one.
const GENERIC_PLACES = new Set(
  (
    '本地 本市 本省 本区 本县 当地 本地区 外地 外省 外来 农村 城镇 乡下 省内 市内 本土 本镇 本乡 周边 附近 ' +
    '东北 西北 西南 华南 华北 华东 华中 南方 北方 东北三省 江浙沪 两广 南疆 北疆 偏远地区 少数民族地区'
  ).split(' '),
);
const LETTER = /[\p{L}\p{N}]/u;

interface CompiledPatternRule {
  rule: PatternRule;
  patterns: RegExp[];
  requires: RegExp[];
  unless: RegExp[];
}

function expandMacros(source: string, macros: Record<string, string>): string {
  return source.replace(/\{([A-Z_]+)\}/g, (whole, name: string) => {
    const macro = macros[name];
    if (macro === undefined) throw new Error(`规则引用了未定义的宏 {${name}}`);
    return `(?:${expandMacros(macro, macros)})`;
  });
}

// `d` gives the offsets of the key word; matches are rare, so its cost does not show.
function compile(source: string, macros: Record<string, string>): RegExp {
  return new RegExp(expandMacros(source, macros), 'dg');
}

function anyMatch(patterns: RegExp[], text: string): boolean {
  return patterns.some((regex) => {
    regex.lastIndex = 0;
    return regex.test(text);
  });
}

// Where jieba may cut: it segments each run between these characters on its own, so cutting
// just the clause around a key word gives the same words as cutting the whole ad, much faster.
const CLAUSE_BREAK = /[,;:!?。；，：！？、\n()（）[\]【】]/;

/** jieba word boundaries around key words, computed clause by clause and only when needed. */
class WordBoundaries {
  private readonly clauses = new Map<number, number[]>();
  constructor(
    private readonly text: string,
    private readonly segment: Segmenter,
  ) {}

  /** Word start offsets (plus the clause end) of the clause containing `at`. */
  private clauseAt(at: number): number[] {
    let start = at;
    while (start > 0 && !CLAUSE_BREAK.test(this.text[start - 1]!)) start--;
    let starts = this.clauses.get(start);
    if (!starts) {
      let end = at;
      while (end < this.text.length && !CLAUSE_BREAK.test(this.text[end]!)) end++;
      starts = [];
      let offset = start;
      for (const word of this.segment(this.text.slice(start, end))) {
        starts.push(offset);
        offset += word.length;
      }
      starts.push(offset);
      this.clauses.set(start, starts);
    }
    return starts;
  }

  /** Whether every word touching [keyStart, keyEnd) lies inside [start, end). */
  keyIsOwnWord(keyStart: number, keyEnd: number, start: number, end: number): boolean {
    const starts = this.clauseAt(keyStart);
    let w = 0;
    while (w + 1 < starts.length - 1 && starts[w + 1]! <= keyStart) w++;
    for (; w < starts.length - 1 && starts[w]! < keyEnd; w++) {
      if (starts[w]! < start || starts[w + 1]! > end) return false;
    }
    return true;
  }
}

interface Candidate {
  rule: Rule;
  /** Canonical span of the finding and of its key word. */
  start: number;
  end: number;
  keyStart: number;
  keyEnd: number;
}

/** Builds a checker from rule data. */
export function createAdChecker(options: CheckerOptions): AdChecker {
  const { rules, segment, places } = options;
  const longestPlace = Math.max(0, ...[...places].map((name) => name.length));
  const { macros } = rules;
  const allow = new Map<ComplianceCategory, RegExp[]>();
  for (const [category, sources] of Object.entries(rules.allow) as [ComplianceCategory, string[]][]) {
    allow.set(
      category,
      sources.map((source) => compile(source, macros)),
    );
  }
  const patternRules: CompiledPatternRule[] = rules.rules
    .filter((rule): rule is PatternRule => rule.kind === 'pattern')
    .map((rule) => ({
      rule,
      patterns: rule.patterns.map((source) => compile(source, macros)),
      requires: (rule.requires ?? []).map((source) => compile(source, macros)),
      unless: (rule.unless ?? []).map((source) => compile(source, macros)),
    }));
  const absenceRules = rules.rules.flatMap((rule) =>
    rule.kind === 'absence' ? [{ rule, anyOf: rule.anyOf.map((source) => compile(source, macros)) }] : [],
  );
  const titleRules = rules.rules.flatMap((rule) =>
    rule.kind === 'salary'
      ? [{ rule, titles: (rule.titles ?? []).map((source) => compile(source, macros)) }]
      : [],
  );

  function allowedSpans(
    category: ComplianceCategory,
    text: string,
    cache: Map<ComplianceCategory, [number, number][]>,
  ) {
    let spans = cache.get(category);
    if (!spans) {
      spans = [];
      for (const regex of allow.get(category) ?? []) {
        regex.lastIndex = 0;
        for (let m = regex.exec(text); m; m = regex.exec(text)) {
          spans.push([m.index, m.index + m[0].length]);
          if (m[0].length === 0) regex.lastIndex++;
        }
      }
      cache.set(category, spans);
    }
    return spans;
  }

  function numberInRange(value: number, range: { min?: number; max?: number }): boolean {
    if (!Number.isFinite(value)) return false;
    return (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
  }

  function patternCandidates(
    compiled: CompiledPatternRule,
    text: string,
    words: WordBoundaries,
  ): Candidate[] {
    const { rule } = compiled;
    const found: Candidate[] = [];
    for (const regex of compiled.patterns) {
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (end === start) {
          regex.lastIndex++;
          continue;
        }
        const indices = groupSpans(m);
        const key = indices.k ?? indices.n ?? [start, end];
        let ok = true;
        if (rule.number) ok = numberInRange(parseAdNumber(m.groups?.n ?? ''), rule.number);
        const place = m.groups?.p;
        if (ok && rule.place && place !== undefined) ok = GENERIC_PLACES.has(place) || places.has(place);
        if (ok && indices.k) ok = words.keyIsOwnWord(key[0], key[1], start, end);
        if (ok) {
          const reportedEnd = indices.x ? indices.x[0] : end;
          found.push({ rule, start, end: reportedEnd, keyStart: key[0], keyEnd: key[1] });
        } else {
          // A rejected match may hide a valid one starting one character later (限|湖北籍).
          regex.lastIndex = start + 1;
        }
      }
    }
    return found;
  }

  function check(ad: AdInput): CheckResult {
    const { text: original, fields } = composeAdText(ad);
    const normalized = normalizeAdText(original);
    const text = normalized.text;
    const words = new WordBoundaries(text, segment);
    const allowCache = new Map<ComplianceCategory, [number, number][]>();
    const candidates: Candidate[] = [];

    for (const compiled of patternRules) {
      if (compiled.requires.length > 0 && !anyMatch(compiled.requires, text)) continue;
      if (compiled.unless.length > 0 && anyMatch(compiled.unless, text)) continue;
      for (const candidate of patternCandidates(compiled, text, words)) {
        const spans = allowedSpans(compiled.rule.category, text, allowCache);
        const permitted = spans.some(([s, e]) => s < candidate.keyEnd && e > candidate.keyStart);
        if (!permitted) candidates.push(candidate);
      }
    }

    const findings = dedupe(candidates).map((candidate) =>
      toFinding(candidate, normalized, original, fields),
    );
    findings.push(...documentFindings(ad, normalized));
    findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
    return { verdict: verdictOf(findings), findings };
  }

  /** Whether any region name appears (jieba keeps 上海市浦东新区 as one word, so scan substrings). */
  function mentionsPlace(text: string): boolean {
    for (let i = 0; i < text.length - 1; i++) {
      for (let length = 2; length <= longestPlace && i + length <= text.length; length++) {
        if (places.has(text.slice(i, i + length))) return true;
      }
    }
    return false;
  }

  /** Findings about the ad as a whole: missing pay, place or duties, and implausible salaries. */
  function documentFindings(ad: AdInput, normalized: NormalizedText): Finding[] {
    const out: Finding[] = [];
    const text = normalized.text;
    const whole = (rule: Rule): Finding => ({
      ruleId: rule.id,
      category: rule.category,
      severity: rule.severity,
      start: 0,
      end: 0,
      excerpt: '',
      basis: rule.basis,
      suggestion: rule.suggestion,
      field: 'description',
    });
    const hasSalary = (ad.salaryMin ?? 0) > 0 || (ad.salaryMax ?? 0) > 0;
    const body = bodyOf(normalized, ad.title.length);
    for (const { rule, anyOf } of absenceRules) {
      const within = rule.scope === 'body' ? body : text;
      const tooShort = rule.minChars !== undefined && letterCount(within) < rule.minChars;
      if (!tooShort && anyMatch(anyOf, within)) continue;
      if (rule.satisfiedBy === 'salary' && hasSalary) continue;
      if (rule.satisfiedBy === 'place' && (ad.hasPlace || mentionsPlace(text))) continue;
      out.push(whole(rule));
    }
    const top = Math.max(ad.salaryMax ?? 0, ad.salaryMin ?? 0);
    if (top > 0) {
      const title = normalizeAdText(ad.title).text;
      for (const { rule, titles } of titleRules) {
        if (top < rule.atLeast) continue;
        if (titles.length > 0 && !anyMatch(titles, title)) continue;
        out.push({ ...whole(rule), field: 'title', end: ad.title.length, excerpt: ad.title });
      }
    }
    return out;
  }

  return { check };
}

/** Letters and digits (CJK, Latin, other scripts) — a loop over code units, not a regex replace. */
function letterCount(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0x30 && code <= 0x39)
    ) {
      letters++;
    } else if (code > 0x7f && LETTER.test(text[i]!)) letters++;
  }
  return letters;
}

/** The canonical text after the title (composed text = title, line break, body). */
function bodyOf(normalized: NormalizedText, titleLength: number): string {
  let i = 0;
  while (i < normalized.starts.length && normalized.starts[i]! <= titleLength) i++;
  return normalized.text.slice(i);
}

/** Start/end of the named groups k, n and x (patterns compile with the `d` flag). */
function groupSpans(m: RegExpExecArray): {
  k?: [number, number];
  n?: [number, number];
  x?: [number, number];
} {
  const groups = m.indices?.groups;
  return { k: groups?.k, n: groups?.n, x: groups?.x };
}

/**
 * One finding per overlapping span of a category: overlapping matches merge into their union
 * (要求女性 + 女性勿扰 → 要求女性勿扰), reported under the rule listed first.
 */
function dedupe(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const other = kept.find(
      (k) =>
        k.rule.category === candidate.rule.category && k.start < candidate.end && k.end > candidate.start,
    );
    if (!other) kept.push({ ...candidate });
    else {
      other.start = Math.min(other.start, candidate.start);
      other.end = Math.max(other.end, candidate.end);
    }
  }
  return kept;
}

function toFinding(
  candidate: Candidate,
  normalized: NormalizedText,
  original: string,
  fields: ReturnType<typeof composeAdText>['fields'],
): Finding {
  const [start, end] = originalSpan(normalized, candidate.start, candidate.end);
  const { rule } = candidate;
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    excerpt: original.slice(start, end),
    basis: rule.basis,
    suggestion: rule.suggestion,
    field: fieldAt(fields, start),
  };
}

/** block if any blocking finding, else warn if any warning, else pass. */
export function verdictOf(findings: readonly Pick<Finding, 'severity'>[]): Verdict {
  if (findings.some((finding) => finding.severity === 'block')) return 'block';
  return findings.length > 0 ? 'warn' : 'pass';
}
