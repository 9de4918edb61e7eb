/** A piece of text, marked when it is one of the query words. */
export interface TextPart {
  text: string;
  hit: boolean;
}

/**
 * Splits a text into plain and matched parts (case-insensitively, longest word first at each
 * position), so matches can be rendered as <mark> elements around text nodes: the text itself is
 * never parsed as markup.
 */
export function splitByWords(text: string, words: readonly string[]): TextPart[] {
  const needles = [...new Set(words.map((word) => word.toLowerCase()).filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (needles.length === 0 || !text) return text ? [{ text, hit: false }] : [];
  const lower = text.toLowerCase();
  // toLowerCase can change the length of a few characters (İ); then positions would not line up.
  if (lower.length !== text.length) return [{ text, hit: false }];
  const parts: TextPart[] = [];
  let plainStart = 0;
  let i = 0;
  while (i < text.length) {
    const needle = needles.find((word) => lower.startsWith(word, i));
    if (!needle) {
      i += 1;
      continue;
    }
    if (i > plainStart) parts.push({ text: text.slice(plainStart, i), hit: false });
    parts.push({ text: text.slice(i, i + needle.length), hit: true });
    i += needle.length;
    plainStart = i;
  }
  if (plainStart < text.length) parts.push({ text: text.slice(plainStart), hit: false });
  return parts;
}
