import type { AuthUser } from '../../platform/context';

export type MarketKind = 'campus' | 'regional' | 'industry';

/** The market fields access depends on. */
export interface MarketScopeFields {
  kind: MarketKind;
  university_code: string | null;
  province_code: string | null;
}

/**
 * Who runs which market: a career centre its own university's campus market; education and HR&SS
 * officials the regional and industry markets of their province (national officials and admins any).
 */
export function mayManageMarket(user: AuthUser, market: MarketScopeFields): boolean {
  const s = user.scope;
  if (user.role === 'admin') return true;
  if (user.role === 'career_centre')
    return market.kind === 'campus' && !!s.universityCode && market.university_code === s.universityCode;
  if (user.role === 'edu_official' || user.role === 'hrss_official') {
    if (market.kind === 'campus') return false;
    return s.kind === 'national' || (!!s.provinceCode && market.province_code === s.provinceCode);
  }
  return false;
}
