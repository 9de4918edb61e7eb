import type { MonitorCategory } from './rates';

// Where monitoring figures are kept and read: a scope (national, a province, a university, a
// college) and, within it, a breakdown dimension. Each graduate counts once in every scope that
// holds them, under each of that scope's dimensions.

/** N national, P province, U university, C college. */
export type MonitorScopeKind = 'N' | 'P' | 'U' | 'C';

/** What a breakdown is by ('all' is the scope's own total). */
export type MonitorDimension =
  'all' | 'province' | 'university' | 'college' | 'major' | 'degree' | 'gender' | 'assistance' | 'origin';

/** The breakdowns each scope keeps: one level down the hierarchy, and the graduate's attributes. */
export const DIMENSIONS_BY_SCOPE: Record<MonitorScopeKind, readonly MonitorDimension[]> = {
  N: ['all', 'province', 'major', 'degree', 'gender', 'assistance', 'origin'],
  P: ['all', 'university', 'major', 'degree', 'gender', 'assistance', 'origin'],
  U: ['all', 'college', 'major', 'degree', 'gender', 'assistance', 'origin'],
  C: ['all', 'major', 'degree', 'gender', 'assistance', 'origin'],
};

/** What monitoring knows of a graduate. */
export interface MonitoredGraduate {
  graduationYear: number;
  provinceCode: string;
  universityCode: string;
  collegeId: string;
  majorCode: string;
  degree: string;
  gender: string;
  assistanceCategory: string | null;
  originRegionCode: string | null;
}

/** A scope as stored: 'N', 'P:42', 'U:4142010486', 'C:<college id>'. */
export function scopeId(kind: MonitorScopeKind, code = ''): string {
  return kind === 'N' ? 'N' : `${kind}:${code}`;
}

/** A stored scope taken apart, or null when malformed. */
export function parseScope(scope: string): { kind: MonitorScopeKind; code: string } | null {
  if (scope === 'N') return { kind: 'N', code: '' };
  const m = /^([PUC]):([0-9a-f-]{2,36})$/.exec(scope);
  return m ? { kind: m[1] as MonitorScopeKind, code: m[2]! } : null;
}

/** Every scope holding a graduate, widest first. */
export function scopesOf(g: MonitoredGraduate): string[] {
  return ['N', scopeId('P', g.provinceCode), scopeId('U', g.universityCode), scopeId('C', g.collegeId)];
}

/** The graduate's key under a dimension ('none' without an assistance category, '' without 生源地). */
export function dimensionKey(g: MonitoredGraduate, d: MonitorDimension): string {
  switch (d) {
    case 'all':
      return '';
    case 'province':
      return g.provinceCode;
    case 'university':
      return g.universityCode;
    case 'college':
      return g.collegeId;
    case 'major':
      return g.majorCode;
    case 'degree':
      return g.degree;
    case 'gender':
      return g.gender;
    case 'assistance':
      return g.assistanceCategory ?? 'none';
    case 'origin':
      return g.originRegionCode?.slice(0, 2) ?? '';
  }
}

/** One counter change. */
export interface CounterDelta {
  scope: string;
  dimension: MonitorDimension;
  key: string;
  category: MonitorCategory;
  n: number;
}

/** The counter changes for a graduate moving from one monitoring category to another. */
export function counterDeltas(
  g: MonitoredGraduate,
  from: MonitorCategory | null,
  to: MonitorCategory | null,
) {
  const deltas: CounterDelta[] = [];
  if (from === to) return deltas;
  for (const scope of scopesOf(g)) {
    const kind = parseScope(scope)!.kind;
    for (const dimension of DIMENSIONS_BY_SCOPE[kind]) {
      const key = dimensionKey(g, dimension);
      if (from) deltas.push({ scope, dimension, key, category: from, n: -1 });
      if (to) deltas.push({ scope, dimension, key, category: to, n: 1 });
    }
  }
  return deltas;
}
