import {
  getDegreeLevel,
  isCalendarDay,
  PROVINCES,
  shanghaiDate,
  toHalfWidth,
  validateSchoolCode,
  type DegreeKey,
} from '@jiuye/domain';
import type { Database } from '../../db';
import type { Deps } from '../../platform/context';
import { AppError, validationError, type Issue } from '../../platform/errors';
import { recordAudit, type Actor } from '../audit/audit.service';
import * as repo from './reference.repository';

/** Which catalogue levels a degree's major codes come from. */
const majorLevelsOf = (degree: DegreeKey) =>
  getDegreeLevel(degree).majorCatalogs.map((c) => c.educationLevel as string);

export interface MajorInfo {
  code: string;
  name: string;
  educationLevel: string;
  catalog: string;
  classCode: string | null;
  className: string | null;
  categoryCode: string;
  categoryName: string;
}

/** Reference lookups held in memory: they change only by migration or an admin action. */
export interface ReferenceCache {
  regionName(code: string | null | undefined): string | null;
  isKnownRegion(code: string): boolean;
  regions: Awaited<ReturnType<typeof repo.allRegions>>;
  major(degree: DegreeKey, code: string): MajorInfo | undefined;
  /** The name of a major code or a major class (专业类) code in any catalogue. */
  majorName(code: string): string | null;
  majors: MajorInfo[];
}

const caches = new WeakMap<Database, Promise<ReferenceCache>>();

// Graduate-catalogue names carry annotations such as （可授工学、理学学位）; users want the plain name.
const displayMajorName = (name: string) => name.replace(/（.*$/, '').trim();

async function buildCache(db: Database): Promise<ReferenceCache> {
  const [regions, majorRows] = await Promise.all([repo.allRegions(db), repo.allMajors(db)]);
  const regionNames = new Map(regions.map((r) => [r.code, r.name]));
  const majors: MajorInfo[] = majorRows.map((m) => ({
    code: m.code,
    name: displayMajorName(m.name),
    educationLevel: m.education_level,
    catalog: m.catalog,
    classCode: m.class_code,
    className: m.class_name,
    categoryCode: m.category_code,
    categoryName: m.category_name,
  }));
  const byLevelCode = new Map(majors.map((m) => [`${m.educationLevel}:${m.code}`, m]));
  const names = new Map<string, string>();
  for (const m of majors) {
    if (m.classCode && m.className && !names.has(m.classCode)) names.set(m.classCode, m.className);
    if (!names.has(m.code)) names.set(m.code, m.name);
  }
  return {
    regions,
    regionName: (code) => (code ? (regionNames.get(code) ?? null) : null),
    isKnownRegion: (code) => regionNames.has(code),
    majors,
    majorName: (code) => names.get(code) ?? null,
    major(degree, code) {
      for (const level of majorLevelsOf(degree)) {
        const m = byLevelCode.get(`${level}:${code}`);
        if (m) return m;
      }
      return undefined;
    },
  };
}

/** The shared in-memory reference cache for a database. */
export function referenceCache(db: Database): Promise<ReferenceCache> {
  let cache = caches.get(db);
  if (!cache) {
    cache = buildCache(db);
    caches.set(db, cache);
    cache.catch(() => caches.delete(db));
  }
  return cache;
}

/** Regions under a parent (provinces when no parent is given). */
export async function listRegions(db: Database, parent: string | undefined) {
  const { regions } = await referenceCache(db);
  return regions
    .filter((r) => (parent ? r.parent_code === parent : r.level === 'province'))
    .map((r) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code }));
}

/** Majors for a degree level matching a name or code fragment. */
export async function searchMajors(
  db: Database,
  f: { q?: string | undefined; degree?: DegreeKey | undefined; offset: number; limit: number },
) {
  const { majors } = await referenceCache(db);
  const levels = f.degree ? majorLevelsOf(f.degree) : null;
  const q = f.q?.trim();
  const hits = majors.filter(
    (m) =>
      (!levels || levels.includes(m.educationLevel)) && (!q || m.name.includes(q) || m.code.startsWith(q)),
  );
  return { items: hits.slice(f.offset, f.offset + f.limit), total: hits.length };
}

