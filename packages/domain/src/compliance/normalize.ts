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
  /** Original UTF-16 start offset of each canonical character. */
  starts: Int32Array;
  /** Original UTF-16 end offset (exclusive) of each canonical character. */
  ends: Int32Array;
}

// The checker reads simplified Chinese; traditional characters are folded one to one.
const TRADITIONAL_MAP = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_TO_SIMPLIFIED.length; i += 2) {
  TRADITIONAL_MAP.set(TRADITIONAL_TO_SIMPLIFIED[i]!, TRADITIONAL_TO_SIMPLIFIED[i + 1]!);
}

// Symbols that carry no meaning between two Chinese characters and are used to split words.
const FILLERS = new Set('*·•●○◆◇■□▲△▼▽★☆♥♡❤_~|^`#+=.-—–/\\\'"“”‘’°丶﹏・¤§※→←↑↓✓✔✕✖✗✘');
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0E\uFE0F\u200D\u20E3]/u;
// Pictographs that stand for a word in evasive ads (♿人士勿扰, 🚫乙肝).
const EMOJI_WORDS = new Map([
  ['♿', '残疾'],
  ['🚫', '不要'],
  ['⛔', '不要'],
  ['🙅', '不要'],
]);
const INVISIBLE = /[\u200B\u200C\u200E\u200F\u2060\uFEFF\u00AD]/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ASCII_LETTER = /[a-z]/;
const HTML_TAG = /<\/?[a-zA-Z][^<>]{0,200}>/y;
const HTML_SPACE = /&(?:nbsp|ensp|emsp|#160|#x[aA]0);/y;

type UnitKind = 'char' | 'space' | 'newline' | 'filler';
interface Unit {
  kind: UnitKind;
  out: string;
  start: number;
  end: number;
}

function classify(raw: string): { kind: UnitKind; out: string } {
  if (raw === '\n' || raw === '\r') return { kind: 'newline', out: '\n' };
  if (/\s/.test(raw) || INVISIBLE.test(raw)) return { kind: 'space', out: '' };
  const word = EMOJI_WORDS.get(raw);
  if (word) return { kind: 'char', out: word };
  if (EMOJI.test(raw) || FILLERS.has(raw)) return { kind: 'filler', out: '' };
  let out = raw.normalize('NFKC').toLowerCase();
  if (out.length === 1) out = TRADITIONAL_MAP.get(out) ?? out;
  // NFKC turns full-width symbols into ASCII ones, which may themselves be fillers (＊ → *).
  if (out.length === 1 && FILLERS.has(out)) return { kind: 'filler', out: '' };
  if (/^\s+$/.test(out)) return { kind: 'space', out: '' };
  return { kind: 'char', out };
}

function splitUnits(input: string): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < input.length) {
    if (input[i] === '<') {
      HTML_TAG.lastIndex = i;
      if (HTML_TAG.test(input)) {
        units.push({ kind: 'filler', out: '', start: i, end: HTML_TAG.lastIndex });
        i = HTML_TAG.lastIndex;
        continue;
      }
    } else if (input[i] === '&') {
      HTML_SPACE.lastIndex = i;
      if (HTML_SPACE.test(input)) {
        units.push({ kind: 'space', out: '', start: i, end: HTML_SPACE.lastIndex });
        i = HTML_SPACE.lastIndex;
        continue;
      }
    }
    const code = input.codePointAt(i)!;
    const raw = String.fromCodePoint(code);
    units.push({ ...classify(raw), start: i, end: i + raw.length });
    i += raw.length;
  }
  return units;
}

/** Canonical text for matching, with offsets back into `input`. */
export function normalizeAdText(input: string): NormalizedText {
  const units = splitUnits(input);
  // The next visible character after each position, to decide whether a gap joins two words.
  const nextChar: (string | undefined)[] = new Array(units.length);
  let upcoming: string | undefined;
  for (let u = units.length - 1; u >= 0; u--) {
    nextChar[u] = upcoming;
    if (units[u]!.kind === 'char') upcoming = units[u]!.out[0];
  }
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (out: string, start: number, end: number): void => {
    for (const ch of out) {
      text += ch;
      starts.push(start);
      ends.push(end);
    }
  };
  let previous: string | undefined;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    const next = nextChar[u];
    if (unit.kind === 'char') {
      emit(unit.out, unit.start, unit.end);
      previous = unit.out[unit.out.length - 1];
      continue;
    }
    if (previous === undefined || next === undefined) continue;
    const bothCjk = CJK.test(previous) && CJK.test(next);
    const last = text[text.length - 1];
    if (unit.kind === 'newline') {
      // A line break inside a Chinese phrase is an evasion (女\n性勿扰); elsewhere it ends a clause.
      if (!bothCjk && last !== '\n') emit('\n', unit.start, unit.end);
    } else if (unit.kind === 'space') {
      // Spaces separate Latin words (project manager) but not digits (2 1 1, 138 0000 1234).
      const latinWords = ASCII_LETTER.test(previous) || ASCII_LETTER.test(next);
      const joinsWords = /[a-z0-9]/.test(previous) && /[a-z0-9]/.test(next);
      if (latinWords && joinsWords && last !== ' ' && last !== '\n') {
        emit(' ', unit.start, unit.end);
      }
    } else if (!bothCjk && unit.end - unit.start === 1 && input[unit.start] !== undefined) {
      // A symbol outside Chinese words keeps its meaning (985/211, 1.65米, 18-35岁, a@b.com).
      const symbol = input[unit.start]!.normalize('NFKC');
      if (symbol.length === 1 && !EMOJI.test(symbol)) emit(symbol, unit.start, unit.end);
    }
  }
  return { text, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Original [start, end) of a canonical [start, end) span. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = normalized.starts[start] ?? normalized.ends[normalized.ends.length - 1] ?? 0;
    return [at, at];
  }
  return [normalized.starts[start]!, normalized.ends[end - 1]!];
}
