import type { DestinationCategory } from '../reference/destination-codes';

// 去向落实率 and its parts (measure 十三), from monitoring counters (issue 6). Only approved
// registrations count as placed: a registration waiting for review, or none at all, is not placed
// yet — the figure officials steer by is the verified one.

/** What monitoring counts a graduate as: the approved destination's category, or why there is none. */
export type MonitorCategory = DestinationCategory | 'pending' | 'unregistered';

/** Every monitoring category, placed ones first (report order). */
export const MONITOR_CATEGORIES: readonly MonitorCategory[] = [
  'employed_unit',
  'self_employed',
  'freelance',
  'further_study',
  'not_placed',
  'pending',
  'unregistered',
];

const PLACED: ReadonlySet<MonitorCategory> = new Set([
  'employed_unit',
  'self_employed',
  'freelance',
  'further_study',
]);

/** Whether a category counts towards 去向落实率. */
export const isPlacedCategory = (c: string) => PLACED.has(c as MonitorCategory);

/** A graduate's monitoring category from their registration (undefined: never registered). */
export function monitorCategoryOf(
  registration: { approvedCategory: string | null } | undefined,
): MonitorCategory {
  if (!registration) return 'unregistered';
  return (registration.approvedCategory as DestinationCategory | null) ?? 'pending';
}

/** Counts per category for one group of graduates. */
export type CategoryCounts = Partial<Record<MonitorCategory, number>>;

/** The rates of one group: every share of all its graduates (0–1; 0 for an empty group). */
export function ratesOf(counts: CategoryCounts) {
  const n = (c: MonitorCategory) => counts[c] ?? 0;
  const total = MONITOR_CATEGORIES.reduce((sum, c) => sum + n(c), 0);
  const share = (x: number) => (total === 0 ? 0 : x / total);
  const placed = n('employed_unit') + n('self_employed') + n('freelance') + n('further_study');
  return {
    total,
    placed,
    registered: total - n('unregistered'),
    pendingReview: n('pending'),
    placementRate: share(placed),
    employedUnitRate: share(n('employed_unit')),
    selfEmployedRate: share(n('self_employed')),
    freelanceRate: share(n('freelance')),
    furtherStudyRate: share(n('further_study')),
    registrationRate: share(total - n('unregistered')),
  };
}

export type Rates = ReturnType<typeof ratesOf>;

/** What each figure means, shown on hover next to it. */
export const RATE_DEFINITIONS: Record<
  Exclude<keyof Rates, 'total' | 'placed' | 'registered' | 'pendingReview'>,
  string
> = {
  placementRate:
    '去向落实率 =（单位就业 + 自主创业 + 自由职业 + 升学）÷ 毕业生总数。只计审核通过的登记；待审核、未登记和登记为待就业/暂不就业的均计为未落实。等于下面四项之和。',
  employedUnitRate:
    '单位就业率 = 去向代码为 10 签就业协议、11 签劳动合同、12 其他录用形式、27 科研/管理助理、46 应征义务兵、50/51 基层项目的人数 ÷ 毕业生总数。',
  selfEmployedRate: '自主创业率 = 去向代码为 75 自主创业的人数 ÷ 毕业生总数。',
  freelanceRate: '自由职业率 = 去向代码为 76 自由职业的人数 ÷ 毕业生总数。',
  furtherStudyRate: '升学率 = 去向代码为 80 境内升学、85 出国出境的人数 ÷ 毕业生总数（出国出境计入升学）。',
  registrationRate: '登记率 = 已登记毕业去向（含待审核）的人数 ÷ 毕业生总数。',
};
