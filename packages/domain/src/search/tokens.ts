import { getJieba } from '../text/jieba';
import { normalizeAdText } from '../compliance/normalize';

/**
 * Search tokens for Chinese full text, identical on PGlite and PostgreSQL: the database never
 * parses text (a server in the C locale would drop CJK); the application hands it lexemes.
 *
 * - jieba words in search mode (软件测试 → 软件, 测试, 软件测试) rank whole-word matches higher;
 * - every CJK bigram (软件, 件测, 测试) makes any 2-character query match inside longer words;
 * - Latin and digit runs as words (java, plc, 2025).
 */

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const LATIN_WORD = /[a-z0-9][a-z0-9+#.]*[a-z0-9+#]|[a-z0-9]/g;
/** Longest query accepted, in characters (a query longer than this is a paste, not a search). */
export const MAX_QUERY_LENGTH = 100;

function bigrams(run: string, out: Set<string>): void {
  if (run.length === 1) out.add(run);
  for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
}

/** Lexemes to index for a text: jieba words, CJK bigrams (and lone characters), Latin words. */
export function indexTokens(text: string): string[] {
  const canonical = normalizeAdText(text).text;
  const out = new Set<string>();
  for (const run of canonical.match(CJK_RUN) ?? []) bigrams(run, out);
  for (const word of canonical.match(LATIN_WORD) ?? []) out.add(word);
  for (const word of getJieba().cutForSearch(canonical, true)) {
    if (word.length > 1 && CJK_RUN.test(word)) out.add(word);
    CJK_RUN.lastIndex = 0;
  }
  return [...out];
}

/**
 * The lexemes a query must all match: bigrams of each CJK run (软件开发 → 软件, 件开, 开发, so the
 * words must appear together), lone CJK characters, Latin words. Empty when the query has no
 * letters or digits at all (only punctuation): the caller answers with suggestions, not an error.
 */
export function queryTokens(query: string): string[] {
  const canonical = normalizeAdText(query.slice(0, MAX_QUERY_LENGTH)).text;
  const out = new Set<string>();
  for (const run of canonical.match(CJK_RUN) ?? []) bigrams(run, out);
  for (const word of canonical.match(LATIN_WORD) ?? []) out.add(word);
  return [...out];
}

/** A lexeme quoted for tsvector/tsquery input, which takes it literally (no parser, no locale). */
function quoteLexeme(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** A tsquery literal ANDing the lexemes. */
export function toTsQuery(tokens: readonly string[]): string {
  return tokens.map(quoteLexeme).join(' & ');
}

// tsvector positions stop at 16383; later tokens share the last one (they still match).
const MAX_POSITION = 16_383;

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
