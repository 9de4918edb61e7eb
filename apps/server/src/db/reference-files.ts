import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/** Where the reference CSVs (with their provenance README) live in the repository. */
export const REFERENCE_DIR = fileURLToPath(
  new URL('../../../../packages/domain/reference/', import.meta.url),
);

/** Reads one reference CSV (UTF-8, header row) into records. */
export function readReferenceCsv(relativePath: string): Record<string, string>[] {
  const text = readFileSync(REFERENCE_DIR + relativePath, 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, bom: true, trim: true }) as Record<
    string,
    string
  >[];
}
