import type { MonitorCategory } from '@jiuye/domain/monitoring/rates';
import type { MonitorDimension } from '@jiuye/domain/monitoring/scopes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http, toQueryString } from '../../lib/api';

/** A breakdown the server keeps ('all', the scope's own total, is the overview). */
export type Dimension = Exclude<MonitorDimension, 'all'>;

/** The rates, each with a definition (RATE_DEFINITIONS). */
export type RateKey =
  | 'placementRate'
  | 'employedUnitRate'
  | 'selfEmployedRate'
  | 'freelanceRate'
  | 'furtherStudyRate'
  | 'registrationRate';

/** The figures of one group of graduates; rates in percent with one decimal. */
export interface Figures extends Record<RateKey, number> {
  total: number;
  placed: number;
  registered: number;
  pendingReview: number;
  counts: Record<MonitorCategory, number>;
}

/** `GET /api/monitoring/overview`. */
export interface Overview {
  /** `N`, `P:<province>`, `U:<学校标识码>`, `C:<college id>`. */
  scope: string;
  scopeName: string;
  year: number;
  /** Graduation years with figures in the scope, newest first. */
  cohorts: number[];
  /** The breakdowns this scope keeps. */
  dimensions: Dimension[];
  figures: Figures;
  lastYear: { year: number; figures: Figures };
}

export interface BreakdownRow extends Figures {
  key: string;
  name: string;
}

export interface Breakdown {
  scope: string;
  year: number;
  dimension: Dimension;
  /** Largest group first. */
  rows: BreakdownRow[];
}

export interface TrendPoint {
  /** A Sunday (the week's end), or today for the week in progress. */
  date: string;
  placementRate: number;
  /** Last year's cohort on the same date a year earlier; null when it had no graduates. */
  lastYearRate: number | null;
}

export interface Trend {
  scope: string;
  year: number;
  total: number;
  lastYearTotal: number;
  points: TrendPoint[];
}

/** A cohort at leaving (months 0) and 6, 12, 24 months after; later moments are not reached yet. */
export interface TrackingPoint {
  months: number;
  date: string;
  reached: boolean;
  figures: Figures | null;
}

export interface Tracking {
  scope: string;
  year: number;
  points: TrackingPoint[];
}

/** One graduate not placed when they left school; category names come in Chinese. */
export interface Leaver {
  graduateId: string;
  name: string;
  studentNo: string;
  collegeName: string;
  majorName: string;
  degree: string;
  /** Masked (138****1234). */
  phone: string | null;
  assistanceCategory: string | null;
  atLeaving: string;
  now: string;
  placedSince: boolean;
}

export interface Leavers {
  scope: string;
  year: number;
  /** 30 June of the graduation year. */
  leftOn: string;
  /** Whether that day has passed. */
  left: boolean;
  total: number;
  items: Leaver[];
}

/** Scope and cohort every monitoring query after the overview names. */
export interface Cohort {
  year: number;
  scope: string;
}

export type ExportFormat = 'xlsx' | 'csv';

export const monitoringKeys = {
  all: ['monitoring'] as const,
  overview: (scope: string | undefined, year: number | undefined) =>
    [...monitoringKeys.all, 'overview', scope ?? 'home', year ?? 'latest'] as const,
  breakdown: (c: Cohort, dimension: Dimension) => [...monitoringKeys.all, 'breakdown', c, dimension] as const,
  trend: (c: Cohort) => [...monitoringKeys.all, 'trend', c] as const,
  tracking: (c: Cohort) => [...monitoringKeys.all, 'tracking', c] as const,
  unplaced: (c: Cohort, paging: { page: number; pageSize: number }) =>
    [...monitoringKeys.all, 'unplaced', c, paging] as const,
};

// Figures move only when a registration is approved; a minute's staleness saves refetching on every tab switch.
const STALE = 60_000;

/**
 * A scope's figures with last year's. Without a scope the server answers for the user's own; without
 * a year, for the newest cohort.
 */
export function useOverview(scope: string | undefined, year: number | undefined) {
  return useQuery({
    queryKey: monitoringKeys.overview(scope, year),
    queryFn: ({ signal }) => http.get<Overview>('/api/monitoring/overview', { scope, year }, signal),
    staleTime: STALE,
    placeholderData: keepPreviousData,
  });
}

export function useBreakdown(c: Cohort, dimension: Dimension) {
  return useQuery({
    queryKey: monitoringKeys.breakdown(c, dimension),
    queryFn: ({ signal }) => http.get<Breakdown>('/api/monitoring/breakdown', { ...c, dimension }, signal),
    staleTime: STALE,
  });
}

export function useTrend(c: Cohort) {
  return useQuery({
    queryKey: monitoringKeys.trend(c),
    queryFn: ({ signal }) => http.get<Trend>('/api/monitoring/trend', { ...c }, signal),
    staleTime: STALE,
  });
}

export function useTracking(c: Cohort) {
  return useQuery({
    queryKey: monitoringKeys.tracking(c),
    queryFn: ({ signal }) => http.get<Tracking>('/api/monitoring/tracking', { ...c }, signal),
    staleTime: STALE,
  });
}

/** 离校未就业 of a cohort in a scope, a page at a time; the previous page stays while the next loads. */
export function useUnplaced(c: Cohort, paging: { page: number; pageSize: number }) {
  return useQuery({
    queryKey: monitoringKeys.unplaced(c, paging),
    queryFn: ({ signal }) => http.get<Leavers>('/api/monitoring/unplaced', { ...c, ...paging }, signal),
    staleTime: STALE,
    placeholderData: keepPreviousData,
  });
}

/** Where the browser downloads a breakdown (a plain link: the session cookie goes along). */
export const breakdownExportPath = (c: Cohort, dimension: Dimension, format: ExportFormat) =>
  `/api/monitoring/breakdown/export${toQueryString({ ...c, dimension, format })}`;

/** Where the browser downloads the whole 离校未就业 list of a cohort in a scope. */
export const unplacedExportPath = (c: Cohort, format: ExportFormat) =>
  `/api/monitoring/unplaced/export${toQueryString({ ...c, format })}`;
