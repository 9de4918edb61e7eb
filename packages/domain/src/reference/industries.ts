// Source: GB/T 4754-2017《国民经济行业分类》, the 20 门类 and the 大类 range
// each covers ("本门类包括01～05大类" …). Names and ranges were checked against public transcriptions
// of the standard's table (e.g. zmshe/capital src/utils/category.js and a GB/T 4754-2017 converter
// script listing "本门类包括97大类" for T); the standard itself was not available here. The 门类
// names are the same as in GB/T 4754-2011.

/** One 门类 (section) of GB/T 4754-2017. */
export interface IndustrySection {
  /** Section letter A–T. */
  readonly code: string;
  readonly name: string;
  /** First and last two-digit 大类 (division) code of the section, inclusive. */
  readonly divisions: readonly [string, string];
}

/** The 20 sections A–T. */
export const INDUSTRY_SECTIONS = [
  { code: 'A', name: '农、林、牧、渔业', divisions: ['01', '05'] },
  { code: 'B', name: '采矿业', divisions: ['06', '12'] },
  { code: 'C', name: '制造业', divisions: ['13', '43'] },
  { code: 'D', name: '电力、热力、燃气及水生产和供应业', divisions: ['44', '46'] },
  { code: 'E', name: '建筑业', divisions: ['47', '50'] },
  { code: 'F', name: '批发和零售业', divisions: ['51', '52'] },
  { code: 'G', name: '交通运输、仓储和邮政业', divisions: ['53', '60'] },
  { code: 'H', name: '住宿和餐饮业', divisions: ['61', '62'] },
  { code: 'I', name: '信息传输、软件和信息技术服务业', divisions: ['63', '65'] },
  { code: 'J', name: '金融业', divisions: ['66', '69'] },
  { code: 'K', name: '房地产业', divisions: ['70', '70'] },
  { code: 'L', name: '租赁和商务服务业', divisions: ['71', '72'] },
  { code: 'M', name: '科学研究和技术服务业', divisions: ['73', '75'] },
  { code: 'N', name: '水利、环境和公共设施管理业', divisions: ['76', '79'] },
  { code: 'O', name: '居民服务、修理和其他服务业', divisions: ['80', '82'] },
  { code: 'P', name: '教育', divisions: ['83', '83'] },
  { code: 'Q', name: '卫生和社会工作', divisions: ['84', '85'] },
  { code: 'R', name: '文化、体育和娱乐业', divisions: ['86', '90'] },
  { code: 'S', name: '公共管理、社会保障和社会组织', divisions: ['91', '96'] },
  { code: 'T', name: '国际组织', divisions: ['97', '97'] },
] as const satisfies readonly IndustrySection[];

/** A section letter that appears in INDUSTRY_SECTIONS. */
export type IndustrySectionCode = (typeof INDUSTRY_SECTIONS)[number]['code'];

/** The section for a letter (case-insensitive, trimmed), or null. */
export function getIndustrySection(code: string): IndustrySection | null {
  const v = code.trim().toUpperCase();
  return INDUSTRY_SECTIONS.find((s) => s.code === v) ?? null;
}

/** The section a 2–4 digit industry code (大类/中类/小类) belongs to, judged by its first two digits, or null. */
export function industrySectionOfCode(code: string): IndustrySection | null {
  const v = code.trim();
  if (!/^\d{2,4}$/.test(v)) return null;
  const division = v.slice(0, 2);
  return INDUSTRY_SECTIONS.find((s) => division >= s.divisions[0] && division <= s.divisions[1]) ?? null;
}
