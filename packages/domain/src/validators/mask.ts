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
