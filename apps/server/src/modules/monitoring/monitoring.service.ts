import {
  addDays,
  ASSISTANCE_CATEGORIES,
  counterDeltas,
  DEGREE_LEVELS,
  DIMENSIONS_BY_SCOPE,
  isPlacedCategory,
  maskPhone,
  MONITOR_CATEGORIES,
  parseScope,
  PROVINCES,
  RATE_DEFINITIONS,
  ratesOf,
  scopesOf,
  shanghaiDate,
  type CategoryCounts,
  type MonitorCategory,
  type MonitorDimension,
  type MonitoredGraduate,
} from '@jiuye/domain';
import type { Database } from '../../db';
import type { AuthUser, Deps } from '../../platform/context';
import { AppError, validationError } from '../../platform/errors';
import { maySeeAssistanceCategory } from '../graduates/graduates.policy';
import { referenceCache } from '../reference/reference.service';
import * as repo from './monitoring.repository';

// Monitoring (issue 6, measure 十三): 去向落实率 and its parts for a cohort, by scope and breakdown,
// the trend against the same date last year. Figures come from counters (monitoring.repository)
// that every approval keeps current.

type ServiceDeps = Pick<Deps, 'db' | 'clock'>;

/**
 * Keeps the counters current when a graduate's monitoring category changes (registration,
 * approval): called in the same transaction as the change.
 */
export async function recordCategoryChange(
  db: Database,
  g: MonitoredGraduate,
  from: MonitorCategory,
  to: MonitorCategory,
  at: Date,
) {
  if (from === to) return;
  await repo.applyDeltas(db, g.graduationYear, counterDeltas(g, from, to));
  const delta = Number(isPlacedCategory(to)) - Number(isPlacedCategory(from));
  await repo.applyTrendDelta(db, g.graduationYear, scopesOf(g), shanghaiDate(at), delta);
}

/** Recomputes a cohort's figures for a province from the source tables (after bulk changes). */
export function rebuildFigures(db: Database, year: number, provinceCode: string) {
  return repo.rebuild(db, year, provinceCode);
}

/**
 * Recomputes the figures a university's roster takes part in (every cohort it holds, in its
 * province), after an import added or moved graduates.
 */
export async function rebuildForUniversity(db: Database, universityCode: string) {
  const province = await repo.provinceOfUniversity(db, universityCode);
  if (!province) return;
  for (const year of await repo.cohortsOfUniversity(db, universityCode))
    await repo.rebuild(db, year, province);
}

/** The widest scope a user reads: national, their province, university or college. */
export function homeScopeOf(user: AuthUser): string | null {
  const s = user.scope;
  switch (user.role) {
    case 'admin':
      return 'N';
    case 'edu_official':
      if (s.kind === 'national') return 'N';
      return s.provinceCode ? `P:${s.provinceCode}` : null;
    case 'career_centre':
      return s.universityCode ? `U:${s.universityCode}` : null;
    case 'counsellor':
      return s.collegeId ? `C:${s.collegeId}` : null;
    case 'graduate':
    case 'employer':
    case 'agency':
    case 'hrss_official':
      return null;
  }
}

/** The scope asked for (or the user's own), refused when it lies outside what the user reads. */
async function scopeFor(db: Database, user: AuthUser, asked: string | undefined) {
  const home = homeScopeOf(user);
  if (!home) throw new AppError('forbidden', '您的角色没有查看监测数据的权限');
  const scope = asked ?? home;
  const parsed = parseScope(scope);
  if (!parsed)
    throw validationError([
      { path: 'scope', message: '范围格式应为 N、P:省份代码、U:学校标识码 或 C:院系编号' },
    ]);
  const within = async (): Promise<boolean> => {
    if (home === 'N' || scope === home) return true;
    const h = parseScope(home)!;
    if (parsed.kind === 'U' && h.kind === 'P')
      return (await repo.provinceOfUniversity(db, parsed.code)) === h.code;
    if (parsed.kind === 'C' && (h.kind === 'P' || h.kind === 'U')) {
      const university = await repo.universityOfCollege(db, parsed.code);
      if (!university) return false;
      return h.kind === 'U'
        ? university === h.code
        : (await repo.provinceOfUniversity(db, university)) === h.code;
    }
    return false;
  };
  // Out of scope looks the same as absent.
  if (!(await within())) throw new AppError('not_found', '该范围不存在或不在您的管理范围内');
  return { scope, kind: parsed.kind, code: parsed.code };
}

