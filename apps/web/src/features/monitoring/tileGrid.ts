import type { ProvinceCode } from '@jiuye/domain/reference/provinces';

/**
 * Where each province-level division sits in the tile-grid map: [column, row], 8 × 8, north at
 * the top, each square roughly where the province lies relative to its neighbours. A schematic,
 * not a map: it draws no borders, so it needs no 审图号 and cannot get one wrong (see
 * docs/ARCHITECTURE.md). All 34 GB/T 2260 codes are placed; those without graduates show empty.
 */
export const TILE_POSITIONS: Record<ProvinceCode, readonly [number, number]> = {
  '23': [7, 0], // 黑龙江
  '15': [3, 1], // 内蒙古
  '11': [4, 1], // 北京
  '12': [5, 1], // 天津
  '21': [6, 1], // 辽宁
  '22': [7, 1], // 吉林
  '65': [0, 2], // 新疆
  '62': [1, 2], // 甘肃
  '64': [2, 2], // 宁夏
  '14': [3, 2], // 山西
  '13': [4, 2], // 河北
  '37': [5, 2], // 山东
  '54': [0, 3], // 西藏
  '63': [1, 3], // 青海
  '61': [2, 3], // 陕西
  '41': [3, 3], // 河南
  '34': [4, 3], // 安徽
  '32': [5, 3], // 江苏
  '31': [6, 3], // 上海
  '51': [1, 4], // 四川
  '50': [2, 4], // 重庆
  '42': [3, 4], // 湖北
  '36': [4, 4], // 江西
  '33': [5, 4], // 浙江
  '53': [1, 5], // 云南
  '52': [2, 5], // 贵州
  '43': [3, 5], // 湖南
  '35': [4, 5], // 福建
  '71': [5, 5], // 台湾
  '45': [2, 6], // 广西
  '44': [3, 6], // 广东
  '81': [4, 6], // 香港
  '46': [2, 7], // 海南
  '82': [3, 7], // 澳门
};

export const TILE_COLUMNS = 8;
export const TILE_ROWS = 8;
