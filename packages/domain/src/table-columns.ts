import { toHalfWidth } from './validators';

// Column headers of files people upload (rosters, destination registrations): the template's
// Chinese header, an English alias and spellings seen in real exports all match, however decorated.

/** One column of an upload template. */
export interface TableColumn<K extends string> {
  key: K;
  /** The header of the official template. */
  header: string;
  /** The English alias accepted in place of the Chinese header. */
  alias: string;
  required: boolean;
  /** Other spellings seen in real exports; matched after the same normalisation as the header. */
  variants: readonly string[];
}

/** How a file's header row maps to a template's columns. */
export interface HeaderMapping<K extends string> {
  /** For each column of the file, the field it holds, or null when it is ignored. */
  columns: (K | null)[];
  missing: K[];
  /** Non-empty headers that match no field, as written in the file. */
  unknown: string[];
  /** Headers naming a field an earlier column already holds; the first one wins. */
  duplicate: string[];
}

/** A template: its header mapping and its columns' labels for messages. */
export interface TableSpec<K extends string> {
  mapHeader(headers: string[]): HeaderMapping<K>;
  label(key: K): string;
}

/*
 * Templates get decorated by hand: 姓名 spread out with a full-width space, "学号*" or
 * "手机号（必填）" as required markers, "Student No." in English. All of these must still match.
 */
function normalizeHeader(header: string): string {
  return toHalfWidth(header.replace(/[\uFEFF\u200B-\u200D]/g, ''))
    .replace(/\([^)]*\)/g, '')
    .replace(/[\s*_\-.:]/g, '')
    .toLowerCase();
}

/** The template of a list of columns. */
export function tableSpec<K extends string>(columns: readonly TableColumn<K>[]): TableSpec<K> {
  const lookup = new Map<string, K>();
  for (const column of columns)
    for (const spelling of [column.header, column.alias, column.key, ...column.variants])
      lookup.set(normalizeHeader(spelling), column.key);
  const labels = new Map(columns.map((c) => [c.key, c.header]));
  return {
    label: (key) => labels.get(key) ?? key,
    mapHeader(headers) {
      const seen = new Set<K>();
      const mapped: (K | null)[] = [];
      const unknown: string[] = [];
      const duplicate: string[] = [];
      for (const header of headers) {
        const normalized = normalizeHeader(header);
        const key = lookup.get(normalized);
        if (key === undefined) {
          mapped.push(null);
          if (normalized !== '') unknown.push(header.replace(/^\uFEFF/, '').trim());
        } else if (seen.has(key)) {
          mapped.push(null);
          duplicate.push(header.replace(/^\uFEFF/, '').trim());
        } else {
          seen.add(key);
          mapped.push(key);
        }
      }
      const missing = columns.filter((c) => c.required && !seen.has(c.key)).map((c) => c.key);
      return { columns: mapped, missing, unknown, duplicate };
    },
  };
}
