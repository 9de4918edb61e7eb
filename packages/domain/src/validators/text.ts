// Full-width forms (U+FF01–U+FF5E) sit exactly 0xFEE0 above their ASCII twins; Chinese IMEs
// produce them when the user forgets to switch input mode, so every code field sees them.
const FULL_WIDTH_OFFSET = 0xfee0;

/** Converts full-width ASCII forms and the ideographic space to plain ASCII; leaves everything else alone. */
export function toHalfWidth(value: string): string {
  let out = '';
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - FULL_WIDTH_OFFSET);
    else if (cp === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Length in code points, so a pasted CJK character or emoji counts once in messages and limits. */
export function codePointLength(value: string): number {
  return Array.from(value).length;
}
