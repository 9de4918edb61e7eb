import { normalizeMobile } from './mobile';
import { toHalfWidth } from './text';

/** Masks all but the last two characters (all of them when there are two or fewer). */
function maskAllButLast2(chars: readonly string[]): string {
  if (chars.length <= 2) return '*'.repeat(chars.length);
  return '*'.repeat(chars.length - 2) + chars.slice(-2).join('');
}

/** Masks an ID number for display: first 4 and last 4 of an 18-character number; shorter input keeps only its last 2. */
export function maskIdNumber(value: string): string {
  const chars = Array.from(toHalfWidth(value).trim().toUpperCase());
  if (chars.length < 18) return maskAllButLast2(chars);
  return chars.slice(0, 4).join('') + '*'.repeat(chars.length - 8) + chars.slice(-4).join('');
}

/** Masks a phone number for display: `138****5678` for a mainland mobile; anything else keeps only its last 2. */
export function maskPhone(value: string): string {
  const mobile = normalizeMobile(value);
  if (mobile) return `${mobile.slice(0, 3)}****${mobile.slice(7)}`;
  return maskAllButLast2(Array.from(toHalfWidth(value).trim()));
}

/**
 * Masks a personal name for display: the first character (usually the surname) stays, the rest
 * becomes `*` — 张三 → 张*, 欧阳娜娜 → 欧***. A one-character name is masked whole.
 */
export function maskName(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length <= 1) return '*'.repeat(chars.length);
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** Masks an e-mail address: first character of the local part and the domain stay (z***@example.com). */
export function maskEmail(value: string): string {
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0) return maskAllButLast2(Array.from(trimmed));
  return `${Array.from(trimmed)[0]}***${trimmed.slice(at)}`;
}

// Mainland mobiles (optionally +86, with spaces or dashes) and e-mail addresses inside free text.
const MOBILE_IN_TEXT = /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d){8}(?!\d)/g;
const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Masks mobile numbers and e-mail addresses a person typed into free text (a résumé's
 * self-introduction), so masking the contact fields cannot be side-stepped through the prose.
 */
export function maskContactsInText(text: string): string {
  return text.replace(MOBILE_IN_TEXT, (m) => maskPhone(m)).replace(EMAIL_IN_TEXT, (m) => maskEmail(m));
}