/** Counters of one breakdown, per key. */
async function countsByKey(db: Database, year: number, scope: string, dimension: MonitorDimension) {
  const byKey = new Map<string, CategoryCounts>();
  for (const r of await repo.breakdown(db, year, scope, dimension)) {
    const counts = byKey.get(r.dim_key) ?? {};
    counts[r.category as MonitorCategory] = (counts[r.category as MonitorCategory] ?? 0) + r.n;
    byKey.set(r.dim_key, counts);
  }
  return byKey;
}

/**
 * A cohort's graduates and placed count in a counter scope ('N', 'P:<province>', 'U:<university>',
 * 'C:<college>'), read from the counters rather than counted (assistance compares its targets to it).
 */
export async function cohortPlacement(db: Database, year: number, scope: string) {
  const r = ratesOf((await countsByKey(db, year, scope, 'all')).get('') ?? {});
  return { total: r.total, placed: r.placed };
}

/** Rounded to 0.1 %, as shown. */
const pct = (x: number) => Math.round(x * 1000) / 10;

function ratesDto(counts: CategoryCounts) {
  const r = ratesOf(counts);
  return {
    total: r.total,
    placed: r.placed,
    registered: r.registered,
    pendingReview: r.pendingReview,
    placementRate: pct(r.placementRate),
    employedUnitRate: pct(r.employedUnitRate),
    selfEmployedRate: pct(r.selfEmployedRate),
    freelanceRate: pct(r.freelanceRate),
    furtherStudyRate: pct(r.furtherStudyRate),
    registrationRate: pct(r.registrationRate),
    counts: Object.fromEntries(MONITOR_CATEGORIES.map((c) => [c, counts[c] ?? 0])),
  };
}

/** The name of a scope, for headings. */
async function scopeName(db: Database, kind: string, code: string) {
  if (kind === 'N') return '全国';
  if (kind === 'P') return PROVINCES.find((p) => p.code === code)?.name ?? code;
  if (kind === 'U') return (await repo.universityNames(db, [code])).get(code) ?? code;
  return (await repo.collegeNames(db, [code])).get(code) ?? code;
}

/** A cohort's figures in a scope, with last year's cohort for comparison and what each figure means. */
export async function overview(
  deps: ServiceDeps,
  user: AuthUser,
  q: { year?: number | undefined; scope?: string },
) {
  const s = await scopeFor(deps.db, user, q.scope);
  const cohorts = await repo.cohortsIn(deps.db, s.scope);
  const year = q.year ?? cohorts[0] ?? Number(shanghaiDate(deps.clock()).slice(0, 4));
  const [now, before, name] = await Promise.all([
    countsByKey(deps.db, year, s.scope, 'all'),
    countsByKey(deps.db, year - 1, s.scope, 'all'),
    scopeName(deps.db, s.kind, s.code),
  ]);
  return {
    scope: s.scope,
    scopeName: name,
    year,
    cohorts,
    dimensions: DIMENSIONS_BY_SCOPE[s.kind].filter((d) => d !== 'all'),
    figures: ratesDto(now.get('') ?? {}),
    lastYear: { year: year - 1, figures: ratesDto(before.get('') ?? {}) },
    definitions: RATE_DEFINITIONS,
  };
}

const GENDER_NAMES: Record<string, string> = { male: '男', female: '女' };

/** Display names of a breakdown's keys. */
async function keyNames(db: Database, dimension: MonitorDimension, keys: string[]) {
  const ref = await referenceCache(db);
  const named = (f: (k: string) => string | null | undefined) => new Map(keys.map((k) => [k, f(k) ?? k]));
  switch (dimension) {
    case 'all':
      return named(() => '合计');
    case 'province':
    case 'origin':
      return named((k) => (k === '' ? '未知' : PROVINCES.find((p) => p.code === k)?.name));
    case 'university':
      return repo.universityNames(db, keys);
    case 'college':
      return repo.collegeNames(db, keys);
    case 'major':
      return named((k) => ref.majorName(k));
    case 'degree':
      return named((k) => DEGREE_LEVELS.find((d) => d.key === k)?.nameZh);
    case 'gender':
      return named((k) => GENDER_NAMES[k]);
    case 'assistance':
      return named((k) =>
        k === 'none' ? '非帮扶对象' : ASSISTANCE_CATEGORIES.find((a) => a.key === k)?.name,
      );
  }
}

