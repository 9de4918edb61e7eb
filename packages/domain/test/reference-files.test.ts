import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROVINCES, isProvinceCode } from '../src/reference';
import { validateSchoolCode } from '../src/validators';

const REF_DIR = fileURLToPath(new URL('../reference/', import.meta.url));

function readText(path: string): string {
  return readFileSync(join(REF_DIR, path), 'utf8');
}

/** Rows of a reference CSV (none of them quote fields), header first. */
function readRows(path: string): string[][] {
  return readText(path)
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));
}

function listCsv(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return listCsv(full);
    return e.name.endsWith('.csv') ? [relative(REF_DIR, full).split('\\').join('/')] : [];
  });
}

const CSV_FILES = listCsv(REF_DIR).sort();

describe('reference CSV files', () => {
  it('are the expected set', () => {
    expect(CSV_FILES).toEqual([
      'majors/graduate-2022.csv',
      'majors/undergraduate-2024.csv',
      'majors/vocational-2021.csv',
      'regions.csv',
      'universities.csv',
    ]);
  });

  it.each(CSV_FILES)('%s is UTF-8 without BOM, LF-only, newline-terminated and rectangular', (file) => {
    const bytes = readFileSync(join(REF_DIR, file));
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const text = bytes.toString('utf8');
    expect(text.includes('\r')).toBe(false);
    expect(text.includes('"')).toBe(false);
    expect(text.endsWith('\n')).toBe(true);
    const rows = readRows(file);
    const width = rows[0]?.length ?? 0;
    for (const [i, row] of rows.entries()) expect(row.length, `${file} line ${i + 1}`).toBe(width);
  });

  it.each(CSV_FILES)('%s has its SHA-256 recorded in reference/README.md', (file) => {
    const sha = createHash('sha256')
      .update(readFileSync(join(REF_DIR, file)))
      .digest('hex');
    expect(readText('README.md')).toContain(`${sha}  ${file}`);
  });
});

describe('regions.csv', () => {
  const [header, ...rows] = readRows('regions.csv');
  const regions = rows.map(([code = '', name = '', level = '', parent = '']) => ({
    code,
    name,
    level,
    parent,
  }));
  const byCode = new Map(regions.map((r) => [r.code, r]));

  it('has the documented header', () => {
    expect(header).toEqual(['code', 'name', 'level', 'parent_code']);
  });

  it('has unique 6-digit codes in ascending order and non-empty names', () => {
    expect(byCode.size).toBe(regions.length);
    for (const r of regions) {
      expect(r.code, r.code).toMatch(/^\d{6}$/);
      expect(r.name.trim(), r.code).toBe(r.name);
      expect(r.name, r.code).not.toBe('');
    }
    const codes = regions.map((r) => r.code);
    expect([...codes].sort()).toEqual(codes);
  });

  it('uses only the three levels, each with the matching code shape', () => {
    for (const r of regions) {
      const province = r.code.slice(0, 2);
      expect(isProvinceCode(province), r.code).toBe(true);
      if (r.level === 'province') expect(r.code, r.code).toMatch(/^\d{2}0000$/);
      else if (r.level === 'city') expect(r.code, r.code).toMatch(/^\d{2}(?!00)\d{2}00$/);
      else if (r.level === 'county') expect(r.code, r.code).toMatch(/^\d{4}(?!00)\d{2}$/);
      else expect.fail(`${r.code} has level "${r.level}"`);
    }
  });

  it('gives every province an empty parent and every other row an existing parent one level up', () => {
    for (const r of regions) {
      if (r.level === 'province') {
        expect(r.parent, r.code).toBe('');
        continue;
      }
      const parent = byCode.get(r.parent);
      expect(parent, `${r.code} → ${r.parent}`).toBeDefined();
      if (r.level === 'city') {
        expect(parent?.level, r.code).toBe('province');
        expect(r.parent, r.code).toBe(`${r.code.slice(0, 2)}0000`);
      } else if (parent?.level === 'city') {
        expect(r.parent, r.code).toBe(`${r.code.slice(0, 4)}00`);
      } else {
        // Only municipality districts and 省直辖县级行政单位 (xx90xx) may hang from the province.
        expect(parent?.level, r.code).toBe('province');
        expect(r.parent, r.code).toBe(`${r.code.slice(0, 2)}0000`);
        expect(
          ['11', '12', '31', '50'].includes(r.code.slice(0, 2)) || r.code.slice(2, 4) === '90',
          r.code,
        ).toBe(true);
        expect(byCode.has(`${r.code.slice(0, 4)}00`), r.code).toBe(false);
      }
    }
  });

  it('has the same provinces as src/reference/provinces.ts', () => {
    const provinces = regions.filter((r) => r.level === 'province').map((r) => [r.code, r.name]);
    expect(provinces).toEqual(PROVINCES.map((p) => [`${p.code}0000`, p.name]));
  });

  it('has the row counts recorded in the README', () => {
    const count = (level: string) => regions.filter((r) => r.level === level).length;
    expect([count('province'), count('city'), count('county')]).toEqual([34, 333, 2846]);
  });

  it.each([
    ['110105', '朝阳区', '110000'],
    ['440305', '南山区', '440300'],
    ['429004', '仙桃市', '420000'],
    ['500235', '云阳县', '500000'],
    ['652900', '阿克苏地区', '650000'],
  ])('spot check %s %s', (code, name, parent) => {
    expect(byCode.get(code)).toMatchObject({ name, parent });
  });
});

describe('universities.csv', () => {
  const [header, ...rows] = readRows('universities.csv');

  it('has the documented header and 2631 rows', () => {
    expect(header).toEqual(['code', 'name', 'authority', 'location', 'level']);
    expect(rows).toHaveLength(2631);
  });

  it('has unique codes that all pass validateSchoolCode', () => {
    const codes = rows.map((r) => r[0] ?? '');
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(validateSchoolCode(code), code).toMatchObject({ valid: true });
  });
});

describe('major catalogues', () => {
  it.each([
    ['majors/undergraduate-2024.csv', 917, 'MOE_UNDERGRADUATE_2024'],
    ['majors/vocational-2021.csv', 1681, 'MOE_VOCATIONAL_2021'],
    ['majors/graduate-2022.csv', 195, 'MOE_GRADUATE_2022'],
  ])('%s has the documented columns, %i rows and one catalogCode', (file, count, catalog) => {
    const [header, ...rows] = readRows(file);
    expect(header).toEqual([
      'catalogCode',
      'educationLevel',
      'categoryCode',
      'categoryName',
      'classCode',
      'className',
      'majorCode',
      'majorName',
      'parentCode',
      'itemLevel',
      'source',
    ]);
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set([catalog]));
  });
});
