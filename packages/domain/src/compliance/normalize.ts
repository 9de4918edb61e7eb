import { TRADITIONAL_TO_SIMPLIFIED } from './traditional-chars';

/**
 * Canonical form of ad text for matching, with a map back to the original offsets.
 *
 * Ads dodge filters with full-width letters (ｖｘ), spaces or symbols between characters
 * (女 性 勿 扰, 限·男·性), emoji, line breaks, traditional characters (戶口) and HTML tags
 * (<b>限男性</b>). Rules are written once against the canonical form; findings are reported
 * against the original text so the employer sees exactly what they typed.
 */
export interface NormalizedText {
  text: string;
  /** Original UTF-16 start offset of each canonical UTF-16 unit. */
  starts: Int32Array;
  /** Original UTF-16 end offset (exclusive) of each canonical UTF-16 unit. */
  ends: Int32Array;
}

// Symbols that carry no meaning between two Chinese characters and are used to split words.
const FILLERS = '*·•●○◆◇■□▲△▼▽★☆♥♡❤_~|^`#+=.-—–/\\\'"“”‘’°丶﹏・¤§※→←↑↓✓✔✕✖✗✘';
// Pictographs that stand for a word in evasive ads (♿人士勿扰, 🚫乙肝).
const EMOJI_WORDS = new Map([
  ['♿', '残疾'],
  ['🚫', '不要'],
  ['⛔', '不要'],
  ['🙅', '不要'],
]);
// Pictographs, skin tones, variation selectors, joiners and keycaps are all noise between words.
const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0E|\uFE0F|\u200D|\u20E3/u;
const INVISIBLE = /[\u200B\u200C\u200E\u200F\u2060\uFEFF\u00AD]/;
const HTML_TAG = /<\/?[a-zA-Z][^<>]{0,200}>/y;
const HTML_SPACE = /&(?:nbsp|ensp|emsp|#160|#x[aA]0);/y;

// NFKC may expand a character (㎝ → cm); longer expansions (ligature words) are left alone.
const MAX_EXPANSION = 4;

const enum Kind {
  Plain = 0, // emitted as is
  Mapped = 1, // emitted as MAPPED.get(char)
  Space = 2,
  Newline = 3,
  Filler = 4,
}

// Classification of every BMP code unit, built once: the per-character work is a table read.
const KINDS = new Uint8Array(0x10000);
const MAPPED = new Map<string, string>();
(function buildTables() {
  const traditional = new Map<string, string>();
  for (let i = 0; i + 1 < TRADITIONAL_TO_SIMPLIFIED.length; i += 2) {
    traditional.set(TRADITIONAL_TO_SIMPLIFIED[i]!, TRADITIONAL_TO_SIMPLIFIED[i + 1]!);
  }
  const fillers = new Set(FILLERS);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates: handled per code point
    const ch = String.fromCharCode(code);
    if (ch === '\n' || ch === '\r') KINDS[code] = Kind.Newline;
    else if (/\s/.test(ch) || INVISIBLE.test(ch)) KINDS[code] = Kind.Space;
    else if (EMOJI_WORDS.has(ch)) {
      KINDS[code] = Kind.Mapped;
      MAPPED.set(ch, EMOJI_WORDS.get(ch)!);
    } else if (fillers.has(ch) || EMOJI.test(ch)) KINDS[code] = Kind.Filler;
    else {
      let out = ch.normalize('NFKC').toLowerCase();
      if (out.length === 1) out = traditional.get(out) ?? out;
      // NFKC turns full-width symbols into ASCII ones, which may themselves be fillers (＊ → *).
      if (out.length === 1 && fillers.has(out)) KINDS[code] = Kind.Filler;
      else if (/^\s+$/.test(out)) KINDS[code] = Kind.Space;
      else if (out !== ch && out.length <= MAX_EXPANSION) {
        KINDS[code] = Kind.Mapped;
        MAPPED.set(ch, out);
      }
    }
  }
})();

const isCjk = (code: number) => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isAsciiLetter = (code: number) => code >= 0x61 && code <= 0x7a;
const isAsciiWord = (code: number) => isAsciiLetter(code) || (code >= 0x30 && code <= 0x39);

