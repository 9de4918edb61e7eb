// Monthly minimum wage (月最低工资标准), first (highest) tier, per province, in yuan.
//
// Source: the Ministry of Human Resources and Social Security's table 全国各地区月最低工资标准情况
// as it stood on 2024-10-01, transcribed from memory while building this project without network
// access — NOT checked against the published table. It only seeds the `minimum_wages` table; an
// administrator corrects and updates it there (provinces revise every two to three years), and the
// destination review reads the table, never this list.
//
// Why the first tier: 其他录用形式就业 (code 12) needs pay at or above the local minimum wage; the
// first tier applies in provincial capitals and big cities, where most graduates work, and is the
// strictest, so a registration passing it passes every tier of that province.

/** One province's minimum wage as seeded. */
export interface MinimumWage {
  readonly provinceCode: string;
  /** Yuan per month, first tier. */
  readonly monthly: number;
  /** The day the figure was known to be in force. */
  readonly asOf: string;
}

const AS_OF = '2024-10-01';

/** Seed values, one per province (see the source note above). */
export const MINIMUM_WAGES: readonly MinimumWage[] = (
  [
    ['11', 2420],
    ['12', 2320],
    ['13', 2200],
    ['14', 2200],
    ['15', 2270],
    ['21', 2100],
    ['22', 2120],
    ['23', 2080],
    ['31', 2690],
    ['32', 2490],
    ['33', 2490],
    ['34', 2060],
    ['35', 2265],
    ['36', 2000],
    ['37', 2200],
    ['41', 2100],
    ['42', 2210],
    ['43', 2100],
    ['44', 2500],
    ['45', 1990],
    ['46', 2010],
    ['50', 2100],
    ['51', 2100],
    ['52', 1890],
    ['53', 1990],
    ['54', 2100],
    ['61', 2160],
    ['62', 2020],
    ['63', 1880],
    ['64', 2050],
    ['65', 1900],
  ] as const
).map(([provinceCode, monthly]) => ({ provinceCode, monthly, asOf: AS_OF }));
