import type { AdField, AdInput } from './types';

/** The span of one field inside the composed text. */
export interface FieldSpan {
  field: AdField;
  start: number;
  end: number;
}

/**
 * The text the checker reads: title, description and requirements joined by line breaks, so
 * finding offsets can be mapped back to a form field (the web form highlights per field).
 */
export function composeAdText(ad: Pick<AdInput, 'title' | 'description' | 'requirements'>): {
  text: string;
  fields: FieldSpan[];
} {
  const parts: [AdField, string][] = [
    ['title', ad.title],
    ['description', ad.description],
  ];
  if (ad.requirements) parts.push(['requirements', ad.requirements]);
  const fields: FieldSpan[] = [];
  let offset = 0;
  for (const [field, value] of parts) {
    fields.push({ field, start: offset, end: offset + value.length });
    offset += value.length + 1;
  }
  return { text: parts.map(([, value]) => value).join('\n'), fields };
}

/** The field a composed-text offset falls into. */
export function fieldAt(fields: readonly FieldSpan[], offset: number): AdField {
  for (const span of fields) if (offset <= span.end) return span.field;
  return fields[fields.length - 1]?.field ?? 'description';
}
