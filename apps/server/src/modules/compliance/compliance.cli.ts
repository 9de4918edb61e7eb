import { readFile } from 'node:fs/promises';
import {
  CATEGORY_LABELS,
  getAdChecker,
  readAdBytes,
  type AdInput,
  type AdReadResult,
} from '@jiuye/domain/compliance/index';

const VERDICT_LABELS = { pass: '通过', warn: '有提示，需确认', block: '不可发布' } as const;

/**
 * Reads `jiuye check ad <file|->`: a .json name means JSON input; standard input (`-`) is JSON
 * when it starts with `{`, text otherwise.
 */
export async function readAdFile(file: string): Promise<AdReadResult> {
  let bytes: Uint8Array;
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    bytes = Buffer.concat(chunks);
  } else {
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : '无法读取';
      return { ok: false, issues: [{ path: 'file', message: `${reason}：${file}` }] };
    }
  }
  const looksLikeJson =
    file === '-' && /^\s*(\uFEFF)?\s*\{/.test(Buffer.from(bytes.subarray(0, 64)).toString('utf8'));
  return readAdBytes(bytes, file.toLowerCase().endsWith('.json') || looksLikeJson ? 'json' : 'text');
}

/** Prints the check result as JSON or as a readable Chinese report. */
export function printAdCheck(ad: AdInput, json: boolean): void {
  const result = getAdChecker().check(ad);
  if (json) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`结论：${VERDICT_LABELS[result.verdict]} (${result.verdict})`);
  for (const f of result.findings) {
    const where = f.excerpt ? `「${f.excerpt}」(${f.start}–${f.end})` : '（全文）';
    console.log(
      `\n[${f.severity === 'block' ? '禁止' : '提示'}] ${CATEGORY_LABELS[f.category].zh} ${f.ruleId} ${where}`,
    );
    console.log(`  依据：${f.basis}`);
    console.log(`  建议：${f.suggestion}`);
  }
}
