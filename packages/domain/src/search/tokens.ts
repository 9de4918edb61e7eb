import { getJieba } from '../text/jieba';
import { normalizeAdText } from '../compliance/normalize';
import { MAX_QUERY_LENGTH } from './filter-values';

/**
 * Search tokens for Chinese full text, identical on PGlite and PostgreSQL: the database never
 * parses text (a server in the C locale would drop CJK); the application hands it lexemes.
 *
 * - Documents are indexed as every CJK bigram (软件测试 → 软件, 件测, 测试) plus Latin and digit
 *   runs as words (java, plc, 2025): any 2-character query matches inside longer words.
 * - Queries are cut into words by jieba first, and each word becomes its bigrams: 软件开发工程师 →
 *   软件开发 + 工程师 → 软件, 件开, 开发, 工程, 程师. Bigrams inside a word must all occur (the word is
 *   there), but none straddles two words, so 武汉 运营 finds "武汉……运营" and 软件开发 finds "软件的开发".
 */

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_WORD = /[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]/g;

function bigrams(run: string, out: Set<string>): void {
  if (run.length === 1) out.add(run);
  for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
}

/** Lexemes to index for a text: CJK bigrams (and lone CJK characters), Latin words. */
export function indexTokens(text: string): string[] {
  const canonical = normalizeAdText(text).text;
  const out = new Set<string>();
  for (const run of canonical.match(CJK_RUN) ?? []) bigrams(run, out);
  for (const word of canonical.match(LATIN_WORD) ?? []) out.add(word);
  return [...out];
}

/**
 * jieba's words of a CJK run, with runs of one-character words joined back together (刘氏 is cut
 * into 刘 + 氏, but only 刘氏 can be matched by bigrams).
 */
function queryWords(run: string): string[] {
  const words: string[] = [];
  let singles = '';
  for (const word of getJieba().cut(run, true)) {
    if (word.length === 1) {
      singles += word;
      continue;
    }
    if (singles) words.push(singles);
    singles = '';
    words.push(word);
  }
  if (singles) words.push(singles);
  return words;
}

export interface ParsedQuery {
  /** Words as typed (normalised): CJK words and Latin words. Title matches need all of them. */
  words: string[];
  /** Lexemes a document must all contain. */
  lexemes: string[];
}

/**
 * A search box entry as words and lexemes. A lone CJK character next to real words (找, 的) is
 * dropped: on its own it would only match where it stands alone. Empty when the query has no
 * letters or digits at all (only punctuation): the caller answers with suggestions, not an error.
 */
export function parseQuery(query: string): ParsedQuery {
  const canonical = normalizeAdText(query.slice(0, MAX_QUERY_LENGTH)).text;
  const words = new Set<string>();
  for (const run of canonical.match(CJK_RUN) ?? []) for (const w of queryWords(run)) words.add(w);
  for (const word of canonical.match(LATIN_WORD) ?? []) words.add(word);
  const meaningful = [...words].filter((w) => w.length > 1 || !CJK_CHAR.test(w));
  const kept = meaningful.length > 0 ? meaningful : [...words];
  const lexemes = new Set<string>();
  for (const w of kept) {
    if (CJK_CHAR.test(w)) bigrams(w, lexemes);
    else lexemes.add(w);
  }
  return { words: kept, lexemes: [...lexemes] };
}

const WEEK_MS = 7 * 86_400_000;

/**
 * The publication-week lexeme of a document (w:2917 = the 2917th 7-day stretch since 1970). Queries
 * AND the weeks of a recent stretch to the words, so GIN alone finds "软件 in the last 7 days" without
 * visiting the older matches. Queries never produce it: ':' is not part of any query token.
 */
export function weekLexeme(at: Date): string {
  return `w:${Math.floor(at.getTime() / WEEK_MS)}`;
}

/** The week lexemes of every week overlapping [from, to]. */
export function weekLexemesBetween(from: Date, to: Date): string[] {
  const out: string[] = [];
  for (let w = Math.floor(from.getTime() / WEEK_MS); w <= Math.floor(to.getTime() / WEEK_MS); w++)
    out.push(`w:${w}`);
  return out;
}

/** A lexeme quoted for tsvector/tsquery input, which takes it literally (no parser, no locale). */
export function quoteLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A tsquery literal ANDing the lexemes. */
export function toTsQuery(tokens: readonly string[]): string {
  return tokens.map(quoteLexeme).join(' & ');
}

// tsvector positions stop at 16383; later tokens share the last one (they still match).
const MAX_POSITION = 16_383;

/** A tsvector literal of lexemes without positions (matched, never ranked by the database). */
export function toPlainTsVector(tokens: readonly string[]): string {
  return tokens.map(quoteLexeme).join(' ');
}

/**
 * A tsvector literal with a weight per section (A = title …), and positions so the weights
 * count in ts_rank: a lexeme without a position carries no weight.
 */
export function toTsVector(
  sections: readonly { tokens: readonly string[]; weight: 'A' | 'B' | 'C' | 'D' }[],
): string {
  const parts: string[] = [];
  let position = 0;
  for (const { tokens, weight } of sections) {
    for (const token of tokens) {
      position = Math.min(position + 1, MAX_POSITION);
      parts.push(`${quoteLexeme(token)}:${position}${weight}`);
    }
  }
  return parts.join(' ');
}
