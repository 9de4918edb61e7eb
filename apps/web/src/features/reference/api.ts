import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { http, type ItemList, type Page } from '../../lib/api';

/** Where a university record came from: the shipped MOE list, or an admin filling a gap in it. */
export type UniversitySource = 'moe-list-2017' | 'admin';

export type UniversityLevel = '本科' | '专科';

export interface University {
  code: string;
  name: string;
  authority: string | null;
  location: string | null;
  level: string;
  provinceCode: string;
  source: UniversitySource;
}

/** Body of `POST /api/reference/universities`; optional texts are left out rather than sent empty. */
export interface NewUniversity {
  code: string;
  name: string;
  authority?: string;
  location?: string;
  level: UniversityLevel;
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

/** A major (专业) of the MOE catalogues, with its class (专业类). */
export interface Major {
  code: string;
  name: string;
  educationLevel: string;
  classCode: string | null;
  className: string | null;
}

export interface MajorQuery {
  q: string;
  degree?: 'doctor' | 'master' | 'bachelor' | 'associate';
}

export interface UniversityQuery {
  q?: string;
  province?: string;
}

export interface UniversityPageQuery extends UniversityQuery {
  page: number;
  pageSize: number;
}

// Reference data changes a few times a year; refetching it on every mount would be wasted traffic.
const REFERENCE_STALE_MS = 30 * 60_000;

export const referenceKeys = {
  all: ['reference'] as const,
  universities: () => [...referenceKeys.all, 'universities'] as const,
  universitySearch: (query: UniversityQuery) => [...referenceKeys.universities(), 'search', query] as const,
  universityPage: (query: UniversityPageQuery) => [...referenceKeys.universities(), 'page', query] as const,
  regions: (parent: string | null) => [...referenceKeys.all, 'regions', parent] as const,
  degreeLevels: () => [...referenceKeys.all, 'degree-levels'] as const,
  industries: () => [...referenceKeys.all, 'industries'] as const,
  majors: (query: MajorQuery) => [...referenceKeys.all, 'majors', query] as const,
};

/** First page of universities matching a name/code search, optionally within one province. */
export function useUniversities(query: UniversityQuery, enabled = true) {
  return useQuery({
    queryKey: referenceKeys.universitySearch(query),
    queryFn: ({ signal }) =>
      http.get<Page<University>>('/api/reference/universities', { ...query, page: 1, pageSize: 20 }, signal),
    placeholderData: keepPreviousData,
    staleTime: REFERENCE_STALE_MS,
    enabled,
  });
}

/**
 * One page of the university directory. Not given the long reference staleTime: the admin browsing it
 * is the one adding schools, and a mutation invalidates it anyway.
 */
export function useUniversityPage(query: UniversityPageQuery) {
  return useQuery({
    queryKey: referenceKeys.universityPage(query),
    queryFn: ({ signal }) => http.get<Page<University>>('/api/reference/universities', { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Adds a school missing from the MOE list; every university list and picker refetches afterwards. */
export function useAddUniversity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (university: NewUniversity) =>
      http.post<University>('/api/reference/universities', university),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: referenceKeys.universities() }),
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

/** GB/T 4754 industry sections, for labelling organisations and picking one when registering them. */
export function useIndustries() {
  return useQuery({
    queryKey: referenceKeys.industries(),
    queryFn: ({ signal }) =>
      http.get<ItemList<ReferenceCode>>('/api/reference/industries', undefined, signal),
    staleTime: REFERENCE_STALE_MS,
  });
}

/** Majors whose name contains, or whose code starts with, the text (first 30). */
export function useMajors(query: MajorQuery, enabled = true) {
  return useQuery({
    queryKey: referenceKeys.majors(query),
    queryFn: ({ signal }) =>
      http.get<Page<Major>>('/api/reference/majors', { ...query, page: 1, pageSize: 30 }, signal),
    placeholderData: keepPreviousData,
    staleTime: REFERENCE_STALE_MS,
    enabled,
  });
}

/** Children of a region for pickers that load levels on demand; shares useRegions' cache entries. */
export function fetchRegions(queryClient: QueryClient, parent: string | null): Promise<Region[]> {
  return queryClient
    .fetchQuery({
      queryKey: referenceKeys.regions(parent),
      queryFn: ({ signal }) => http.get<ItemList<Region>>('/api/reference/regions', { parent }, signal),
      staleTime: REFERENCE_STALE_MS,
    })
    .then((list) => list.items);
}
