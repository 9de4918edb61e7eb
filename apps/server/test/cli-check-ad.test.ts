import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers';

// `jiuye check ad` needs no database; it runs with the parent's environment.
let dir: string;
const cli = (args: string[], stdin?: string | Buffer) => runCli(['check', 'ad', ...args], process.env, stdin);

interface Output {
  verdict: string;
  findings: {
    ruleId: string;
    category: string;
    severity: string;
    start: number;
    end: number;
    excerpt: string;
  }[];
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiuye-check-ad-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('jiuye check ad', { timeout: 120_000 }, () => {
  it('checks a text file (first line = title) and reports offsets into the file text', async () => {
    const text =
      '\uFEFF前台接待\n负责接待来访客户、收发快递。工作地点：武汉市江汉区。月薪5000元。要求：女 性 优 先，身高165以上。';
    const file = join(dir, 'ad.txt');
    await writeFile(file, text);
    const r = await cli([file, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Output;
    expect(out.verdict).toBe('block');
    expect(out.findings.map((f) => f.category)).toEqual(['gender', 'appearance']);
    const read = text.slice(1); // the BOM is not part of the text checked
    for (const f of out.findings) expect(read.slice(f.start, f.end)).toBe(f.excerpt);
    const human = await cli([file]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('不可发布');
    expect(human.stdout).toContain('妇女权益保障法');
  });

  it('checks JSON from a .json file or standard input; pass and warn exit 0 too', async () => {
    const ad = {
      title: '会计',
      description: '负责公司日常账务处理、纳税申报与财务报表编制，协助年度审计。工作地点：宜昌市西陵区。',
      salaryMin: 5000,
      salaryMax: 7000,
    };
    const file = join(dir, 'ad.json');
    await writeFile(file, JSON.stringify(ad));
    const pass = await cli([file, '--json']);
    expect(pass.code).toBe(0);
    expect(JSON.parse(pass.stdout)).toEqual({ verdict: 'pass', findings: [] });
    const warn = await cli(['-', '--json'], JSON.stringify({ ...ad, requirements: '35岁以下' }));
    expect(warn.code).toBe(0);
    const out = JSON.parse(warn.stdout) as Output;
    expect(out.verdict).toBe('warn');
    expect(out.findings[0]).toMatchObject({ ruleId: 'age.ceiling', severity: 'warn', excerpt: '35岁以下' });
  });

  it('exits 2 with a clear message on usage and input errors', async () => {
    const cases: [string, string | Buffer, string][] = [
      ['gbk.txt', Buffer.from([0xd5, 0xd0, 0xc6, 0xb8, 0x0a, 0xc4, 0xd0, 0xd0, 0xd4]), 'UTF-8'],
      ['binary.txt', Buffer.from([0x41, 0x0a, 0x00, 0x01, 0x02, 0x42]), '控制字符'],
      ['empty.txt', '\n\n', '为空'],
      ['huge.txt', `标题\n${'字'.repeat(400_000)}`, '过大'],
      ['long.txt', `标题\n${'字'.repeat(20_001)}`, '过长'],
      ['bad.json', '{"title": "x", ', 'JSON'],
      [
        'fields.json',
        JSON.stringify({ title: 'x', description: '负责', salaryMin: 9000, salaryMax: 100 }),
        '最低月薪',
      ],
    ];
    for (const [name, content, message] of cases) {
      const file = join(dir, name);
      await writeFile(file, content);
      const r = await cli([file, '--json']);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain(message);
      expect(r.stdout, name).toBe('');
    }
    const missing = await cli([join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('文件不存在');
    expect((await runCli(['check', 'ad'], process.env)).code).toBe(2);
  });
});
