import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { CsvError, Parser, type CsvErrorCode } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ROSTER_TABLE, type HeaderMapping, type RosterColumnKey, type TableSpec } from '@jiuye/domain';

export type RosterEncoding = 'utf-8' | 'gb18030';
export type RosterFormat = 'csv' | 'xlsx';

/** What reading an upload yields: first its header, then each non-blank row. */
export type TableRecord<K extends string> =
  | {
      kind: 'header';
      /** For each column of the file, the field it holds, or null when ignored. */
      columns: (K | null)[];
      /** Headers that match no roster field; their cells are ignored. */
      unknown: string[];
      /** Headers naming a field an earlier column already holds; their cells are ignored. */
      duplicate: string[];
      format: RosterFormat;
      encoding: RosterEncoding;
      line: number;
    }
  | { kind: 'row'; line: number; values: Partial<Record<K, string>> };

export type RosterRecord = TableRecord<RosterColumnKey>;

export type RosterFileErrorCode =
  'empty_file' | 'no_header' | 'malformed_csv' | 'bad_encoding' | 'unsupported_format';

/** A problem that stops the whole file from being read; `message` is shown to the uploader. */
export class RosterFileError extends Error {
  readonly code: RosterFileErrorCode;
  readonly line: number | null;
  readonly missing: string[];

  constructor(
    code: RosterFileErrorCode,
    message: string,
    details: { line?: number; missing?: string[]; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'RosterFileError';
    this.code = code;
    this.line = details.line ?? null;
    this.missing = details.missing ?? [];
  }
}

const SNIFF_BYTES = 64 * 1024;
const READ_CHUNK = 256 * 1024;
// A real roster record is well under 1 KB; anything this long is an unclosed quote swallowing the file.
const MAX_RECORD_CHARS = 64 * 1024;
// Title rows ("2026届毕业生名单") often sit above the header in exported sheets.
const MAX_TITLE_ROWS = 5;

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const OTHER_FORMATS: { magic: Buffer; what: string }[] = [
  {
    magic: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    what: '旧版 Excel（.xls）或 WPS 文件',
  },
  { magic: Buffer.from([0x50, 0x4b, 0x05, 0x06]), what: '空的压缩包' },
  { magic: Buffer.from('%PDF'), what: 'PDF 文件' },
  { magic: Buffer.from([0x52, 0x61, 0x72, 0x21]), what: 'RAR 压缩包' },
  { magic: Buffer.from([0x1f, 0x8b]), what: 'gzip 压缩包' },
];

type Sniffed = { format: 'xlsx' } | { format: 'csv'; encoding: RosterEncoding; delimiter: ',' | '\t' };

/** Streams a roster file (CSV in UTF-8 or GB18030, or .xlsx): first its header, then each non-blank row. */
export function readRosterFile(path: string, opts: { fileName?: string } = {}): AsyncGenerator<RosterRecord> {
  return readTableFile(path, ROSTER_TABLE, opts);
}

/** Streams an upload of any template (CSV in UTF-8 or GB18030, or .xlsx) the same way. */
export async function* readTableFile<K extends string>(
  path: string,
  spec: TableSpec<K>,
  opts: { fileName?: string } = {},
): AsyncGenerator<TableRecord<K>> {
  const label = opts.fileName ? `文件「${opts.fileName}」` : '文件';
  const sniffed = await sniff(path, label);
  if (sniffed.format === 'xlsx') {
    yield* readXlsx(path, label, spec);
  } else {
    yield* readCsv(path, sniffed.encoding, sniffed.delimiter, label, spec);
  }
}

async function sniff(path: string, label: string): Promise<Sniffed> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, SNIFF_BYTES, 0);
    const sample = head.subarray(0, bytesRead);
    if (bytesRead === 0) throw new RosterFileError('empty_file', `${label}是空的`);
    if (startsWith(sample, XLSX_MAGIC)) return { format: 'xlsx' };
    for (const other of OTHER_FORMATS) {
      if (startsWith(sample, other.magic)) {
        throw new RosterFileError(
          'unsupported_format',
          `${label}是${other.what}，无法导入：请另存为 .xlsx 或 CSV（UTF-8）后重新上传`,
        );
      }
    }
    if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
      throw new RosterFileError(
        'bad_encoding',
        `${label}是 UTF-16 编码（Excel 的“Unicode 文本”），无法导入：请另存为“CSV UTF-8（逗号分隔）”或 .xlsx`,
      );
    }
    if (looksBinary(sample)) {
      throw new RosterFileError('bad_encoding', `${label}不是文本文件（含有二进制数据），无法按 CSV 读取`);
    }

    const encoding = startsWith(sample, UTF8_BOM) ? 'utf-8' : await detectEncoding(handle, sample);
    if (encoding === null) {
      throw new RosterFileError(
        'bad_encoding',
        `${label}的编码无法识别：既不是 UTF-8 也不是 GBK/GB18030，请另存为“CSV UTF-8（逗号分隔）”`,
      );
    }
    const text = encoding === 'utf-8' ? sample.toString('utf8') : iconv.decode(sample, 'gb18030');
    return { format: 'csv', encoding, delimiter: detectDelimiter(text) };
  } finally {
    await handle.close();
  }
}