interface Gap {
  kind: Kind.Space | Kind.Newline | Kind.Filler;
  start: number;
  end: number;
}

/** Canonical text for matching, with offsets back into `input`. */
export function normalizeAdText(input: string): NormalizedText {
  const parts: string[] = [];
  const starts = new Int32Array(input.length * MAX_EXPANSION + 8);
  const ends = new Int32Array(input.length * MAX_EXPANSION + 8);
  let length = 0;
  let last = -1; // last emitted code unit
  let lastWord = -1; // last emitted visible character (not a kept symbol or break)
  const gaps: Gap[] = [];

  const emit = (out: string, start: number, end: number) => {
    parts.push(out);
    for (let unit = 0; unit < out.length; unit++) {
      starts[length] = start;
      ends[length] = end;
      length++;
    }
    last = out.charCodeAt(out.length - 1);
  };

  // Decides what a run of spaces, breaks and symbols between two characters becomes.
  const flushGaps = (next: number) => {
    if (gaps.length === 0) return;
    if (lastWord >= 0) {
      const bothCjk = isCjk(lastWord) && isCjk(next);
      for (const gap of gaps) {
        if (gap.kind === Kind.Newline) {
          // A line break inside a Chinese phrase is an evasion (女\n性勿扰); elsewhere it ends a clause.
          if (!bothCjk && last !== 0x0a) emit('\n', gap.start, gap.end);
        } else if (gap.kind === Kind.Space) {
          // Spaces separate Latin words (project manager) but not digits (2 1 1, 138 0000 1234).
          const latin = isAsciiLetter(lastWord) || isAsciiLetter(next);
          if (latin && isAsciiWord(lastWord) && isAsciiWord(next) && last !== 0x20 && last !== 0x0a) {
            emit(' ', gap.start, gap.end);
          }
        } else if (!bothCjk && gap.end - gap.start === 1) {
          // A symbol outside Chinese words keeps its meaning (985/211, 1.65米, 18-35岁, a@b.com).
          const symbol = input[gap.start]!.normalize('NFKC');
          if (symbol.length === 1 && !EMOJI.test(symbol)) emit(symbol, gap.start, gap.end);
        }
      }
    }
    gaps.length = 0;
  };

  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (code === 0x3c /* < */ || code === 0x26 /* & */) {
      const pattern = code === 0x3c ? HTML_TAG : HTML_SPACE;
      pattern.lastIndex = i;
      if (pattern.test(input)) {
        gaps.push({ kind: code === 0x3c ? Kind.Filler : Kind.Space, start: i, end: pattern.lastIndex });
        i = pattern.lastIndex;
        continue;
      }
    }
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length) {
      // Astral code point: an emoji (filler or word) or a rare CJK character (kept).
      const ch = input.slice(i, i + 2);
      const word = EMOJI_WORDS.get(ch);
      if (word) {
        flushGaps(word.charCodeAt(0));
        emit(word, i, i + 2);
        lastWord = last;
      } else if (EMOJI.test(ch)) gaps.push({ kind: Kind.Filler, start: i, end: i + 2 });
      else {
        flushGaps(0x4e00);
        emit(ch, i, i + 2);
        lastWord = 0x4e00;
      }
      i += 2;
      continue;
    }
    const kind = KINDS[code] as Kind;
    if (kind === Kind.Space || kind === Kind.Newline || kind === Kind.Filler) {
      gaps.push({ kind, start: i, end: i + 1 });
    } else {
      const ch = input[i]!;
      const out = kind === Kind.Mapped ? MAPPED.get(ch)! : ch;
      flushGaps(out.charCodeAt(0));
      emit(out, i, i + 1);
      lastWord = last;
    }
    i++;
  }
  return { text: parts.join(''), starts: starts.slice(0, length), ends: ends.slice(0, length) };
}

/** Original [start, end) of a canonical [start, end) span. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = normalized.starts[start] ?? normalized.ends[normalized.ends.length - 1] ?? 0;
    return [at, at];
  }
  return [normalized.starts[start]!, normalized.ends[end - 1]!];
}