/** A breakdown of a cohort's figures in a scope (by university, college, major …), largest first. */
export async function breakdownOf(
  deps: ServiceDeps,
  user: AuthUser,
  q: { year: number; scope?: string | undefined; dimension: MonitorDimension },
) {
  const s = await scopeFor(deps.db, user, q.scope);
  if (!DIMENSIONS_BY_SCOPE[s.kind].includes(q.dimension))
    throw validationError([
      {
        path: 'dimension',
        message: `该范围可按 ${DIMENSIONS_BY_SCOPE[s.kind].filter((d) => d !== 'all').join('、')} 分组`,
      },
    ]);
  const byKey = await countsByKey(deps.db, q.year, s.scope, q.dimension);
  const names = await keyNames(deps.db, q.dimension, [...byKey.keys()]);
  const rows = [...byKey].map(([key, counts]) => ({ key, name: names.get(key) ?? key, ...ratesDto(counts) }));
  rows.sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
  return { scope: s.scope, year: q.year, dimension: q.dimension, rows };
}

/** The Sunday on or after a day (weeks end on Sunday, as the weekly report does). */
function weekEnd(day: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, (7 - dow) % 7);
}

/** The placed count on a day, from the days it changed (ascending). */
function placedOn(days: readonly { day: string; placed: number }[], day: string): number {
  let placed = 0;
  for (const d of days) {
    if (d.day > day) break;
    placed = d.placed;
  }
  return placed;
}

/**
 * 去向落实率 week by week for a cohort, from the autumn before graduation to today (or the end of
 * the graduation year), against last year's cohort on the same date a year earlier.
 */
export async function trendOf(
  deps: ServiceDeps,
  user: AuthUser,
  q: { year: number; scope?: string | undefined },
) {
  const s = await scopeFor(deps.db, user, q.scope);
  const [days, lastDays, now, before] = await Promise.all([
    repo.placedByDay(deps.db, q.year, s.scope),
    repo.placedByDay(deps.db, q.year - 1, s.scope),
    countsByKey(deps.db, q.year, s.scope, 'all'),
    countsByKey(deps.db, q.year - 1, s.scope, 'all'),
  ]);
  const total = ratesOf(now.get('') ?? {}).total;
  const lastTotal = ratesOf(before.get('') ?? {}).total;
  const today = shanghaiDate(deps.clock());
  const last = [today, `${q.year}-12-31`].sort()[0]!;
  const weekEnds = [];
  for (let day = weekEnd(`${q.year - 1}-11-01`); day <= last; day = addDays(day, 7)) weekEnds.push(day);
  // The last, partial week ends on the last day shown (today, or 31 December of the cohort year).
  if (weekEnds.at(-1) !== last && last >= `${q.year - 1}-11-01`) weekEnds.push(last);
  const points = [];
  for (const day of weekEnds) {
    const yearAgo = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
    points.push({
      date: day,
      placementRate: total === 0 ? 0 : pct(placedOn(days, day) / total),
      // Compared as text, so a 29 February a year ago stands for the day after the 28th.
      lastYearRate: lastTotal === 0 ? null : pct(placedOn(lastDays, yearAgo) / lastTotal),
    });
  }
  return { scope: s.scope, year: q.year, total, lastYearTotal: lastTotal, points };
}

/** When a cohort leaves school: the end of 30 June of the graduation year, Asia/Shanghai. */
export function leavingMoment(year: number): Date {
  return new Date(`${year}-06-30T23:59:59.999+08:00`);
}

/** Months after leaving at which every graduate's status is followed (measure 十三: two years). */
export const TRACKING_MONTHS = [6, 12, 24] as const;