function startsWith(buffer: Buffer, prefix: Buffer): boolean {
  return buffer.length >= prefix.length && buffer.subarray(0, prefix.length).equals(prefix);
}

// Text never holds NUL, and only a stray control character or two; random bytes hold many.
function looksBinary(sample: Buffer): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x1a) control++;
  }
  return control > Math.max(2, sample.length / 200);
}

/*
 * Decides on the first 64 KB that hold non-ASCII bytes: a GBK file whose opening lines are all
 * ASCII would otherwise pass for UTF-8 and then fail halfway through.
 */
async function detectEncoding(
  handle: Awaited<ReturnType<typeof open>>,
  sample: Buffer,
): Promise<RosterEncoding | null> {
  let window = sample;
  let offset = 0;
  for (;;) {
    const firstHigh = window.findIndex((byte) => byte >= 0x80);
    if (firstHigh >= 0) {
      offset += firstHigh;
      break;
    }
    if (window.length < SNIFF_BYTES) return 'utf-8';
    offset += window.length;
    const next = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(next, 0, SNIFF_BYTES, offset);
    window = next.subarray(0, bytesRead);
    if (bytesRead === 0) return 'utf-8';
  }
  const probe = Buffer.alloc(SNIFF_BYTES);
  const { bytesRead } = await handle.read(probe, 0, SNIFF_BYTES, offset);
  const bytes = probe.subarray(0, bytesRead);
  const atEnd = bytesRead < SNIFF_BYTES;
  try {
    // `stream` keeps a character cut at the window's end from counting as invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !atEnd });
    return 'utf-8';
  } catch {
    const decoder = iconv.getDecoder('gb18030');
    const text = decoder.write(bytes) + (atEnd ? (decoder.end() ?? '') : '');
    return text.includes('\uFFFD') ? null : 'gb18030';
  }
}

function detectDelimiter(text: string): ',' | '\t' {
  let checked = 0;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line.trim() === '') continue;
    const comma = line.includes(',');
    const tab = line.includes('\t');
    if (comma || tab) return tab && !comma ? '\t' : ',';
    if (++checked >= MAX_TITLE_ROWS + 1) break;
  }
  return ',';
}

/*
 * Decodes to UTF-8 for csv-parse and fails on bytes that are not valid in the detected
 * encoding. Lines are counted so the error can say roughly where the damage is.
 */
class RosterDecoder extends Transform {
  private utf8Pending: Buffer | null = null;
  private readonly gb18030 = iconv.getDecoder('gb18030');
  private linesBefore = 1;

  constructor(
    private readonly encoding: RosterEncoding,
    private readonly label: string,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.encoding === 'utf-8') {
      const data = this.utf8Pending === null ? chunk : Buffer.concat([this.utf8Pending, chunk]);
      const complete = completeUtf8Length(data);
      if (!isUtf8(data.subarray(0, complete))) {
        callback(this.badBytes(data.toString('utf8')));
        return;
      }
      this.utf8Pending = complete === data.length ? null : Buffer.from(data.subarray(complete));
      this.linesBefore += countNewlines(chunk);
      // csv-parse decodes UTF-8 itself; handing it the original bytes saves a re-encode.
      callback(null, chunk);
      return;
    }
    const text = this.gb18030.write(chunk);
    if (text.includes('\uFFFD')) {
      callback(this.badBytes(text));
      return;
    }
    this.linesBefore += countNewlines(text);
    callback(null, Buffer.from(text, 'utf8'));
  }

  override _flush(callback: TransformCallback): void {
    if (this.encoding === 'utf-8') {
      callback(this.utf8Pending === null ? null : this.badBytes('\uFFFD'));
      return;
    }
    const rest = this.gb18030.end() ?? '';
    if (rest.includes('\uFFFD')) {
      callback(this.badBytes(rest));
      return;
    }
    callback(null, rest === '' ? undefined : Buffer.from(rest, 'utf8'));
  }

  private badBytes(decodedWithReplacements: string): RosterFileError {
    const at = decodedWithReplacements.indexOf('\uFFFD');
    const line = this.linesBefore + countNewlines(decodedWithReplacements.slice(0, Math.max(at, 0)));
    const expected = this.encoding === 'utf-8' ? 'UTF-8' : 'GBK/GB18030';
    return new RosterFileError(
      'bad_encoding',
      `${this.label}第 ${line} 行附近有无法按 ${expected} 解码的字节：文件可能混用了多种编码或已损坏，请另存为“CSV UTF-8（逗号分隔）”`,
      { line },
    );
  }
}

