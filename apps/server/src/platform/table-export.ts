import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

// Tables as files people open in Excel or WPS: CSV (UTF-8 with a BOM, which Excel on Chinese
// Windows needs to read UTF-8) and .xlsx. Every export of a table goes through here.

/** One column: its heading and how to read it off a row. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** Column width in characters (xlsx). */
  width?: number;
}

/** One CSV cell, quoted when needed; a leading = + - @ is neutralised so Excel never runs it. */
export function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole table as CSV text. */
export function toCsv<T>(columns: readonly ExportColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A whole table as an .xlsx workbook with one sheet (the heading row frozen). */
export async function toXlsx<T>(
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
  sheetName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // Sheet names may not hold []:*?/\ and are at most 31 characters.
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(10, c.header.length * 2 + 2),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends a table as an .xlsx or CSV download. */
export async function sendTable<T>(
  reply: FastifyReply,
  name: string,
  format: 'xlsx' | 'csv',
  cols: ExportColumn<T>[],
  rows: T[],
) {
  const file =
    format === 'csv'
      ? { body: toCsv(cols, rows), type: 'text/csv; charset=utf-8' }
      : {
          body: await toXlsx(cols, rows, name),
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        };
  return reply
    .header('content-type', file.type)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.${format}`)}`)
    .send(file.body);
}