/** One of the small code lists. */
export async function listCodes(db: Database, list: string) {
  const rows = await repo.codeList(db, list);
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    nameEn: r.name_en,
    category: r.category,
    parentCode: r.parent_code,
  }));
}

/** Universities (paged). */
export async function listUniversities(db: Database, f: repo.UniversityFilter) {
  const { items, total } = await repo.listUniversities(db, f);
  return {
    total,
    items: items.map((u) => ({
      code: u.code,
      name: u.name,
      authority: u.authority,
      location: u.location,
      level: u.level,
      provinceCode: u.province_code,
      source: u.source,
    })),
  };
}

/** Looks a university up; null when unknown. */
export function findUniversity(db: Database, code: string) {
  return repo.findUniversity(db, code);
}

/** Admin adds an institution that the 2017 reference list lacks. */
export async function addUniversity(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  input: {
    code: string;
    name: string;
    authority?: string | undefined;
    location?: string | undefined;
    level: '本科' | '专科';
  },
) {
  const issues: Issue[] = [];
  // Stored as checked: full-width digits and stray spaces from Chinese input methods removed.
  const code = toHalfWidth(input.code).replace(/\s/g, '');
  const check = validateSchoolCode(code);
  if (!check.valid) issues.push({ path: 'code', message: check.reason ?? '学校标识码无效' });
  const name = input.name.trim();
  if (!name || name.length > 60) issues.push({ path: 'name', message: '学校名称须为 1–60 个字符' });
  if (issues.length) throw validationError(issues);
  if (await repo.findUniversity(deps.db, code)) throw new AppError('conflict', `学校标识码 ${code} 已存在`);
  if (await repo.universityNameExists(deps.db, name)) throw new AppError('conflict', `学校“${name}”已存在`);
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertUniversity(trx, {
      code,
      name,
      authority: input.authority?.trim() || null,
      location: input.location?.trim() || null,
      level: input.level,
    });
    await recordAudit(
      trx,
      actor,
      { action: 'university.create', targetType: 'university', targetId: code, detail: { name } },
      deps.clock,
    );
  });
  return (await listUniversities(deps.db, { q: code, offset: 0, limit: 1 })).items[0]!;
}

/** The minimum wage of each province (yuan per month) that 其他录用形式就业 is held to. */
export async function listMinimumWages(db: Database) {
  const rows = await repo.minimumWages(db);
  return rows.map((r) => ({
    provinceCode: r.province_code,
    provinceName: PROVINCES.find((p) => p.code === r.province_code)?.name ?? r.province_code,
    monthly: r.monthly_fen / 100,
    asOf: String(r.as_of),
    source: r.source,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

/** Admin sets a province's minimum wage as the province published it; audited. */
export async function setMinimumWage(
  deps: Pick<Deps, 'db' | 'clock'>,
  actor: Actor,
  provinceCode: string,
  input: { monthly: number; asOf: string; source: string },
) {
  const issues: Issue[] = [];
  if (!PROVINCES.some((p) => p.code === provinceCode))
    issues.push({ path: 'provinceCode', message: `省份代码“${provinceCode}”不存在` });
  if (!Number.isInteger(input.monthly) || input.monthly < 500 || input.monthly > 10_000)
    issues.push({ path: 'monthly', message: '月最低工资标准应为 500–10000 元之间的整数' });
  if (!isCalendarDay(input.asOf) || input.asOf > shanghaiDate(deps.clock()))
    issues.push({ path: 'asOf', message: '执行日期须为不晚于今天的有效日期（YYYY-MM-DD）' });
  const source = input.source.trim();
  if (!source || source.length > 200)
    issues.push({ path: 'source', message: '请注明来源（文件名称或文号），不超过 200 字' });
  if (issues.length) throw validationError(issues);
  await deps.db.transaction().execute(async (trx) => {
    await repo.saveMinimumWage(trx, {
      province_code: provinceCode,
      monthly_fen: input.monthly * 100,
      as_of: input.asOf,
      source,
      updated_at: deps.clock(),
    });
    await recordAudit(
      trx,
      actor,
      {
        action: 'minimum_wage.set',
        targetType: 'province',
        targetId: provinceCode,
        detail: { monthly: input.monthly, asOf: input.asOf, source },
      },
      deps.clock,
    );
  });
  return listMinimumWages(deps.db);
}