// A chunk may end inside a multi-byte character; that tail is checked with the next chunk.
function completeUtf8Length(data: Buffer): number {
  for (let at = data.length - 1; at >= 0 && at >= data.length - 3; at--) {
    const byte = data[at] ?? 0;
    if (byte < 0x80) return data.length;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return data.length - at < needed ? at : data.length;
    }
  }
  return data.length;
}

function countNewlines(data: Buffer | string): number {
  let count = 0;
  let at = data.indexOf('\n');
  while (at !== -1) {
    count++;
    at = data.indexOf('\n', at + 1);
  }
  return count;
}

function hasContent(cell: string): boolean {
  return cell !== '' && cell.trim() !== '';
}

function lineBreaksIn(value: string): number {
  if (!value.includes('\n') && !value.includes('\r')) return 0;
  return value.split(/\r\n|\n|\r/).length - 1;
}

/*
 * Turns the file's rows into header and row records: skips blank rows and title rows above
 * the header, and keeps only the cells of recognised columns.
 */
function createAssembler<K extends string>(
  format: RosterFormat,
  encoding: RosterEncoding,
  label: string,
  spec: TableSpec<K>,
) {
  let mapping: HeaderMapping<K> | null = null;
  let titleRows = 0;
  let sawContent = false;
  return {
    push(cells: string[], line: number): TableRecord<K> | null {
      if (mapping !== null) {
        if (!cells.some(hasContent)) return null;
        const values: Partial<Record<K, string>> = {};
        const { columns } = mapping;
        for (let i = 0; i < columns.length; i++) {
          const key = columns[i];
          const cell = cells[i];
          if (key != null && cell !== undefined) values[key] = cell;
        }
        return { kind: 'row', line, values };
      }
      const filled = cells.filter(hasContent).length;
      if (filled === 0) return null;
      sawContent = true;
      const candidate = spec.mapHeader(cells);
      const recognised = candidate.columns.some((key) => key !== null);
      if (!recognised && filled === 1 && titleRows < MAX_TITLE_ROWS) {
        titleRows++;
        return null;
      }
      if (candidate.missing.length > 0) {
        const names = candidate.missing.map(spec.label).join('、');
        throw new RosterFileError(
          'no_header',
          recognised
            ? `${label}第 ${line} 行的表头缺少必需的列：${names}`
            : `${label}没有可识别的表头（第 ${line} 行）：需要以下列：${names}（也可用英文列名，如 student_no）`,
          { line, missing: candidate.missing },
        );
      }
      mapping = candidate;
      return {
        kind: 'header',
        columns: candidate.columns,
        unknown: candidate.unknown,
        duplicate: candidate.duplicate,
        format,
        encoding,
        line,
      };
    },
    finish(): void {
      if (mapping !== null) return;
      if (!sawContent) throw new RosterFileError('empty_file', `${label}没有任何内容`);
      const missing = spec.mapHeader([]).missing;
      throw new RosterFileError(
        'no_header',
        `${label}没有可识别的表头：需要以下列：${missing.map(spec.label).join('、')}`,
        { missing },
      );
    },
  };
}

// Excel users write ="0123" to keep leading zeros; the value meant is the text inside.
function unwrapExcelText(cell: string): string {
  return cell.length >= 3 && cell.startsWith('="') && cell.endsWith('"') ? cell.slice(2, -1) : cell;
}

/*
 * Numbers records as csv-parse emits them rather than as they are consumed: when the parser
 * fails, the records it had already buffered are dropped, and the error must still name the
 * right line. csv-parse's own line count double-counts CRLF inside quoted fields, and its
 * on_record hook builds an info object per record, which costs a fifth of the parse time.
 */
class LineNumberingParser extends Parser {
  /** Line where the next record starts, i.e. where a failing record started. */
  nextLine = 1;
  /** Start lines of emitted records the reader has not taken yet. */
  readonly startLines: number[] = [];
  private parserLinesBefore = 0;

  override push(record: unknown, encoding?: BufferEncoding): boolean {
    if (Array.isArray(record)) {
      this.startLines.push(this.nextLine);
      // The parser's count only ever overstates, so a step of one proves the record sits on
      // one line and the cells need no scan; otherwise count the breaks inside them exactly.
      const multiLine = this.info.lines - this.parserLinesBefore > 1;
      this.parserLinesBefore = this.info.lines;
      let spanned = 0;
      for (let i = 0; i < record.length; i++) {
        const cell: unknown = record[i];
        if (typeof cell !== 'string') continue;
        if (multiLine) spanned += lineBreaksIn(cell);
        if (cell.charCodeAt(0) === 0x3d) record[i] = unwrapExcelText(cell);
      }
      this.nextLine += 1 + spanned;
    }
    return super.push(record, encoding);
  }
}

