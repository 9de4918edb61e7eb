import type { Role } from '@jiuye/domain/roles';
import type { MessageKey } from '../../lib/i18n';
import type { MarketKind } from './api';

export const MARKET_KINDS: readonly MarketKind[] = ['campus', 'regional', 'industry'];

export const MARKET_KIND_LABELS: Record<MarketKind, { label: MessageKey; color: string }> = {
  campus: { label: 'markets.kind.campus', color: 'geekblue' },
  regional: { label: 'markets.kind.regional', color: 'cyan' },
  industry: { label: 'markets.kind.industry', color: 'purple' },
};

/**
 * The kinds a role may open (the server decides in markets.policy.ts; this only avoids offering
 * what would be refused): a career centre its own university's campus market, officials the
 * regional and industry markets of their province, an administrator any.
 */
export function creatableKinds(role: Role): MarketKind[] {
  if (role === 'career_centre') return ['campus'];
  if (role === 'edu_official' || role === 'hrss_official') return ['regional', 'industry'];
  if (role === 'admin') return [...MARKET_KINDS];
  return [];
}
