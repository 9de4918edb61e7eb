import { parseScope } from '@jiuye/domain/monitoring/scopes';
import { positiveInt, readPaging, writePaging } from '../../lib/paging';
import type { Dimension } from './api';

const MONITORING_TABS = ['overview', 'tracking', 'unplaced'] as const;
export type MonitoringTab = (typeof MONITORING_TABS)[number];

/** What the dashboard shows, kept in the URL so a drilled-down view can be shared and reloaded. */
export interface MonitoringView {
  /** Absent: the newest cohort the server has. */
  year?: number;
  /**
   * The scopes drilled into below the user's own, widest first (`P:42`, `U:4142010486`); the last
   * one is shown. The whole path is kept because the breadcrumb names every step and a scope
   * alone does not say what it lies in.
   */
  trail: string[];
  /** Absent or not kept by the scope: the scope's first breakdown. */
  dimension?: Dimension;
  tab: MonitoringTab;
  /** Of the 离校未就业 list. */
  page: number;
  pageSize: number;
}

const isTab = (value: string | null): value is MonitoringTab =>
  (MONITORING_TABS as readonly (string | null)[]).includes(value);

/** The drilled path from the URL; a malformed step would only earn a 400, so the path stops before it. */
function readTrail(value: string | null): string[] {
  const trail: string[] = [];
  for (const step of (value ?? '').split(',')) {
    if (step === 'N' || !parseScope(step)) break;
    trail.push(step);
  }
  return trail;
}

export function readMonitoringView(params: URLSearchParams): MonitoringView {
  const tab = params.get('tab');
  return {
    year: positiveInt(params.get('year')),
    trail: readTrail(params.get('trail')),
    dimension: (params.get('dim') as Dimension | null) ?? undefined,
    tab: isTab(tab) ? tab : 'overview',
    ...readPaging(params),
  };
}

/** Writes the view back, leaving defaults out so shared links stay short. */
export function toMonitoringParams(view: MonitoringView): URLSearchParams {
  const p = new URLSearchParams();
  if (view.year) p.set('year', String(view.year));
  if (view.trail.length > 0) p.set('trail', view.trail.join(','));
  if (view.dimension) p.set('dim', view.dimension);
  if (view.tab !== 'overview') p.set('tab', view.tab);
  writePaging(p, view);
  return p;
}

/** The scope a breakdown row stands for, when the row is a place the user can drill into. */
export function childScope(dimension: Dimension, key: string): string | null {
  if (!key) return null;
  if (dimension === 'province') return `P:${key}`;
  if (dimension === 'university') return `U:${key}`;
  if (dimension === 'college') return `C:${key}`;
  return null;
}