async function* readCsv<K extends string>(
  path: string,
  encoding: RosterEncoding,
  delimiter: ',' | '\t',
  label: string,
  spec: TableSpec<K>,
): AsyncGenerator<TableRecord<K>> {
  const source = createReadStream(path, { highWaterMark: READ_CHUNK });
  const decoder = new RosterDecoder(encoding, label);
  const parser = new LineNumberingParser({
    bom: true,
    delimiter,
    // Listed rather than auto-detected: files edited by several tools mix line endings, and
    // detection locks onto whichever comes first.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    // Like Excel, take a quote inside an unquoted field (王"五, ="080901") as text; only a quoted
    // field that never closes is fatal.
    relax_quotes: true,
    max_record_size: MAX_RECORD_CHARS,
  });
  source.on('error', (error) => parser.destroy(error));
  decoder.on('error', (error) => parser.destroy(error));
  source.pipe(decoder).pipe(parser);

  const assembler = createAssembler('csv', encoding, label, spec);
  let taken = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const record = assembler.push(cells, parser.startLines[taken] ?? parser.nextLine);
      // Drop consumed entries in batches; shifting one by one would be quadratic.
      if (++taken === 1024) {
        parser.startLines.splice(0, taken);
        taken = 0;
      }
      if (record !== null) yield record;
    }
  } catch (error) {
    if (error instanceof CsvError) throw csvProblem(error, parser.nextLine, label);
    throw error;
  } finally {
    source.destroy();
    decoder.destroy();
    parser.destroy();
  }
  assembler.finish();
}

const CSV_PROBLEMS: Partial<Record<CsvErrorCode, string>> = {
  CSV_QUOTE_NOT_CLOSED: '的引号没有闭合：以 " 开头的字段缺少结束的 "',
  CSV_MAX_RECORD_SIZE: '开始的记录过长，通常是某个以 " 开头的字段没有闭合',
  CSV_INVALID_CLOSING_QUOTE: '格式错误：引号字段的结束引号后面紧跟了其他字符',
};

function csvProblem(error: CsvError, line: number, label: string): RosterFileError {
  const problem = CSV_PROBLEMS[error.code] ?? `附近的 CSV 格式错误（${error.message}）`;
  return new RosterFileError('malformed_csv', `${label}第 ${line} 行${problem}`, { line, cause: error });
}

async function* readXlsx<K extends string>(
  path: string,
  label: string,
  spec: TableSpec<K>,
): AsyncGenerator<TableRecord<K>> {
  const input = createReadStream(path, { highWaterMark: READ_CHUNK });
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Needed to tell date cells from numbers.
    styles: 'cache',
    entries: 'ignore',
  });
  const assembler = createAssembler('xlsx', 'utf-8', label, spec);
  let sheets = 0;
  try {
    for await (const sheet of workbook) {
      if (++sheets > 1) {
        // Later sheets (notes, instructions) are read and dropped rather than destroyed: exceljs
        // parks them in temp files and deletes each only after reading it, and destroying the
        // stream raced that deletion (an uncaught ENOENT) and left plaintext files behind.
        for await (const _row of sheet) continue;
        continue;
      }
      let expected = 1;
      for await (const row of sheet) {
        // Some writers omit the row number; rows then follow each other.
        const line = Number.isInteger(row.number) && row.number > 0 ? row.number : expected;
        expected = line + 1;
        const record = assembler.push(rowCells(row.values), line);
        if (record !== null) yield record;
      }
    }
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    throw new RosterFileError('unsupported_format', `${label}无法作为 Excel 工作簿读取，可能已损坏`, {
      cause: error,
    });
  } finally {
    input.destroy();
  }
  if (sheets === 0) {
    throw new RosterFileError('unsupported_format', `${label}是压缩包但不是 Excel 工作簿（.xlsx）`);
  }
  assembler.finish();
}

function rowCells(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  // exceljs row values are 1-based and sparse.
  const cells: string[] = [];
  for (let col = 1; col < values.length; col++) cells.push(cellText(values[col]));
  return cells;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') {
    // Past 15 digits Excel has already rounded the number: show it the way Excel does rather
    // than invent trailing digits that look like a real ID.
    return Math.abs(value) >= 1e15 ? value.toExponential() : String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return String(value.getUTCFullYear());
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) {
      return value.richText
        .map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : ''))
        .join('');
    }
    if ('result' in value) return cellText(value.result);
    if ('formula' in value || 'sharedFormula' in value) return '';
    if ('text' in value) return cellText(value.text);
    if ('error' in value) return typeof value.error === 'string' ? value.error : '';
  }
  return '';
}
