import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http, type ItemList, type Page } from '../../lib/api';

export interface University {
  code: string;
  name: string;
  authority: string;
  location: string;
  level: string;
  provinceCode: string;
  source: string;
}

export interface Region {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
}

/** An entry of a code list such as `/api/reference/degree-levels`. */
export interface ReferenceCode {
  code: string;
  name: string;
  nameEn: string | null;
}

export interface UniversityQuery {
  q?: string;
  province?: string;
}

// Reference data changes a few times a year; refetching it on every mount would be wasted traffic.
const REFERENCE_STALE_MS = 30 * 60_000;

export const referenceKeys = {
  all: ['reference'] as const,
  universities: (query: UniversityQuery) => [...referenceKeys.all, 'universities', query] as const,
  regions: (parent: string | null) => [...referenceKeys.all, 'regions', parent] as const,
  degreeLevels: () => [...referenceKeys.all, 'degree-levels'] as const,
};

/** First page of universities matching a name/code search, optionally within one province. */
export function useUniversities(query: UniversityQuery, enabled = true) {
  return useQuery({
    queryKey: referenceKeys.universities(query),
    queryFn: ({ signal }) =>
      http.get<Page<University>>('/api/reference/universities', { ...query, page: 1, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
    staleTime: REFERENCE_STALE_MS,
    enabled,
  });
}

/** Provinces (no parent) or the children of one region. */
export function useRegions(parent: string | null = null) {
  return useQuery({
    queryKey: referenceKeys.regions(parent),
    queryFn: ({ signal }) => http.get<ItemList<Region>>('/api/reference/regions', { parent }, signal),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useDegreeLevels() {
  return useQuery({
    queryKey: referenceKeys.degreeLevels(),
    queryFn: ({ signal }) =>
      http.get<ItemList<ReferenceCode>>('/api/reference/degree-levels', undefined, signal),
    staleTime: REFERENCE_STALE_MS,
  });
}
