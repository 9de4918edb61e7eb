import { describe, expect, it } from 'vitest';
import { MAX_AD_TEXT_LENGTH } from './limits';
import { adFromText, readAdBytes } from './input';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readAdBytes', () => {
  it('reads text: first line title, rest body; strips a BOM', () => {
    const result = readAdBytes(bytes('\uFEFF招聘会计\n负责账务处理。\n第二行'), 'text');
    expect(result).toEqual({ ok: true, ad: { title: '招聘会计', description: '负责账务处理。\n第二行' } });
    expect(adFromText('只有标题')).toEqual({ title: '只有标题', description: '' });
  });

  it('reads JSON with optional requirements and salary', () => {
    const json = JSON.stringify({ title: '会计', description: '负责账务', salaryMin: 5000, salaryMax: 8000 });
    expect(readAdBytes(bytes(json), 'json')).toMatchObject({
      ok: true,
      ad: { title: '会计', salaryMax: 8000 },
    });
  });

  it('reports every problem of bad JSON input', () => {
    const json = JSON.stringify({ title: 'x'.repeat(101), description: 7, salaryMin: -1, salaryMax: 1.5 });
    const result = readAdBytes(bytes(json), 'json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path).sort()).toEqual([
      'description',
      'salaryMax',
      'salaryMin',
      'title',
    ]);
    expect(readAdBytes(bytes('{"title":'), 'json')).toMatchObject({ ok: false });
    expect(readAdBytes(bytes('[1,2]'), 'json')).toMatchObject({ ok: false });
    const inverted = readAdBytes(
      bytes('{"title":"a","description":"b","salaryMin":9000,"salaryMax":100}'),
      'json',
    );
    expect(inverted).toMatchObject({
      ok: false,
      issues: [{ path: 'salaryMin', message: '最低月薪不能高于最高月薪' }],
    });
  });

  it('refuses empty, oversized, binary and non-UTF-8 input with a clear message', () => {
    expect(readAdBytes(bytes('\n\n'), 'text')).toMatchObject({
      ok: false,
      issues: [{ message: expect.stringContaining('为空') }],
    });
    const long = readAdBytes(bytes(`标题\n${'字'.repeat(MAX_AD_TEXT_LENGTH)}`), 'text');
    expect(long).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining('过长') }] });
    const huge = readAdBytes(new Uint8Array(1_048_576).fill(0x61), 'text');
    expect(huge).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining('过大') }] });
    const gbk = readAdBytes(Uint8Array.from([0xd5, 0xd0, 0xc6, 0xb8, 0xff]), 'text');
    expect(gbk).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining('UTF-8') }] });
    const binary = readAdBytes(bytes('标题\n正文\u0000\u0001'), 'text');
    expect(binary).toMatchObject({ ok: false, issues: [{ message: expect.stringContaining('控制字符') }] });
  });
});