/** The end of the month `months` after leaving (6 → 31 December of the graduation year). */
function afterLeaving(year: number, months: number): Date {
  const lastDay = new Date(Date.UTC(year, 6 + months, 0)).toISOString().slice(0, 10);
  return new Date(`${lastDay}T23:59:59.999+08:00`);
}

/** The moments a cohort is followed at: leaving, then 6, 12 and 24 months after. */
function milestones(year: number) {
  return [
    { months: 0, at: leavingMoment(year) },
    ...TRACKING_MONTHS.map((months) => ({ months, at: afterLeaving(year, months) })),
  ];
}

/** One graduate's monitoring category at leaving and 6, 12, 24 months after (those reached). */
export async function trackingOf(db: Database, graduateId: string, year: number, now: Date) {
  const reached = milestones(year).filter((m) => m.at <= now);
  const categories = await repo.categoryOfAt(
    db,
    graduateId,
    reached.map((m) => m.at),
  );
  return reached.map((m, i) => ({ months: m.months, date: shanghaiDate(m.at), category: categories[i]! }));
}

/**
 * A cohort's figures in a scope at leaving and 6, 12 and 24 months after, from the history of
 * approvals (computed on request: a report, not a dashboard tile).
 */
export async function trackingFor(
  deps: ServiceDeps,
  user: AuthUser,
  q: { year: number; scope?: string | undefined },
) {
  const s = await scopeFor(deps.db, user, q.scope);
  const now = deps.clock();
  const points = [];
  for (const m of milestones(q.year)) {
    if (m.at > now) {
      points.push({ months: m.months, date: shanghaiDate(m.at), reached: false, figures: null });
      continue;
    }
    const rows = await repo.categoriesAt(deps.db, q.year, s.kind, s.code, m.at);
    const counts: CategoryCounts = Object.fromEntries(rows.map((r) => [r.category, r.n]));
    points.push({ months: m.months, date: shanghaiDate(m.at), reached: true, figures: ratesDto(counts) });
  }
  return { scope: s.scope, year: q.year, points };
}

const CATEGORY_NAMES: Record<MonitorCategory, string> = {
  employed_unit: '单位就业',
  self_employed: '自主创业',
  freelance: '自由职业',
  further_study: '升学',
  not_placed: '暂未就业',
  pending: '登记待审核',
  unregistered: '未登记',
};

/**
 * 离校未就业毕业生: the cohort's graduates in a scope not placed when they left school, with where
 * they stand now — the real-name list the assistance work hands over. Phones masked (reveal is the
 * roster's audited action); the assistance category only to roles that may see it.
 */
export async function unplacedLeavers(
  deps: Pick<Deps, 'db' | 'clock' | 'cipher'>,
  user: AuthUser,
  q: { year: number; scope?: string | undefined; limit: number; offset: number },
) {
  const s = await scopeFor(deps.db, user, q.scope);
  const at = leavingMoment(q.year);
  const [page, ref] = await Promise.all([
    repo.unplacedAt(deps.db, {
      year: q.year,
      kind: s.kind,
      code: s.code,
      at,
      limit: q.limit,
      offset: q.offset,
    }),
    referenceCache(deps.db),
  ]);
  const seesCategory = maySeeAssistanceCategory(user);
  return {
    scope: s.scope,
    year: q.year,
    leftOn: shanghaiDate(at),
    left: at <= deps.clock(),
    total: page.total,
    items: page.items.map((g) => ({
      graduateId: g.id,
      name: g.name,
      studentNo: g.student_no,
      universityName: g.university_name,
      collegeName: g.college_name,
      majorName: ref.majorName(g.major_code) ?? g.major_code,
      degree: DEGREE_LEVELS.find((d) => d.key === g.degree)?.nameZh ?? g.degree,
      phone: g.phone_enc ? maskPhone(deps.cipher.decrypt(g.phone_enc)) : null,
      assistanceCategory: seesCategory
        ? (ASSISTANCE_CATEGORIES.find((a) => a.key === g.assistance_category)?.name ?? null)
        : null,
      atLeaving: CATEGORY_NAMES[g.at_leaving as MonitorCategory] ?? g.at_leaving,
      now: CATEGORY_NAMES[g.now as MonitorCategory] ?? g.now,
      placedSince: isPlacedCategory(g.now),
    })),
  };
}
