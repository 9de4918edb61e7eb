import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

// Node only (a native module and a file read): the web never imports this file.

// Suffixes stripped to get the short name people write (恩施土家族苗族自治州 → 恩施, 武汉市 → 武汉).
const REGION_SUFFIX =
  /(?:特别行政区|(?:[\u4e00-\u9fff]{1,5}?族)*自治(?:区|州|县|旗)|林区|地区|新区|矿区|省|市|区|县|旗|盟)$/u;

/** Full and short names of every region in the reference table (a Node-only read of the CSV). */
export function loadPlaceNames(): Set<string> {
  const csv = readFileSync(new URL('../../reference/regions.csv', import.meta.url), 'utf8');
  const names = new Set<string>();
  for (const line of csv.split('\n').slice(1)) {
    const name = line.split(',')[1]?.trim();
    if (!name || name === '市辖区') continue;
    names.add(name);
    // Short county names are often ordinary words (和平, 合作, 城关); only provinces and cities
    // are known by theirs (湖北, 武汉, 恩施).
    const level = line.split(',')[2];
    const short = name.replace(REGION_SUFFIX, '');
    if (level !== 'county' && short.length >= 2) names.add(short);
  }
  return names;
}

let jieba: Jieba | undefined;

/**
 * jieba with its default dictionary plus every region name as one word, so 宁夏回族自治区 and
 * 长阳土家族自治县 stay whole and their 回族 / 土家族 never read as an ethnic condition.
 */
export function getJieba(places?: Iterable<string>): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    // Read the region list only when building: a default parameter would read it on every call.
    const extra = [...(places ?? loadPlaceNames())].map((name) => `${name} 2000 ns`).join('\n');
    jieba.loadDict(Buffer.from(extra, 'utf8'));
  }
  return jieba;
}
